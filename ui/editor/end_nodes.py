"""开头 and 结尾 as nodes of the tree: two pseudo-sections bound to the report's preamble and
closing. They sit before the first and after the last section, have no number and never move;
the controller maps their text and status edits to the report (one update_meta per edit)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.model import Report, Section, Status
from ui.common.translate import QT_TRANSLATE_NOOP

# fixed negative ids: stored sections have positive ones, and −1 already means "no section"
OPENING_ID = -10
CLOSING_ID = -11
END_IDS = (OPENING_ID, CLOSING_ID)

_TITLES = {OPENING_ID: QT_TRANSLATE_NOOP("EndNodes", "开头"), CLOSING_ID: QT_TRANSLATE_NOOP("EndNodes", "结尾")}
# the report's fields behind each node: text, status, last year's text
_FIELDS = {OPENING_ID: ("preamble", "preamble_status", "preamble_reference"),
           CLOSING_ID: ("closing", "closing_status", "closing_reference")}


def end_title(section: Section) -> str:
    """开头 or 结尾 in the interface language."""
    return QCoreApplication.translate("EndNodes", _TITLES[section.id or OPENING_ID])


class EndNodes:
    """The two pseudo-sections of the open report; their heading stays empty so that counts and
    checks see only the text."""

    def __init__(self) -> None:
        self.opening = Section("", id=OPENING_ID)
        self.closing = Section("", id=CLOSING_ID)

    def nodes(self) -> tuple[Section, Section]:
        return self.opening, self.closing

    def get(self, section_id: int) -> Section | None:
        return self.opening if section_id == OPENING_ID else self.closing if section_id == CLOSING_ID else None

    def is_end(self, section: Section | None) -> bool:
        return section is not None and (section is self.opening or section is self.closing)

    def load(self, report: Report) -> None:
        """Fresh objects for a newly opened report (undo commands of the last one hold the old ones)."""
        self.opening = Section("", id=OPENING_ID)
        self.closing = Section("", id=CLOSING_ID)
        self.refresh(report)

    def refresh(self, report: Report) -> None:
        """Take the report's text, status and reference (after the properties dialog changed them)."""
        for node in self.nodes():
            text, status, reference = _FIELDS[node.id or OPENING_ID]
            node.paragraphs = list(getattr(report, text))
            node.status = getattr(report, status)
            node.reference = list(getattr(report, reference))

    def store_into(self, report: Report, node: Section) -> None:
        """Write a node's text and status back to the report's fields."""
        text, status, _reference = _FIELDS[node.id or OPENING_ID]
        setattr(report, text, list(node.paragraphs))
        setattr(report, status, Status(node.status))
