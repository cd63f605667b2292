"""The Qt side of the checks' worker process (app.check_worker): one per window, used by the 检查
panel as the clerk types and by 运行检查. `check(...)` sends the worker what changed since its last
run and returns at once; the findings come back through `finished` on the GUI thread. A worker
that died (killed, crashed) is replaced on the next need — at once when a run was under way — and
given the whole report again. `stop()` ends it; the window calls it when it closes, and the
program's end does too."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.check_worker import CheckContext, CheckWorker, RunOptions, section_patch
from app.model import Report

log = logging.getLogger(__name__)
POLL_MS = 15
RESTARTS_PER_RUN = 2  # a run that kills its worker more often than this (a crash in the checks) is given up


class CheckService(QObject):
    finished = Signal(int, object)  # generation, list[Finding]
    failed = Signal(int, str)       # generation, a one-line message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = CheckWorker()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._report: Report | None = None     # the report the worker holds a copy of
        self._context: CheckContext | None = None
        self._waiting: tuple[int, RunOptions] | None = None  # the newest run asked for
        self._restarts = 0  # workers started again for the run waited for
        self.last_pid: int | None = None       # the process the last findings came from (tests)
        self.last_run_ms = 0.0                 # the worker's time for the last run
        self.sent_sections = 0                 # sections sent as changes, not as a whole report (tests)
        self.sent_reports = 0                  # whole reports sent (tests)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def busy(self) -> bool:
        return self._waiting is not None

    def check(self, generation: int, report: Report, changed: Iterable[int] | None, context: CheckContext,
              options: RunOptions) -> None:
        """Run the checks over `report` in the worker. `changed`: the ids of the sections edited since
        the last call for this report (their text only), or None when more changed (send it whole)."""
        if self.worker.ensure_started():
            self._report = self._context = None
        if report is not self._report or changed is None:
            self.worker.send(("report", report))
            self._report = report
            self.sent_reports += 1
        else:
            ids = set(changed)
            patches = [section_patch(s) for s in report.all_sections() if s.id in ids] if ids else []
            if patches:
                self.worker.send(("sections", patches))
                self.sent_sections += len(patches)
        if context != self._context:
            self.worker.send(("context", context))
            self._context = context
        self.worker.send(("run", generation, options))
        if self._waiting is None or self._waiting[0] != generation:
            self._restarts = 0
        self._waiting = (generation, options)
        self._timer.start()

    def _poll(self) -> None:
        for reply in self.worker.replies():
            kind, generation = reply[0], reply[1]
            waiting = self._waiting
            if waiting is not None and generation == waiting[0]:
                self._waiting = None
            if kind == "findings":
                self.last_pid, self.last_run_ms = reply[3], reply[4]
                self.finished.emit(generation, reply[2])
            elif kind == "stale" and waiting is not None and generation == waiting[0]:
                self._resend(*waiting)  # the worker's copy fell behind (a section it never saw)
            elif kind == "error":
                self.failed.emit(generation, reply[2])
        if self._waiting is not None and not self.worker.alive:
            generation = self._waiting[0]
            self._restarts += 1
            if self._restarts > RESTARTS_PER_RUN:
                log.error("the check worker ended %s times on one run: giving up", self._restarts)
                self._waiting = None
                self.failed.emit(generation, QCoreApplication.translate(
                    "CheckService", "检查进程意外结束（the checks' worker process ended unexpectedly）"))
            else:
                log.warning("the check worker ended during a run: starting another")
                self._resend(*self._waiting)
        if self._waiting is None:
            self._timer.stop()

    def _resend(self, generation: int, options: RunOptions) -> None:
        report, context = self._report, self._context
        if report is None or context is None:
            self._waiting = None
            return
        self._report = None
        self.check(generation, report, None, context, options)

    def stop(self) -> None:
        """End the worker (the window closes): nothing more comes back."""
        self._timer.stop()
        self._waiting = None
        self._report = self._context = None
        self.worker.stop()


def context_of(last_year: Report | None, inputs: dict[str, Any]) -> CheckContext:
    """The context a run needs from the checks' inputs: a `ledger_file` entry names the library file
    the worker reads the ledger's figures from (read there, not on the GUI thread)."""
    inputs = dict(inputs)
    ledger_file = inputs.pop("ledger_file", None)
    return CheckContext(last_year=last_year, inputs=inputs, ledger_file=ledger_file)
