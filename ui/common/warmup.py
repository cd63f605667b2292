"""After start-up, in idle moments: the modules the rooms name (the 检查 panel's ~15 ms, the print
preview's layout, pagination and page drawing ~30 ms) imported one module at a time, so that the
first opening of the dock or the preview does not pay for them in the event that opens it; then
the objects start-up made are frozen for Python's garbage collector (gc.freeze): its full
collections scanned the ~240,000 of them each time, 40-60 ms on the GUI thread at random moments —
while paging through the preview, 54-80 ms (issue 15: no GUI-thread gap over 50 ms). What is made
later is collected as before."""

from __future__ import annotations

import gc
import importlib
import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)
START_MS = 3000  # after the start-up and the first look around
STEP_MS = 50     # between two imports: the window handles its events in between


def warm_up_later(owner: QObject, modules: Sequence[str]) -> QTimer:
    """Start importing `modules` START_MS from now, then freeze; returns the timer (it ends itself)."""
    pending = list(modules)
    timer = QTimer(owner)
    timer.setInterval(STEP_MS)

    def step() -> None:
        if not pending:
            timer.stop()
            gc.freeze()
            return
        name = pending.pop(0)
        try:
            importlib.import_module(name)
        except ImportError:  # the room itself will say what is wrong, when asked for
            log.exception("warming up %s failed", name)
            pending.clear()

    timer.timeout.connect(step)
    QTimer.singleShot(START_MS, timer, timer.start)
    return timer
