"""The window's docks: built lazily on first show, sized once, stacked as tabs by side. A dock the
saved layout brings back open is built only after the window has been shown, one dock per turn of
the event loop: the window appears before any panel queries the library."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

# a dock with this property set closes on Esc (the find bar); every dock hands Esc back to the editor
CLOSE_ON_ESCAPE = "closeOnEscape"

PanelFactory = Callable[[], QWidget]


class _FirstShow(QObject):
    """Calls `shown` once, when the window's own show event comes (its docks are visible by then)."""

    def __init__(self, window: QMainWindow, shown: Callable[[], None]) -> None:
        super().__init__(window)
        self.shown = shown
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.parent():
            watched.removeEventFilter(self)
            self.shown()
        return False


class Docks:
    """Owns the lazy factories and the first-show sizing of the main window's docks."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.window_shown = False
        self._deferred: list[QDockWidget] = []  # open before the window was shown: built after
        self._first_show = _FirstShow(window, self._window_shown)
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
        if dock not in self._factories:
            return
        if not self.window_shown:
            if dock not in self._deferred:
                self._deferred.append(dock)
            return
        dock.setWidget(self._factories.pop(dock)())

    def _window_shown(self) -> None:
        self.window_shown = True
        QTimer.singleShot(0, self.window, self._build_deferred)

    def _build_deferred(self) -> None:
        """One deferred dock per turn of the event loop (the clerk may have closed it meanwhile)."""
        while self._deferred:
            dock = self._deferred.pop(0)
            if dock.isVisible() and dock in self._factories:
                self._build(dock)
                break
        if self._deferred:
            QTimer.singleShot(0, self.window, self._build_deferred)

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
