"""Driving the review room's modal dialogs from a test: act on the dialog of a given kind once it
is the active modal widget (a progress dialog of the runner may come first)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

W = TypeVar("W", bound=QWidget)


class Watch(list[W]):
    """The dialogs acted on; stop() ends the watching (a watcher left running would act on the
    next test's dialog)."""

    stopped = False

    def stop(self) -> None:
        self.stopped = True


WATCHING: list[Watch] = []  # stopped after each test (tests/ui/review/conftest.py)


def stop_watching() -> None:
    while WATCHING:
        WATCHING.pop().stop()


def when_modal(kind: type[W], act: Callable[[W], None], *, timeout_ms: int = 30000) -> Watch[W]:
    """Call `act(dialog)` on the next modal widget of `kind`; the returned list receives it."""
    seen: Watch[W] = Watch()
    WATCHING.append(seen)
    waited = [0]

    def poll() -> None:
        if seen.stopped:
            return
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
