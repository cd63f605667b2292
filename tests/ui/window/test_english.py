"""The English interface is complete: with the English translation installed, the main window
(with every feature and every dock built) shows no Chinese except the report's own data, and the
translation source has no unfinished entry."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QDockWidget, QGroupBox, QLabel, QMenu, QWidget

from app.model import PART_NAMES, Part, Report
from app.numbering import located_sections
from app.resources import resource_path
from app.store import Store
from app.template import Variables, part_guidance
from ui.editor.controller import ReportController
from ui.main import install_rooms
from ui.window import i18n
from ui.window.i18n import install_translations
from ui.window.main_window import LANGUAGES, MainWindow

CJK = re.compile(r"[\u4e00-\u9fff]")
TS_FILE = Path(resource_path("i18n", "chengwen_en.ts"))


@contextmanager
def english_translation() -> Iterator[None]:
    """The English translation installed, then the translators of before put back (other tests
    answer Qt's own buttons by their untranslated text)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before, locale = list(i18n._installed), QLocale()
    assert install_translations(app, "en"), "chengwen_en.qm must load"
    try:
        yield
    finally:
        for translator in i18n._installed:
            app.removeTranslator(translator)
        i18n._installed[:] = before
        for translator in before:
            app.installTranslator(translator)
        QLocale.setDefault(locale)


@pytest.fixture
def english_window(data_dir: Path, qtbot) -> Iterator[MainWindow]:
    """The real main window built while the English translation is installed, a report open."""
    with english_translation():
        yield from _english_window(data_dir, qtbot)


def _english_window(data_dir: Path, qtbot) -> Iterator[MainWindow]:
    store = Store(data_dir)
    try:
        controller = ReportController(store)
        window = MainWindow(controller, store.settings)
        qtbot.addWidget(window)
        window.rooms = install_rooms(window)  # type: ignore[attr-defined]
        controller.new_report(2024, "某某区统计局")
        report = controller.report
        assert report is not None
        controller.select_section(report.sections[0].children[0].id if report.sections[0].children
                                  else report.sections[0].id)
        window.show()
        qtbot.waitExposed(window)
        for dock in window.findChildren(QDockWidget):
            dock.show()      # panels are built on first show
            dock.raise_()
        window.show_find(False)
        QApplication.processEvents()
        yield window
        window.close()
    finally:
        store.close()


def data_texts(report: Report) -> list[str]:
    """What the clerk or the report supplies, or names a language in itself: may be Chinese."""
    texts = [report.title, report.organization, *(s.heading for s in report.all_sections())]
    texts += [text for loc in located_sections(report) for text in (loc.number, loc.marker)]
    # the template's writing guidance is about the Chinese text to write: shown as it is
    variables = Variables(report.year, report.organization)
    texts += [variables.fill(guidance) for guidance in part_guidance().values()]
    texts += [*PART_NAMES.values(), *(p.short_name for p in Part)]
    texts += [name for _code, name in LANGUAGES]
    return sorted((t for t in texts if t), key=len, reverse=True)  # longest first: no partial leftovers


def visible_texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    """(where, text) for every action, menu, dock, button, label and group box of the window."""
    for action in window.findChildren(QAction):
        for kind, text in (("action", action.text()), ("action tip", action.statusTip()),
                           ("action tooltip", action.toolTip()), ("action icon text", action.iconText())):
            yield f"{kind} {action.objectName() or action.text()!r}", text
    for menu in window.findChildren(QMenu):
        yield "menu", menu.title()
        for action in menu.actions():  # actions a menu created for itself (addAction(text))
            yield f"menu {menu.title()!r} action", action.text()
    for action in window.menuBar().actions():
        yield "menu bar", action.text()
    for dock in window.findChildren(QDockWidget):
        yield f"dock {dock.objectName()}", dock.windowTitle()
    for button in window.findChildren(QAbstractButton):
        yield f"button {button.objectName()}", button.text()
        yield f"button tooltip {button.text()!r}", button.toolTip()
    for label in window.findChildren(QLabel):
        yield f"label {label.objectName()}", label.text()
    for box in window.findChildren(QGroupBox):
        yield "group box", box.title()
    for widget in window.findChildren(QWidget):
        placeholder = getattr(widget, "placeholderText", None)
        if callable(placeholder) and not isinstance(widget, QLabel):
            yield f"placeholder {type(widget).__name__} {widget.objectName()}", placeholder()


def untranslated(window: MainWindow) -> list[str]:
    report = window.controller.report
    assert report is not None
    data = data_texts(report)
    found = []
    for where, text in visible_texts(window):
        rest = text
        for value in data:
            rest = rest.replace(value, "")
        if CJK.search(rest):
            found.append(f"{where}: {text!r}")
    return sorted(set(found))


def test_english_window_shows_no_chinese_but_data(english_window: MainWindow) -> None:
    window = english_window
    rooms = window.rooms  # type: ignore[attr-defined]
    assert rooms.checks.checks_panel is not None and rooms.library.phrase_panel is not None
    assert rooms.library.activity_panel is not None and rooms.rollforward.checklist_panel is not None
    assert rooms.library.phrase_dock.windowTitle() == "Phrases"
    assert rooms.checks.checks_dock.objectName() == "dock_检查"  # saved layouts do not depend on the language
    assert untranslated(window) == []


def test_the_check_catches_an_untranslated_string(english_window: MainWindow) -> None:
    english_window.statusBar().addWidget(QLabel("未翻译的文字"))
    assert untranslated(english_window) == ["label : '未翻译的文字'"]


def test_translation_source_has_no_unfinished_entries() -> None:
    root = ET.parse(TS_FILE).getroot()
    messages = [(context.findtext("name"), message) for context in root.iter("context")
                for message in context.iter("message")]
    assert len(messages) > 400
    unfinished = [f"{name}: {message.findtext('source')!r}" for name, message in messages
                  if message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
                  or not (message.findtext("translation") or "").strip()]
    assert unfinished == []


def test_compiled_translation_is_up_to_date() -> None:
    """The .qm has every entry of the .ts (rebuild.py was run after the last translation)."""
    root = ET.parse(TS_FILE).getroot()
    with english_translation():
        missing = [f"{context.findtext('name')}: {message.findtext('source')!r}"
                   for context in root.iter("context") for message in context.iter("message")
                   if message.findtext("translation") and message.find("translation").get("type") is None
                   and QCoreApplication.translate(context.findtext("name"), message.findtext("source"))
                   != message.findtext("translation")]
    assert missing == []
