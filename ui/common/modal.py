"""Modal dialogs that hand the keyboard back: after exec() the main window is active again and the
widget that had focus has it again (QA: shortcuts were dead after a dialog closed until a click)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import isValid


def run_modal(dialog: QDialog, fallback: QWidget) -> int:
    """exec() `dialog`; then focus goes back to whoever had it, else to `fallback`."""
    had_focus = QApplication.focusWidget()
    window = fallback.window()
    result = dialog.exec()
    window.activateWindow()
    usable = (had_focus is not None and isValid(had_focus) and had_focus.isVisible()
              and had_focus.window() is window)
    target = had_focus if usable and had_focus is not None else fallback
    target.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    return result
