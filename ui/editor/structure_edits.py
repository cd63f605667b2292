"""The structural edits of the open report — add, delete, move, promote, demote — as undoable
commands, and the model/store/signal work the commands call back. Part of ReportController;
where a section may go is decided by app/outline.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.model import Part, Report, Section, Status
from app.outline import OutlineIndex, Place, UndoSteps
from app.template import part_position, part_section
from ui.common.translate import QT_TRANSLATE_NOOP
from ui.editor.commands import DeleteSection, InsertSection, MoveSection
from ui.editor.end_nodes import OPENING_ID

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack

    from app.store import Store
    from ui.editor.pending_sections import PendingSections


# the controller's texts: translated in the ReportController context this mixin runs in
_TEXTS = {
    "add": QT_TRANSLATE_NOOP("ReportController", "添加章节"),
    "too_deep_add": QT_TRANSLATE_NOOP("ReportController", "公文标题最多四级（一、（一）1.（1）），不能再添加下级章节"),
    "add_child": QT_TRANSLATE_NOOP("ReportController", "添加下级章节"),
    "new": QT_TRANSLATE_NOOP("ReportController", "新章节"),
    "delete": QT_TRANSLATE_NOOP("ReportController", "删除章节“%1”"),
    "too_deep_move": QT_TRANSLATE_NOOP("ReportController", "公文标题最多四级（一、（一）1.（1）），不能再往下移"),
    "move": QT_TRANSLATE_NOOP("ReportController", "移动章节"),
    "up": QT_TRANSLATE_NOOP("ReportController", "上移章节"),
    "down": QT_TRANSLATE_NOOP("ReportController", "下移章节"),
    "promote": QT_TRANSLATE_NOOP("ReportController", "章节升级"),
    "demote": QT_TRANSLATE_NOOP("ReportController", "章节降级"),
    "add_part": QT_TRANSLATE_NOOP("ReportController", "添加第%1部分"),
}


def _t(key: str) -> str:
    return QCoreApplication.translate("ReportController", _TEXTS[key])


class StructureEdits:
    """Mixed into ReportController, which provides the attributes and helpers declared here."""

    report: Report | None
    store: Store
    outline: OutlineIndex
    steps: UndoSteps
    undo_stack: QUndoStack
    _current: Section | None
    pending: PendingSections
    noticeShown: SignalInstance
    structureChanged: SignalInstance
    sectionAboutToBeInserted: SignalInstance
    sectionInserted: SignalInstance
    sectionAboutToBeRemoved: SignalInstance
    sectionRemoved: SignalInstance
    sectionAboutToBeMoved: SignalInstance
    sectionMoved: SignalInstance

    if TYPE_CHECKING:
        @property
        def read_only(self) -> bool: ...
        def section(self, section_id: int | None) -> Section | None: ...
        def parent_of(self, section: Section) -> Section | None: ...
        def children_of(self, parent: Section | None) -> list[Section]: ...
        def row_of(self, section: Section) -> int: ...
        def can_move(self, section: Section, new_parent: Section | None) -> bool: ...
        def contains(self, section: Section) -> bool: ...
        def select_section(self, section_id: int) -> None: ...
        def flush(self, *, place: bool = True) -> None: ...
        def _write(self, operation: Callable[[], object]) -> bool: ...
        def _saved_now(self) -> None: ...
        def apply_text(self, section: Section, heading: str, paragraphs: list[str], *, save_now: bool = False,
                       status: Status | None = None) -> None: ...
        def apply_fields(self, section: Section, values: dict[str, Any]) -> None: ...
        def apply_properties(self, values: dict[str, Any]) -> None: ...
        def reveal(self, section: Section) -> None: ...

    def add_sibling(self, section_id: int | None = None) -> int:
        """A new section after `section_id` (at the end of the top level when None); returns its id."""
        if self.report is None or self.read_only:
            return -1
        anchor = self.section(section_id)
        if anchor is not None and anchor.id == OPENING_ID:  # after 开头: the first section
            return self._add((None, 0), _t("add"))
        if anchor is None or not self.contains(anchor):  # none, or after 结尾: the last section
            return self._add((None, len(self.report.sections)), _t("add"))
        return self._add((self.parent_of(anchor), self.row_of(anchor) + 1), _t("add"))

    def add_child(self, section_id: int) -> int:
        parent = self.section(section_id)
        if parent is None or self.read_only or not self.contains(parent):  # 开头/结尾 have no children
            return -1
        if not self.outline.can_add_child(parent):
            self.noticeShown.emit(_t("too_deep_add"))
            return -1
        return self._add((parent, len(parent.children)), _t("add_child"))

    def _add(self, place: Place, label: str) -> int:
        section = Section(heading=_t("new"))
        self.steps.new_step()
        self.undo_stack.push(InsertSection(self, section, *place, label))
        return section.id if section.id is not None else -1

    def add_part(self, part: Part | int) -> int:
        """添加此部分: an empty 待写 section for a required part the report lacks, at the regulation's
        position (app/template.py), selected; one undo step. Returns its id (-1: nothing added)."""
        part = Part(part)
        if self.report is None or self.read_only or part not in self.report.missing_parts():
            return -1
        section = part_section(part, self.report.year, self.report.organization)
        self.steps.new_step()
        self.undo_stack.push(InsertSection(self, section, None, part_position(self.report, part),
                                           _t("add_part").replace("%1", str(int(part)))))
        if section.id is None:
            return -1
        self.select_section(section.id)
        return section.id

    def delete(self, section_id: int) -> None:
        section = self.section(section_id)
        if section is None or self.read_only or not self.contains(section):
            return
        self.steps.new_step()
        self.undo_stack.push(DeleteSection(self, section, self.parent_of(section), self.row_of(section),
                                           _t("delete").replace("%1", section.heading)))

    def move(self, section_id: int, new_parent_id: int | None, position: int, label: str | None = None) -> bool:
        """Move a section (with its subtree) under `new_parent_id` (None: top level) to `position`,
        counted among the new siblings without the moved section. False when not possible."""
        section = self.section(section_id)
        if section is None or self.read_only or not self.contains(section):
            return False
        new_parent = self.section(new_parent_id) if new_parent_id is not None else None
        if new_parent_id is not None and (new_parent is None or not self.contains(new_parent)):
            return False
        if not self.can_move(section, new_parent):
            if not any(s is new_parent for s in section.walk()):
                self.noticeShown.emit(_t("too_deep_move"))
            return False
        old_parent = self.parent_of(section)
        old_row = self.row_of(section)
        siblings = [s for s in self.children_of(new_parent) if s is not section]
        position = max(0, min(position, len(siblings)))
        if new_parent is old_parent and position == old_row:
            return False
        self.steps.new_step()
        self.undo_stack.push(MoveSection(self, section, (old_parent, old_row), (new_parent, position),
                                         label or _t("move")))
        return True

    def _move_to(self, section_id: int, place: Place | None, label: str) -> bool:
        if place is None:
            return False
        parent, position = place
        return self.move(section_id, parent.id if parent is not None else None, position, label)

    def _place(self, section_id: int, rule: Callable[[Section], Place | None]) -> Place | None:
        section = self.section(section_id)
        return rule(section) if section is not None and self.contains(section) else None

    def move_up(self, section_id: int) -> bool:
        place = self._place(section_id, lambda s: self.outline.step_place(s, -1))
        return self._move_to(section_id, place, _t("up"))

    def move_down(self, section_id: int) -> bool:
        place = self._place(section_id, lambda s: self.outline.step_place(s, +1))
        return self._move_to(section_id, place, _t("down"))

    def promote(self, section_id: int) -> bool:
        """Up one level: the section follows its former parent."""
        return self._move_to(section_id, self._place(section_id, self.outline.promote_place), _t("promote"))

    def demote(self, section_id: int) -> bool:
        """Down one level: the section becomes the last child of the section above it."""
        return self._move_to(section_id, self._place(section_id, self.outline.demote_place), _t("demote"))

    # called by the undo commands: change the model, write the store, announce it
    def insert(self, section: Section, parent: Section | None, position: int) -> bool:
        assert self.report is not None and self.report.id is not None
        if parent is not None and not self.contains(parent):
            return False
        siblings = self.children_of(parent)
        position = max(0, min(position, len(siblings)))
        self.flush()
        report_id = self.report.id
        if not self._write(lambda: self.store.reports.insert_section(
                report_id, parent.id if parent else None, position, section)):
            return False
        self.sectionAboutToBeInserted.emit(parent, position)
        siblings.insert(position, section)
        self.outline.rebuild()
        self.sectionInserted.emit()
        self._structure_saved()
        return True

    def remove(self, section: Section) -> None:
        section_id = section.id
        if not self.contains(section) or section_id is None:
            return
        self.flush()
        parent = self.parent_of(section)
        row = self.row_of(section)
        if not self._write(lambda: self.store.reports.delete_section(section_id)):
            return
        if self._current is not None and any(s is self._current for s in section.walk()):
            # Select the neighbour before the views hear of the removal: otherwise each view picks a
            # neighbour of its own mid-removal, and the editor loads a section while rows are half gone.
            neighbour = self.outline.neighbour(section)
            self.select_section(neighbour.id if neighbour is not None and neighbour.id is not None else -1)
        self.sectionAboutToBeRemoved.emit(parent, row)
        del self.children_of(parent)[row]
        self.outline.rebuild()
        self.sectionRemoved.emit()
        self.pending.forget(list(section.walk()))
        self._structure_saved()

    def move_section(self, section: Section, parent: Section | None, position: int) -> None:
        section_id = section.id
        if not self.contains(section) or section_id is None:
            return
        self.flush()
        old_parent = self.parent_of(section)
        old_row = self.row_of(section)
        if not self._write(lambda: self.store.reports.move_section(
                section_id, parent.id if parent else None, position)):
            return
        self.sectionAboutToBeMoved.emit(old_parent, old_row, parent, position)
        del self.children_of(old_parent)[old_row]
        self.children_of(parent).insert(position, section)
        self.outline.rebuild()
        self.sectionMoved.emit()
        self._structure_saved()

    def _structure_saved(self) -> None:
        self._saved_now()
        self.structureChanged.emit()

