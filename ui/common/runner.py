"""The one way ui/ runs long work off the GUI thread.

`run_job(parent, title, fn, *args)` runs `fn(*args, job=control)` in a worker thread while the
event loop keeps the window painting, shows a progress dialog once the work takes longer than a
moment (with 取消 when `cancellable`), and returns the result — None when cancelled or failed, the
failure shown once through ui.common.messages. `start_job(owner, fn, *args, on_done=…)` is the
same without a dialog: the result comes back to `on_done` on the GUI thread, unless `owner` has
gone meanwhile.

A job talks to the runner only through its JobControl (`progress(fraction, text)`, `cancelled`),
never through Qt objects, so the same job can later run in a worker process.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from app.errors import UserError
from app.jobs import Job, JobCancelled
from ui.common import messages

T = TypeVar("T")
SHOW_AFTER_MS = 300  # quicker work finishes without a dialog flashing up
POLL_MS = 15
log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by JobControl.check() in a job the clerk cancelled."""


class JobControl:
    """The job's side of the runner: report progress, notice a cancel. Thread-safe."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._progress: tuple[float, str] | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, fraction: float, text: str = "") -> bool:
        """Report how far the job is (0..1); False once cancelled, so a loop can stop on it."""
        with self._lock:
            self._progress = (max(0.0, min(1.0, fraction)), text)
        return not self._cancel.is_set()

    def take_progress(self) -> tuple[float, str] | None:
        with self._lock:
            progress, self._progress = self._progress, None
        return progress


class _Outcome(Generic[T]):
    def __init__(self) -> None:
        self.result: T | None = None
        self.error: BaseException | None = None


def _start(fn: Callable[..., T], args: tuple[Any, ...], control: JobControl) -> tuple[threading.Thread, _Outcome[T]]:
    outcome: _Outcome[T] = _Outcome()

    def work() -> None:
        try:
            outcome.result = fn(*args, job=control)
        except BaseException as exc:  # noqa: BLE001 — handed back to the GUI thread
            outcome.error = exc

    thread = threading.Thread(target=work, name="chengwen-job", daemon=True)
    thread.start()
    return thread, outcome


def show_failure(parent: QWidget | None, title: str, error: BaseException) -> None:
    """A UserError as its own one-line message; anything else as one line too (logged in full)."""
    if isinstance(error, UserError):
        text = str(error)
    else:
        log.error("background job failed", exc_info=error)
        text = QCoreApplication.translate("Runner", "出错：%1").replace("%1", str(error) or type(error).__name__)
    messages.warn(parent, title, text)


def _progress_dialog(parent: QWidget | None, title: str, label: str, cancellable: bool,
                     cancel: Callable[[], object]) -> tuple[QProgressDialog, QTimer]:
    """The busy dialog of a job (0..0: a busy indicator until the job reports progress), shown by
    the returned timer after a moment: QProgressDialog's own minimumDuration only counts from
    setValue(), which a busy indicator never gets (QA: the dialog never showed)."""
    dialog = QProgressDialog(label or title, QCoreApplication.translate("Runner", "取消") if cancellable else "",
                             0, 0, parent)
    dialog.setWindowTitle(title)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(cancel)
    shower = QTimer()
    shower.setSingleShot(True)
    shower.timeout.connect(dialog.show)
    shower.start(SHOW_AFTER_MS)
    return dialog, shower


def run_job(parent: QWidget | None, title: str, fn: Callable[..., T], *args: Any, cancellable: bool = True,
            label: str = "", on_error: Callable[[BaseException], None] | None = None,
            on_dialog: Callable[[QProgressDialog], None] | None = None) -> T | None:
    """Run `fn(*args, job=control)` off the GUI thread behind a progress dialog; see the module."""
    control = JobControl()
    dialog, shower = _progress_dialog(parent, title, label, cancellable, control.cancel)
    if on_dialog is not None:
        on_dialog(dialog)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    thread, outcome = _start(fn, args, control)
    loop = QEventLoop()
    poll = QTimer()

    def look() -> None:
        if dialog.wasCanceled():
            control.cancel()
        progress = control.take_progress()
        if progress is not None:
            dialog.setMaximum(1000)
            dialog.setValue(int(progress[0] * 1000))
            if progress[1]:
                dialog.setLabelText(progress[1])
        if not thread.is_alive():
            loop.quit()

    poll.timeout.connect(look)
    poll.start(POLL_MS)
    try:
        if thread.is_alive():
            loop.exec()
        thread.join()
    finally:
        QApplication.restoreOverrideCursor()
        poll.stop()
        shower.stop()
        dialog.canceled.disconnect(control.cancel)  # closing a QProgressDialog emits canceled
        dialog.close()
        dialog.deleteLater()
    if control.cancelled or isinstance(outcome.error, Cancelled):
        return None
    if outcome.error is not None:
        if on_error is not None:
            on_error(outcome.error)
        else:
            show_failure(parent, title, outcome.error)
        return None
    return outcome.result


def start_job(owner: QObject, fn: Callable[..., T], *args: Any, on_done: Callable[[T], object],
              on_error: Callable[[BaseException], object]) -> JobControl:
    """Run `fn(*args, job=control)` off the GUI thread without a dialog; `on_done(result)` or
    `on_error(exception)` is called on the GUI thread — not at all if `owner` was deleted first."""
    control = JobControl()
    thread, outcome = _start(fn, args, control)
    poll = QTimer(owner)  # goes with its owner: a late result then finds nobody to call

    def look() -> None:
        if thread.is_alive():
            return
        poll.stop()
        poll.deleteLater()
        if outcome.error is not None:
            on_error(outcome.error)
        else:
            on_done(outcome.result)  # type: ignore[arg-type]  # no error: fn returned a T

    poll.timeout.connect(look)
    poll.start(POLL_MS)
    return control


# --- the process variant -----------------------------------------------------------------------
# CPU-heavy work (a PDF export, a whole layout, a large import) in a worker PROCESS through
# app.jobs: a thread would hold the interpreter lock and stall the window for 70–290 ms at a time.
# The function must be importable (module level) and take and return plain data; it reports
# through `progress(done, total)`. A cancel terminates the process; so does quitting the program.
_running: set[ProcessControl] = set()
_quit_hooked = False


class ProcessControl:
    """The JobControl of a job in a worker process: `cancel()` ends the process itself.

    The process is started from a helper thread: starting writes the pickled arguments into a pipe
    that the new interpreter reads only once it is up, which held the GUI thread for ~100 ms."""

    def __init__(self, job: Job[Any]) -> None:
        self.job = job
        self.pid: int | None = None  # kept: the process object is closed once the job is over
        self.start_error: BaseException | None = None
        self._cancelled = False
        self._starter = threading.Thread(target=self._start, name="chengwen-job-start", daemon=True)
        self._starter.start()

    def _start(self) -> None:
        try:
            self.job.start()
            self.pid = self.job.pid
        except BaseException as exc:  # noqa: BLE001 — an unpicklable argument, no processes left…
            self.start_error = exc

    @property
    def started(self) -> bool:
        return not self._starter.is_alive()

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        self._cancelled = True
        self._starter.join()
        if self.start_error is None:
            self.job.cancel()
        _running.discard(self)

    def poll(self) -> bool:
        """True once the job is over (never blocks; a finished Job is not polled again)."""
        if not self.started:
            return False
        return self.start_error is not None or self.job.done or self.job.poll()

    def take_progress(self) -> tuple[float, str] | None:
        if self.job.progress is None:
            return None
        done, total = self.job.progress
        return (done / total if total > 0 else 0.0, "")


def end_all_jobs() -> None:
    """Terminate every worker process still running (the program is quitting)."""
    for control in list(_running):
        control.cancel()
    _running.clear()


def _start_process(target: Callable[..., T], args: tuple[Any, ...]) -> ProcessControl:
    global _quit_hooked
    app = QCoreApplication.instance()
    if app is not None and not _quit_hooked:
        app.aboutToQuit.connect(end_all_jobs)
        _quit_hooked = True
    control = ProcessControl(Job(target, *args))
    _running.add(control)
    return control


def _outcome(control: ProcessControl) -> tuple[Any, BaseException | None]:
    _running.discard(control)
    if control.start_error is not None:
        return None, control.start_error
    try:
        return control.job.result(), None
    except BaseException as exc:  # noqa: BLE001 — JobCancelled/JobFailed/JobTimedOut, handed to the caller
        return None, exc


def run_process_job(parent: QWidget | None, title: str, target: Callable[..., T], *args: Any,
                    cancellable: bool = True, label: str = "",
                    on_error: Callable[[BaseException], None] | None = None,
                    on_start: Callable[[ProcessControl], None] | None = None,
                    on_dialog: Callable[[QProgressDialog], None] | None = None) -> T | None:
    """`run_job` for a function run in a worker process (`target(*args, progress=…)`): the same
    progress dialog and 取消, which here terminates the process. None when cancelled or failed.
    `on_start` is given the job's control (its process id) as it starts."""
    control = _start_process(target, args)
    if on_start is not None:
        on_start(control)
    dialog, shower = _progress_dialog(parent, title, label, cancellable, control.cancel)
    if on_dialog is not None:
        on_dialog(dialog)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    loop = QEventLoop()
    poll = QTimer()

    def look() -> None:
        if dialog.wasCanceled() and not control.cancelled:  # QProgressDialog.cancel() emits nothing
            control.cancel()
        # a finished Job must not be polled again (its process object is closed)
        if control.cancelled or control.poll():
            loop.quit()
            return
        progress = control.take_progress()
        if progress is not None:
            dialog.setMaximum(1000)
            dialog.setValue(int(progress[0] * 1000))

    poll.timeout.connect(look)
    poll.start(POLL_MS)
    try:
        if not control.poll():
            loop.exec()
        if not control.poll() and not control.cancelled:  # the event loop ended before the job: the program is quitting
            control.cancel()
    finally:
        QApplication.restoreOverrideCursor()
        poll.stop()
        shower.stop()
        dialog.canceled.disconnect(control.cancel)
        dialog.close()
        dialog.deleteLater()
    result, error = _outcome(control)
    if control.cancelled or isinstance(error, JobCancelled):
        return None
    if error is not None:
        if on_error is not None:
            on_error(error)
        else:
            show_failure(parent, title, error)
        return None
    return result


def start_process_job(owner: QObject, target: Callable[..., T], *args: Any, on_done: Callable[[T], object],
                      on_error: Callable[[BaseException], object]) -> ProcessControl:
    """`start_job` for a function run in a worker process: no dialog; `on_done(result)` or
    `on_error(exception)` on the GUI thread, not at all when cancelled or when `owner` has gone
    (its process is then ended)."""
    control = _start_process(target, args)
    poll = QTimer(owner)

    def look() -> None:
        if control.cancelled:
            poll.stop()
            poll.deleteLater()
            return
        if not control.poll():
            return
        poll.stop()
        poll.deleteLater()
        result, error = _outcome(control)
        if isinstance(error, JobCancelled):
            return
        if error is not None:
            on_error(error)
        else:
            on_done(result)

    def gone(*_args: object) -> None:
        if not control.cancelled and not (control.started and control.poll()):
            control.cancel()

    poll.timeout.connect(look)
    poll.destroyed.connect(gone)
    poll.start(POLL_MS)
    return control
