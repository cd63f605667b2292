"""The whole report's character count for the status bar, counted in small slices after a report
opens: counting a 300-page report at once would hold the window up at start-up. Each slice
counts sections for a few milliseconds (filling the controller's per-section cache) and yields to
the event loop; once every section is counted the total is a sum of cached counts."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from app.model import Section
from ui.editor.controller import ReportController

SLICE_S = 0.004  # counting per turn of the event loop: far below a frame


class ReportTotal(QObject):
    """`ready` once every section of the open report is counted; `on_ready` is called then."""

    def __init__(self, controller: ReportController, on_ready: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.on_ready = on_ready
        self.ready = False
        self.slices = 0  # turns of the event loop the counting took (tests)
        self._pending: list[Section] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._count_slice)
        controller.reportOpened.connect(self.restart)
        self.restart()

    def restart(self) -> None:
        """Count the report now open, from the start, in slices (nothing when none is open)."""
        report = self.controller.report
        self._pending = list(reversed(report.all_sections())) if report is not None else []
        self.slices = 0
        self.ready = report is None
        if self.ready:
            self._timer.stop()
        else:
            self._timer.start()

    def _count_slice(self) -> None:
        self.slices += 1
        deadline = time.perf_counter() + SLICE_S
        while self._pending:  # at least one section a slice, however slow the machine
            section = self._pending.pop()
            if self.controller.contains(section):  # an edit may have removed it meanwhile
                self.controller.section_counts(section)
            if time.perf_counter() >= deadline:
                break
        if not self._pending:
            self._timer.stop()
            self.ready = True
            self.on_ready()
