"""The 活动台账 tab: the ledger with year/part/category filters, add/edit/delete, insert an activity
as a sentence, Excel import (columns named in a mapping dialog) and export, and a coverage view
that highlights what the open report does not mention yet.

Keyboard: ↑/↓ choose, Enter inserts the sentence, Esc hands the focus back to the editor,
focus_search() puts the cursor in the filter box.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.library.activities import Activity, ActivityLedger, Figure, activity_sentence, figures_text, format_number
from app.library.coverage import is_mentioned, report_text
from app.library.ledger_xlsx import SETTINGS_KEY, LedgerImportResult, export_ledger, read_headers, read_ledger
from app.model import Part, Report
from app.store import Store
from ui.common import messages
from ui.common.modal import run_modal
from ui.common.runner import show_failure, start_job
from ui.editor.section_model import part_name
from ui.library.activity_dialog import ActivityDialog
from ui.library.category_names import category_label
from ui.library.ledger_mapping_dialog import LedgerMappingDialog
from ui.library.search_panel import SearchPanel
from ui.window.file_notice import announce

ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 1
UNMENTIONED_ROLE = Qt.ItemDataRole.UserRole + 2
_HIGHLIGHT = QColor("#fff1c2")
DATE_COLUMN, CATEGORY_COLUMN, TITLE_COLUMN, FIGURES_COLUMN, PART_COLUMN, YEAR_COLUMN = range(6)
# the widest text each narrow column grows to (a longer one is cut with … and shown in full as a tooltip)
_COLUMN_CAPS = {DATE_COLUMN: "12月15日、12月18日", CATEGORY_COLUMN: "普法宣传", FIGURES_COLUMN: "900人次、16次",
                PART_COLUMN: "5", YEAR_COLUMN: "2025"}
_TITLE_SHARE = 0.35  # the title column keeps at least this share of the list's width


def compact_figures(figures: list[Figure]) -> str:
    """The figures' numbers for a narrow column: 32家、900人次 (the names are in the tooltip)."""
    return "、".join(f"{format_number(f.value)}{f.unit}" for f in figures)


