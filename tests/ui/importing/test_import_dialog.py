"""The import preview dialog, driven like a clerk would (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.errors import UserError
from app.importing import parse_file, parse_text
from app.model import Part
from ui.importing.import_dialog import ImportPreviewDialog
from ui.importing.loading import load_report_with_progress, report_from_clipboard_text

TEXT = ("某某局关于2024年法治政府建设情况的报告\n"
        "一、主要工作\n（一）加强学习。一是学。\n1.这一行被误认作标题\n正文甲。\n（二）强化保障\n正文乙。\n"
        "二、存在的问题\n问题。\n三、工作打算\n打算。\n")


def open_dialog(qtbot, report):
    dialog = ImportPreviewDialog(None, report)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def item_for(dialog, heading):
    for section_id, section in dialog._sections.items():
        if section.heading == heading:
            return dialog._items[section_id]
    raise AssertionError(heading)


def test_shows_outline_with_numbers_levels_parts_and_warnings(qtbot, fixture_path):
    dialog = open_dialog(qtbot, parse_file(fixture_path("nanyang-tongji-2024.txt")))
    tree = dialog.tree
    assert tree.topLevelItemCount() == 6 + 2  # the opening and the end around the six sections
    first = tree.topLevelItem(1)
    assert [first.text(c) for c in range(4)] == ["一、", "依法全面履行统计职能", "1", "1 主要举措和成效"]
    assert tree.currentItem() is first
    assert first.child(0).text(0) == "1." and first.child(0).text(2) == "2"
    assert "3 第一责任人履职情况" in dialog._missing.text()
    assert dialog.warnings.count() == 1  # "no warnings" line


def test_change_level_merge_change_part_and_accept(qtbot):
    original = parse_text(TEXT)
    assert [c.heading for c in original.sections[0].children] == ["加强学习", "强化保障"]
    assert original.sections[0].children[0].children[0].heading == "这一行被误认作标题"
    dialog = open_dialog(qtbot, original)

    # Merge the wrongly split heading back into the body of （一）.
    dialog.tree.setCurrentItem(item_for(dialog, "这一行被误认作标题"))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    # Demote （二） under （一） with the keyboard, then promote it back with the button.
    dialog.tree.setCurrentItem(item_for(dialog, "强化保障"))
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert item_for(dialog, "强化保障").text(2) == "3"
    qtbot.mouseClick(dialog.promote_button, Qt.MouseButton.LeftButton)
    assert item_for(dialog, "强化保障").text(2) == "2"
    # Promote it once more: it becomes a top-level section (part from its context).
    qtbot.mouseClick(dialog.promote_button, Qt.MouseButton.LeftButton)
    assert item_for(dialog, "强化保障").text(2) == "1"
    # Change the part of 二、存在的问题 … no: of 三、工作打算 to 5 through the combo.
    dialog.tree.setCurrentItem(item_for(dialog, "工作打算"))
    assert dialog.part_combo.isEnabled()
    index = dialog.part_combo.findData(5)
    dialog.part_combo.setCurrentIndex(index)
    dialog.part_combo.activated.emit(index)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    result = dialog.result_report()
    assert [s.heading for s in result.sections] == ["主要工作", "强化保障", "存在的问题", "工作打算"]
    learning = result.sections[0].children[0]
    assert learning.children == []
    assert learning.paragraphs == ["一是学。", "1.这一行被误认作标题", "正文甲。"]
    assert result.sections[1].written_marker is None and result.sections[1].part is Part.MEASURES
    assert [int(s.part) for s in result.sections] == [1, 1, 2, 5]
    # The original report is untouched.
    assert original.sections[2].part is Part.PLANS and len(original.sections) == 3


def test_part_combo_only_for_top_level_and_cancel(qtbot):
    dialog = open_dialog(qtbot, parse_text(TEXT))
    dialog.tree.setCurrentItem(item_for(dialog, "加强学习"))
    assert not dialog.part_combo.isEnabled() and not dialog.demote_button.isEnabled()
    dialog.tree.setCurrentItem(item_for(dialog, "主要工作"))
    assert dialog.part_combo.isEnabled() and not dialog.promote_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_load_with_progress_reads_off_the_gui_thread(qtbot, fixture_path):
    report = load_report_with_progress(None, fixture_path("xiqing-tongji-2024.txt"))
    assert report is not None and len(report.sections) == 3


def test_load_with_progress_shows_errors_and_can_be_cancelled(qtbot, tmp_path, fixture_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip at all")
    errors: list[str] = []
    assert load_report_with_progress(None, bad, show_error=lambda parent, message: errors.append(message)) is None
    assert len(errors) == 1 and "损坏" in errors[0]
    errors.clear()
    cancelled = load_report_with_progress(None, fixture_path("xiqing-tongji-2024.txt"),
                                          show_error=lambda parent, message: errors.append(message),
                                          progress_dialog=lambda dialog: dialog.canceled.emit())
    assert cancelled is None and errors == []


def test_clipboard_text(fixture_path):
    report = report_from_clipboard_text(fixture_path("nanyang-tongji-2024.txt").read_text(encoding="utf-8"))
    assert report.organization == "南阳市统计局"
    with pytest.raises(UserError):
        report_from_clipboard_text("   \n")
