"""新建 → 以去年报告为基础…: the dialog creates the draft from a stored report or a file and shows
the changes for review."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.model import Report
from tests.app.rollforward.test_roll import last_year
from ui.common import messages
from ui.rollforward.rollforward_dialog import REPORT_ROLE, RollForwardDialog


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


def test_from_a_stored_report(qtbot, store) -> None:
    source_id = store.reports.insert(last_year(), origin="import")
    dialog = RollForwardDialog(None, store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.source_list.count() == 1 and dialog.source_list.currentItem().data(REPORT_ROLE) == source_id
    assert dialog.year_spin.value() == 2025
    assert dialog.org_edit.text() == "某区统计局"
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.new_report_id is not None and dialog.pages.currentIndex() == 1
    new = store.reports.load(dialog.new_report_id)
    assert new.title == "某区统计局2025年法治政府建设情况报告" and new.source_report_id == source_id
    texts = [dialog.change_list.item(i).text() for i in range(dialog.change_list.count())]
    assert texts[0].startswith("标题：某区统计局2024年") and "→ 某区统计局2025年" in texts[0]
    assert len(dialog.outcome.changes) == 6
    # the required parts last year's report lacked were listed, ticked, and added
    assert texts[6:] == [f"已添加第{int(p)}部分“{p.short_name}”：空白、待写，写作提示在编辑区上方"
                         for p in dialog.outcome.added_parts] and dialog.outcome.added_parts
    assert new.missing_parts() == []
    assert "2 项工作安排" in dialog.review_label.text()
    assert dialog.done_button.hasFocus() or not dialog.isActiveWindow()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.done_button, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_from_a_file_with_another_year(qtbot, store, fixture_path) -> None:
    path = fixture_path("xiqing-tongji-2024.txt")
    dialog = RollForwardDialog(None, store, choose_file=lambda _parent: str(path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.create_button.isEnabled()   # an empty library: nothing to pick yet
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(dialog.source_list.currentItem().data(REPORT_ROLE), Report)
                    if dialog.source_list.currentItem() else False, timeout=5000)
    assert dialog.year_spin.value() == 2025 and dialog.org_edit.text() == "西青区统计局"
    dialog.year_spin.setValue(2026)
    dialog.create_report()
    new = store.reports.load(dialog.new_report_id)
    assert new.year == 2026 and new.title == "西青区统计局2026年法治政府建设情况报告"
    assert len(new.checklist) == 4
    assert len(store.reports.list()) == 2  # last year's report was stored too


def test_bad_file_and_bad_year_are_one_line_messages(qtbot, store, tmp_path: Path, no_message_boxes) -> None:
    bad = tmp_path / "坏文件.docx"
    bad.write_bytes(b"not a zip")
    dialog = RollForwardDialog(None, store, choose_file=lambda _parent: str(bad))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pick_file()
    qtbot.waitUntil(lambda: bool(no_message_boxes), timeout=5000)
    assert "\n" not in no_message_boxes[0] and dialog.source_list.count() == 0
    store.reports.insert(last_year(), origin="import")
    again = RollForwardDialog(None, store)
    qtbot.addWidget(again)
    again.year_spin.setValue(2024)
    again.create_report()
    assert again.new_report_id is None and "应晚于" in no_message_boxes[-1]
    assert again.pages.currentIndex() == 0
