"""The start: a new report from the five-part template, or one of the reports in the library."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.store import ReportSummary
from ui.common import messages
from ui.common.modal import run_modal
from ui.window.report_list import ReportList
from ui.window.report_manager import ReportManager

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def default_year(today: dt.date | None = None) -> int:
    """The report is written in winter about the year just ended."""
    today = today or dt.date.today()
    return today.year - 1 if today.month <= 6 else today.year


class StartDialog(QDialog):
    """After exec(): `choice` is ("new", year, organization), ("open", report_id), (key,) for one of
    the `other_starts` (e.g. starting from last year's report), or None. With a `manager` the list
    reads the library itself (and the 回收站) and offers the management context menu."""

    def __init__(self, reports: list[ReportSummary], recent: list[int], organization: str = "",
                 parent: QWidget | None = None, *, can_create: bool = True,
                 other_starts: list[tuple[str, str, str]] | None = None, new_only: bool = False,
                 manager: ReportManager | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("成文 — 开始"))
        self.setObjectName("startDialog")
        self.resize(760, 640)
        self.choice: tuple | None = None

        new_box = QGroupBox(self.tr("新建报告（五部分模板）"))
        form = QFormLayout(new_box)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setValue(default_year())
        self.org_edit = QLineEdit(organization)
        self.org_edit.setPlaceholderText(self.tr("如：某某区统计局"))
        self.new_button = QPushButton(self.tr("新建(&N)"))
        self.new_button.setDefault(not reports)
        self.new_button.setEnabled(can_create)
        self.new_button.clicked.connect(self._new)
        row = QHBoxLayout()
        row.addWidget(self.org_edit, 1)
        row.addWidget(self.new_button)
        form.addRow(self.tr("年度(&Y)："), self.year_spin)
        org_label = QLabel(self.tr("单位(&U)："))  # a row of two widgets: the label needs its buddy named
        org_label.setBuddy(self.org_edit)
        form.addRow(org_label, row)

        last_year_box = None
        if other_starts:
            last_year_box = QGroupBox(self.tr("从去年的报告开始"))
            last_row = QHBoxLayout(last_year_box)
            for key, label, tip in other_starts:
                button = QPushButton(label)
                button.setToolTip(tip)
                button.setObjectName(f"start_{key}")
                button.setEnabled(can_create)
                button.clicked.connect(lambda _=False, k=key: self._other(k))
                last_row.addWidget(button)
            last_row.addStretch(1)

        open_box = QGroupBox(self.tr("打开已有报告"))
        open_layout = QVBoxLayout(open_box)
        self.list = ReportList(reports, recent, manager)
        self.list.openRequested.connect(self._open_report)
        self.list.currentItemChanged.connect(lambda *_: self._update_open())
        self.open_button = QPushButton(self.tr("打开(&O)"))
        self.open_button.setDefault(bool(reports))
        self.open_button.clicked.connect(self._open)
        open_layout.addWidget(self.list)
        self.empty_label = QLabel(self.tr("资料库里还没有报告。"))
        open_layout.addWidget(self.empty_label)
        open_row = QHBoxLayout()
        hint = QLabel(self.tr("右键单击报告可以重命名、另存为新报告、删除或改变类别"))
        hint.setObjectName("reportListHint")
        hint.setEnabled(False)  # a quiet, grey line
        open_row.addWidget(hint, 1)
        open_row.addWidget(self.open_button)
        open_layout.addLayout(open_row)
        self._update_open()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(new_box)
        if last_year_box is not None:
            layout.addWidget(last_year_box)
        if new_only:  # 新建报告…: no list of reports to open (QA: it said the library was empty)
            open_box.hide()
            self.new_button.setDefault(True)
            self.adjustSize()
        else:
            layout.addWidget(open_box, 1)
        layout.addWidget(buttons)

    def _new(self) -> None:
        self.choice = ("new", self.year_spin.value(), self.org_edit.text().strip())
        self.accept()

    def _other(self, key: str) -> None:
        self.choice = (key,)
        self.accept()

    def _update_open(self) -> None:
        self.open_button.setEnabled(self.list.current_report_id() is not None)
        self.empty_label.setVisible(not self.list.report_items())

    def _open(self) -> None:
        report_id = self.list.current_report_id()
        if report_id is not None:
            self._open_report(report_id)

    def _open_report(self, report_id: int) -> None:
        self.choice = ("open", report_id)
        self.accept()


def run_start_dialog(window: MainWindow, *, new_only: bool = False) -> bool:
    """The start dialog; True when a report was created or opened."""
    store = window.controller.store
    reports = [] if new_only else store.reports.summaries()
    others = None if new_only else [(key, label, tip) for key, (label, tip, _h) in window.start_options.items()]
    report = window.controller.report  # the open report's organization before the last one typed
    organization = report.organization if report is not None and report.organization else None
    dialog = StartDialog(reports, window.controller.recent_reports(), organization or store.settings.organization,
                         window, can_create=not window.controller.read_only, other_starts=others,
                         new_only=new_only, manager=window.report_manager)
    if new_only:
        dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "新建报告"))
    if run_modal(dialog, window.tree) != StartDialog.DialogCode.Accepted or dialog.choice is None:
        return False
    if dialog.choice[0] in window.start_options:
        return bool(window.start_options[dialog.choice[0]][2]())
    try:
        if dialog.choice[0] == "new":
            window.controller.new_report(dialog.choice[1], dialog.choice[2])
        else:
            window.controller.open_report(dialog.choice[1])
    except UserError as exc:
        messages.warn(window, QCoreApplication.translate("MainWindow", "成文"), str(exc))
        return False
    return True
