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

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.library.activities import Activity, ActivityLedger, Figure, activity_sentence, figures_text, format_number, parse_figures
from app.library.coverage import is_mentioned, report_text
from app.library.dates import parse_date_text
from app.library.extraction import guess_category
from app.library.ledger_xlsx import SETTINGS_KEY, LedgerImportResult, export_ledger, read_headers, read_ledger
from app.model import Part, Report
from app.store import Store
from ui.common.modal import run_modal
from ui.editor.section_model import part_name
from ui.library.ledger_mapping_dialog import LedgerMappingDialog
from ui.library.list_keys import STEPS, stepped_row

ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 1
UNMENTIONED_ROLE = Qt.ItemDataRole.UserRole + 2
_HIGHLIGHT = QColor("#fff1c2")
DATE_COLUMN, CATEGORY_COLUMN, TITLE_COLUMN, FIGURES_COLUMN, PART_COLUMN = range(5)
# the widest text each narrow column grows to (a longer one is cut with … and shown in full as a tooltip)
_COLUMN_CAPS = {DATE_COLUMN: "12月15日、12月18日", CATEGORY_COLUMN: "普法宣传", FIGURES_COLUMN: "900人次、16次",
                PART_COLUMN: "5"}
_TITLE_SHARE = 0.35  # the title column keeps at least this share of the list's width


def compact_figures(figures: list[Figure]) -> str:
    """The figures' numbers for a narrow column: 32家、900人次 (the names are in the tooltip)."""
    return "、".join(f"{format_number(f.value)}{f.unit}" for f in figures)


class ActivityDialog(QDialog):
    """Add or edit one activity."""

    def __init__(self, categories: list[str], activity: Activity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("编辑活动") if activity.id else self.tr("新增活动"))
        self.activity = activity
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2999)
        self.year_spin.setValue(activity.year or dt.date.today().year)
        self.date_edit = QLineEdit(activity.date_text)
        self.date_edit.setPlaceholderText(self.tr("如 4月3日、4月3日至5日、7-9月、12月"))
        self.date_note = QLabel()
        self.category_box = QComboBox()
        self.category_box.setEditable(True)
        self.category_box.addItems(categories)
        self.category_box.setCurrentText(activity.category)
        self.title_edit = QLineEdit(activity.title)
        self.description_edit = QPlainTextEdit(activity.description)
        self.description_edit.setTabChangesFocus(True)
        self.figures_edit = QLineEdit(figures_text(activity.figures))
        self.figures_edit.setPlaceholderText(self.tr("如 执法检查=32家；培训=900人次"))
        self.part_box = QComboBox()
        self.part_box.addItem(self.tr("（未指定）"), None)
        for part in Part:
            self.part_box.addItem(part_name(part), int(part))
        self.part_box.setCurrentIndex(max(0, self.part_box.findData(int(activity.part) if activity.part else None)))
        form = QFormLayout()
        form.addRow(self.tr("年度(&Y)："), self.year_spin)
        form.addRow(self.tr("日期(&D)："), self.date_edit)
        form.addRow("", self.date_note)
        form.addRow(self.tr("类别(&C)："), self.category_box)
        form.addRow(self.tr("事项(&T)："), self.title_edit)
        form.addRow(self.tr("内容(&M)："), self.description_edit)
        form.addRow(self.tr("数据(&F)："), self.figures_edit)
        form.addRow(self.tr("所属部分(&P)："), self.part_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.date_edit.textChanged.connect(self._show_date)
        self.year_spin.valueChanged.connect(self._show_date)
        self._show_date()

    def _show_date(self) -> None:
        text = self.date_edit.text().strip()
        start, end = parse_date_text(text, self.year_spin.value())
        if not text:
            self.date_note.setText("")
        elif start is None:
            self.date_note.setText(self.tr("（未能识别为日期，将按原样保存）"))
        else:
            self.date_note.setText(start.isoformat() + ("" if end == start else f" — {end.isoformat() if end else ''}"))

    def _accept(self) -> None:
        try:
            self.result_activity()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("活动台账"), str(exc))
            return
        self.accept()

    def result_activity(self) -> Activity:
        """The edited activity (UserError when a field cannot be used)."""
        title = self.title_edit.text().strip()
        if not title:
            raise UserError(self.tr("事项不能为空。"))
        date_text = self.date_edit.text().strip()
        year = self.year_spin.value()
        start, end = parse_date_text(date_text, year)
        if date_text and start is None and any(c.isdigit() for c in date_text):
            raise UserError(self.tr("日期无法识别或不存在：%1").replace("%1", date_text))
        part = self.part_box.currentData()
        description = self.description_edit.toPlainText().strip()
        return Activity(id=self.activity.id, year=year, date_text=date_text, start=start, end=end,
                        category=self.category_box.currentText().strip() or guess_category(title, description),
                        title=title, description=description, part=Part(part) if part else None,
                        figures=parse_figures(self.figures_edit.text()), origin=self.activity.origin)


