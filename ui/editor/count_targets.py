"""The tree's count column against the 字数目标: "1,234 / 3,000" on a top-level row whose part has
a target, coloured when far over or under (app/targets.py has the rule). Counted as the length
check counts: body text (headings excluded) with the sub-sections."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTreeView

from app.counting import count_text
from app.model import Part, Section
from app.targets import TargetState, part_sizes, sections_of_part, target_state
from ui.editor.controller import ReportController

STATE_COLOURS = {TargetState.OVER: "#c0392b", TargetState.UNDER: "#2c6fbb"}


def body_count(controller: ReportController, section: Section) -> int:
    """Characters of body text in the section and its descendants (from the controller's cache)."""
    total = controller.section_counts(section, recursive=True).characters
    return total - sum(count_text(s.heading).characters for s in section.walk())


def part_counts(controller: ReportController) -> dict[Part | None, int]:
    """Each covered part's body count, and the whole report's under None."""
    report = controller.report
    if report is None:
        return {}
    sizes: dict[Part | None, int] = {part: n for part, n in part_sizes(report, lambda s: body_count(controller, s)).items()}
    sizes[None] = sum(body_count(controller, s) for s in report.sections)
    return sizes


def _target(controller: ReportController, section: Section) -> tuple[int, int, int] | None:
    """(the section's count, its part's count, the part's target) for a top-level row with a target."""
    report = controller.report
    if (report is None or section.part is None or section.part not in report.targets.parts
            or controller.parent_of(section) is not None):
        return None
    own = body_count(controller, section)
    siblings = sections_of_part(report, section.part)
    whole = own if len(siblings) == 1 else sum(body_count(controller, s) for s in siblings)
    return own, whole, report.targets.parts[section.part]


def count_text_for(controller: ReportController, section: Section) -> str | None:
    """The count column's text against the target, or None (the plain count) without one."""
    found = _target(controller, section)
    if found is None:
        return None
    own, whole, target = found
    if own == whole and len(sections_of_part(controller.report, section.part)) == 1:  # type: ignore[arg-type]
        return f"{own:,} / {target:,}"
    # a part spread over several sections (part 1 in themed sections): the part's sum on each
    return QCoreApplication.translate("CountTargets", "共%1 / %2").replace("%1", f"{whole:,}").replace("%2", f"{target:,}")


def count_tip(controller: ReportController, section: Section) -> str | None:
    found = _target(controller, section)
    if found is None or section.part is None:
        return None
    own, whole, target = found
    text = (QCoreApplication.translate("CountTargets", "第%1部分正文 %2 字，字数目标 %3 字")
            .replace("%1", str(int(section.part))).replace("%2", f"{whole:,}").replace("%3", f"{target:,}"))
    if own != whole:
        text += QCoreApplication.translate("CountTargets", "（本节 %1 字）").replace("%1", f"{own:,}")
    return text


def count_colour(controller: ReportController, section: Section) -> QColor | None:
    found = _target(controller, section)
    if found is None:
        return None
    colour = STATE_COLOURS.get(target_state(found[1], found[2]))
    return QColor(colour) if colour else None


def fit_count_column(tree: QTreeView, column: int, controller: ReportController) -> None:
    """Widen the count column while the open report has part targets ("12,345 / 12,345")."""
    metrics = tree.fontMetrics()
    plain = tree.header().sectionSize(column)
    wide = metrics.horizontalAdvance("共12,345 / 12,345") + 2 * metrics.averageCharWidth()

    def fit() -> None:
        report = controller.report
        tree.header().resizeSection(column, wide if report is not None and report.targets.parts else plain)

    controller.reportOpened.connect(fit)
    controller.propertiesChanged.connect(fit)
    fit()
