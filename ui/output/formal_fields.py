"""The formal-submission properties (正式行文) as a form for 报告属性: 发文机关标志, 发文字号, 签发人,
抄送, 印发机关, 印发日期. Every value is checked by the core (app.report_properties) before the
report changes: a bad one is shown under the form and its field takes the focus."""

from __future__ import annotations

import copy

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.model import Report
from app.report_properties import set_property

FIELDS = ("issuer_mark", "doc_number", "signer", "copy_to", "printer", "print_date")


class FormalFieldsForm(QWidget):
    """`load(report)` fills the fields; `apply(report)` checks them all and, only if every one is
    good, sets them on the report and returns True."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formalFieldsForm")
        form = QFormLayout()
        self.issuer_mark = QLineEdit()
        self.issuer_mark.setPlaceholderText(self.tr("如：西青区统计局文件，或 西青区统计局"))
        self.doc_number = QLineEdit()
        self.doc_number.setPlaceholderText(self.tr("如：西青统〔2025〕3号"))
        self.brackets = QToolButton()
        self.brackets.setText("〔〕")
        self.brackets.setToolTip(self.tr("插入六角括号〔〕（年份写在其中）"))
        self.brackets.clicked.connect(self._insert_brackets)
        number_row = QHBoxLayout()
        number_row.addWidget(self.doc_number, 1)
        number_row.addWidget(self.brackets)
        self.signer = QLineEdit()
        self.signer.setPlaceholderText(self.tr("上行文须注明签发人姓名"))
        self.copy_to = QPlainTextEdit()
        self.copy_to.setPlaceholderText(self.tr("如：区委依法治区办，区司法局（可不填）"))
        self.copy_to.setTabChangesFocus(True)
        self.copy_to.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.printer = QLineEdit()
        self.printer.setPlaceholderText(self.tr("如：西青区统计局办公室"))
        self.print_date = QLineEdit()
        self.print_date.setPlaceholderText(self.tr("如：2025年2月25日"))
        form.addRow(self.tr("发文机关标志(&M)："), self.issuer_mark)
        form.addRow(self.tr("发文字号(&N)："), number_row)
        form.addRow(self.tr("签发人(&S)："), self.signer)
        form.addRow(self.tr("抄送(&C)："), self.copy_to)
        form.addRow(self.tr("印发机关(&P)："), self.printer)
        form.addRow(self.tr("印发日期(&D)："), self.print_date)
        for label_field in (self.issuer_mark, self.signer, self.printer, self.print_date, self.doc_number):
            label = form.labelForField(label_field if label_field is not self.doc_number else number_row)
            if isinstance(label, QLabel):
                label.setBuddy(label_field)
        copy_label = form.labelForField(self.copy_to)
        if isinstance(copy_label, QLabel):
            copy_label.setBuddy(self.copy_to)
        self.error = QLabel()
        self.error.setObjectName("formalFieldsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.bad_field: QWidget | None = None  # the field the last refused apply() stopped at
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error)
        for edit in (self.issuer_mark, self.doc_number, self.signer, self.printer, self.print_date):
            edit.textEdited.connect(self.changed)
        self.copy_to.textChanged.connect(self.changed)

    def _editors(self) -> dict[str, QWidget]:
        return {"issuer_mark": self.issuer_mark, "doc_number": self.doc_number, "signer": self.signer,
                "copy_to": self.copy_to, "printer": self.printer, "print_date": self.print_date}

    def editor(self, key: str) -> QWidget:
        """The field of one of FIELDS (to put the focus on a missing one)."""
        return self._editors()[key]

    def _insert_brackets(self) -> None:
        self.doc_number.insert("〔〕")
        self.doc_number.cursorBackward(False)
        self.doc_number.setFocus()

    def values(self) -> dict[str, str]:
        out = {}
        for key, editor in self._editors().items():
            out[key] = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()  # type: ignore[attr-defined]
        return out

    def load(self, report: Report) -> None:
        date = report.print_date
        texts = {**report.formal_text(), "print_date": f"{date.year}年{date.month}月{date.day}日" if date else ""}
        for key, editor in self._editors().items():
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(texts[key])
            else:
                editor.setText(texts[key])  # type: ignore[attr-defined]
        self.error.hide()

    def apply(self, report: Report) -> bool:
        trial = copy.copy(report)
        for key, value in self.values().items():
            try:
                set_property(trial, key, value)
            except UserError as exc:
                self.error.setText(str(exc))
                self.error.show()
                self.bad_field = self._editors()[key]
                self.bad_field.setFocus()
                return False
        for key in FIELDS:
            setattr(report, key, getattr(trial, key))
        self.error.hide()
        return True
