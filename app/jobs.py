"""CPU-heavy work in a worker PROCESS, so that the window never stalls (issue 15).

A Python thread competes with the GUI thread for the interpreter lock: a PDF export in a thread
still froze the window for 70–290 ms at a time. A `Job` runs a plain function in a fresh process
('spawn': the same on every platform and inside a PyInstaller bundle, whose entry point calls
`multiprocessing.freeze_support()`); the arguments and the result travel as pickled plain data,
progress comes through a queue, and cancelling or a timeout terminates the process for real.
A failure comes back as the text of a `UserError`, never as a traceback.

The worker opens no store (the data directory stays locked by the program): give it the report
as data and take the result back. The jobs the program runs this way are at the end of the file.

    job = Job(paginate_job, report, None, 600.0, timeout=60).start()
    ...  # a GUI timer calls job.poll(); job.progress is (done, total)
    pages = job.result()
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import multiprocessing
import pickle
import queue
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Generic, TypeVar

from app.errors import UserError

log = logging.getLogger(__name__)
T = TypeVar("T")
Progress = Callable[[int, int], bool]
_CONTEXT = multiprocessing.get_context("spawn")
_KILL_WAIT_S = 0.5  # after terminate, how long before kill


class JobCancelled(UserError):
    pass


class JobTimedOut(UserError):
    pass


class JobFailed(UserError):
    """The worker raised: the message is its text (a UserError's own words, or a short report)."""


def _work(target: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], messages: Any) -> None:
    """The worker process: run `target(*args, progress=…, **kwargs)` and send back one outcome."""
    def progress(done: int, total: int) -> bool:
        messages.put(("progress", (int(done), int(total))))
        return True

    try:
        result = target(*args, progress=progress, **kwargs)
        payload = pickle.dumps(result)  # here, so that an unpicklable result is reported, not lost
    except UserError as error:
        messages.put(("error", str(error)))
    except BaseException as error:  # everything must come back as a message
        logging.getLogger(__name__).exception("job %s failed", getattr(target, "__name__", target))
        messages.put(("error", f"后台任务出错：{type(error).__name__}: {error}（background job failed）"))
    else:
        messages.put(("result", payload))


