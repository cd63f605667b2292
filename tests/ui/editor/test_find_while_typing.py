"""With the find panel open on a query, typing searches again only the section typed in and redoes
its rows in place; the list then is the list a whole search gives (issue 15: a pause in typing in
a 300-page report cost a whole-report search and a rebuilt list)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import type_text
from ui.editor import find_replace


def spying(calls: list[Any], real: Callable[..., Any], note: Callable[..., Any]) -> Callable[..., Any]:
    """`real`, noting `note(*args)` of each call in `calls` first."""
    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(note(*args))
        return real(*args, **kwargs)
    return spy


def listed(panel) -> list[str]:
    return [panel.results.item(row).text() for row in range(panel.results.count())]


def test_typing_searches_only_its_section_and_keeps_the_list_right(report_window, monkeypatch, qtbot) -> None:
    win = report_window
    controller, window = win.controller, win.window
    sections = controller.report.sections
    for number, section in enumerate(sections):
        controller.set_section_text(section.id, section.heading, [f"依法行政第{number}段。", "加强执法。依法行政。"])
    window.show_find(False)
    panel = window.find_panel
    panel.find_edit.setText("依法行政")
    panel.search()
    whole_searches: list[Any] = []
    real_find = find_replace.find_matches
    monkeypatch.setattr(find_replace, "find_matches", spying(whole_searches, real_find, lambda _report, query: query))
    middle = sections[len(sections) // 2]
    controller.select_section(middle.id)
    body = window.editor.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    before = len(panel.matches)
    type_text(body, "，坚持依法行政")
    qtbot.waitUntil(lambda: len(panel.matches) == before + 1, timeout=3000)
    controller.select_section(sections[0].id)  # a section without a match before: its rows are new
    controller.set_section_text(sections[0].id, sections[0].heading, ["没有"])
    qtbot.waitUntil(lambda: len(panel.matches) == before - 1, timeout=3000)
    controller.set_section_text(sections[0].id, sections[0].heading, ["依法行政一", "二依法行政"])
    qtbot.waitUntil(lambda: len(panel.matches) == before + 1, timeout=3000)
    QApplication.processEvents()
    assert whole_searches == []
    shown, matches = listed(panel), list(panel.matches)
    panel.search()
    assert listed(panel) == shown and panel.matches == matches
    assert panel.summary.text() == f"找到 {len(matches)} 处"


def test_adding_a_section_searches_the_whole_report(report_window, monkeypatch, qtbot) -> None:
    win = report_window
    controller, window = win.controller, win.window
    window.show_find(False)
    panel = window.find_panel
    panel.find_edit.setText("新")
    panel.search()
    whole: list[Any] = []
    real_search = panel.search
    monkeypatch.setattr(panel, "search", spying(whole, real_search, lambda: 1))
    controller.add_sibling(controller.report.sections[0].id)
    qtbot.waitUntil(lambda: bool(whole), timeout=3000)
