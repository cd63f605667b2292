"""The formal-submission fields form: loads a report, checks every value through the core,
refuses a bad 发文字号 or 印发日期 with a message and the focus on the field, helps type 〔〕."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.model import Report
from ui.output.formal_fields import FormalFieldsForm


def type_text(widget, text: str) -> None:
    """Key events carrying the text (qtbot.keyClicks cannot send Chinese)."""
    widget.setFocus()
    for char in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))


def make(qtbot) -> FormalFieldsForm:
    form = FormalFieldsForm()
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)  # focus checks need the active window
    return form


def test_load_and_apply_round_trip(qtbot) -> None:
    form = make(qtbot)
    report = Report(issuer_mark="西青区统计局", doc_number="西青统〔2025〕3号", signer="张三", copy_to="区司法局",
                    printer="西青区统计局办公室", print_date=dt.date(2025, 2, 25))
    form.load(report)
    assert form.print_date.text() == "2025年2月25日"
    target = Report()
    assert form.apply(target)
    assert target.formal_text() == report.formal_text()


def test_typing_the_fields_with_the_bracket_button(qtbot) -> None:
    form = make(qtbot)
    form.load(Report())
    type_text(form.issuer_mark, "西青区统计局文件")
    type_text(form.doc_number, "西青统")
    qtbot.mouseClick(form.brackets, Qt.MouseButton.LeftButton)
    assert form.doc_number.hasFocus()
    qtbot.keyClicks(form.doc_number, "2025")  # between the brackets: the button left the cursor there
    form.doc_number.end(False)
    type_text(form.doc_number, "3号")
    type_text(form.signer, "张三")
    qtbot.keyClicks(form.print_date, "2025-02-25")
    report = Report()
    assert form.apply(report), form.error.text()
    assert report.doc_number == "西青统〔2025〕3号"
    assert report.print_date == dt.date(2025, 2, 25) and report.issuer_mark == "西青区统计局文件"


def test_a_bad_value_is_refused_and_nothing_changes(qtbot) -> None:
    form = make(qtbot)
    report = Report(signer="原签发人")
    form.load(report)
    form.signer.setText("新签发人")
    form.doc_number.setText("西青统[2025]3号")
    assert not form.apply(report)
    assert form.error.isVisible() and "〔〕" in form.error.text()
    assert form.doc_number.hasFocus()
    assert report.signer == "原签发人"
    form.doc_number.setText("西青统〔2025〕3号")
    form.print_date.setText("2025年2月30日")
    assert not form.apply(report)
    assert "印发日期" in form.error.text() and form.print_date.hasFocus()
    form.print_date.setText("")
    assert form.apply(report) and not form.error.isVisible()
    assert report.signer == "新签发人" and report.print_date is None
