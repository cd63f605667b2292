"""Autosave: a single-shot timer restarted on every edit, so pending text reaches the database
within a second of the last keystroke without a write per keystroke — and a deadline, so that a
clerk who types without pausing still has everything older than a second saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

DELAY_MS = 500      # well under the 1 s promise, long enough to batch a burst of typing
DEADLINE_MS = 1000  # the longest an edit waits, however fast the typing goes on


class Autosaver(QObject):
    """Calls `save` once typing pauses for `delay_ms`, or `deadline_ms` after the first unsaved
    edit at the latest; `save_now()` for section switches and close."""

    def __init__(self, save: Callable[[], None], delay_ms: int = DELAY_MS, parent: QObject | None = None,
                 deadline_ms: int = DEADLINE_MS) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = self._single_shot(delay_ms)
        self._deadline = self._single_shot(deadline_ms)

    def _single_shot(self, interval: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(self.save_now)
        return timer

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def touched(self) -> None:
        """An edit happened: (re)start the pause countdown; the deadline runs from the first edit."""
        self._timer.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def save_now(self) -> None:
        self._timer.stop()
        self._deadline.stop()
        self._save()
