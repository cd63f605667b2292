"""The features wired into the main window: import (file and clipboard), roll-forward, export,
print preview, the checks panel and last year's checklist — driven through the window's actions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from app.export import ExportOptions, export_report
from app.importing import parse_file
from tests.conftest import FIXTURES
from tests.ui.conftest import answer_box

XIQING = FIXTURES / "xiqing-tongji-2024.txt"
NANYANG = FIXTURES / "nanyang-tongji-2024.txt"


def accept_dialog(dialog: QDialog) -> None:
    dialog.accept()


def test_import_a_file_through_the_menu(app_window, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(XIQING), ""))
    features = app_window.features
    answer_box(accept_dialog)  # the import preview: accept it as recognised
    features.import_action.trigger()
    controller = app_window.controller
    assert controller.report is not None
    assert controller.report.title == "西青区统计局2024年法治政府建设情况报告"
    stored = app_window.store.reports.load(controller.report.id)
    assert [s.heading for s in stored.sections][1] == "2024年推进法治政府建设存在的不足"
    assert any("导入" in s.label for s in app_window.store.snapshots.list(stored.id))
    # the tree shows it at once
    assert app_window.tree.model().rowCount() == 3


def test_import_from_the_clipboard_and_an_empty_clipboard(app_window) -> None:
    QApplication.clipboard().setText("")
    seen = answer_box("OK")
    app_window.features.clipboard_action.trigger()
    assert "剪贴板" in seen[0]
    assert app_window.store.reports.list() == []
    QApplication.clipboard().setText(NANYANG.read_text(encoding="utf-8"))
    answer_box(accept_dialog)
    app_window.features.clipboard_action.trigger()
    report = app_window.controller.report
    assert report is not None and report.organization == "南阳市统计局"
    assert len(report.sections) == 6


def test_roll_forward_then_tick_the_checklist(app_window, monkeypatch) -> None:
    from ui.rollforward_dialog import RollForwardDialog

    last_year = app_window.store.reports.insert(parse_file(XIQING), origin="import")

    def run_dialog(dialog: RollForwardDialog) -> int:
        dialog.source_list.setCurrentRow(0)
        dialog.create()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RollForwardDialog, "exec", run_dialog)
    new_id = app_window.features.roll_forward()
    controller = app_window.controller
    assert new_id is not None and controller.report.id == new_id
    assert controller.report.title == "西青区统计局2025年法治政府建设情况报告"
    assert controller.report.source_report_id == last_year
    dock = app_window.features.checklist_dock
    assert dock.isVisible()
    panel = app_window.features.checklist_panel
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


def test_export_word_and_excel_from_the_menu(report_window, tmp_path: Path, monkeypatch) -> None:
    import ui.export_actions as export_actions

    targets = iter([tmp_path / "报告.docx", tmp_path / "报告.xlsx"])
    monkeypatch.setattr(export_actions, "choose_path", lambda *a: next(targets))
    answer_box("关闭")
    report_window.features.word_action.trigger()
    assert (tmp_path / "报告.docx").stat().st_size > 5000
    answer_box("关闭")
    report_window.features.excel_action.trigger()
    from openpyxl import load_workbook

    sheets = load_workbook(tmp_path / "报告.xlsx").sheetnames
    assert {"提纲", "分部分统计", "活动台账", "数据对比"} <= set(sheets)
    labels = [s.label for s in report_window.store.snapshots.list(report_window.controller.report.id)]
    assert any("报告.docx" in label for label in labels)


def test_export_error_is_a_message_not_a_traceback(report_window, tmp_path: Path, monkeypatch) -> None:
    import ui.export_actions as export_actions

    folder = tmp_path / "占用.docx"
    folder.mkdir()
    monkeypatch.setattr(export_actions, "choose_path", lambda *a: folder)
    seen = answer_box("OK")
    assert report_window.features.export("docx") is None
    assert "文件夹" in seen[0]


def test_print_preview_opens_with_the_draft_label(report_window, qtbot) -> None:
    report_window.controller.take_snapshot("第2稿")
    assert report_window.features.draft_label() == "第2稿"
    report_window.features.preview_action.trigger()
    dialog = report_window.features._preview
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_checks_panel_runs_and_jumps_to_a_finding(report_window, qtbot) -> None:
    controller = report_window.controller
    section = controller.report.sections[1]
    controller.set_section_text(section.id, section.heading, ["执法力量不足，，培训不够。"])
    report_window.window.findChild(type(report_window.features.checks_dock), "dock_检查")
    report_window.features.checks_dock.toggleViewAction().trigger()
    panel = report_window.features.checks_panel
    assert panel is not None
    qtbot.waitUntil(lambda: any(f.kind == "punctuation" for f in panel.findings()), timeout=3000)
    finding = next(f for f in panel.findings() if f.kind == "punctuation")
    controller.select_section(controller.report.sections[0].id)
    panel.findingActivated.emit(finding.section_id, finding.excerpt)
    assert controller.current_section_id() == section.id
    # typing a fix re-runs the checks within a second
    controller.set_section_text(section.id, section.heading, ["执法力量不足，培训不够。"])
    qtbot.waitUntil(lambda: not any(f.kind == "punctuation" for f in panel.findings()), timeout=2000)
