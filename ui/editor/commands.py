"""The undoable edits. Each command holds the Section objects it touches (not ids: a section
re-inserted by an undo gets a new row id) and does its work through the controller's
`_apply_*` methods, which change the model, write the store and emit the signals."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from app.model import Section

if TYPE_CHECKING:
    from ui.editor.controller import ReportController

Text = tuple[str, list[str]]  # heading, paragraphs


class TextEdit(QUndoCommand):
    """Typing in the editor; consecutive edits of one section in one burst merge into one step."""

    ID = 1001

    def __init__(self, controller: ReportController, section: Section, before: Text, after: Text,
                 burst: int, label: str) -> None:
        super().__init__(label)
        self.controller, self.section, self.before, self.after, self.burst = controller, section, before, after, burst
        self.status_before = section.status  # typing may turn 待写 into 草稿; undo turns it back

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TextEdit) or other.section is not self.section or other.burst != self.burst:
            return False
        self.after = other.after
        if self.after == self.before:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.controller._apply_text(self.section, *self.after)

    def undo(self) -> None:
        self.controller._reveal(self.section)
        self.controller._apply_text(self.section, *self.before, status=self.status_before)


class ReplaceTexts(QUndoCommand):
    """Replace across the report: any number of sections in one undo step."""

    def __init__(self, controller: ReportController, changes: list[tuple[Section, Text, Text]], label: str) -> None:
        super().__init__(label)
        self.controller, self.changes = controller, changes

    def redo(self) -> None:
        for section, _before, after in self.changes:
            self.controller._apply_text(section, *after, save_now=True)

    def undo(self) -> None:
        for section, before, _after in reversed(self.changes):
            self.controller._apply_text(section, *before, save_now=True)


class FieldEdit(QUndoCommand):
    """Heading (rename in the tree), part or status of one section."""

    def __init__(self, controller: ReportController, section: Section, before: dict[str, Any],
                 after: dict[str, Any], label: str) -> None:
        super().__init__(label)
        self.controller, self.section, self.before, self.after = controller, section, before, after

    def redo(self) -> None:
        self.controller._apply_fields(self.section, self.after)

    def undo(self) -> None:
        self.controller._reveal(self.section)
        self.controller._apply_fields(self.section, self.before)


class InsertSection(QUndoCommand):
    def __init__(self, controller: ReportController, section: Section, parent: Section | None, position: int,
                 label: str) -> None:
        super().__init__(label)
        self.controller, self.section, self.parent, self.position = controller, section, parent, position

    def redo(self) -> None:
        if self.controller._insert(self.section, self.parent, self.position):
            self.controller._reveal(self.section)

    def undo(self) -> None:
        self.controller._remove(self.section)


class DeleteSection(QUndoCommand):
    """Deleting takes the whole subtree; undo re-inserts the same objects (with new row ids)."""

    def __init__(self, controller: ReportController, section: Section, parent: Section | None, position: int,
                 label: str) -> None:
        super().__init__(label)
        self.controller, self.section, self.parent, self.position = controller, section, parent, position

    def redo(self) -> None:
        self.controller._remove(self.section)

    def undo(self) -> None:
        if self.controller._insert(self.section, self.parent, self.position):
            self.controller._reveal(self.section)


class MoveSection(QUndoCommand):
    """Reorder, re-parent, promote or demote: a move to (parent, position after removal)."""

    def __init__(self, controller: ReportController, section: Section, source: tuple[Section | None, int],
                 target: tuple[Section | None, int], label: str) -> None:
        super().__init__(label)
        self.controller, self.section, self.source, self.target = controller, section, source, target

    def redo(self) -> None:
        self.controller._move(self.section, *self.target)
        self.controller._reveal(self.section)

    def undo(self) -> None:
        self.controller._move(self.section, *self.source)
        self.controller._reveal(self.section)


class EditProperties(QUndoCommand):
    def __init__(self, controller: ReportController, before: dict[str, Any], after: dict[str, Any],
                 label: str) -> None:
        super().__init__(label)
        self.controller, self.before, self.after = controller, before, after

    def redo(self) -> None:
        self.controller._apply_properties(self.after)

    def undo(self) -> None:
        self.controller._apply_properties(self.before)
