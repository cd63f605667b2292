"""Alt letters of the 常用语 and 活动台账 panels: every button has one, no two share one, and none
is taken by the menu bar (Alt+I must press 插入为句子, not open the 插入 menu) — in Chinese and in
English."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import nullcontext

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from tests.ui.conftest import Window
from tests.ui.window.test_english import english_translation
from ui.window.main_window import MainWindow

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    match = MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).upper() if match else None


def panel_buttons(window: Window) -> list[QAbstractButton]:
    rooms = window.rooms
    for dock in (rooms.library.phrase_dock, rooms.library.activity_dock):
        dock.show()   # a panel is built the first time its dock shows
        dock.raise_()
    QApplication.processEvents()
    panels: list[QWidget] = [rooms.library.phrase_panel, rooms.library.activity_panel]
    assert all(panel is not None for panel in panels)
    return [button for panel in panels for button in panel.findChildren(QAbstractButton)
            if button.text()]


def menu_letters(window: MainWindow) -> set[str]:
    titles = [action.text() for action in window.menuBar().actions() if action.text()]
    assert len(titles) >= 7
    return {letter for letter in map(mnemonic, titles) if letter}


@pytest.fixture(params=["zh", "en"])
def library_window(request, data_dir, qtbot) -> Iterator[Window]:
    with english_translation() if request.param == "en" else nullcontext():
        window = Window(data_dir, qtbot)
        window.controller.new_report(2024, "某某区统计局")
        try:
            yield window
        finally:
            window.close()


def test_panel_mnemonics_are_unique_and_clear_of_the_menu_bar(library_window: Window) -> None:
    buttons = panel_buttons(library_window)
    texts = [button.text() for button in buttons]
    assert len(buttons) >= 13, texts
    without = [text for text in texts if mnemonic(text) is None]
    assert without == [], f"buttons without an Alt letter: {without}"
    letters = [mnemonic(text) for text in texts]
    shared = {letter: [t for t in texts if mnemonic(t) == letter] for letter, n in Counter(letters).items() if n > 1}
    assert shared == {}, f"Alt letters used twice: {shared}"
    menu = menu_letters(library_window.window)
    assert {"F", "E", "I", "R", "V", "T", "H"} <= menu
    clashes = {text for text in texts if mnemonic(text) in menu}
    assert clashes == set(), f"Alt letters the menu bar takes: {clashes}"


def test_alt_letter_presses_the_panel_button_not_a_menu(qtbot, report_window: Window) -> None:
    panel_buttons(report_window)
    rooms = report_window.rooms
    rooms.library.activity_dock.raise_()
    panel = rooms.library.activity_panel
    section = report_window.controller.report.sections[0]
    report_window.controller.select_section(section.id)
    from app.library.activities import Activity

    panel.ledger.add(Activity(year=2024, date_text="4月3日", title="组织召开统计局警示教育大会"))
    panel.reload()
    panel.tree.setFocus()
    letter = mnemonic(panel.insert_button.text())
    assert letter is not None
    with qtbot.waitSignal(panel.insertRequested, timeout=2000) as inserted:
        QTest.keyClick(report_window.window, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
    assert inserted.args == ["4月3日，组织召开统计局警示教育大会。"]
    assert QApplication.activePopupWidget() is None     # no menu opened


def test_side_and_bottom_panels_do_not_take_the_menu_bars_letters(library_window: Window) -> None:
    """The checks panel's 重新检查 and 忽略此处 used &R and &I, the 报告 and 插入 menus' letters."""
    rooms = library_window.rooms
    library = panel_buttons(library_window)
    for dock in (rooms.checks.checks_dock, rooms.rollforward.checklist_dock):
        dock.show()
        dock.raise_()  # the checklist shares a tabbed column: built when its tab is in front
    QApplication.processEvents()
    others = [b for panel in (rooms.checks.checks_panel, rooms.rollforward.checklist_panel)
              for b in panel.findChildren(QAbstractButton) if b.text() and mnemonic(b.text())]
    assert len(others) >= 3
    letters = [mnemonic(b.text()) for b in library + others]
    assert [l for l, n in Counter(letters).items() if n > 1] == []
    assert {mnemonic(b.text()) for b in others} & menu_letters(library_window.window) == set()
