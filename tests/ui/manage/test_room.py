"""文件 → 另存为新报告 / 重命名报告 / 删除报告 on the open report."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from app.store import ReportKind
from tests.ui.conftest import answer_box


def type_title(title: str):
    def answer(dialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(title)
        dialog.accept()
    return answer


def test_save_as_rename_and_delete_the_open_report(report_window) -> None:
    win, controller, store = report_window, report_window.controller, report_window.store
    room = win.rooms.manage
    original = controller.report.id
    first = controller.report.sections[0]
    controller.set_section_text(first.id, first.heading, ["已经写好的一段。"])
    store.snapshots.take(original, "第一稿")
    assert room.save_as_action.isEnabled() and room.save_as_action.shortcut().toString() == "F12"

    answer_box(type_title("送审稿"))
    copy = room.save_as()
    assert copy is not None and controller.report.id == copy and controller.report.title == "送审稿"
    assert controller.report.sections[0].paragraphs == ["已经写好的一段。"]  # the unsaved typing came along
    assert store.reports.summary(copy).kind is ReportKind.DRAFT and store.snapshots.for_report(copy) == []
    assert "另存为新报告" in win.window.statusBar().currentMessage()

    answer_box(type_title("送审稿（二）"))
    assert room.rename()
    assert store.reports.load(copy).title == "送审稿（二）" and "送审稿（二）" in win.window.windowTitle()

    answer_box("取消")
    assert not room.delete() and controller.report.id == copy
    answer_box("移到回收站")
    assert room.delete()
    assert controller.report is None and not room.delete_action.isEnabled()
    assert [s.id for s in store.reports.summaries(deleted=True)] == [copy]
    # the next start does not reopen it
    win.rebuild()
    assert win.controller.report is None


def test_nothing_to_manage_without_a_report(app_window) -> None:
    room = app_window.rooms.manage
    assert not room.save_as_action.isEnabled() and room.save_as() is None and not room.rename()
