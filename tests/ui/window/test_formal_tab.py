"""报告属性 → 正式行文 in the real window: edited, stored, undone; a bad 发文字号 or 印发日期 is refused in
the dialog with a message and nothing is saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.conftest import answer_box, type_text
from ui.window.properties_dialog import TABS, PropertiesDialog


def _fill(values: dict[str, str], ok: bool = True, seen: list | None = None):
    def answer(dialog) -> None:
        assert isinstance(dialog, PropertiesDialog)
        dialog.show_tab("formal")
        form = dialog.formal_form
        for key, text in values.items():
            editor = form.editor(key)
            editor.setFocus()
            if hasattr(editor, "selectAll"):
                editor.selectAll()
            type_text(editor, text)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if seen is not None:
            focused = dialog.focusWidget()
            seen.append((dialog.isVisible(), form.error.text(), dialog.tabs.currentIndex(),
                         focused.text() if focused is not None and hasattr(focused, "text") else None))
        if dialog.isVisible():
            dialog.reject()

    answer_box(answer)


def test_formal_tab_edits_are_stored_and_undone(report_window) -> None:
    controller = report_window.controller
    _fill({"issuer_mark": "某某区统计局文件", "doc_number": "某统〔2025〕3号", "signer": "张三",
           "copy_to": "区司法局", "printer": "某某区统计局办公室", "print_date": "2025年2月25日"})
    report_window.window.properties_action.trigger()
    report = controller.report
    assert (report.issuer_mark, report.doc_number, report.signer) == ("某某区统计局文件", "某统〔2025〕3号", "张三")
    assert report.print_date == dt.date(2025, 2, 25) and report.copy_to == "区司法局"
    stored = report_window.store.reports.load(report.id)
    assert stored.formal_text() == report.formal_text()
    controller.undo_stack.undo()
    assert report.doc_number == "" and report.signer == "" and report.print_date is None
    assert report_window.store.reports.load(report.id).doc_number == ""
    controller.undo_stack.redo()
    assert report.doc_number == "某统〔2025〕3号"


def test_bad_doc_number_is_refused_in_the_dialog(report_window) -> None:
    seen: list = []
    _fill({"signer": "张三", "doc_number": "某统2025第03号"}, seen=seen)
    report_window.window.properties_action.trigger()
    visible, error, tab, focused = seen[0]
    assert visible, "the dialog stays open"
    assert "发文字号" in error and "〔" in error
    assert tab == TABS.index("formal")
    report = report_window.controller.report
    assert report.doc_number == "" and report.signer == ""  # nothing saved, not even the good field
    assert focused == "某统2025第03号"  # the bad field has the focus


def test_bad_print_date_is_refused_in_the_dialog(report_window) -> None:
    seen: list = []
    _fill({"print_date": "2025年13月45日"}, seen=seen)
    report_window.window.properties_action.trigger()
    assert seen[0][0] and "印发日期" in seen[0][1]
    assert report_window.controller.report.print_date is None
    assert not report_window.controller.undo_stack.canUndo() or \
        report_window.controller.undo_stack.undoText() != "修改报告属性"


def test_other_tabs_still_save_with_the_formal_values_untouched(report_window) -> None:
    controller = report_window.controller
    controller.update_properties(doc_number="某统〔2025〕3号")

    def answer(dialog) -> None:
        dialog.title_edit.setText("新的标题")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_box(answer)
    report_window.window.properties_action.trigger()
    assert controller.report.title == "新的标题" and controller.report.doc_number == "某统〔2025〕3号"
