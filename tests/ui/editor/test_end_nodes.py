"""开头 and 结尾 as nodes of the tree: first and last, unnumbered, never moved; edited in the
editor with undo, and after a roll-forward empty with last year's text beside them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QDialog

from app.export import ExportOptions, export_report
from app.importing import parse_file
from app.model import Status
from tests.datafiles import report_file
from tests.ui.conftest import type_text
from ui.editor.end_nodes import CLOSING_ID, OPENING_ID
from ui.editor.section_model import COL_HEADING, MIME_TYPE

XIQING = report_file("xiqing-tongji-2024.txt")


def rolled_forward(app_window, monkeypatch) -> int:
    from ui.rollforward.rollforward_dialog import RollForwardDialog

    app_window.store.reports.insert(parse_file(XIQING), origin="import")

    def run_dialog(dialog: RollForwardDialog) -> int:
        dialog.source_list.setCurrentRow(0)
        dialog.create_report()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RollForwardDialog, "exec", run_dialog)
    new_id = app_window.rooms.rollforward.roll_forward()
    assert new_id is not None
    return new_id


def exported_text(report, tmp_path: Path) -> str:
    out = tmp_path / "out.txt"
    export_report(report, out, ExportOptions())
    return out.read_text(encoding="utf-8")


def test_the_opening_after_a_roll_forward(app_window, monkeypatch, tmp_path) -> None:
    new_id = rolled_forward(app_window, monkeypatch)
    controller, tree, editor = app_window.controller, app_window.tree, app_window.editor
    model = tree.tree_model
    top = model.rowCount()
    assert top == len(controller.report.sections) + 2
    assert model.index(0, COL_HEADING).data() == "开头"
    assert model.index(top - 1, COL_HEADING).data() == "结尾"
    assert model.index(1, COL_HEADING).data().startswith("一、")

    # empty and 待写, last year's text (years moved on) beside the editor
    tree.setCurrentIndex(model.index(0, COL_HEADING))
    assert controller.current_section_id() == OPENING_ID
    assert editor.body.toPlainText() == ""
    assert not editor.heading.isVisible() and editor.number_label.text() == "开头"
    assert editor.reference.isVisible() and editor.take_all_button.isVisible()
    reference = [editor.reference_list.item(i).text() for i in range(editor.reference_list.count())]
    assert reference and reference[0].startswith("2025年，西青区统计局")
    assert model.index(0, 2).data() == "待写"
    assert reference[0] not in exported_text(controller.report, tmp_path)  # not exported before it is written

    # one action takes it; it is written to the report, exported, and undone in one step
    editor.take_all_button.click()
    assert controller.report.preamble == reference
    assert editor.body.toPlainText() == "\n".join(reference)
    assert app_window.window.undo_action.text() == "撤销 采用去年的开头"
    assert app_window.store.reports.load(new_id).preamble == reference
    assert app_window.store.reports.load(new_id).preamble_status is Status.DRAFT
    text = exported_text(controller.report, tmp_path)
    assert text.count(reference[0]) == 1
    app_window.window.undo_action.trigger()
    assert controller.report.preamble == [] and editor.body.toPlainText() == ""
    assert app_window.store.reports.load(new_id).preamble_status is Status.TODO


def test_typing_in_the_closing_is_counted_checked_and_undone(report_window) -> None:
    controller, editor, window = report_window.controller, report_window.editor, report_window.window
    controller.select_section(CLOSING_ID)
    body = editor.body
    body.setFocus()
    body.selectAll()
    type_text(body, "特此报告,")
    assert controller.report.closing == ["特此报告,"]
    assert editor.count_label.text() == "正文 4 字"
    assert window.section_count_label.text() == "本节正文 4 字"
    window.undo_action.trigger()
    assert controller.report.closing != ["特此报告,"]
    controller.set_status(CLOSING_ID, Status.FINAL)
    assert report_window.store.reports.load(controller.report.id).closing_status is Status.FINAL


def test_the_end_nodes_never_move(report_window) -> None:
    controller, tree = report_window.controller, report_window.tree
    model = tree.tree_model
    sections = len(controller.report.sections)
    opening, closing = model.index(0, COL_HEADING), model.index(sections + 1, COL_HEADING)
    for index in (opening, closing):
        assert not model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
        assert not model.flags(index) & Qt.ItemFlag.ItemIsDropEnabled
        assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    first = controller.report.sections[0]
    data = QMimeData()
    data.setData(MIME_TYPE, f"{controller.report.id}:{controller.report.sections[1].id}".encode())
    move = Qt.DropAction.MoveAction
    top = opening.parent()
    assert not model.canDropMimeData(data, move, 0, 0, top)               # above 开头
    assert not model.canDropMimeData(data, move, sections + 2, 0, top)    # below 结尾
    assert not model.canDropMimeData(data, move, -1, 0, opening)          # into 开头
    assert model.dropMimeData(data, move, 1, 0, top)                      # just after 开头: first
    assert controller.report.sections[1] is first
    # the structure keys do nothing on them; adding after 开头 adds the first section
    controller.select_section(OPENING_ID)
    assert not tree.move_down_action.isEnabled() and not tree.delete_action.isEnabled()
    assert controller.move_down(OPENING_ID) is False and controller.add_child(OPENING_ID) == -1
    new_id = controller.add_sibling(OPENING_ID)
    assert controller.report.sections[0].id == new_id
    controller.select_section(CLOSING_ID)
    assert controller.add_sibling(CLOSING_ID) == controller.report.sections[-1].id
    assert model.index(model.rowCount() - 1, COL_HEADING).data() == "结尾"


def test_find_and_replace_reach_the_opening_and_closing(report_window) -> None:
    controller, window, editor = report_window.controller, report_window.window, report_window.editor
    controller.select_section(CLOSING_ID)
    editor.body.selectAll()
    editor.body.insertPlainText("特此报告，请审阅。")
    window.show_find(True)
    panel = window.find_panel
    panel.find_edit.setText("请审阅")
    panel.search()
    assert [m.number for m in panel.matches] == ["结尾"]
    controller.select_section(controller.report.sections[0].id)
    panel.results.itemClicked.emit(panel.results.item(0))
    assert controller.current_section_id() == CLOSING_ID
    assert editor.body.textCursor().selectedText() == "请审阅"
    panel.replace_edit.setText("请审定")
    panel.replace_all()
    assert controller.report.closing == ["特此报告，请审定。"]
    window.undo_action.trigger()
    assert controller.report.closing == ["特此报告，请审阅。"]
