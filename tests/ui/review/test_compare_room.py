"""比较版本 in the window: typed edits after a snapshot are listed, their sections marked in the
tree (until the comparison closes), stepping selects them, the 修改对照 is saved; the snapshots
dialog compares two snapshots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import type_text
from tests.ui.review.helpers import when_modal
from ui.editor.section_model import CHANGED_COLOUR
from ui.review import compare_dialog
from ui.window.snapshots_dialog import SnapshotsDialog


def _type_into(window, section_id: int, text: str) -> None:
    window.controller.select_section(section_id)
    body = window.editor.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    type_text(body, text)


def test_typed_edits_are_listed_marked_stepped_and_printed(report_window, qtbot, tmp_path: Path,
                                                          monkeypatch) -> None:
    w = report_window
    sections = w.controller.report.sections
    first, third = sections[0].id, sections[2].id
    w.controller.take_snapshot("送审前")
    _type_into(w, first, "全面推进依法行政。")
    _type_into(w, third, "主要负责人切实履行第一责任人职责。")
    w.controller.select_section(sections[4].id)

    dialog = w.rooms.review.compare()
    assert dialog is not None and dialog.isVisible()
    assert dialog.versions() == (w.store.snapshots.for_report(w.controller.report.id)[0].id, None)
    view = dialog.view
    assert view.list.count() == 2
    assert "全面推进依法行政" in view.inline.toPlainText()
    model = w.tree.tree_model
    assert model.changed_ids() == {first, third}
    index = model.index_for_id(first)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole).color().name() == CHANGED_COLOUR
    assert "有改动" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index_for_id(sections[1].id), Qt.ItemDataRole.BackgroundRole) is None

    # F8 steps (the window's action and the dialog's own key), each change selects its section
    assert w.window.registry["review.next_change"].isEnabled()
    w.window.registry["review.next_change"].trigger()
    assert w.controller.current_section_id() == first
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    QTest.keyClick(dialog, Qt.Key.Key_F8)
    assert w.controller.current_section_id() == third
    QTest.keyClick(dialog, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert w.controller.current_section_id() == first

    out = tmp_path / "修改对照.html"
    seen: list[str] = []

    def chosen(_parent, suggestion: str) -> Path:
        seen.append(suggestion)
        return out

    monkeypatch.setattr(compare_dialog, "choose_printout_path", chosen)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].endswith("（修改对照）.docx")
    html = out.read_text(encoding="utf-8")
    assert "全面推进依法行政" in html and "<ins>" in html

    dialog.close()
    assert model.changed_ids() == set()
    assert model.data(model.index_for_id(first), Qt.ItemDataRole.BackgroundRole) is None
    assert not w.window.registry["review.next_change"].isEnabled()


def test_no_snapshot_says_so(report_window) -> None:
    from tests.ui.conftest import answer_box

    seen = answer_box("OK")
    assert report_window.rooms.review.compare() is None
    assert seen and "没有快照" in seen[0]


def test_snapshots_dialog_compares_two_snapshots(report_window, qtbot) -> None:
    w = report_window
    sections = w.controller.report.sections
    first_snapshot = w.controller.take_snapshot("第1稿")
    _type_into(w, sections[1].id, "执法队伍力量不足。")
    second_snapshot = w.controller.take_snapshot("第2稿")
    _type_into(w, sections[3].id, "下一年继续推进。")  # after both: not in their comparison

    def pick_two(dialog) -> None:
        table = dialog.table
        table.clearSelection()
        for row in range(table.topLevelItemCount()):
            item = table.topLevelItem(row)
            if item.data(0, Qt.ItemDataRole.UserRole) in (first_snapshot, second_snapshot):
                item.setSelected(True)
        assert dialog.chosen_pair() == (first_snapshot, second_snapshot)
        dialog.compare_button.click()

    when_modal(SnapshotsDialog, pick_two)
    w.window.show_snapshots()
    qtbot.waitUntil(lambda: w.rooms.review.compare_dialog is not None
                    and w.rooms.review.compare_dialog.isVisible(), timeout=3000)
    dialog = w.rooms.review.compare_dialog
    assert dialog.versions() == (first_snapshot, second_snapshot)
    assert dialog.view.list.count() == 1
    assert "执法队伍力量不足" in dialog.view.inline.toPlainText()
    assert "下一年继续推进" not in dialog.view.inline.toPlainText()
    assert w.tree.tree_model.changed_ids() == {sections[1].id}

    # one selected: that snapshot against now
    def pick_one(snapshots) -> None:
        snapshots.table.clearSelection()
        for row in range(snapshots.table.topLevelItemCount()):
            item = snapshots.table.topLevelItem(row)
            if item.data(0, Qt.ItemDataRole.UserRole) == second_snapshot:
                item.setSelected(True)
        snapshots.compare_button.click()

    when_modal(SnapshotsDialog, pick_one)
    w.window.show_snapshots()
    qtbot.waitUntil(lambda: w.rooms.review.compare_dialog is not dialog
                    and w.rooms.review.compare_dialog is not None
                    and w.rooms.review.compare_dialog.isVisible(), timeout=3000)
    again = w.rooms.review.compare_dialog
    assert again.versions() == (second_snapshot, None)
    assert "下一年继续推进" in again.view.inline.toPlainText()
    assert w.tree.tree_model.changed_ids() == {sections[3].id}
    again.close()
