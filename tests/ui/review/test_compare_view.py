"""The standalone comparison view: inline and side by side, stepping through the changes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.model import Report, Section
from app.review.compare import compare_reports
from ui.review.compare_view import DELETED, INSERTED, CompareView


def _versions() -> tuple[Report, Report]:
    old = Report(title="报告", sections=[
        Section("加强领导", ["我们要加强法治建设。今年完成三项任务。"]),
        Section("存在不足", ["执法力量薄弱。"]),
        Section("下步安排", ["继续推进。"]),
    ])
    new = Report(title="报告", sections=[
        Section("加强领导", ["我们要强化法治建设。今年完成三项任务。"]),
        Section("存在的不足", ["执法力量薄弱。"]),
        Section("下步安排", ["继续推进，确保实效。"]),
    ])
    return old, new


def test_steps_through_the_changes_inline_and_side_by_side(qtbot):
    view = CompareView()
    qtbot.addWidget(view)
    view.show()
    comparison = compare_reports(*_versions())
    view.set_comparison(comparison)
    assert view.list.count() == 3
    assert "3" in view.summary.text()
    assert not view.previous_button.isEnabled()
    inline = view.inline.toHtml()
    assert "加强" in inline and "强化" in inline and "确保实效" in inline
    assert "line-through" in view.html("inline") and DELETED in view.html("inline")
    selected: list[int] = []
    view.changeSelected.connect(selected.append)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert selected == [1, 2]
    assert view.previous_button.isEnabled()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert selected == [1, 2, 3] and not view.next_button.isEnabled()
    view.side_button.setChecked(True)
    assert view.sides.isVisible() and not view.inline.isVisible()
    old_html, new_html = view.html("old"), view.html("new")
    assert "加强" in old_html and "强化" not in old_html and INSERTED not in old_html
    assert "强化" in new_html and DELETED not in new_html
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert selected[-1] == 2


def test_no_difference_says_so(qtbot):
    view = CompareView()
    qtbot.addWidget(view)
    old, _ = _versions()
    view.set_comparison(compare_reports(old, old))
    assert view.list.count() == 0
    assert view.summary.text() == "两个版本没有差别"
    assert not view.next_button.isEnabled()


def test_an_added_paragraph_is_marked_as_inserted(qtbot):
    view = CompareView()
    qtbot.addWidget(view)
    old = Report(title="报告", sections=[Section("存在不足", ["执法力量薄弱。"])])
    new = Report(title="报告", sections=[Section("存在不足", ["执法力量薄弱。", "下一步充实执法力量。"])])
    view.set_comparison(compare_reports(old, new))
    html = view.html("inline")
    paragraphs = [p for p in html.split("<p>") if "下一步充实执法力量" in p]
    assert len(paragraphs) == 1 and INSERTED in paragraphs[0]