class Job(Generic[T]):
    """One function run in a worker process. `poll()` never blocks (call it from a timer);
    `wait()` blocks; `cancel()` ends the process within a second."""

    def __init__(self, target: Callable[..., T], *args: Any, timeout: float | None = None,
                 on_progress: Callable[[int, int], None] | None = None, **kwargs: Any) -> None:
        self.name = getattr(target, "__name__", "job")
        self.timeout = timeout
        self.on_progress = on_progress
        self.progress: tuple[int, int] | None = None
        self._messages = _CONTEXT.Queue()
        self._process = _CONTEXT.Process(target=_work, args=(target, args, kwargs, self._messages),
                                         name=f"chengwen-{self.name}", daemon=True)
        self._deadline: float | None = None
        self._outcome: tuple[str, Any] | None = None
        self._finished = False  # the process and the pipe are closed

    # --- running -------------------------------------------------------------------------------
    def start(self) -> Job[T]:
        self._process.start()
        if self.timeout is not None:
            self._deadline = time.monotonic() + self.timeout
        log.debug("job %s started in process %s", self.name, self._process.pid)
        return self

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def is_alive(self) -> bool:
        return self._process.is_alive()

    @property
    def done(self) -> bool:
        return self._outcome is not None

    def poll(self) -> bool:
        """Take in the messages waiting (progress, the outcome); True once the job is over. Asking
        again after that is harmless (the process is closed by then)."""
        if self._finished:
            return True
        if self._outcome is None:
            self._drain(0.0)
        if self._outcome is None and self._deadline is not None and time.monotonic() >= self._deadline:
            self._stop()
            self._outcome = ("timeout", None)
        if self._outcome is None and not self._process.is_alive():
            self._drain(0.2)  # the last message may still be on its way through the pipe
            if self._outcome is None:
                self._outcome = ("error", f"后台进程意外结束（exit code {self._process.exitcode}）"
                                          "（the worker process ended without a result）")
        if self._outcome is not None:
            self._finish()
        return self._outcome is not None

    def wait(self, timeout: float | None = None) -> T:
        """Block until the job is over (or `timeout` seconds, then cancel it); its result."""
        give_up = None if timeout is None else time.monotonic() + timeout
        while not self.poll():
            if give_up is not None and time.monotonic() >= give_up:
                self._stop()
                self._outcome = ("timeout", None)
                self._finish()
                break
            self._drain(0.05)
        return self.result()

    def cancel(self) -> None:
        """Terminate the worker process now (nothing of its work is kept)."""
        if self._outcome is None:
            self._stop()
            self._outcome = ("cancelled", None)
            self._finish()

    def result(self) -> T:
        """The value the function returned; JobCancelled, JobTimedOut or JobFailed otherwise."""
        if self._outcome is None:
            raise UserError("后台任务尚未完成（the job is still running）")
        kind, value = self._outcome
        if kind == "result":
            # Unpickling 10,000 records allocates so many objects that the cyclic collector ran
            # again and again: 30–70 ms instead of 25 ms on the GUI thread. Nothing here is cyclic garbage.
            collecting = gc.isenabled()
            gc.disable()
            try:
                result: T = pickle.loads(value)
            finally:
                if collecting:
                    gc.enable()
            return result
        if kind == "cancelled":
            raise JobCancelled("已取消（cancelled）")
        if kind == "timeout":
            raise JobTimedOut(f"后台任务超时，已停止（the job took longer than {self.timeout} s and was stopped）")
        raise JobFailed(str(value))

    # --- inside ------------------------------------------------------------------------------
    def _drain(self, wait: float) -> None:
        try:
            message = self._messages.get(timeout=wait) if wait else self._messages.get_nowait()
            while True:
                self._take(message)
                if self._outcome is not None:
                    return
                message = self._messages.get_nowait()
        except queue.Empty:
            return

    def _take(self, message: tuple[str, Any]) -> None:
        kind, value = message
        if kind == "progress":
            self.progress = value
            if self.on_progress:
                self.on_progress(*value)
        else:
            self._outcome = (kind, value)

    def _stop(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(_KILL_WAIT_S)
            if self._process.is_alive():
                self._process.kill()
        self._process.join(_KILL_WAIT_S)
        log.debug("job %s stopped (exit code %s)", self.name, self._process.exitcode)

    def _finish(self) -> None:
        if self._finished:
            return
        self._finished = True
        self._stop()
        self._process.close()
        self._messages.close()
        self._messages.cancel_join_thread()  # an unread message of a terminated worker must not block us

    def __del__(self) -> None:
        try:
            if self._outcome is None and self._process.is_alive():
                self._process.kill()
        except (ValueError, AttributeError):  # already closed, or never built
            pass


def run_job(target: Callable[..., T], *args: Any, timeout: float | None = None,
            on_progress: Callable[[int, int], None] | None = None, **kwargs: Any) -> T:
    """Run `target` in a worker process and wait for it (the CLI, tests)."""
    return Job(target, *args, timeout=timeout, on_progress=on_progress, **kwargs).start().wait()


# --- the jobs ---------------------------------------------------------------------------------------
# Each takes plain data and `progress(done, total)`, and returns plain data.
def export_job(report: Any, path: str, options: Any = None, *, progress: Progress) -> str:
    """Write `report` (an app.model.Report) to `path` in the format its suffix names; the path written."""
    from app.export import export_report

    progress(0, 1)
    written = export_report(report, Path(path), options)
    progress(1, 1)
    return str(written)


def paginate_job(report: Any, profile_name: str | None = None, dpi: float = 600.0, *,
                 progress: Progress) -> list[Any]:
    """The pages of `report` as laid out for print (app.export.paginate.Page: lines of placed
    glyphs), measured with the fonts at `dpi` as the print preview's device has it. The GUI only
    draws them."""
    from app.export.layout import layout_blocks
    from app.export.paginate import paginate
    from app.export.pdf_writer import ensure_gui_application
    from app.profiles import load_profile

    progress(0, 1)
    ensure_gui_application()
    profile = load_profile(profile_name)
    pages = paginate(layout_blocks(report, profile), profile, _font_measure(profile, dpi))
    progress(1, 1)
    return pages


def checks_job(report: Any, last_year: Any = None, today: dt.date | None = None,
               disabled: Iterable[str] = (), dismissed: Iterable[str] = (), *, progress: Progress) -> list[Any]:
    """Every finding of the whole-report checks (app.checks.run_checks)."""
    from app.checks import run_checks

    progress(0, 1)
    findings = run_checks(report, last_year=last_year, today=today, disabled=frozenset(disabled),
                          dismissed=frozenset(dismissed))
    progress(1, 1)
    return findings


def parse_job(path: str, *, progress: Progress) -> Any:
    """The report recognised in a large file (app.importing.parse_file), not yet stored. A reader's
    own failure on a malformed file comes back as one line naming the file, as in-process."""
    from app.importing import parse_file

    try:
        return parse_file(Path(path), progress=progress)
    except UserError:
        raise
    except Exception as error:  # a library choking on a hostile file: one line, logged
        log.exception("could not read %s", path)
        raise UserError(f"无法读取文件：{Path(path).name}（{type(error).__name__}: {error}）"
                        "（could not read the file）") from None


def parse_text_job(text: str, *, progress: Progress) -> Any:
    """The report recognised in a long pasted text (app.importing.parse_text), not yet stored."""
    from app.importing import parse_text

    progress(0, 1)
    report = parse_text(text)
    progress(1, 1)
    return report


def ledger_job(path: str, mapping: dict[str, str] | None = None, default_year: int | None = None, *,
               progress: Progress) -> Any:
    """The activities in a ledger workbook (app.library.ledger_xlsx.read_ledger), not yet stored."""
    from app.library.ledger_xlsx import read_ledger

    progress(0, 1)
    try:
        outcome = read_ledger(path, mapping, default_year)
    except UserError:
        raise
    except Exception as error:  # as parse_job
        log.exception("could not read %s", path)
        raise UserError(f"无法读取台账：{Path(path).name}（{type(error).__name__}: {error}）"
                        "（could not read the workbook）") from None
    progress(1, 1)
    return outcome


def _font_measure(profile: Any, dpi: float) -> Callable[[str, str], float]:
    """The natural advance in points of a character in a font role, as `render_pages` measures it
    (the profile's fonts at the device's resolution, in pixels)."""
    from PySide6.QtGui import QFontMetricsF

    from app.export.pdf_writer import role_font

    metrics = {role: QFontMetricsF(role_font(profile, role, dpi)) for role in profile.fonts}

    def measure(char: str, role: str) -> float:
        return float(metrics[role].horizontalAdvance(char)) * 72 / dpi

    return measure
