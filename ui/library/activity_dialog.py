"""新增活动 / 编辑活动: one activity of the ledger, its date read back as the clerk types."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.library.activities import Activity, figures_text, parse_figures
from app.library.dates import parse_date_text
from app.library.extraction import guess_category
from app.model import Part
from ui.common import messages
from ui.editor.section_model import part_name


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
            messages.warn(self, self.tr("活动台账"), str(exc))
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
