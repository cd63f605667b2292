"""What every room of the window shares: the window, its controller and store, and a hook run
whenever a report opens (to enable or disable the room's actions)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.window.main_window import MainWindow


class Room(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.store = window.controller.store
        self.controller.reportOpened.connect(self.update_enabled)

    def update_enabled(self) -> None:
        """Enable the room's actions for the report now open (none by default)."""
