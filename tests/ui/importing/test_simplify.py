"""转为简体 in the import preview: offered for a report in traditional characters only, and it
converts the title, headings, body and the set-aside text, keeping the outline and parts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.importing import parse_text
from ui.importing import simplify
from ui.importing.import_dialog import HEAD, ImportPreviewDialog

TRADITIONAL = ("某某區2024年法治政府建設情況報告 發布時間：2025-01-20 來源：區司法局\n"
               "2024年，本區全面推進依法行政，法治政府建設取得新進展。\n"
               "一、主要舉措和成效\n"
               "（一）加強組織領導。成立領導小組，專題研究法治工作。\n"
               "二、存在的問題\n"
               "執法力量不足，專業人員較少。\n"
               "三、下一步工作計劃\n"
               "繼續深化普法宣傳。\n")

pytestmark = pytest.mark.skipif(not simplify.available(), reason="OpenCC is not installed")


def open_dialog(qtbot, report) -> ImportPreviewDialog:
    dialog = ImportPreviewDialog(None, report)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_traditional_report_converted_in_the_preview(qtbot):
    original = parse_text(TRADITIONAL)
    assert original.title == "某某區2024年法治政府建設情況報告"  # kept as written until the clerk asks
    dialog = open_dialog(qtbot, original)
    assert dialog.simplify_button.isVisible() and dialog.simplify_button.isEnabled()
    parts_before = [s.part for s in dialog.result_report().sections]
    selected = dialog.current_section()
    changes: list[None] = []
    dialog.reportChanged.connect(lambda: changes.append(None))
    qtbot.mouseClick(dialog.simplify_button, Qt.MouseButton.LeftButton)
    assert changes == [None] and not dialog.simplify_button.isEnabled()
    report = dialog.result_report()
    assert report.title == "某某区2024年法治政府建设情况报告" and dialog._title.text() == report.title
    assert report.preamble == ["2024年，本区全面推进依法行政，法治政府建设取得新进展。"]
    assert [s.heading for s in report.sections] == ["主要举措和成效", "存在的问题", "下一步工作计划"]
    first = report.sections[0].children[0]
    assert first.heading == "加强组织领导" and first.paragraphs == ["成立领导小组，专题研究法治工作。"]
    assert [s.part for s in report.sections] == parts_before
    assert dialog.current_section() is selected  # the clerk's place is kept
    assert "发布时间" in dialog.set_aside_panel.list.item(0).text()
    # the text shown is the converted one
    dialog.select_place(HEAD)
    assert "本区全面推进" in dialog.text_view.toPlainText()
    # the report the dialog was given is untouched
    assert original.sections[1].heading == "存在的問題"


def test_simplified_report_is_not_offered_the_conversion(qtbot):
    simplified = simplify.simplified_text(TRADITIONAL)
    assert simplified != TRADITIONAL and "建设情况报告" in simplified
    dialog = open_dialog(qtbot, parse_text(simplified))
    assert not dialog.simplify_button.isVisible()


def test_simplify_counts_changed_paragraphs_and_leaves_simplified_text_alone():
    report = parse_text(TRADITIONAL)
    changed = simplify.simplify(report)
    assert changed >= 8
    assert simplify.simplify(report) == 0
    assert not simplify.has_traditional(report)
