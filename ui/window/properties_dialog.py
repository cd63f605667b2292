"""Report properties: title, organization, year, recipient, signature, date, preamble, closing,
the heading marker style of each level, the 字数目标 and the 正式行文 properties (版头 and 版记)."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.model import CharTargets, MarkerStyle, Part, Report
from app.numbering import heading_marker
from ui.output.formal_fields import FIELDS as FORMAL_FIELDS
from ui.output.formal_fields import FormalFieldsForm
from ui.window.targets_tab import TargetsTab

LEVELS = 4
TABS = ("general", "texts", "numbering", "targets", "formal")  # the names edit_properties(tab=…) takes


class PropertiesDialog(QDialog):
    """Shows `values` (the controller's `properties()`); `values()` returns the edited ones. OK is
    refused while a 正式行文 value is bad (a 发文字号 without 〔〕, an 印发日期 that is not a date):
    the tab shows why and the field takes the focus."""

    def __init__(self, values: dict[str, Any], parent: QWidget | None = None, *, read_only: bool = False,
                 counts: dict[Part | None, int] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("报告属性"))
        self.setObjectName("propertiesDialog")
        self.resize(620, 520)
        tabs = QTabWidget()

        general = QWidget()
        form = QFormLayout(general)
        self.title_edit = QLineEdit(values["title"])
        self.org_edit = QLineEdit(values["organization"])
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setValue(values["year"] or dt.date.today().year)
        self.recipient_edit = QLineEdit(values["recipient"] or "")
        self.recipient_edit.setPlaceholderText(self.tr("如：区委、区政府（可不填）"))
        self.signature_edit = QLineEdit(values["signature"])
        self.date_check = QCheckBox(self.tr("注明成文日期"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(self.tr("yyyy年M月d日"))
        date: dt.date | None = values["date"]
        self.date_check.setChecked(date is not None)
        self.date_edit.setDate(QDate(date.year, date.month, date.day) if date else QDate.currentDate())
        self.date_edit.setEnabled(date is not None)
        self.date_check.toggled.connect(self.date_edit.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_check)
        date_row.addWidget(self.date_edit, 1)
        form.addRow(self.tr("标题(&T)："), self.title_edit)
        form.addRow(self.tr("单位(&O)："), self.org_edit)
        form.addRow(self.tr("年度(&Y)："), self.year_spin)
        form.addRow(self.tr("主送机关(&R)："), self.recipient_edit)
        form.addRow(self.tr("署名(&S)："), self.signature_edit)
        form.addRow(self.tr("成文日期："), date_row)
        tabs.addTab(general, self.tr("基本信息"))

        texts = QWidget()
        text_form = QFormLayout(texts)
        self.preamble_edit = QPlainTextEdit("\n".join(values["preamble"]))
        self.preamble_edit.setPlaceholderText(self.tr("开头语，一行一段"))
        self.closing_edit = QPlainTextEdit("\n".join(values["closing"]))
        self.closing_edit.setPlaceholderText(self.tr("结束语，一行一段（可不填）"))
        text_form.addRow(self.tr("开头语(&P)："), self.preamble_edit)
        text_form.addRow(self.tr("结束语(&C)："), self.closing_edit)
        tabs.addTab(texts, self.tr("开头和结尾"))

        numbering = QWidget()
        number_form = QFormLayout(numbering)
        self.style_combos: list[QComboBox] = []
        styles: list[MarkerStyle] = values["marker_styles"]
        self._deeper_styles = list(styles[LEVELS:])  # levels below the fourth are kept as they are
        for level in range(1, LEVELS + 1):
            combo = QComboBox()
            for style in MarkerStyle:
                combo.addItem(" ".join(heading_marker(style, i) for i in (1, 2, 3)), style)
            current = styles[level - 1] if level <= len(styles) else MarkerStyle.CIRCLED
            combo.setCurrentIndex(combo.findData(current))
            number_form.addRow(self.tr("第 %1 级标题：").replace("%1", str(level)), combo)
            self.style_combos.append(combo)
        tabs.addTab(numbering, self.tr("标题编号"))
        self.targets_tab = TargetsTab(values.get("targets") or CharTargets(), counts)
        tabs.addTab(self.targets_tab, self.tr("字数目标"))
        self.formal_form = FormalFieldsForm()
        # the form reads and checks a Report: one holding only the formal values
        self._formal = Report(**{key: values[key] for key in FORMAL_FIELDS if key in values})
        self.formal_form.load(self._formal)
        formal = QWidget()
        formal_layout = QVBoxLayout(formal)
        formal_layout.addWidget(self.formal_form)
        formal_layout.addStretch(1)
        tabs.addTab(formal, self.tr("正式行文"))
        self.tabs = tabs

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if read_only:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.buttons)
        self.title_edit.setFocus()  # the first field, not the tab bar (QA)

    def show_tab(self, name: str, field: str | None = None) -> None:
        """Open at one of TABS, with the focus on `field` of the formal tab (a formal export that
        lacks a property names it)."""
        if name in TABS:
            self.tabs.setCurrentIndex(TABS.index(name))
        if name == "formal" and field in FORMAL_FIELDS:
            self.formal_form.editor(field).setFocus()

    def accept(self) -> None:
        trial = copy.copy(self._formal)
        if not self.formal_form.apply(trial):
            self.tabs.setCurrentIndex(TABS.index("formal"))
            if self.formal_form.bad_field is not None:
                self.formal_form.bad_field.setFocus()  # the tab was hidden when apply() focused it
            return
        self._formal = trial
        super().accept()

    def values(self) -> dict[str, Any]:
        qdate = self.date_edit.date()
        return {
            "title": self.title_edit.text().strip(),
            "organization": self.org_edit.text().strip(),
            "year": self.year_spin.value(),
            "recipient": self.recipient_edit.text().strip() or None,
            "signature": self.signature_edit.text().strip(),
            "date": dt.date(qdate.year(), qdate.month(), qdate.day()) if self.date_check.isChecked() else None,
            "preamble": [line.strip() for line in self.preamble_edit.toPlainText().split("\n") if line.strip()],
            "closing": [line.strip() for line in self.closing_edit.toPlainText().split("\n") if line.strip()],
            "marker_styles": [MarkerStyle(combo.currentData()) for combo in self.style_combos] + self._deeper_styles,
            "targets": self.targets_tab.targets(),
            **{key: getattr(self._formal, key) for key in FORMAL_FIELDS},
        }