class ActivityPanel(SearchPanel):
    """insertRequested carries the activity as a sentence."""

    importFinished = Signal(object)     # LedgerImportResult (tests and the status bar)

    def __init__(self, store: Store, report_provider: Callable[[], Report | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityPanel")
        self.store = store
        self.ledger = ActivityLedger(store.db)
        self._report_provider = report_provider
        self._pending_file = ""
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
        self.tree = QTreeWidget()
        self.tree.setObjectName("activityList")
        self.tree.setHeaderLabels([self.tr("日期"), self.tr("类别"), self.tr("事项"), self.tr("数据"), self.tr("部分"),
                                   self.tr("年度")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("00") + 8)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
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

        self.filter_edit.textChanged.connect(self.refresh)
        for box in (self.year_box, self.part_box, self.category_box):
            box.currentIndexChanged.connect(self.refresh)
        self.coverage_check.toggled.connect(self.refresh)
        self.tree.itemDoubleClicked.connect(lambda *_: self.insert_current())
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
            self._fit_columns()  # a resize fits the columns again
        return super().eventFilter(watched, event)

    def row_count(self) -> int:
        return self.tree.topLevelItemCount()

    def current_row(self) -> int:
        item = self.tree.currentItem()
        return self.tree.indexOfTopLevelItem(item) if item is not None else -1

    def set_current_row(self, row: int) -> None:
        item = self.tree.topLevelItem(row)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _items(self) -> list[QTreeWidgetItem]:
        return [item for i in range(self.tree.topLevelItemCount()) if (item := self.tree.topLevelItem(i)) is not None]

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
        """Filters and list from the store (after a change elsewhere, e.g. a roll-forward)."""
        self._fill_filters()
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        current = self.current_activity()
        keep = current.id if current is not None else None
        activities = self.ledger.activities(year=self.year_box.currentData(), part=self.part_box.currentData(),
                                      category=self.category_box.currentData())
        needle = self.filter_edit.text().strip()
        if needle:
            activities = [a for a in activities if needle in a.title or needle in a.description or needle in a.date_text]
        report = self._report_provider()
        text = report_text(report) if report is not None and self.coverage_check.isChecked() else None
        self.tree.clear()
        missing = 0
        for activity in activities:
            item = QTreeWidgetItem([activity.date_text, category_label(activity.category), activity.title,
                                    compact_figures(activity.figures), str(int(activity.part)) if activity.part else "",
                                    str(activity.year)])
            item.setData(0, ACTIVITY_ROLE, activity)
            item.setToolTip(DATE_COLUMN, activity.date_text)
            item.setToolTip(CATEGORY_COLUMN, activity.category)
            item.setToolTip(TITLE_COLUMN, activity.description or activity.title)
            item.setToolTip(FIGURES_COLUMN, figures_text(activity.figures))
            if activity.part:
                item.setToolTip(PART_COLUMN, part_name(activity.part))
            unmentioned = text is not None and report is not None and activity.year == report.year \
                and not is_mentioned(activity, text)
            item.setData(0, UNMENTIONED_ROLE, unmentioned)
            if unmentioned:
                missing += 1
                font = QFont(item.font(2))
                font.setBold(True)
                for column in range(self.tree.columnCount()):
                    item.setBackground(column, QBrush(_HIGHLIGHT))
                item.setFont(2, font)
                item.setToolTip(2, self.tr("报告中尚未提及：") + activity.title)
            self.tree.addTopLevelItem(item)
        # the year says something only when the list shows more than one
        self.tree.setColumnHidden(YEAR_COLUMN, len({a.year for a in activities}) < 2)
        self._fit_columns()
        ids = [item.data(0, ACTIVITY_ROLE).id for item in self._items()]
        if ids:
            self.set_current_row(ids.index(keep) if keep in ids else 0)
        summary = self.tr("%1 条活动").replace("%1", str(len(activities)))
        if text is not None:
            summary += self.tr("，其中 %1 条报告未提及").replace("%1", str(missing))
        self.status.setText(summary)

    def _fit_columns(self) -> None:
        """The narrow columns as wide as their texts, up to a cap, and together never so wide that
        the title (which takes the rest) drops under _TITLE_SHARE or a horizontal scrollbar appears."""
        metrics = self.tree.fontMetrics()
        padding = 2 * self.tree.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
        header_item = self.tree.headerItem()
        items = self._items()
        wanted: dict[int, int] = {}
        for column, cap in _COLUMN_CAPS.items():
            if self.tree.isColumnHidden(column):
                continue
            texts = [item.text(column) for item in items]
            widest = max([metrics.horizontalAdvance(t) for t in texts] + [0])
            wanted[column] = max(min(widest, metrics.horizontalAdvance(cap)),
                                 metrics.horizontalAdvance(header_item.text(column))) + padding
        room = int(self.tree.viewport().width() * (1 - _TITLE_SHARE))
        excess = sum(wanted.values()) - room
        for column in (YEAR_COLUMN, FIGURES_COLUMN, CATEGORY_COLUMN, DATE_COLUMN):  # the date is cut last
            if excess <= 0:
                break
            if column not in wanted:  # hidden
                continue
            floor = metrics.horizontalAdvance(header_item.text(column)) + padding
            taken = min(excess, max(0, wanted[column] - floor))
            wanted[column] -= taken
            excess -= taken
        for column, width in wanted.items():
            self.tree.header().resizeSection(column, width)

    def current_activity(self) -> Activity | None:
        item = self.tree.currentItem()
        return item.data(0, ACTIVITY_ROLE) if item is not None else None

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
            self.guarded(lambda: self.ledger.add(dialog.result_activity()))

    @Slot()
    def edit_current(self) -> None:
        activity = self.current_activity()
        if activity is None:
            return
        dialog = ActivityDialog(self.ledger.categories(), activity, self)
        if run_modal(dialog, self) == QDialog.DialogCode.Accepted:
            self.guarded(lambda: self.ledger.update(dialog.result_activity()))

    @Slot()
    def delete_current(self) -> None:
        activity = self.current_activity()
        if activity is None or activity.id is None or self.store.read_only:
            return
        if self.confirm_delete(self.tr("删除这条活动？"), activity.title):
            activity_id = activity.id
            row = self.current_row()
            self.guarded(lambda: self.ledger.delete(activity_id))
            current = self.current_activity()
            self.keep_place(row, activity_id, current.id if current is not None else None)

    def after_change(self) -> None:
        self.reload()

    @Slot()
    def import_excel(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入台账"), "", self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str, mapping: dict[str, str] | None = None, default_year: int | None = None) -> None:
        """Ask for the column mapping (unless given), then read the file off the GUI thread."""
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
        # reading a big workbook takes seconds: off the GUI thread; storing stays on it
        start_job(self, lambda *, job: read_ledger(path, chosen, default_year),
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
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出台账"), self.tr("活动台账.xlsx"),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        activities = self.ledger.activities(year=self.year_box.currentData())
        try:
            export_ledger(Path(path), activities)
        except UserError as exc:
            messages.warn(self, self.tr("导出台账"), str(exc))
            return
        announce(self, self.tr("已导出台账（%1 条活动）到 %2").replace("%1", str(len(activities)))
                 .replace("%2", path), Path(path))
