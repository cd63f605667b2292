"""The one owner of the open report: every change goes through here as an undoable command,
is written to the store (only the section it touched) and announced by signals."""

from __future__ import annotations

import copy
import datetime as dt
import sqlite3
import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from app.counting import ZERO, Counts, count_section, count_text
from app.errors import UserError
from app.importing.markers import leading_marker
from app.model import Part, Report, Section, Status
from app.store import Store
from app.template import template_report
from ui.editor.autosave import Autosaver
from ui.editor.commands import DeleteSection, EditProperties, FieldEdit, InsertSection, MoveSection, ReplaceTexts, TextEdit

BURST_GAP_S = 1.5  # a pause longer than this starts a new undo step while typing
RECENT_LIMIT = 8
MAX_DEPTH = 4  # GB/T 9704 numbers four heading levels: 一、（一）1.（1）
PLACE_DELAY_MS = 1000  # remember the current section this long after the last switch
PROPERTY_FIELDS = ("title", "organization", "year", "recipient", "signature", "date", "preamble", "closing",
                   "marker_styles", "checklist")

Text = tuple[str, list[str]]


SENTENCE_ENDS = "。！？；!?;"


def starts_new_step(before: list[str], after: list[str]) -> bool:
    """Steady typing is undone a sentence or a paragraph at a time, not a page at once (QA): a
    new step begins with a new paragraph and with the first keystroke after a sentence's end."""
    if len(before) != len(after):
        return True
    old, new = "\n".join(before), "\n".join(after)
    prefix = 0
    for a, b in zip(old, new):
        if a != b:
            break
        prefix += 1
    return prefix > 0 and len(new) > len(old) and old[prefix - 1] in SENTENCE_ENDS


def without_typed_marker(heading: str) -> str:
    """A heading without a number the clerk typed in front (（一）执法力量不足 → 执法力量不足): numbers
    come from the position, a typed one would print twice (QA)."""
    marker = leading_marker(heading)
    rest = heading[marker.end:].strip() if marker is not None else heading
    return rest or heading


def _height(section: Section) -> int:
    """Levels in a subtree: 1 for a section without children."""
    return 1 + max((_height(child) for child in section.children), default=0)


def paragraphs_of(text: str) -> list[str]:
    """Editor text → paragraphs: one per line, blank lines are not paragraphs."""
    return [line.strip() for line in text.split("\n") if line.strip()]


class ReportController(QObject):
    reportOpened = Signal()
    structureChanged = Signal()
    sectionChanged = Signal(int)
    currentSectionChanged = Signal(int)
    propertiesChanged = Signal()
    saveStateChanged = Signal(str)
    errorOccurred = Signal(str)
    noticeShown = Signal(str)  # a passing remark for the status bar (a refused move…)
    # fine-grained structure signals for the tree model (rows of Section objects; None = top level)
    sectionAboutToBeInserted = Signal(object, int)
    sectionInserted = Signal()
    sectionAboutToBeRemoved = Signal(object, int)
    sectionRemoved = Signal()
    sectionAboutToBeMoved = Signal(object, int, object, int)  # old parent, old row, new parent, final row
    sectionMoved = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.report: Report | None = None
        self.undo_stack = QUndoStack(self)
        self.autosaver = Autosaver(self.flush, parent=self)
        self._place_timer = QTimer(self)
        self._place_timer.setSingleShot(True)
        self._place_timer.setInterval(PLACE_DELAY_MS)
        self._place_timer.timeout.connect(self._remember_place)
        self.last_save_ms = 0.0
        self._current: Section | None = None
        self._dirty: dict[int, Section] = {}
        self._counts: dict[int, Counts] = {}
        self._meta_counts = ZERO
        self._burst = 0
        self._last_text_edit = 0.0
        self._last_text_field = ""
        self._save_state = ""
        self._parents: dict[int, Section | None] = {}  # id(section) -> parent, rebuilt on structure edits
        self._by_id: dict[int, Section] = {}

    # ---- state ---------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def save_state(self) -> str:
        return self._save_state

    def has_report(self) -> bool:
        return self.report is not None

    def current_section(self) -> Section | None:
        return self._current

    def current_section_id(self) -> int:
        return self._current.id if self._current is not None and self._current.id is not None else -1

    def section(self, section_id: int | None) -> Section | None:
        if self.report is None or section_id is None:
            return None
        found = self._by_id.get(section_id)
        if found is not None and found.id == section_id:
            return found
        return self.report.find_section(section_id)  # ids change when an undo re-inserts a subtree

    def parent_of(self, section: Section) -> Section | None:
        return self._parents.get(id(section))

    def _index_tree(self) -> None:
        self._parents = {}
        self._by_id = {}
        if self.report is None:
            return
        stack: list[tuple[Section | None, list[Section]]] = [(None, self.report.sections)]
        while stack:
            parent, children = stack.pop()
            for child in children:
                self._parents[id(child)] = parent
                if child.id is not None:
                    self._by_id[child.id] = child
                stack.append((child, child.children))

    def children_of(self, parent: Section | None) -> list[Section]:
        assert self.report is not None
        return self.report.sections if parent is None else parent.children

    def row_of(self, section: Section) -> int:
        siblings = self.children_of(self.parent_of(section))
        return next(i for i, s in enumerate(siblings) if s is section)

    def depth_of(self, section: Section) -> int:
        depth, parent = 1, self.parent_of(section)
        while parent is not None:
            depth, parent = depth + 1, self.parent_of(parent)
        return depth

    def can_move(self, section: Section, new_parent: Section | None) -> bool:
        """Whether `section` (with its subtree) may go under `new_parent`: not into itself, and not
        deeper than the four heading levels GB/T 9704 numbers — unless it is already that deep."""
        if new_parent is not None and any(s is new_parent for s in section.walk()):
            return False
        height = _height(section)
        deepest_after = (self.depth_of(new_parent) + 1 if new_parent is not None else 1) + height - 1
        return deepest_after <= MAX_DEPTH or deepest_after <= self.depth_of(section) + height - 1

    def path_of(self, section: Section) -> tuple[int, ...]:
        """Rows from the top level down to `section`."""
        path: list[int] = []
        node: Section | None = section
        while node is not None:
            path.append(self.row_of(node))
            node = self.parent_of(node)
        return tuple(reversed(path))

    def section_at_path(self, path: tuple[int, ...]) -> Section | None:
        found: Section | None = None
        for row in path:
            children = self.children_of(found) if self.report is not None else []
            if not 0 <= row < len(children):
                return None
            found = children[row]
        return found

    def contains(self, section: Section) -> bool:
        return self.report is not None and id(section) in self._parents

    # ---- counts (cached per section; a keystroke recounts one section, not the report) -----
    def section_counts(self, section: Section, *, recursive: bool = False) -> Counts:
        key = id(section)
        own = self._counts.get(key)
        if own is None:
            own = self._counts[key] = count_section(section)
        if recursive:
            for child in section.children:
                own = own + self.section_counts(child, recursive=True)
        return own

    def report_counts(self) -> Counts:
        if self.report is None:
            return ZERO
        total = self._meta_counts
        for section in self.report.sections:
            total = total + self.section_counts(section, recursive=True)
        return total

    def _recount_meta(self) -> None:
        report = self.report
        total = ZERO
        if report is not None:
            for text in (report.title, *report.preamble, *report.closing, report.signature):
                total = total + count_text(text)
        self._meta_counts = total

    # ---- opening -------------------------------------------------------------------------
    def open_report(self, report_id: int, section_id: int | None = None,
                    path: tuple[int, ...] | None = None) -> None:
        """Load a stored report (raises NotFound); select `section_id` if it is in this report, else the
        section at `path` (rows from the top), else the first section."""
        self.flush()
        report = self.store.reports.load(report_id)
        self.undo_stack.clear()
        self.report = report
        self._current = None
        self._dirty.clear()
        self._counts.clear()
        self._recount_meta()
        self._index_tree()
        self._remember_report(report_id)
        self.reportOpened.emit()
        target = (self.section(section_id) or self.section_at_path(path or ())
                  or (report.sections[0] if report.sections else None))
        self.select_section(target.id if target is not None and target.id is not None else -1)
        self._set_save_state(self.tr("只读") if self.read_only else self.tr("已打开"))

    def new_report(self, year: int, organization: str = "") -> int:
        """A new report from the five-part template; opened at once. Returns its id."""
        report = template_report(year, organization.strip())
        report_id = self.store.reports.insert(report)
        self.store.settings.set("organization", organization.strip())
        self.open_report(report_id)
        return report_id

    def reload(self, *, ids_kept: bool = True) -> None:
        """Re-read the open report from the store, staying on the current section: the same id if it
        still exists, else the same place in the tree, else the first section. `ids_kept=False` when
        every row was re-created (a snapshot restore): SQLite hands freed ids out again, so an old id
        may now name another section and only the place counts."""
        if self.report is not None and self.report.id is not None:
            current = self._current
            path = self.path_of(current) if current is not None and self.contains(current) else None
            self._dirty.clear()
            self.open_report(self.report.id, self.current_section_id() if ids_kept else None, path)

    def close_report(self) -> None:
        self.flush()
        self.undo_stack.clear()
        self.report = None
        self._current = None
        self._index_tree()
        self.reportOpened.emit()
        self.currentSectionChanged.emit(-1)

    def _remember_report(self, report_id: int) -> None:
        settings = self.store.settings
        settings.set("last_report", report_id)
        recent = [r for r in settings.get("recent_reports", []) if r != report_id]
        settings.set("recent_reports", [report_id, *recent][:RECENT_LIMIT])

    def recent_reports(self) -> list[int]:
        known = {r.id for r in self.store.reports.list()}
        return [r for r in self.store.settings.get("recent_reports", []) if r in known]

    # ---- selection -----------------------------------------------------------------------
    def select_section(self, section_id: int) -> None:
        section = self.section(section_id)
        if section is self._current:
            return
        self.flush(place=False)  # every switch of section saves (the place is remembered a moment later)
        self._current = section
        self._burst += 1
        if section is not None and not self.read_only:
            # remembered a moment later, not on every switch: a write per click could hit a WAL
            # checkpoint and stall the switch (bench/startup.py saw 75 ms)
            self._place_timer.start()
        self.currentSectionChanged.emit(self.current_section_id())

    def _remember_place(self) -> None:
        if self._current is not None and self._current.id is not None and not self.read_only:
            self.store.settings.set("last_section", self._current.id)

    def _reveal(self, section: Section) -> None:
        """Undo/redo shows the section it changes."""
        if section is not self._current and section.id is not None and self.contains(section):
            self.select_section(section.id)

    # ---- text ----------------------------------------------------------------------------
    def set_section_text(self, section_id: int, heading: str, paragraphs: list[str]) -> None:
        """The editor's content; typing in one burst is one undo step; saved by the autosaver."""
        section = self.section(section_id)
        if section is None or self.read_only:
            return
        before: Text = (section.heading, list(section.paragraphs))
        after: Text = (heading, list(paragraphs))
        if before == after:
            return
        now = time.monotonic()
        field = "heading" if before[0] != after[0] else "body"  # the heading line and the body undo apart
        if (now - self._last_text_edit > BURST_GAP_S or field != self._last_text_field
                or starts_new_step(before[1], after[1])):
            self._burst += 1
        self._last_text_edit = now
        self._last_text_field = field
        self.undo_stack.push(TextEdit(self, section, before, after, self._burst, self.tr("输入文字")))

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
            self._burst += 1
            self.undo_stack.push(ReplaceTexts(self, items, label))

    def _apply_text(self, section: Section, heading: str, paragraphs: list[str], *, save_now: bool = False,
                    status: Status | None = None) -> None:
        section.heading = heading
        section.paragraphs = list(paragraphs)
        if status is not None:
            section.status = status
        elif section.status is Status.TODO and paragraphs:
            section.status = Status.DRAFT  # writing in a 待写 section makes it a draft
        self._counts.pop(id(section), None)
        self._dirty[id(section)] = section
        if save_now:
            self.flush()
        else:
            self.autosaver.touched()
            self._set_save_state(self.tr("未保存"))
        if section.id is not None:
            self.sectionChanged.emit(section.id)

    # ---- fields --------------------------------------------------------------------------
    def rename(self, section_id: int, heading: str) -> None:
        section = self.section(section_id)
        heading = without_typed_marker(heading.strip())
        if section is None or self.read_only or not heading or heading == section.heading:
            return
        self._push_fields(section, {"heading": heading}, self.tr("重命名章节"))

    def set_part(self, section_id: int, part: Part | int | None) -> None:
        part = Part(part) if part is not None else None  # Qt item data hands enums back as ints
        section = self.section(section_id)
        if section is not None and section.part != part:
            self._push_fields(section, {"part": part}, self.tr("设置部分"))

    def set_status(self, section_id: int, status: Status | str) -> None:
        status = Status(status)
        section = self.section(section_id)
        if section is not None and section.status != status:
            self._push_fields(section, {"status": status}, self.tr("设置状态"))

    def _push_fields(self, section: Section, after: dict[str, Any], label: str) -> None:
        if self.read_only:
            return
        before = {name: getattr(section, name) for name in after}
        self._burst += 1
        self.undo_stack.push(FieldEdit(self, section, before, after, label))

    def _apply_fields(self, section: Section, values: dict[str, Any]) -> None:
        for name, value in values.items():
            setattr(section, name, value)
        self._counts.pop(id(section), None)
        self._dirty[id(section)] = section
        self.flush()
        if section.id is not None:
            self.sectionChanged.emit(section.id)

    # ---- structure -----------------------------------------------------------------------
    def add_sibling(self, section_id: int | None = None) -> int:
        """A new section after `section_id` (at the end of the top level when None); returns its id."""
        if self.report is None or self.read_only:
            return -1
        anchor = self.section(section_id)
        if anchor is None:
            parent, position = None, len(self.report.sections)
        else:
            parent = self.parent_of(anchor)
            position = self.row_of(anchor) + 1
        return self._add(parent, position, self.tr("添加章节"))

    def add_child(self, section_id: int) -> int:
        parent = self.section(section_id)
        if parent is None or self.read_only:
            return -1
        if self.depth_of(parent) >= MAX_DEPTH:
            self.noticeShown.emit(self.tr("公文标题最多四级（一、（一）1.（1）），不能再添加下级章节"))
            return -1
        return self._add(parent, len(parent.children), self.tr("添加下级章节"))

    def _add(self, parent: Section | None, position: int, label: str) -> int:
        section = Section(heading=self.tr("新章节"))
        self._burst += 1
        self.undo_stack.push(InsertSection(self, section, parent, position, label))
        return section.id if section.id is not None else -1

    def delete(self, section_id: int) -> None:
        section = self.section(section_id)
        if section is None or self.read_only:
            return
        parent = self.parent_of(section)
        self._burst += 1
        self.undo_stack.push(DeleteSection(self, section, parent, self.row_of(section),
                                           self.tr("删除章节“%1”").replace("%1", section.heading)))

    def move(self, section_id: int, new_parent_id: int | None, position: int, label: str | None = None) -> bool:
        """Move a section (with its subtree) under `new_parent_id` (None: top level) to `position`,
        counted among the new siblings without the moved section. False when not possible."""
        section = self.section(section_id)
        if section is None or self.read_only:
            return False
        new_parent = self.section(new_parent_id) if new_parent_id is not None else None
        if new_parent_id is not None and new_parent is None:
            return False
        if not self.can_move(section, new_parent):
            if not any(s is new_parent for s in section.walk()):
                self.noticeShown.emit(self.tr("公文标题最多四级（一、（一）1.（1）），不能再往下移"))
            return False
        old_parent = self.parent_of(section)
        old_row = self.row_of(section)
        siblings = [s for s in self.children_of(new_parent) if s is not section]
        position = max(0, min(position, len(siblings)))
        if new_parent is old_parent and position == old_row:
            return False
        self._burst += 1
        self.undo_stack.push(MoveSection(self, section, (old_parent, old_row), (new_parent, position),
                                         label or self.tr("移动章节")))
        return True

    def move_up(self, section_id: int) -> bool:
        section = self.section(section_id)
        if section is None or self.row_of(section) == 0:
            return False
        parent = self.parent_of(section)
        return self.move(section_id, parent.id if parent else None, self.row_of(section) - 1, self.tr("上移章节"))

    def move_down(self, section_id: int) -> bool:
        section = self.section(section_id)
        if section is None:
            return False
        parent = self.parent_of(section)
        row = self.row_of(section)
        if row >= len(self.children_of(parent)) - 1:
            return False
        return self.move(section_id, parent.id if parent else None, row + 1, self.tr("下移章节"))

    def promote(self, section_id: int) -> bool:
        """Up one level: the section follows its former parent."""
        section = self.section(section_id)
        parent = self.parent_of(section) if section is not None else None
        if section is None or parent is None:
            return False
        grandparent = self.parent_of(parent)
        return self.move(section_id, grandparent.id if grandparent else None, self.row_of(parent) + 1,
                         self.tr("章节升级"))

    def demote(self, section_id: int) -> bool:
        """Down one level: the section becomes the last child of the section above it."""
        section = self.section(section_id)
        if section is None or self.row_of(section) == 0:
            return False
        above = self.children_of(self.parent_of(section))[self.row_of(section) - 1]
        return self.move(section_id, above.id, len(above.children), self.tr("章节降级"))

    def _insert(self, section: Section, parent: Section | None, position: int) -> bool:
        assert self.report is not None and self.report.id is not None
        if parent is not None and not self.contains(parent):
            return False
        siblings = self.children_of(parent)
        position = max(0, min(position, len(siblings)))
        self.flush()
        if not self._write(lambda: self.store.reports.insert_section(
                self.report.id, parent.id if parent else None, position, section)):  # type: ignore[union-attr]
            return False
        self.sectionAboutToBeInserted.emit(parent, position)
        siblings.insert(position, section)
        self._index_tree()
        self.sectionInserted.emit()
        self._structure_saved()
        return True

    def _remove(self, section: Section) -> None:
        if not self.contains(section) or section.id is None:
            return
        self.flush()
        parent = self.parent_of(section)
        row = self.row_of(section)
        if not self._write(lambda: self.store.reports.delete_section(section.id)):  # type: ignore[arg-type]
            return
        if self._current is not None and any(s is self._current for s in section.walk()):
            # Select the neighbour before the views hear of the removal: otherwise each view picks a
            # neighbour of its own mid-removal, and the editor loads a section while rows are half gone.
            self.select_section(self._neighbour_id(section))
        self.sectionAboutToBeRemoved.emit(parent, row)
        del self.children_of(parent)[row]
        self._index_tree()
        self.sectionRemoved.emit()
        for gone in section.walk():
            self._dirty.pop(id(gone), None)
        self._structure_saved()

    def _neighbour_id(self, section: Section) -> int:
        """Where the selection goes when `section` is removed: next sibling, else previous, else parent."""
        parent = self.parent_of(section)
        siblings = self.children_of(parent)
        row = self.row_of(section)
        neighbour = siblings[row + 1] if row + 1 < len(siblings) else (siblings[row - 1] if row > 0 else parent)
        return neighbour.id if neighbour is not None and neighbour.id is not None else -1

    def _move(self, section: Section, parent: Section | None, position: int) -> None:
        if not self.contains(section):
            return
        self.flush()
        old_parent = self.parent_of(section)
        old_row = self.row_of(section)
        if not self._write(lambda: self.store.reports.move_section(
                section.id, parent.id if parent else None, position)):  # type: ignore[arg-type]
            return
        self.sectionAboutToBeMoved.emit(old_parent, old_row, parent, position)
        del self.children_of(old_parent)[old_row]
        self.children_of(parent).insert(position, section)
        self._index_tree()
        self.sectionMoved.emit()
        self._structure_saved()

    def _structure_saved(self) -> None:
        self._saved_now()
        self.structureChanged.emit()

    # ---- report properties ---------------------------------------------------------------
    def properties(self) -> dict[str, Any]:
        assert self.report is not None
        return {name: copy.deepcopy(getattr(self.report, name)) for name in PROPERTY_FIELDS}

    def update_properties(self, **values: Any) -> None:
        """Any of title, organization, year, recipient, signature, date, preamble, closing, marker_styles,
        checklist."""
        if self.report is None or self.read_only:
            return
        unknown = set(values) - set(PROPERTY_FIELDS)
        if unknown:
            raise TypeError(f"unknown report properties: {sorted(unknown)}")
        before = {name: copy.deepcopy(getattr(self.report, name)) for name in values}
        if before == values:
            return
        self._burst += 1
        self.undo_stack.push(EditProperties(self, before, copy.deepcopy(values), self.tr("修改报告属性")))

    def _apply_properties(self, values: dict[str, Any]) -> None:
        assert self.report is not None
        for name, value in values.items():
            setattr(self.report, name, copy.deepcopy(value))
        if self._write(lambda: self.store.reports.update_meta(self.report)):  # type: ignore[arg-type]
            self._saved_now()
        self._recount_meta()
        self.propertiesChanged.emit()
        if "marker_styles" in values:
            self.structureChanged.emit()  # numbers change with the styles

    # ---- snapshots -----------------------------------------------------------------------
    def take_snapshot(self, label: str) -> int:
        assert self.report is not None and self.report.id is not None
        self.flush()
        return self.store.snapshots.take(self.report.id, label.strip())

    def restore_snapshot(self, snapshot_id: int) -> None:
        """Restore (the store snapshots the current state first), then reload: undo starts afresh."""
        self.flush()
        self.store.snapshots.restore(snapshot_id)
        self.reload(ids_kept=False)
        self._saved_now()

    # ---- saving --------------------------------------------------------------------------
    def flush(self, *, place: bool = True) -> None:
        """Save every pending section edit now (one short transaction per section), and with
        `place` also the section the clerk is in, for the next start."""
        if self.read_only:
            self._dirty.clear()
            return
        if place and self._place_timer.isActive():
            self._place_timer.stop()
            self._remember_place()
        if not self._dirty:
            return
        self._set_save_state(self.tr("正在保存…"))
        started = time.perf_counter()
        pending = list(self._dirty.values())
        self._dirty.clear()
        failed = [s for s in pending if s.id is not None and not self._write(lambda s=s: self.store.reports.update_section(s))]
        self.last_save_ms = (time.perf_counter() - started) * 1000
        if failed:
            for section in failed:
                self._dirty[id(section)] = section  # kept for the next attempt
            self.autosaver.touched()
            return
        self._saved_now()

    def _write(self, operation: Any) -> bool:
        try:
            operation()
        except (sqlite3.Error, UserError, OSError) as exc:
            self._set_save_state(self.tr("保存失败"))
            self.errorOccurred.emit(self.tr("保存失败：%1").replace("%1", str(exc)))
            return False
        return True

    def _saved_now(self) -> None:
        self._set_save_state(self.tr("已保存 %1").replace("%1", dt.datetime.now().strftime("%H:%M:%S")))

    def _set_save_state(self, text: str) -> None:
        if text != self._save_state:
            self._save_state = text
            self.saveStateChanged.emit(text)
