"""The 活动台账 tab: the ledger with year/part/category filters, add/edit/delete, insert an activity
as a sentence, Excel import (columns named in a mapping dialog) and export, and a coverage view
that highlights what the open report does not mention yet.

Keyboard: ↑/↓ choose, Enter inserts the sentence, Esc hands the focus back to the editor,
focus_search() puts the cursor in the filter box.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.library.activities import Activity, ActivityLedger, activity_sentence
from app.model import Part, Report
from app.store import Store
from ui.common import messages
from ui.common.modal import run_modal
from ui.common.runner import show_failure, start_process_job
from ui.editor.section_model import part_name
from ui.library.activity_coverage import CoverageKeeper
from ui.library.activity_dialog import ActivityDialog
from ui.library.activity_excel import export_to_excel
from ui.library.activity_model import ACTIVITY_ROLE, UNMENTIONED_ROLE, ActivityModel, compact_figures
from ui.library.category_names import category_label
from ui.library.ledger_columns import activity_view, fit_columns
from ui.library.search_panel import SearchPanel
from ui.window.file_notice import announce

if TYPE_CHECKING:
    from app.library.ledger_xlsx import LedgerImportResult

__all__ = ["ACTIVITY_ROLE", "UNMENTIONED_ROLE", "ActivityPanel", "compact_figures"]

LOAD_SLICE = 300  # ledger rows made into activities per turn of the event loop (~3 ms, 10–15 ms on a busy PC)
COVERAGE_DELAY_MS = 1000  # coverage is read again this long after typing pauses


class ActivityPanel(SearchPanel):
    """insertRequested carries the activity as a sentence."""

    importFinished = Signal(object)     # LedgerImportResult (tests and the status bar)
    loaded = Signal()                   # the list shows the latest read of the ledger

    def __init__(self, store: Store, report_provider: Callable[[], Report | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityPanel")
        self.store = store
        self.ledger = ActivityLedger(store.db)
        self._report_provider = report_provider
        self._pending_file = ""
        self._stale = False          # the list waits for the panel to be shown
        self._generation = 0         # the newest ledger read; an older one still converting stops
        self._dirty: set[int] | None = None  # activities edited here (None: a change made elsewhere)
        self.coverage = CoverageKeeper()
        self._coverage_timer = QTimer(self)
        self._coverage_timer.setSingleShot(True)
        self._coverage_timer.setInterval(COVERAGE_DELAY_MS)
        self._coverage_timer.timeout.connect(self._coverage_due)
        self.title = self.tr("活动台账")

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("activityFilter")
        self.filter_edit.setPlaceholderText(self.tr("筛选事项、内容或日期"))
        self.filter_edit.setClearButtonEnabled(True)
        self.year_box = QComboBox()
        self.part_box = QComboBox()
        self.category_box = QComboBox()
        self.coverage_check = QCheckBox(self.tr("标出报告未提及的(&U)"))
        self.coverage_check.setToolTip(self.tr("高亮本报告年度中、报告正文尚未写到的活动"))
        self.model = ActivityModel([self.tr("日期"), self.tr("类别"), self.tr("事项"), self.tr("数据"), self.tr("部分"),
                                    self.tr("年度")],
                                   lambda a: part_name(a.part) if a.part else "", self.tr("报告中尚未提及："), self)
        self.tree = activity_view(self.model)
        self.tree.viewport().installEventFilter(self)  # a resize fits the columns again
        self.status = QLabel()

        # Alt letters: unique across this panel and the 常用语 panel, none of the menu bar's (F E I R V T H)
        self.insert_button = QPushButton(self.tr("插入为句子(&S)"))
        self.add_button = QPushButton(self.tr("新增(&A)…"))
        self.edit_button = QPushButton(self.tr("编辑(&C)…"))
        self.delete_button = QPushButton(self.tr("删除(&D)"))
        self.import_button = QPushButton(self.tr("导入Excel(&O)…"))
        self.export_button = QPushButton(self.tr("导出Excel(&X)…"))

        filters = QHBoxLayout()
        for widget in (self.year_box, self.part_box, self.category_box):
            filters.addWidget(widget)
        row1 = QHBoxLayout()
        for button in (self.insert_button, self.add_button, self.edit_button, self.delete_button):
            row1.addWidget(button)
        row2 = QHBoxLayout()
        row2.addWidget(self.coverage_check)
        row2.addStretch(1)
        row2.addWidget(self.import_button)
        row2.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addLayout(row1)
        layout.addLayout(row2)

        self.filter_edit.textChanged.connect(lambda: self.refresh(reuse=True))
        for box in (self.year_box, self.part_box, self.category_box):
            box.currentIndexChanged.connect(lambda: self.refresh(reuse=True))
        self.coverage_check.toggled.connect(self._update_coverage)  # the box is on the panel: shown
        self.tree.doubleClicked.connect(lambda *_: self.insert_current())
        self.insert_button.clicked.connect(self.insert_current)
        self.add_button.clicked.connect(self.add_activity)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.import_button.clicked.connect(self.import_excel)
        self.export_button.clicked.connect(self.export_excel)
        self._wire_keys(self.filter_edit, self.tree)
        for button in (self.insert_button, self.add_button, self.edit_button, self.delete_button, self.import_button):
            button.setEnabled(not store.read_only)
        self.reload()

    # --- keyboard ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            fit_columns(self.tree, self.model)  # a resize fits the columns again
        return super().eventFilter(watched, event)

    def row_count(self) -> int:
        return self.model.rowCount()

    def current_row(self) -> int:
        index = self.tree.currentIndex()
        return index.row() if index.isValid() else -1

    def set_current_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(row, 0))

    # --- keeping up (nothing runs while hidden; the view changes only where the data did) -----------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self, self.refresh)  # after the dock is on screen
        elif self.coverage.has_edits:
            self._coverage_timer.start(0)

    @Slot(int)
    def note_section_changed(self, section_id: int) -> None:
        """A section's text changed: its coverage is read again once typing pauses."""
        self.coverage.section_edited(section_id)
        if self.isVisible():
            self._coverage_timer.start()

    @Slot()
    def note_structure_changed(self) -> None:
        """Sections added, removed or moved: coverage reads the new ones and forgets the gone ones."""
        self.coverage.structure_changed()
        if self.isVisible():
            self._coverage_timer.start()

    # --- list ---------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        report = self._report_provider()
        fills = (
            (self.year_box, self.tr("全部年度"), [(self.tr("%1年").replace("%1", str(y)), y) for y in self.ledger.years()]),
            (self.part_box, self.tr("全部部分"), [(part_name(p), int(p)) for p in Part]),
            (self.category_box, self.tr("全部类别"), [(category_label(c), c) for c in self.ledger.categories()]),
        )
        for box, everything, items in fills:
            current = box.currentData() if box.count() else (report.year if box is self.year_box and report else None)
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for text, data in items:
                box.addItem(text, data)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    @Slot()
    def reload(self) -> None:
        """Filters and list from the store (after a change elsewhere, e.g. a roll-forward, or another
        report opened): the coverage is read afresh."""
        self.coverage.forget()
        if not self.isVisible():
            self._stale = True
            return
        self._fill_filters()
        self.refresh()

    @Slot()
    def refresh(self, *, reuse: bool = False) -> None:
        """Read the ledger (the ids at once, the activities a slice per turn of the event loop) and
        show what changed. `reuse`: the activities listed are as stored, except those in `_dirty`
        (after this panel's own change, or another filter): only the others are read."""
        if not self.isVisible():
            self._stale = True
            return
        if self._stale and self.year_box.count() == 0:
            self._fill_filters()
        self._stale = False
        self._generation += 1
        ids = self.ledger.activity_ids(year=self.year_box.currentData(), part=self.part_box.currentData(),
                                       category=self.category_box.currentData())
        dirty = self._dirty or set()
        known = {a.id: a for a in self.model.activities() if a.id not in dirty} if reuse else {}
        self._dirty = None
        if sum(1 for i in ids if i not in known) <= LOAD_SLICE:
            self._convert(self._generation, ids, [], known, len(ids))
        else:  # a slice per turn of the event loop, from the next one on
            QTimer.singleShot(0, self, lambda g=self._generation: self._convert(g, ids, [], known))  # dies with the panel

    def _convert(self, generation: int, ids: list[int], done: list[Activity], known: dict[int | None, Activity],
                 size: int = 0) -> None:
        if generation != self._generation:
            return  # a newer read started meanwhile
        chunk = ids[len(done):len(done) + (size or LOAD_SLICE)]
        read = {a.id: a for a in self.ledger.by_ids([i for i in chunk if i not in known])}
        done.extend(a for i in chunk if (a := known.get(i) or read.get(i)) is not None)
        if chunk and len(done) < len(ids):
            QTimer.singleShot(0, self, lambda: self._convert(generation, ids, done, known))
            return
        self._show(done)

    def _show(self, activities: list[Activity]) -> None:
        keep = self.current_activity()
        needle = self.filter_edit.text().strip()
        if needle:
            activities = [a for a in activities if needle in a.title or needle in a.description or needle in a.date_text]
        self.model.set_activities(activities)
        if self.model.rows_touched:
            self.coverage.forget()  # the activities it covers changed
        fit_columns(self.tree, self.model)
        row = self.model.row_of(keep.id if keep is not None else None)
        if row < 0 and not self.tree.currentIndex().isValid() and self.model.rowCount():
            row = 0
        if row >= 0:
            self.set_current_row(row)
        self._update_coverage()
        self.loaded.emit()

    @Slot()
    def _update_coverage(self) -> None:
        """The coverage marks: built once per report and list, then one section read per edit."""
        report = self._report_provider()
        if report is None or not self.coverage_check.isChecked():
            self.model.set_unmentioned(set())
            self._show_summary(None)
            return
        missing = self.coverage.unmentioned(report, self.model.activities(), self, self._update_coverage)
        if missing is None:  # a long ledger: its index is being built off the GUI thread
            self.status.setText(self.tr("正在查找报告未提及的活动…"))
            return
        self.model.set_unmentioned(missing)
        self._show_summary(self.model.unmentioned_count())

    @Slot()
    def _coverage_due(self) -> None:
        if not self.isVisible():
            return  # caught up when shown
        if self._stale:
            self.refresh()
        else:
            self._update_coverage()

    def _show_summary(self, missing: int | None) -> None:
        summary = self.tr("%1 条活动").replace("%1", str(self.model.rowCount()))
        if missing is not None:
            summary += self.tr("，其中 %1 条报告未提及").replace("%1", str(missing))
        self.status.setText(summary)

    def current_activity(self) -> Activity | None:
        return self.model.activity(self.current_row())

    # --- actions -----------------------------------------------------------------------------
    @Slot()
    def insert_current(self) -> None:
        activity = self.current_activity()
        if activity is not None:
            self.insertRequested.emit(activity_sentence(activity))

    def _default_year(self) -> int:
        report = self._report_provider()
        return self.year_box.currentData() or (report.year if report and report.year else dt.date.today().year)

    @Slot()
    def add_activity(self) -> None:
        dialog = ActivityDialog(self.ledger.categories(), Activity(year=self._default_year()), self)
        if run_modal(dialog, self) == QDialog.DialogCode.Accepted:
            self._dirty = set()  # a new row: read as it is not listed yet
            self.guarded(lambda: self.ledger.add(dialog.result_activity()))

    @Slot()
    def edit_current(self) -> None:
        activity = self.current_activity()
        if activity is None:
            return
        dialog = ActivityDialog(self.ledger.categories(), activity, self)
        if run_modal(dialog, self) == QDialog.DialogCode.Accepted:
            self._dirty = {activity.id} if activity.id is not None else None
            self.guarded(lambda: self.ledger.update(dialog.result_activity()))

    @Slot()
    def delete_current(self) -> None:
        activity = self.current_activity()
        if activity is None or activity.id is None or self.store.read_only:
            return
        if self.confirm_delete(self.tr("删除这条活动？"), activity.title):
            activity_id = activity.id
            row = self.current_row()
            self._dirty = set()
            self.guarded(lambda: self.ledger.delete(activity_id))
            current = self.current_activity()
            self.keep_place(row, activity_id, current.id if current is not None else None)

    def after_change(self) -> None:
        """After an add, edit or delete here (`_dirty` holds the edited): the filters, and only the
        rows that changed are read; after a change made elsewhere, everything."""
        if self._dirty is None or not self.isVisible():
            self.reload()
            return
        self._fill_filters()
        self.refresh(reuse=True)

    @Slot()
    def import_excel(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入台账"), "", self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str, mapping: dict[str, str] | None = None, default_year: int | None = None) -> None:
        """Ask for the column mapping (unless given), then read the file off the GUI thread."""
        # openpyxl takes 0.3 s to load: not before the clerk imports
        from app.jobs import ledger_job
        from app.library.ledger_xlsx import SETTINGS_KEY, read_headers
        from ui.library.ledger_mapping_dialog import LedgerMappingDialog
        if mapping is None:
            try:
                headers = read_headers(path)
            except UserError as exc:
                messages.warn(self, self.tr("导入台账"), str(exc))
                return
            dialog = LedgerMappingDialog(headers, self.store.settings.get(SETTINGS_KEY, {}) or {},
                                         self._default_year(), self)
            if run_modal(dialog, self) != QDialog.DialogCode.Accepted:
                return
            mapping, default_year = dialog.mapping(), dialog.default_year()
            self.store.settings.set(SETTINGS_KEY, mapping)
        self._pending_file = path
        self.import_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        chosen = dict(mapping)
        # reading a big workbook takes seconds: in a worker process (a thread stalls the window,
        # issue 15); storing stays on the GUI thread
        start_process_job(self, ledger_job, path, chosen, default_year,
                          on_done=self._import_read, on_error=self._import_failed)

    def _import_failed(self, error: BaseException) -> None:
        QApplication.restoreOverrideCursor()
        self.import_button.setEnabled(not self.store.read_only)
        show_failure(self, self.tr("导入台账"), error)

    def _import_read(self, outcome: LedgerImportResult) -> None:
        QApplication.restoreOverrideCursor()
        self.import_button.setEnabled(not self.store.read_only)
        try:
            outcome.skip_existing(self.ledger)  # importing a file twice adds nothing
            self.ledger.add_many(outcome.imported)  # one transaction
        except UserError as exc:
            messages.warn(self, self.tr("导入台账"), str(exc))
            return
        self.reload()
        self.importFinished.emit(outcome)
        announce(self, self.tr("台账导入完成：%1").replace("%1", outcome.summary()))
        if outcome.skipped or outcome.warnings:
            lines = [*outcome.warnings, *[str(s) for s in outcome.skipped[:30]]]
            if len(outcome.skipped) > 30:
                lines.append(self.tr("……另有 %1 行").replace("%1", str(len(outcome.skipped) - 30)))
            messages.report(self, self.tr("导入台账"), outcome.summary(), "\n".join(lines))

    @Slot()
    def export_excel(self) -> None:
        export_to_excel(self, self.ledger, self.year_box.currentData())
