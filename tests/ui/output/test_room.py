"""The output room wired into the window: exports, print preview and printing with the draft label."""

from __future__ import annotations

from pathlib import Path

from tests.datafiles import report_file
from tests.ui.conftest import answer_box

XIQING = report_file("xiqing-tongji-2024.txt")
NANYANG = report_file("nanyang-tongji-2024.txt")


def test_export_word_and_excel_from_the_menu(report_window, tmp_path: Path, monkeypatch) -> None:
    import ui.output.export_actions as export_actions

    targets = iter([tmp_path / "报告.docx", tmp_path / "报告.xlsx"])
    monkeypatch.setattr(export_actions, "choose_path", lambda *a: next(targets))
    monkeypatch.setattr(export_actions, "choose_variant", lambda _p, _k, current: current)
    answer_box("关闭")
    report_window.rooms.output.word_action.trigger()
    assert (tmp_path / "报告.docx").stat().st_size > 5000
    answer_box("关闭")
    report_window.rooms.output.excel_action.trigger()
    from openpyxl import load_workbook

    sheets = load_workbook(tmp_path / "报告.xlsx").sheetnames
    assert {"提纲", "分部分统计", "活动台账", "数据对比"} <= set(sheets)
    labels = [s.label for s in report_window.store.snapshots.for_report(report_window.controller.report.id)]
    assert any("报告.docx" in label for label in labels)


def test_export_error_is_a_message_not_a_traceback(report_window, tmp_path: Path, monkeypatch) -> None:
    import ui.output.export_actions as export_actions

    folder = tmp_path / "占用.docx"
    folder.mkdir()
    monkeypatch.setattr(export_actions, "choose_path", lambda *a: folder)
    monkeypatch.setattr(export_actions, "choose_variant", lambda _p, _k, current: current)
    seen = answer_box("OK")
    assert report_window.rooms.output.export("docx") is None
    assert "文件夹" in seen[0]


def test_print_preview_opens_with_the_draft_label(report_window, qtbot) -> None:
    assert report_window.rooms.output.draft_label() == "第1稿"
    report_window.controller.take_snapshot("送审稿")
    assert report_window.rooms.output.draft_label() == "送审稿　第1稿"
    report_window.rooms.output.preview_action.trigger()
    dialog = report_window.rooms.output._preview
    assert dialog is not None and dialog.isVisible()
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    dialog.close()


def test_each_printed_draft_is_numbered_and_kept(report_window, monkeypatch) -> None:
    import ui.output.print_preview as print_preview

    printed: list[str] = []
    monkeypatch.setattr(print_preview, "print_report",
                        lambda parent, report, profile, label, draft: printed.append(label) or True)
    rooms = report_window.rooms
    rooms.output.print_action.trigger()
    rooms.output.print_action.trigger()
    assert printed == ["第1稿", "第2稿"]
    labels = [s.label for s in report_window.store.snapshots.for_report(report_window.controller.report.id)]
    assert "打印稿 第1稿" in labels and "打印稿 第2稿" in labels


def test_exports_run_off_the_gui_thread_on_a_copy(report_window, tmp_path: Path, monkeypatch) -> None:
    """A long export takes over a second: the window must keep painting meanwhile (the PDF goes
    to a worker process: tests/ui/output/test_pdf_job.py)."""
    import threading
    import time

    from PySide6.QtCore import QTimer

    import ui.output.export_actions as export_actions

    seen: dict[str, object] = {}
    real = export_actions.export_report

    def slow_export(report, path, options):
        seen["thread"] = threading.current_thread()
        seen["same_object"] = report is report_window.controller.report
        time.sleep(0.3)
        return real(report, path, options)

    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    monkeypatch.setattr(export_actions, "export_report", slow_export)
    monkeypatch.setattr(export_actions, "choose_path", lambda *a: tmp_path / "r.docx")
    monkeypatch.setattr(export_actions, "choose_variant", lambda _p, _k, current: current)
    monkeypatch.setattr(export_actions, "offer_to_open", lambda *a: None)
    assert report_window.rooms.output.export("docx") == tmp_path / "r.docx"
    timer.stop()
    assert seen["thread"] is not threading.main_thread()
    assert seen["same_object"] is False
    assert len(ticks) >= 5  # the GUI thread's timers kept running during the export
