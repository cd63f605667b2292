"""The window around the rooms: its shortcuts win over text fields, docks come back, the keys list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.datafiles import report_file

XIQING = report_file("xiqing-tongji-2024.txt")
NANYANG = report_file("nanyang-tongji-2024.txt")


def test_window_shortcuts_win_over_a_text_fields_own_bindings(report_window, qtbot, monkeypatch) -> None:
    """On X11 a line edit claims Ctrl+E/Ctrl+K for Emacs-style editing; the window's actions must win."""
    from PySide6.QtCore import QEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    class GreedyLineEdit(QLineEdit):  # behaves like QLineEdit under the X11 key bindings
        def event(self, event: QEvent) -> bool:
            if event.type() == QEvent.Type.ShortcutOverride and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                event.accept()
                return True
            return super().event(event)

    exported = []
    monkeypatch.setattr(report_window.rooms.output, "export", lambda kind: exported.append(kind))
    field = GreedyLineEdit(report_window.window)
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    QTest.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert exported == ["docx"]
    QTest.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # copy stays with the field
    assert exported == ["docx"]


def test_docks_come_back_where_the_clerk_left_them(report_window, qtbot) -> None:
    rooms = report_window.rooms
    rooms.checks.checks_dock.toggleViewAction().trigger()
    rooms.library.focus_library("phrases")
    assert rooms.checks.checks_dock.isVisible() and rooms.library.phrase_dock.isVisible()
    # side panels share one column: the editor keeps most of the width
    assert report_window.editor.width() > report_window.window.width() // 3
    report_window.rebuild()
    rooms = report_window.rooms
    qtbot.waitUntil(lambda: rooms.checks.checks_dock.isVisible() and rooms.library.phrase_dock.isVisible(), timeout=2000)
    assert not rooms.library.activity_dock.isVisible() or report_window.window.tabifiedDockWidgets(rooms.library.activity_dock)


def test_the_keys_list_names_every_shortcut(report_window, monkeypatch) -> None:
    from ui.window.keys_dialog import KeysDialog

    monkeypatch.setattr(KeysDialog, "exec", lambda self: 0)
    rows = dict(report_window.window.show_keys().rows())
    assert rows["导出为 Word"] == "Ctrl+E"
    assert rows["搜索常用语"] == "Ctrl+K"
    assert rows["运行检查"] == "F8"
    assert "Ctrl+F" in rows["查找"]
