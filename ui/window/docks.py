"""The window's docks: built lazily on first show, sized once, stacked as tabs by side."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

# a dock with this property set closes on Esc (the find bar); every dock hands Esc back to the editor
CLOSE_ON_ESCAPE = "closeOnEscape"

PanelFactory = Callable[[], QWidget]


class Docks:
    """Owns the lazy factories and the first-show sizing of the main window's docks."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self._factories: dict[QDockWidget, PanelFactory] = {}
        self._sized: set[str] = set()
        self._tab_groups: dict[str, QDockWidget] = {}

    def make(self, widget: QWidget | PanelFactory, title: str, area: Qt.DockWidgetArea, name: str,
             tab_group: str | None) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName("dock_" + name)
        self.window.addDockWidget(area, dock)
        if callable(widget) and not isinstance(widget, QWidget):
            self._factories[dock] = widget
            dock.visibilityChanged.connect(lambda visible, d=dock: self._build(d) if visible else None)
        else:
            dock.setWidget(widget)
        dock.hide()
        if tab_group is not None:
            # one column on a side: its panels share it as tabs instead of squeezing the editor
            if tab_group in self._tab_groups:
                self.window.tabifyDockWidget(self._tab_groups[tab_group], dock)
            self._tab_groups[tab_group] = dock
        # every dock, grouped or not, opens at a useful size (the find bar came up as a thin strip)
        dock.visibilityChanged.connect(lambda visible, d=dock: self._size(d) if visible else None)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), dock, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(lambda d=dock: self._escape(d))
        return dock

    def _escape(self, dock: QDockWidget) -> None:
        """Esc anywhere in a dock: back to writing (and the find bar closes)."""
        if dock.property(CLOSE_ON_ESCAPE):
            dock.hide()
        editor = self.window.findChild(QWidget, "bodyEdit")
        (editor or self.window).setFocus()

    def _build(self, dock: QDockWidget) -> None:
        factory = self._factories.pop(dock, None)
        if factory is not None:
            dock.setWidget(factory())

    def keep_restored_sizes(self) -> None:
        """Docks the saved layout brought back keep the clerk's own size."""
        for dock in self.window.findChildren(QDockWidget):
            if not dock.isHidden():
                self._sized.add(dock.objectName())

    def _size(self, dock: QDockWidget) -> None:
        """The first time a dock shows: a side panel takes about a quarter of the window, a bottom
        panel a third of its height (the checks list shows a dozen rows), never so much that the
        editor gets cramped."""
        if dock.objectName() in self._sized:
            return
        self._sized.add(dock.objectName())
        window = self.window
        if window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea:
            window.resizeDocks([dock], [max(260, window.height() // 3)], Qt.Orientation.Vertical)
        else:
            window.resizeDocks([dock], [max(320, min(460, window.width() // 4))], Qt.Orientation.Horizontal)
