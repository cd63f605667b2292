"""The window's own shortcuts win over a text field's private key bindings.

On Linux desktops (X11, and the Kylin/UOS systems many offices use) QLineEdit and QPlainTextEdit
take Ctrl+E, Ctrl+K, Ctrl+H… for Emacs-style editing, so 导出为 Word, 搜索常用语 and 替换 did
nothing while the cursor was in a text field. Standard editing keys (undo, copy, paste, select
all, deleting and moving the cursor) stay with the field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QMainWindow, QPlainTextEdit, QTextEdit

_EDITING = [getattr(QKeySequence.StandardKey, name) for name in (
    "Undo", "Redo", "Copy", "Cut", "Paste", "SelectAll", "Delete", "Backspace", "DeleteStartOfWord",
    "DeleteEndOfWord", "MoveToNextChar", "MoveToPreviousChar", "MoveToNextWord", "MoveToPreviousWord",
    "MoveToStartOfLine", "MoveToEndOfLine", "MoveToStartOfDocument", "MoveToEndOfDocument",
    "SelectNextChar", "SelectPreviousChar", "SelectNextWord", "SelectPreviousWord", "SelectStartOfLine",
    "SelectEndOfLine", "SelectStartOfDocument", "SelectEndOfDocument", "InsertParagraphSeparator",
    "InsertLineSeparator", "MoveToNextLine", "MoveToPreviousLine", "SelectNextLine", "SelectPreviousLine")]
_TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
_MODIFIED = {"Ctrl", "Alt", "Meta"}


class ShortcutPriority(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _window_shortcuts(self) -> set[str]:
        keys: set[str] = set()
        for action in self.window.findChildren(QAction):
            for sequence in action.shortcuts():
                text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
                if text and (_MODIFIED & set(text.split("+")) or text.startswith("F")):
                    keys.add(text)
        return keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, _TEXT_FIELDS) or watched.window() is not self.window:
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier and not Qt.Key.Key_F1 <= event.key() <= Qt.Key.Key_F35:
            return False  # plain typing: nothing to look up
        if any(event.matches(key) for key in _EDITING):
            return False
        pressed = QKeySequence(event.keyCombination()).toString(QKeySequence.SequenceFormat.PortableText)
        # filtered without being accepted: Qt goes on to the window's shortcut
        return pressed in self._window_shortcuts()


def install_shortcut_priority(window: QMainWindow) -> ShortcutPriority:
    priority = ShortcutPriority(window)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(priority)  # Qt drops the filter when the window (its parent) goes
    return priority
