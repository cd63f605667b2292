"""The start: a new report from the five-part template, or one of the reports in the library."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
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
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.store import ReportSummary


def default_year(today: dt.date | None = None) -> int:
    """The report is written in winter about the year just ended."""
    today = today or dt.date.today()
    return today.year - 1 if today.month <= 6 else today.year


class StartDialog(QDialog):
    """After exec(): `choice` is ("new", year, organization), ("open", report_id), (key,) for one of
    the `other_starts` (e.g. starting from last year's report), or None."""

    def __init__(self, reports: list[ReportSummary], recent: list[int], organization: str = "",
                 parent: QWidget | None = None, *, can_create: bool = True,
                 other_starts: list[tuple[str, str, str]] | None = None, new_only: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("成文 — 开始"))
        self.setObjectName("startDialog")
        self.resize(680, 480)
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
        self.list = QTreeWidget()
        self.list.setObjectName("reportList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("标题"), self.tr("年度"), self.tr("章节"), self.tr("修改时间")])
        self.list.setColumnWidth(0, 330)
        recent_rank = {report_id: rank for rank, report_id in enumerate(recent)}
        # recently opened first, the rest as the store lists them (latest change first)
        ordered = sorted(reports, key=lambda r: recent_rank.get(r.id, len(recent_rank)))
        for summary in ordered:
            title = summary.title or self.tr("（无标题）")
            if summary.id in recent_rank:
                title = "★ " + title
            item = QTreeWidgetItem([title, str(summary.year), str(summary.sections), summary.modified[:16].replace("T", " ")])
            item.setData(0, Qt.ItemDataRole.UserRole, summary.id)
            self.list.addTopLevelItem(item)
        first = self.list.topLevelItem(0)
        if reports and first is not None:
            self.list.setCurrentItem(first)
        self.list.itemActivated.connect(lambda _item: self._open())
        self.open_button = QPushButton(self.tr("打开(&O)"))
        self.open_button.setEnabled(bool(reports))
        self.open_button.setDefault(bool(reports))
        self.open_button.clicked.connect(self._open)
        open_layout.addWidget(self.list)
        if not reports:
            open_layout.addWidget(QLabel(self.tr("资料库里还没有报告。")))
        open_row = QHBoxLayout()
        open_row.addStretch(1)
        open_row.addWidget(self.open_button)
        open_layout.addLayout(open_row)

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

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.choice = ("open", int(item.data(0, Qt.ItemDataRole.UserRole)))
        self.accept()
