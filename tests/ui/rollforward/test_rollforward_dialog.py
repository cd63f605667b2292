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
    assert len(store.reports.summaries()) == 2  # last year's report was stored too


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


@pytest.mark.parametrize("name", ["xiqing-tongji-2024.txt", "nanyang-tongji-2024.txt"])
def test_the_dialog_lists_the_missing_parts_ticked(qtbot, store, fixture_path, name: str) -> None:
    """Both real reports lack parts 3 and 5: listed, ticked by default, added where the regulation
    puts them; an unticked one is left out."""
    from app.importing import parse_file
    from app.model import Part

    store.reports.insert(parse_file(fixture_path(name)), origin="import")
    dialog = RollForwardDialog(None, store)
    qtbot.addWidget(dialog)
    dialog.show()
    items = [dialog.parts_list.item(i) for i in range(dialog.parts_list.count())]
    assert [i.text() for i in items] == ["添加第3部分“第一责任人履职情况”（空白、待写）",
                                         "添加第5部分“其他需要报告的情况”（空白、待写）"]
    assert all(i.checkState() is Qt.CheckState.Checked for i in items)
    assert dialog.parts_to_add() == [Part.LEADERSHIP, Part.OTHER]
    dialog.create_report()
    new = store.reports.load(dialog.new_report_id)
    parts = [s.part for s in new.sections]
    assert parts.index(Part.LEADERSHIP) == parts.index(Part.PLANS) - 1 and parts[-1] is Part.OTHER

    again = RollForwardDialog(None, store)
    qtbot.addWidget(again)
    again.source_list.setCurrentRow(next(r for r in range(again.source_list.count())
                                         if again.source_list.item(r).data(REPORT_ROLE) != dialog.new_report_id))
    again.parts_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    again.year_spin.setValue(2026)
    again.create_report()
    assert store.reports.load(again.new_report_id).missing_parts() == [Part.OTHER]


def test_a_report_with_all_five_parts_has_nothing_to_add(qtbot, store) -> None:
    from app.template import template_report

    store.reports.insert(template_report(2024, "某局"), origin="import")
    dialog = RollForwardDialog(None, store)
    qtbot.addWidget(dialog)
    assert dialog.parts_list.count() == 1 and dialog.parts_to_add() == []
    assert dialog.parts_list.item(0).text() == "（去年的报告五部分齐全）"
