"""Named places in the window's menus and toolbar that the rooms fill: a slot is an invisible
marker; what a room adds goes just before it, so a slot fills in the order of adding and nothing
is ever inserted by index."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar


class Slot:
    def __init__(self, name: str, container: QMenu | QToolBar) -> None:
        self.name = name
        self.container = container
        self.marker = QAction(container)
        self.marker.setObjectName(f"slot_{name}")
        self.marker.setVisible(False)
        container.addAction(self.marker)
        self._added: list[QAction] = []

    def add(self, *actions: QAction) -> None:
        self.container.insertActions(self.marker, list(actions))
        self._added += actions

    def add_menu(self, menu: QMenu) -> None:
        self.add(menu.menuAction())

    def add_separator(self) -> None:
        separator = QAction(self.container)
        separator.setSeparator(True)
        self.add(separator)

    def contents(self) -> list[QAction]:
        """What the rooms put here, in the order they stand in the menu or toolbar."""
        return self._added.copy()
