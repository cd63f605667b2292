"""Autosave: a single-shot timer restarted on every edit, so pending text reaches the database
within a second of the last keystroke without a write per keystroke."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

DELAY_MS = 500  # well under the 1 s promise, long enough to batch a burst of typing


class Autosaver(QObject):
    """Calls `save` once typing pauses for `delay_ms`; `save_now()` for section switches and close."""

    def __init__(self, save: Callable[[], None], delay_ms: int = DELAY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._save)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def touched(self) -> None:
        """An edit happened: (re)start the countdown."""
        self._timer.start()

    def save_now(self) -> None:
        self._timer.stop()
        self._save()
