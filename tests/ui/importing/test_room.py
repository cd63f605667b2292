"""The import room wired into the window: a file through the menu, the clipboard."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from tests.datafiles import report_file
from tests.ui.conftest import answer_box

XIQING = report_file("xiqing-tongji-2024.txt")
NANYANG = report_file("nanyang-tongji-2024.txt")


def accept_dialog(dialog: QDialog) -> None:
    dialog.accept()


def test_import_a_file_through_the_menu(app_window, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(XIQING), ""))
    rooms = app_window.rooms
    answer_box(accept_dialog)  # the import preview: accept it as recognised
    rooms.importing.import_action.trigger()
    controller = app_window.controller
    assert controller.report is not None
    assert controller.report.title == "西青区统计局2024年法治政府建设情况报告"
    stored = app_window.store.reports.load(controller.report.id)
    assert [s.heading for s in stored.sections][1] == "2024年推进法治政府建设存在的不足"
    assert any("导入" in s.label for s in app_window.store.snapshots.for_report(stored.id))
    # the tree shows it at once
    assert app_window.tree.model().rowCount() == 3 + 2  # with 开头 and 结尾


def test_import_from_the_clipboard_and_an_empty_clipboard(app_window) -> None:
    QApplication.clipboard().setText("")
    seen = answer_box("OK")
    app_window.rooms.importing.clipboard_action.trigger()
    assert "剪贴板" in seen[0]
    assert app_window.store.reports.summaries() == []
    QApplication.clipboard().setText(NANYANG.read_text(encoding="utf-8"))
    answer_box(accept_dialog)
    app_window.rooms.importing.clipboard_action.trigger()
    report = app_window.controller.report
    assert report is not None and report.organization == "南阳市统计局"
    assert len(report.sections) == 6