class _Relay(QObject):
    done = Signal(object)   # LedgerImportResult or UserError


class _ReadJob(QRunnable):
    """Reading a big workbook takes seconds: done off the GUI thread; storing stays on it."""

    def __init__(self, read: Callable[[], LedgerImportResult], relay: _Relay) -> None:
        super().__init__()
        self.read, self.relay = read, relay

    def run(self) -> None:
        try:
            outcome: object = self.read()
        except UserError as exc:
            outcome = exc
        try:
            self.relay.done.emit(outcome)
        except RuntimeError:
            pass  # the panel is gone


class ActivityPanel(QWidget):
    insertRequested = Signal(str)       # the activity as a sentence, for the editor's cursor
    returnFocusRequested = Signal()     # Esc: back to the editor
    importFinished = Signal(object)     # LedgerImportResult (tests and the status bar)

    def __init__(self, store: Store, report_provider: Callable[[], Report | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityPanel")
        self.store = store
        self.ledger = ActivityLedger(store.db)
        self._report_provider = report_provider
        self._relay = _Relay(self)
        self._relay.done.connect(self._import_read)
        self._pending_file = ""

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
        self.tree.setHeaderLabels([self.tr("日期"), self.tr("类别"), self.tr("事项"), self.tr("数据"), self.tr("部分")])
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
        self.tree.installEventFilter(self)
        self.filter_edit.installEventFilter(self)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree, self.delete_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        for widget in (self.add_button, self.edit_button, self.delete_button, self.import_button):
            widget.setEnabled(not store.read_only)
        self.reload()

    # --- keyboard ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport():
            if event.type() == QEvent.Type.Resize:
                self._fit_columns()
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.returnFocusRequested.emit()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.insert_current()
                return True
            if watched is self.filter_edit and key in STEPS:
                current = self.tree.indexOfTopLevelItem(self.tree.currentItem()) if self.tree.currentItem() else -1
                row = stepped_row(key, current, self.tree.topLevelItemCount())
                if row is not None:
                    self.tree.setCurrentItem(self.tree.topLevelItem(row))
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def focus_search(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # --- list ---------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        report = self._report_provider()
        fills = (
            (self.year_box, self.tr("全部年度"), [(self.tr("%1年").replace("%1", str(y)), y) for y in self.ledger.years()]),
            (self.part_box, self.tr("全部部分"), [(part_name(p), int(p)) for p in Part]),
            (self.category_box, self.tr("全部类别"), [(c, c) for c in self.ledger.categories()]),
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
        keep = self.current_activity().id if self.current_activity() else None
        activities = self.ledger.list(year=self.year_box.currentData(), part=self.part_box.currentData(),
                                      category=self.category_box.currentData())
        needle = self.filter_edit.text().strip()
        if needle:
            activities = [a for a in activities if needle in a.title or needle in a.description or needle in a.date_text]
        report = self._report_provider()
        text = report_text(report) if report is not None and self.coverage_check.isChecked() else None
        self.tree.clear()
        missing = 0
        for activity in activities:
            item = QTreeWidgetItem([activity.date_text, activity.category, activity.title,
                                    compact_figures(activity.figures), str(int(activity.part)) if activity.part else ""])
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
                for column in range(5):
                    item.setBackground(column, QBrush(_HIGHLIGHT))
                item.setFont(2, font)
                item.setToolTip(2, self.tr("报告中尚未提及：") + activity.title)
            self.tree.addTopLevelItem(item)
        self._fit_columns()
        ids = [self.tree.topLevelItem(i).data(0, ACTIVITY_ROLE).id for i in range(self.tree.topLevelItemCount())]
        if ids:
            self.tree.setCurrentItem(self.tree.topLevelItem(ids.index(keep) if keep in ids else 0))
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
        count = self.tree.topLevelItemCount()
        wanted: dict[int, int] = {}
        for column, cap in _COLUMN_CAPS.items():
            texts = [self.tree.topLevelItem(i).text(column) for i in range(count)]
            widest = max([metrics.horizontalAdvance(t) for t in texts] + [0])
            wanted[column] = max(min(widest, metrics.horizontalAdvance(cap)),
                                 metrics.horizontalAdvance(header_item.text(column))) + padding
        room = int(self.tree.viewport().width() * (1 - _TITLE_SHARE))
        excess = sum(wanted.values()) - room
        for column in (FIGURES_COLUMN, CATEGORY_COLUMN, DATE_COLUMN):  # the date is cut last
            if excess <= 0:
                break
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
            self._guarded(lambda: self.ledger.add(dialog.result_activity()))

    @Slot()
    def edit_current(self) -> None:
        activity = self.current_activity()
        if activity is None:
            return
        dialog = ActivityDialog(self.ledger.categories(), activity, self)
        if run_modal(dialog, self) == QDialog.DialogCode.Accepted:
            self._guarded(lambda: self.ledger.update(dialog.result_activity()))

    @Slot()
    def delete_current(self) -> None:
        activity = self.current_activity()
        if activity is None or activity.id is None or self.store.read_only:
            return
        answer = QMessageBox.question(self, self.tr("活动台账"), self.tr("删除这条活动？") + "\n\n" + activity.title)
        if answer == QMessageBox.StandardButton.Yes:
            activity_id = activity.id
            row = self.tree.indexOfTopLevelItem(self.tree.currentItem())
            self._guarded(lambda: self.ledger.delete(activity_id))
            count = self.tree.topLevelItemCount()
            current = self.current_activity()
            if count and (current is None or current.id != activity_id):
                # the row that took its place, else the one before: the clerk stays where they were
                self.tree.setCurrentItem(self.tree.topLevelItem(min(row, count - 1)))

    def _guarded(self, action: Callable[[], object]) -> None:
        try:
            action()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("活动台账"), str(exc))
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
                QMessageBox.warning(self, self.tr("导入台账"), str(exc))
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
        QThreadPool.globalInstance().start(_ReadJob(lambda: read_ledger(path, chosen, default_year), self._relay))

    @Slot(object)
    def _import_read(self, outcome: object) -> None:
        QApplication.restoreOverrideCursor()
        self.import_button.setEnabled(not self.store.read_only)
        if isinstance(outcome, UserError):
            QMessageBox.warning(self, self.tr("导入台账"), str(outcome))
            return
        assert isinstance(outcome, LedgerImportResult)
        try:
            outcome.skip_existing(self.ledger)  # importing a file twice adds nothing
            self.ledger.add_many(outcome.imported)  # one transaction
        except UserError as exc:
            QMessageBox.warning(self, self.tr("导入台账"), str(exc))
            return
        self.reload()
        self.importFinished.emit(outcome)
        if outcome.skipped or outcome.warnings:
            lines = [*outcome.warnings, *[str(s) for s in outcome.skipped[:30]]]
            if len(outcome.skipped) > 30:
                lines.append(self.tr("……另有 %1 行").replace("%1", str(len(outcome.skipped) - 30)))
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("导入台账"), outcome.summary(),
                              QMessageBox.StandardButton.Ok, self)
            box.setDetailedText("\n".join(lines))
            box.open()

    @Slot()
    def export_excel(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出台账"), self.tr("活动台账.xlsx"),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            export_ledger(Path(path), self.ledger.list(year=self.year_box.currentData()))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("导出台账"), str(exc))
