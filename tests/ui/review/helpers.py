"""Driving the review room's modal dialogs from a test: act on the dialog of a given kind once it
is the active modal widget (a progress dialog of the runner may come first)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

W = TypeVar("W", bound=QWidget)


def when_modal(kind: type[W], act: Callable[[W], None], *, timeout_ms: int = 30000) -> list[W]:
    """Call `act(dialog)` on the next modal widget of `kind`; the returned list receives it."""
    seen: list[W] = []
    waited = [0]

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            seen.append(widget)
            act(widget)
            return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen
