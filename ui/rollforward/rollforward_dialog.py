"""新建 → 以去年报告为基础…: pick last year's report (from the library or a file), the new year and
the organization; create the draft, then review every change the roll-forward made."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import workflows
from app.errors import UserError
from app.jobs import parse_job
from app.model import Part, Report
from app.rollforward import NewFromLastYear
from app.store import ReportKind, Store
from ui.common import messages
from ui.common.runner import JobControl, start_job, start_process_job
from ui.common.translate import QT_TRANSLATE_NOOP
from ui.editor.section_model import part_label
from ui.importing.loading import in_worker_process
from ui.window.start_dialog import default_year

REPORT_ROLE = Qt.ItemDataRole.UserRole + 1   # a stored report's id, or a parsed Report from a file
FILE_FILTER = QT_TRANSLATE_NOOP("RollForwardDialog", "报告文件 (*.docx *.doc *.wps *.pdf *.ofd *.html *.htm *.mht *.mhtml "
                                                     "*.txt);;所有文件 (*)")


def _parse(path: Path, *, job: JobControl) -> Report:
    """Reading a big .docx (or converting a .doc) can take seconds: not on the GUI thread."""
    from app.importing import parse_file

    return parse_file(path)


def _parse_error(path: Path, exc: BaseException) -> str:
    if isinstance(exc, UserError):
        return str(exc)
    # shown to the clerk as one line, never a crash
    return (QCoreApplication.translate("RollForwardDialog", "无法读取文件：%1（%2）")
            .replace("%1", path.name).replace("%2", str(exc)))


def _ask_file(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("RollForwardDialog", "选择去年的报告"), "",
                                          QCoreApplication.translate("RollForwardDialog", FILE_FILTER))
    return path or None


class RollForwardDialog(QDialog):
    """After exec() == Accepted: `new_report_id` is the new draft, `result` the full outcome."""

    def __init__(self, parent: QWidget | None, store: Store, *,
                 choose_file: Callable[[QWidget], str | None] = _ask_file) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("以去年报告为基础新建"))
        self.setObjectName("rollForwardDialog")
        self.resize(640, 480)
        self.store = store
        self._choose_file = choose_file
        self.new_report_id: int | None = None
        self.outcome: NewFromLastYear | None = None
        self._year_touched = False

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._review_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._fill_library()
        self._selection_changed()

    # ---- page 1: choose ------------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget(self)
        self.source_list = QListWidget(page)
        self.source_list.setObjectName("sourceList")
        self.source_list.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.source_list.itemDoubleClicked.connect(lambda _item: self.create_report())
        label = QLabel(self.tr("去年的报告(&L)："), page)
        label.setBuddy(self.source_list)
        self.file_button = QPushButton(self.tr("从文件读取(&F)…"), page)
        self.file_button.setToolTip(self.tr("读取 .docx / .doc / .txt 格式的去年报告（Ctrl+O）"))
        # a QShortcut, not setShortcut(), which would replace the button's Alt+F mnemonic
        QShortcut(QKeySequence("Ctrl+O"), self).activated.connect(self.file_button.click)
        self.file_button.clicked.connect(self.pick_file)
        self.status = QLabel("", page)
        self.status.setWordWrap(True)
        self.year_spin = QSpinBox(page)
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setValue(default_year())  # until a source with a year says otherwise
        self.year_spin.valueChanged.connect(self._year_edited)
        self.org_edit = QLineEdit(page)
        self.org_edit.setPlaceholderText(self.tr("默认沿用去年报告的单位"))
        form = QFormLayout()
        form.addRow(self.tr("新报告年度(&Y)："), self.year_spin)
        form.addRow(self.tr("单位(&O)："), self.org_edit)
        self.parts_list = QListWidget(page)
        self.parts_list.setObjectName("addPartsList")
        self.parts_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)  # all five, should all be missing
        self.parts_label = QLabel(self.tr("补全五部分(&P)："), page)
        self.parts_label.setBuddy(self.parts_list)
        self.parts_label.setToolTip(self.tr("《法治政府建设与责任落实督察工作规定》要求的部分中去年报告没有的，"
                                            "勾选的将作为空白、待写的章节添加在规定的位置"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, page)
        self.create_button = self.buttons.addButton(self.tr("新建(&N)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.create_report)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(label, 1)
        row.addWidget(self.file_button)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.source_list, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.parts_label)
        layout.addWidget(self.parts_list)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        return page

    def _fill_library(self) -> None:
        # last year's reports are usually the imported sources: those first
        for summary in sorted(self.store.reports.summaries(), key=lambda r: r.kind is not ReportKind.SOURCE):
            text = (f"{summary.year or self.tr('年度未知')}  {summary.title or self.tr('（无标题）')}  "
                    + self.tr("[%1 节]").replace("%1", str(summary.sections)))
            item = QListWidgetItem(text, self.source_list)
            item.setData(REPORT_ROLE, summary.id)
            item.setData(Qt.ItemDataRole.UserRole + 2, (summary.year, summary.organization))
        if self.source_list.count():
            self.source_list.setCurrentRow(0)
        else:
            self.status.setText(self.tr("资料库中还没有报告：请从文件读取去年的报告。"))

    def _selection_changed(self) -> None:
        item = self.source_list.currentItem()
        self.create_button.setEnabled(item is not None)
        if item is None:
            return
        source = item.data(REPORT_ROLE)
        year, org = (source.year, source.organization) if isinstance(source, Report) \
            else item.data(Qt.ItemDataRole.UserRole + 2)
        if not self._year_touched and year:
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(year + 1)
            self.year_spin.blockSignals(False)
        self.org_edit.setText(org or "")
        self._show_missing_parts(source)

    def _show_missing_parts(self, source: int | Report) -> None:
        """The required parts the selected report lacks, ticked: the new draft gets them."""
        self.parts_list.clear()
        try:
            report = source if isinstance(source, Report) else self.store.reports.load(int(source))
        except UserError:
            report = None
        missing = report.missing_parts() if report is not None else []
        for part in missing:
            item = QListWidgetItem(self.tr("添加第%1部分“%2”（空白、待写）").replace("%1", str(int(part)))
                                   .replace("%2", part_label(part)), self.parts_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, int(part))
        if not missing:
            QListWidgetItem(self.tr("（去年的报告五部分齐全）"), self.parts_list).setFlags(Qt.ItemFlag.NoItemFlags)
        self.parts_list.setCurrentRow(0)

    def parts_to_add(self) -> list[Part]:
        """The ticked parts."""
        out = []
        for row in range(self.parts_list.count()):
            item = self.parts_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) and item.checkState() is Qt.CheckState.Checked:
                out.append(Part(int(item.data(Qt.ItemDataRole.UserRole))))
        return out

    def _year_edited(self) -> None:
        self._year_touched = True

    @Slot()
    def pick_file(self) -> None:
        path = self._choose_file(self)
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read a report file off the GUI thread; it is added to the list and selected when read."""
        self.status.setText(self.tr("正在读取 %1 …").replace("%1", path.name))
        self._busy(True)
        self._reading = path

        def done(report: Report) -> None:
            self._file_parsed(report, "")

        def failed(exc: BaseException) -> None:
            self._file_parsed(None, _parse_error(path, exc))

        if in_worker_process(path):  # a large file: a thread reading it stalls the window (issue 15)
            start_process_job(self, parse_job, str(path), on_done=done, on_error=failed)
        else:
            start_job(self, _parse, path, on_done=done, on_error=failed)

    def _file_parsed(self, report: Report | None, error: str) -> None:
        self._busy(False)
        if report is None:
            self.status.setText(error)
            messages.warn(self, self.tr("无法读取文件"), error)
            return
        name = self._reading.name
        item = QListWidgetItem(self.tr("文件：%1  （%2年，%3 节）").replace("%1", name)
                               .replace("%2", str(report.year or "?")).replace("%3", str(len(report.all_sections()))))
        item.setData(REPORT_ROLE, report)
        self.source_list.insertItem(0, item)
        self.source_list.setCurrentItem(item)
        self.status.setText(self.tr("已读取 %1：%2").replace("%1", name).replace("%2", report.title or ""))

    def _busy(self, busy: bool) -> None:
        self.file_button.setEnabled(not busy)
        self.create_button.setEnabled(not busy and self.source_list.currentItem() is not None)

    # ---- create --------------------------------------------------------------------------
    @Slot()
    def create_report(self) -> None:
        item = self.source_list.currentItem()
        if item is None or not self.create_button.isEnabled():
            return
        source = item.data(REPORT_ROLE)
        try:
            report = source if isinstance(source, Report) else self.store.reports.load(int(source))
            result = workflows.roll_forward(self.store, report, year=self.year_spin.value(),
                                        organization=self.org_edit.text().strip() or None,
                                        add_parts=self.parts_to_add())
        except UserError as exc:
            messages.warn(self, self.tr("无法新建"), str(exc))
            return
        self.outcome = result
        self.new_report_id = result.report_id
        if isinstance(source, Report):  # stored now: a second click must not import it again
            item.setData(REPORT_ROLE, result.source_id)
            item.setData(Qt.ItemDataRole.UserRole + 2, (source.year, source.organization))
        self._show_review(result)

    # ---- page 2: review ------------------------------------------------------------------
    def _review_page(self) -> QWidget:
        page = QWidget(self)
        self.review_label = QLabel(page)
        self.review_label.setWordWrap(True)
        self.change_list = QListWidget(page)
        self.change_list.setObjectName("changeList")
        self.change_list.setWordWrap(True)
        done = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, page)
        self.done_button = done.button(QDialogButtonBox.StandardButton.Ok)
        self.done_button.setText(self.tr("开始写作(&S)"))
        done.accepted.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(self.review_label)
        layout.addWidget(self.change_list, 1)
        layout.addWidget(done)
        return page

    def _show_review(self, result: NewFromLastYear) -> None:
        report = self.store.reports.load(result.report_id)
        self.review_label.setText(
            self.tr("已新建《%1》。去年各节的正文作为参考放在每节旁边；去年的 %2 项工作安排已列为待落实清单。"
                    "请核对程序改动的年份：").replace("%1", report.title or self.tr("（无标题）"))
            .replace("%2", str(len(report.checklist))))
        self.change_list.clear()
        for change in result.changes:
            before, after = change.shortened(60)
            item = QListWidgetItem(f"{change.place}：{before}\n    → {after}", self.change_list)
            item.setToolTip(f"{change.before}\n→ {change.after}")
        for part in result.added_parts:
            QListWidgetItem(self.tr("已添加第%1部分“%2”：空白、待写，写作提示在编辑区上方")
                            .replace("%1", str(int(part))).replace("%2", part_label(part)), self.change_list)
        if not result.changes:
            QListWidgetItem(self.tr("（没有改动：标题、各级标题和开头结尾中没有需要顺延的年份）"), self.change_list)
        self.setWindowTitle(self.tr("核对改动"))
        self.pages.setCurrentIndex(1)
        self.done_button.setDefault(True)
        self.done_button.setFocus()  # Enter starts writing; Tab reaches the list of changes
