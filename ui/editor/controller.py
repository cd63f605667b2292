"""The one owner of the open report: every change goes through here as an undoable command,
is written to the store (only the section it touched) and announced by signals."""

from __future__ import annotations

import copy
import datetime as dt
import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from app import workflows
from app.counting import Counts
from app.errors import UserError
from app.model import Part, Report, Section, Status
from app.outline import OutlineIndex, UndoSteps, without_typed_marker
from app.store import Store
from app.template import template_report
from ui.editor.autosave import Autosaver
from ui.editor.commands import EditProperties, FieldEdit
from ui.editor.counts import CountsCache
from ui.editor.end_nodes import END_IDS, EndNodes
from ui.editor.pending_sections import PendingSections
from ui.editor.session import Session
from ui.editor.structure_edits import StructureEdits
from ui.editor.text_edits import TextEdits

PLACE_DELAY_MS = 1000  # remember the current section this long after the last switch
PROPERTY_FIELDS = ("title", "organization", "year", "recipient", "signature", "date", "preamble", "closing",
                   "marker_styles", "checklist", "targets",
                   # 正式行文 (GB/T 9704 版头 and 版记)
                   "issuer_mark", "doc_number", "signer", "copy_to", "printer", "print_date")


class ReportController(TextEdits, StructureEdits, QObject):
    """The open report, the selection, text and field edits, properties, snapshots and saving;
    the structural edits (add, delete, move) are in StructureEdits."""

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
        self.session = Session(store)
        self.report: Report | None = None
        self.outline = OutlineIndex()
        self.ends = EndNodes()  # 开头 and 结尾, the tree's first and last rows
        self.undo_stack = QUndoStack(self)
        self.steps = UndoSteps()
        self.pending = PendingSections(store.reports.update_section)
        self.autosaver = Autosaver(self.flush, parent=self)
        self._place_timer = QTimer(self)
        self._place_timer.setSingleShot(True)
        self._place_timer.setInterval(PLACE_DELAY_MS)
        self._place_timer.timeout.connect(self._remember_place)
        self._current: Section | None = None
        self.counts = CountsCache()
        for signal in (self.sectionInserted, self.sectionRemoved, self.sectionMoved):
            signal.connect(self.counts.outline_changed)  # connected first: before any view asks for the total
        self._typing: tuple[Section, list[str], str, str] | None = None
        self._save_state = ""

    # ---- state ---------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def save_state(self) -> str:
        return self._save_state

    @property
    def last_save_ms(self) -> float:
        return self.pending.last_save_ms

    def has_report(self) -> bool:
        return self.report is not None

    def current_section(self) -> Section | None:
        return self._current

    def current_section_id(self) -> int:
        return self._current.id if self._current is not None and self._current.id is not None else -1

    def section(self, section_id: int | None) -> Section | None:
        """A section of the outline, or 开头/结尾 by their fixed ids."""
        if self.report is None or section_id is None:
            return None
        return self.ends.get(section_id) if section_id in END_IDS else self.outline.by_id(section_id)

    def is_end_node(self, section: Section | None) -> bool:  # unnumbered, never moved; contains() is False
        return self.ends.is_end(section)

    # the outline's questions, asked of the one index (app/outline.py holds the rules)
    def parent_of(self, section: Section) -> Section | None:
        return self.outline.parent_of(section)

    def children_of(self, parent: Section | None) -> list[Section]:
        return self.outline.children_of(parent)

    def row_of(self, section: Section) -> int:
        return self.outline.row_of(section)

    def depth_of(self, section: Section) -> int:
        return self.outline.depth_of(section)

    def can_move(self, section: Section, new_parent: Section | None) -> bool:
        return self.outline.can_move(section, new_parent)

    def path_of(self, section: Section) -> tuple[int, ...]:
        return self.outline.path_of(section)

    def section_at_path(self, path: tuple[int, ...]) -> Section | None:
        return self.outline.section_at_path(path)

    def contains(self, section: Section) -> bool:
        return self.report is not None and self.outline.contains(section)

    def number_of(self, section: Section) -> str:
        """The derived number (一、（三）), from the index kept between structural changes."""
        return self.outline.number_of(section)

    # ---- counts (cached per section; a keystroke follows the change, see ui/editor/counts.py) --
    def section_counts(self, section: Section, *, recursive: bool = False) -> Counts:
        return self.counts.section(section, recursive=recursive)

    def report_counts(self) -> Counts:
        return self.counts.report(self.report)

    def body_counts(self, section: Section) -> Counts:
        """The section's own body, without its heading (what "正文 N 字" says)."""
        return self.counts.body(section)

    # ---- opening -------------------------------------------------------------------------
    def open_report(self, report_id: int, section_id: int | None = None,
                    path: tuple[int, ...] | None = None, *, stored: Report | None = None) -> None:
        """Load a stored report (raises NotFound); select `section_id` if it is in this report, else the
        section at `path` (rows from the top), else the first section. `stored`: the very report
        just stored (its ids set by the insert), opened without reading it back."""
        self.flush()
        report = stored if stored is not None and stored.id == report_id else self.store.reports.load(report_id)
        self.undo_stack.clear()
        self.report = report
        self._current = None
        self.pending.clear()
        self.counts.clear()
        self.counts.recount_meta(report)
        self.ends.load(report)
        self.outline.rebuild(report)
        self.session.report_opened(report_id)
        self.reportOpened.emit()
        target = (self.section(section_id) or self.section_at_path(path or ())
                  or (report.sections[0] if report.sections else None))
        self.select_section(target.id if target is not None and target.id is not None else -1)
        self._set_save_state(self.tr("只读") if self.read_only else self.tr("已打开"))

    def new_report(self, year: int, organization: str = "") -> int:
        """A new report from the five-part template; opened at once. Returns its id."""
        report = template_report(year, organization.strip())
        report_id = self.store.reports.insert(report)
        self.store.settings.organization = organization.strip()
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
            self.pending.clear()
            self.open_report(self.report.id, self.current_section_id() if ids_kept else None, path)

    def close_report(self) -> None:
        self.flush()
        self.undo_stack.clear()
        self.report = None
        self._current = None
        self.outline.rebuild(None)
        self.outline.report = None
        self.reportOpened.emit()
        self.currentSectionChanged.emit(-1)

    def recent_reports(self) -> list[int]:
        return self.session.recent_reports()

    # ---- selection -----------------------------------------------------------------------
    def select_section(self, section_id: int) -> None:
        section = self.section(section_id)
        if section is self._current:
            return
        self.flush(place=False)  # every switch of section saves (the place is remembered a moment later)
        self._current = section
        self.steps.new_step()
        if section is not None and not self.read_only:
            # remembered a moment later, not on every switch: a write per click could hit a WAL
            # checkpoint and stall the switch (bench/startup.py saw 75 ms)
            self._place_timer.start()
        self.currentSectionChanged.emit(self.current_section_id())

    def _remember_place(self) -> None:
        if self._current is not None and self._current.id is not None:
            self.session.section_visited(self._current.id)

    def reveal(self, section: Section) -> None:
        """Undo/redo shows the section it changes."""
        if section is not self._current and section.id is not None and (self.contains(section)
                                                                         or self.is_end_node(section)):
            self.select_section(section.id)

    # ---- fields --------------------------------------------------------------------------
    def rename(self, section_id: int, heading: str) -> None:
        section = self.section(section_id)
        heading = without_typed_marker(heading.strip())
        if section is None or self.read_only or not heading or heading == section.heading or self.is_end_node(section):
            return
        self._push_fields(section, {"heading": heading}, self.tr("重命名章节"))

    def set_part(self, section_id: int, part: Part | int | None) -> None:
        part = Part(part) if part is not None else None  # Qt item data hands enums back as ints
        section = self.section(section_id)
        if section is not None and section.part != part and not self.is_end_node(section):
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
        self.steps.new_step()
        self.undo_stack.push(FieldEdit(self, section, before, after, label))

    def apply_fields(self, section: Section, values: dict[str, Any]) -> None:
        for name, value in values.items():
            setattr(section, name, value)
        if self.is_end_node(section):
            self._save_end(section)
            return
        self.counts.forget(section)
        self.pending.add(section)
        self.flush()
        if section.id is not None:
            self.sectionChanged.emit(section.id)

    def _save_end(self, node: Section) -> None:
        """开头/结尾 are fields of the report: written to its row at once (one small update)."""
        report = self.report
        assert report is not None and node.id is not None
        self.ends.store_into(report, node)
        self.counts.recount_meta(report)
        if self._write(lambda: self.store.reports.update_meta(report)):
            self._saved_now()
        self.sectionChanged.emit(node.id)

    # ---- report properties ---------------------------------------------------------------
    def properties(self) -> dict[str, Any]:
        assert self.report is not None
        return {name: copy.deepcopy(getattr(self.report, name)) for name in PROPERTY_FIELDS}

    def update_properties(self, label: str = "", **values: Any) -> None:
        """Any of title, organization, year, recipient, signature, date, preamble, closing, marker_styles,
        checklist, targets (字数目标); `label` names the undo step (修改报告属性 when not given)."""
        if self.report is None or self.read_only:
            return
        unknown = set(values) - set(PROPERTY_FIELDS)
        if unknown:
            raise TypeError(f"unknown report properties: {sorted(unknown)}")
        before = {name: copy.deepcopy(getattr(self.report, name)) for name in values}
        if before == values:
            return
        self.steps.new_step()
        self.undo_stack.push(EditProperties(self, before, copy.deepcopy(values), label or self.tr("修改报告属性")))

    def apply_properties(self, values: dict[str, Any]) -> None:
        report = self.report
        assert report is not None
        for name, value in values.items():
            setattr(report, name, copy.deepcopy(value))
        if self._write(lambda: self.store.reports.update_meta(report)):
            self._saved_now()
        self.counts.recount_meta(report)
        self.ends.refresh(report)  # the properties dialog edits 开头 and 结尾 too
        self.propertiesChanged.emit()
        for node_id in END_IDS:
            self.sectionChanged.emit(node_id)
        if "marker_styles" in values:
            self.outline.renumber()
            self.structureChanged.emit()  # numbers change with the styles

    # ---- snapshots -----------------------------------------------------------------------
    def take_snapshot(self, label: str) -> int:
        assert self.report is not None and self.report.id is not None
        self.flush()
        return workflows.take_snapshot(self.store, self.report.id, label)

    def restore_snapshot(self, snapshot_id: int) -> None:
        """Restore (the store snapshots the current state first), then reload: undo starts afresh."""
        self.flush()
        workflows.restore_snapshot(self.store, snapshot_id)
        self.reload(ids_kept=False)
        self._saved_now()

    # ---- saving --------------------------------------------------------------------------
    def flush(self, *, place: bool = True) -> None:
        """Save every pending section edit now (one short transaction per section), and with
        `place` also the section the clerk is in, for the next start."""
        if self.read_only:
            self.pending.clear()
            return
        if place and self._place_timer.isActive():
            self._place_timer.stop()
            self._remember_place()
        if not self.pending:
            return
        self._set_save_state(self.tr("正在保存…"))
        error = self.pending.save()
        if error is not None:
            self._failed(error)
            self.autosaver.touched()
            return
        self._saved_now()

    def _write(self, operation: Callable[[], object]) -> bool:
        try:
            operation()
        except (sqlite3.Error, UserError, OSError) as exc:
            self._failed(exc)
            return False
        return True

    def _failed(self, error: Exception) -> None:
        self._set_save_state(self.tr("保存失败"))
        self.errorOccurred.emit(self.tr("保存失败：%1").replace("%1", str(error)))

    def _saved_now(self) -> None:
        self._set_save_state(self.tr("已保存 %1").replace("%1", dt.datetime.now().strftime("%H:%M:%S")))

    def _set_save_state(self, text: str) -> None:
        if text != self._save_state:
            self._save_state = text
            self.saveStateChanged.emit(text)
