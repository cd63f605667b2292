"""The roll-forward room wired into the window: a new report from last year's, its checklist, the start dialog's offer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.importing import parse_file
from tests.datafiles import report_file
from tests.ui.conftest import answer_box

XIQING = report_file("xiqing-tongji-2024.txt")
NANYANG = report_file("nanyang-tongji-2024.txt")


def accept_dialog(dialog: QDialog) -> None:
    dialog.accept()


def test_roll_forward_then_tick_the_checklist(app_window, monkeypatch) -> None:
    from ui.rollforward.rollforward_dialog import RollForwardDialog

    last_year = app_window.store.reports.insert(parse_file(XIQING), origin="import")

    def run_dialog(dialog: RollForwardDialog) -> int:
        dialog.source_list.setCurrentRow(0)
        dialog.create_report()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RollForwardDialog, "exec", run_dialog)
    new_id = app_window.rooms.rollforward.roll_forward()
    controller = app_window.controller
    assert new_id is not None and controller.report.id == new_id
    assert controller.report.title == "西青区统计局2025年法治政府建设情况报告"
    assert controller.report.source_report_id == last_year
    dock = app_window.rooms.rollforward.checklist_dock
    assert dock.isVisible()
    panel = app_window.rooms.rollforward.checklist_panel
    assert panel.items.count() == 4
    # answer the first promise in the first section of part 1
    first_child = controller.report.sections[0].children[0]
    controller.select_section(first_child.id)
    panel.items.setCurrentRow(0)
    panel.link_button.click()
    stored = app_window.store.reports.load(new_id)
    assert stored.checklist[0].done and stored.checklist[0].answered_in == first_child.id
    panel.items.item(1).setCheckState(Qt.CheckState.Checked)
    assert app_window.store.reports.load(new_id).checklist[1].done
    app_window.window.undo_action.trigger()
    assert not app_window.store.reports.load(new_id).checklist[1].done


def test_the_start_dialog_offers_starting_from_last_year(app_window, monkeypatch) -> None:
    from ui.window.start_dialog import StartDialog

    called = []
    monkeypatch.setitem(app_window.window.start_options, "rollforward",
                        ("以去年报告为基础新建…", "", lambda: called.append("rollforward") or 7))

    def click_rollforward(dialog: QDialog) -> None:
        assert isinstance(dialog, StartDialog)
        dialog.findChild(type(dialog.new_button), "start_rollforward").click()

    answer_box(click_rollforward)
    assert app_window.window.show_start_dialog() is True
    assert called == ["rollforward"]
