"""GUI fixtures: a real main window over a real store in a temporary data directory, and a helper
that answers modal message boxes the way a clerk would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from app.store import Store
from ui.editor.controller import ReportController
from ui.window.main_window import MainWindow


class Window:
    """A main window with its store and controller; `rebuild()` closes everything and starts
    again on the same data directory, as the next start of the program would."""

    def __init__(self, directory: Path, qtbot) -> None:
        self.directory = directory
        self.qtbot = qtbot
        self.store: Store | None = None
        self.open()

    def open(self) -> None:
        from ui.main import install_rooms, reopen_last

        self.store = Store(self.directory, make_backup=True)
        self.controller = ReportController(self.store)
        self.window = MainWindow(self.controller, self.store.settings)
        self.rooms = install_rooms(self.window)
        self.qtbot.addWidget(self.window)
        reopen_last(self.controller)
        self.window.show()
        self.qtbot.waitExposed(self.window)
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window, timeout=2000)

    def close(self) -> None:
        if self.store is not None:
            self.window.close()
            self.store.close()
            self.store = None

    def rebuild(self) -> None:
        self.close()
        self.open()

    @property
    def tree(self):
        return self.window.tree

    @property
    def editor(self):
        return self.window.editor


@pytest.fixture
def app_window(data_dir: Path, qtbot) -> Iterator[Window]:
    window = Window(data_dir, qtbot)
    yield window
    window.close()


@pytest.fixture
def report_window(app_window: Window) -> Window:
    """A window with a new five-part report for 2024 open."""
    app_window.controller.new_report(2024, "某某区统计局")
    return app_window


def answer_box(choose: str | Callable[[QWidget], None], *, timeout_ms: int = 5000) -> list[str]:
    """Answer the next modal dialog: click the button whose text or object name is `choose`, or
    call `choose(dialog)`. Returns a list that receives the dialog's text (for assertions)."""
    seen: list[str] = []
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        # a busy dialog (a long export under load) comes before the box to answer: wait it out
        if dialog is None or isinstance(dialog, QProgressDialog):
            waited[0] += 20
            if waited[0] < timeout_ms:
                QTimer.singleShot(20, poll)
            return
        if isinstance(dialog, QMessageBox):
            seen.append(dialog.text() + "\n" + dialog.informativeText())
        else:
            seen.append(dialog.windowTitle())
        if callable(choose):
            choose(dialog)
            return
        for button in dialog.findChildren(QAbstractButton):
            if button.text().replace("&", "") == choose or button.objectName() == choose:
                button.click()
                return
        if isinstance(dialog, QDialog):
            dialog.reject()  # not the box the test waits for: fail, never hang in its event loop
        raise AssertionError(f"no button {choose!r} in {dialog!r}")

    QTimer.singleShot(0, poll)
    return seen


def type_text(widget: QWidget, text: str) -> None:
    """Type text as key events with the characters as their text (safe for Chinese)."""
    plain = Qt.KeyboardModifier.NoModifier
    for char in text:
        if char == "\n":
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"))
            continue
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, plain, char))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, 0, plain, char))
