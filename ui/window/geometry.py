"""The main window's size, dock layout and splitter, kept in the settings between starts."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import QMainWindow, QSplitter

from app.store.settings import Settings


def _encode(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode()


def _decode(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode())


def first_size(window: QMainWindow) -> QSize:
    """On the first start: most of the screen (the editor, the tree and a side panel need room)."""
    screen = window.screen().availableGeometry() if window.screen() is not None else None
    if screen is None or screen.width() < 1280:
        return QSize(1280, 800)
    return QSize(max(1280, int(screen.width() * 0.9)), max(800, int(screen.height() * 0.9)))


def restore_geometry(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    geometry = settings.window_geometry
    if geometry:
        window.restoreGeometry(_decode(geometry))
    else:
        window.resize(first_size(window))
    restore_state(window, settings)
    state = settings.splitter_state
    if state:
        splitter.restoreState(_decode(state))


def restore_state(window: QMainWindow, settings: Settings) -> None:
    """The docks' places and visibility (again once every dock exists)."""
    state = settings.window_state
    if state:
        window.restoreState(_decode(state))


def save_geometry(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    settings.window_geometry = _encode(window.saveGeometry())
    settings.window_state = _encode(window.saveState())
    settings.splitter_state = _encode(splitter.saveState())
