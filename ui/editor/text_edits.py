"""Text edits of the open report — typing (a keystroke hands over only the paragraphs it changed),
replace-all, and the model/count/save work the undo commands call back. Part of ReportController."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.model import Section, Status
from ui.editor.commands import ReplaceTexts, Text, TextEdit

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack

    from app.outline import UndoSteps
    from ui.editor.autosave import Autosaver
    from ui.editor.counts import CountsCache
    from ui.editor.pending_sections import PendingSections


class TextEdits:
    """Mixed into ReportController, which provides the attributes and helpers declared here."""

    steps: UndoSteps
    undo_stack: QUndoStack
    counts: CountsCache
    pending: PendingSections
    autosaver: Autosaver
    sectionChanged: SignalInstance
    _typing: tuple[Section, list[str], str, str] | None

    if TYPE_CHECKING:
        @property
        def read_only(self) -> bool: ...
        def section(self, section_id: int | None) -> Section | None: ...
        def is_end_node(self, section: Section | None) -> bool: ...
        def flush(self, *, place: bool = True) -> None: ...
        def _save_end(self, node: Section) -> None: ...
        def _set_save_state(self, text: str) -> None: ...
        # the rest of what the undo commands ask of their target (ui/editor/commands.py: Editing)
        def apply_fields(self, section: Section, values: dict[str, Any]) -> None: ...
        def apply_properties(self, values: dict[str, Any]) -> None: ...
        def insert(self, section: Section, parent: Section | None, position: int) -> bool: ...
        def remove(self, section: Section) -> None: ...
        def move_section(self, section: Section, parent: Section | None, position: int) -> None: ...
        def reveal(self, section: Section) -> None: ...

    def set_section_text(self, section_id: int, heading: str, paragraphs: list[str], label: str = "") -> None:
        """The editor's content; typing in one burst is one undo step (named `label`, else 输入文字)."""
        section = self.section(section_id)
        if section is None or self.read_only or (heading == section.heading and paragraphs == section.paragraphs):
            return
        after: Text = (heading, list(paragraphs))
        field = "heading" if heading != section.heading else "body"  # the heading line and the body undo apart
        if after[1] == section.paragraphs:  # the heading alone: the counts follow its change
            self._typing = (section, after[1], section.heading, heading)
        self._push_typing(section, after, self.steps.for_typing(field, section.paragraphs, after[1]), label)

    def splice_paragraphs(self, section_id: int, first: int, removed: int, inserted: list[str]) -> None:
        """Typing in the body: paragraphs[first:first + removed] became `inserted` (found from the
        document's change): a keystroke costs the paragraph (undo step, counts), not the section."""
        section = self.section(section_id)
        if section is None or self.read_only or (old := section.paragraphs[first:first + removed]) == inserted:
            return
        after: Text = (section.heading, [*section.paragraphs[:first], *inserted, *section.paragraphs[first + removed:]])
        self._typing = (section, after[1], "".join(old), "".join(inserted))
        self._push_typing(section, after, self.steps.for_typing("body", old, inserted))

    def _push_typing(self, section: Section, after: Text, step: int, label: str = "") -> None:
        before: Text = (section.heading, list(section.paragraphs))
        label = label or QCoreApplication.translate("ReportController", "输入文字")
        self.undo_stack.push(TextEdit(self, section, before, after, step, label))
        self._typing = None

    def replace_texts(self, changes: list[tuple[int, str, list[str]]], label: str) -> None:
        """Several sections' text in one undo step (replace all)."""
        if self.read_only:
            return
        items = []
        for section_id, heading, paragraphs in changes:
            section = self.section(section_id)
            if section is None:
                continue
            before: Text = (section.heading, list(section.paragraphs))
            if before != (heading, list(paragraphs)):
                items.append((section, before, (heading, list(paragraphs))))
        if items:
            self.steps.new_step()
            self.undo_stack.push(ReplaceTexts(self, items, label))

    def apply_text(self, section: Section, heading: str, paragraphs: list[str], *, save_now: bool = False,
                   status: Status | None = None) -> None:
        """Called by the undo commands: set the text, mark the section for saving, announce it."""
        section.heading = heading
        section.paragraphs = list(paragraphs)
        if status is not None:
            section.status = status
        elif section.status is Status.TODO and paragraphs:
            section.status = Status.DRAFT  # writing in a 待写 section makes it a draft
        typed = self._typing  # set by the typing paths: what the keystroke removed and inserted
        if typed is not None and typed[0] is section and typed[1] is paragraphs:
            self.counts.edited(section, typed[2], typed[3])
        else:
            self.counts.forget(section)
        if self.is_end_node(section):
            self._save_end(section)
            return
        self.pending.add(section)
        if save_now:
            self.flush()
        else:
            self.autosaver.touched()
            self._set_save_state(QCoreApplication.translate("ReportController", "未保存"))
        if section.id is not None:
            self.sectionChanged.emit(section.id)

