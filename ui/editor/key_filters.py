"""Key and focus filters of the section editor's text widgets."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

_APP_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class LeaveUndoToTheWindow(QObject):
    """Lets Ctrl+Z / Ctrl+Y go to the window's undo actions instead of the widget's own undo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if any(event.matches(key) for key in _APP_KEYS):
                event.ignore()
                return True
        return False


class CursorAtEndOnTab(QObject):
    """Tabbing into the heading line puts the cursor at its end instead of selecting the whole
    heading, which the first key typed would replace (QA)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit) and isinstance(event, QFocusEvent) \
                and event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            QTimer.singleShot(0, lambda: watched.end(False))  # after QLineEdit's own select-all
        return False
