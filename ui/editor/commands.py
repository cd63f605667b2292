"""The undoable edits. Each command holds the Section objects it touches (not ids: a section
re-inserted by an undo gets a new row id) and does its work through an `Editing` target (the
ReportController), which changes the model, writes the store and emits the signals. The commands
know the target only by this protocol, so they do not import the controller."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from app.model import Section, Status

Text = tuple[str, list[str]]  # heading, paragraphs


class Editing(Protocol):
    """What the commands ask of the open report's owner."""

    def apply_text(self, section: Section, heading: str, paragraphs: list[str], *, save_now: bool = False,
                   status: Status | None = None) -> None: ...
    def apply_fields(self, section: Section, values: dict[str, Any]) -> None: ...
    def apply_properties(self, values: dict[str, Any]) -> None: ...
    def insert(self, section: Section, parent: Section | None, position: int) -> bool: ...
    def remove(self, section: Section) -> None: ...
    def move_section(self, section: Section, parent: Section | None, position: int) -> None: ...
    def reveal(self, section: Section) -> None: ...


class TextEdit(QUndoCommand):
    """Typing in the editor; consecutive edits of one section in one burst merge into one step."""

    ID = 1001

    def __init__(self, controller: Editing, section: Section, before: Text, after: Text,
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
        self.controller.apply_text(self.section, *self.after)

    def undo(self) -> None:
        self.controller.reveal(self.section)
        self.controller.apply_text(self.section, *self.before, status=self.status_before)


class ReplaceTexts(QUndoCommand):
    """Replace across the report: any number of sections in one undo step."""

    def __init__(self, controller: Editing, changes: list[tuple[Section, Text, Text]], label: str) -> None:
        super().__init__(label)
        self.controller, self.changes = controller, changes

    def redo(self) -> None:
        for section, _before, after in self.changes:
            self.controller.apply_text(section, *after, save_now=True)

    def undo(self) -> None:
        for section, before, _after in reversed(self.changes):
            self.controller.apply_text(section, *before, save_now=True)


class FieldEdit(QUndoCommand):
    """Heading (rename in the tree), part or status of one section."""

    def __init__(self, controller: Editing, section: Section, before: dict[str, Any],
                 after: dict[str, Any], label: str) -> None:
        super().__init__(label)
        self.controller, self.section, self.before, self.after = controller, section, before, after

    def redo(self) -> None:
        self.controller.apply_fields(self.section, self.after)

    def undo(self) -> None:
        self.controller.reveal(self.section)
        self.controller.apply_fields(self.section, self.before)


class InsertSection(QUndoCommand):
    def __init__(self, controller: Editing, section: Section, parent: Section | None, position: int,
                 label: str) -> None:
        super().__init__(label)
        self.controller, self.section, self.parent, self.position = controller, section, parent, position

    def redo(self) -> None:
        if self.controller.insert(self.section, self.parent, self.position):
            self.controller.reveal(self.section)

    def undo(self) -> None:
        self.controller.remove(self.section)


class DeleteSection(QUndoCommand):
    """Deleting takes the whole subtree; undo re-inserts the same objects (with new row ids)."""

    def __init__(self, controller: Editing, section: Section, parent: Section | None, position: int,
                 label: str) -> None:
        super().__init__(label)
        self.controller, self.section, self.parent, self.position = controller, section, parent, position

    def redo(self) -> None:
        self.controller.remove(self.section)

    def undo(self) -> None:
        if self.controller.insert(self.section, self.parent, self.position):
            self.controller.reveal(self.section)


class MoveSection(QUndoCommand):
    """Reorder, re-parent, promote or demote: a move to (parent, position after removal)."""

    def __init__(self, controller: Editing, section: Section, source: tuple[Section | None, int],
                 target: tuple[Section | None, int], label: str) -> None:
        super().__init__(label)
        self.controller, self.section, self.source, self.target = controller, section, source, target

    def redo(self) -> None:
        self.controller.move_section(self.section, *self.target)
        self.controller.reveal(self.section)

    def undo(self) -> None:
        self.controller.move_section(self.section, *self.source)
        self.controller.reveal(self.section)


class EditProperties(QUndoCommand):
    def __init__(self, controller: Editing, before: dict[str, Any], after: dict[str, Any],
                 label: str) -> None:
        super().__init__(label)
        self.controller, self.before, self.after = controller, before, after

    def redo(self) -> None:
        self.controller.apply_properties(self.after)

    def undo(self) -> None:
        self.controller.apply_properties(self.before)
