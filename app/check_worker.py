"""The whole-report checks in one long-lived worker PROCESS (issue 15 item 4).

A check run over 300 pages takes 0.1–0.5 s; in a thread it competes with the GUI thread for the
interpreter lock and the window stalls, and a fresh process per typing pause is slow to start.
So one worker process keeps its own copy of the report and is sent only what changed: the whole
report when it was opened or restructured, else the sections edited since the last run (a few
kilobytes). It answers each run with the findings as data — and even those only as far as they
changed: a finding the GUI already holds comes back as its key alone, so a run over 2,700
findings costs the GUI thread the few that differ.

    worker = CheckWorker()
    worker.ensure_started()        # True: a new process, send it the whole report again
    worker.send(("report", report))
    worker.send(("run", generation, RunOptions()))
    ...                            # a GUI timer calls worker.replies() (never blocks)

Every message is pickled by the sender on its own thread, so the report can go on changing
afterwards. The worker ends when the program stops it, when its parent process has gone, or
when its pipe closes; a killed worker is noticed by `alive` and replaced by `ensure_started`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import multiprocessing
import os
import pickle
import queue
import threading
import time
import weakref
from dataclasses import dataclass, field
from typing import Any

from app.checks import Finding, run_checks
from app.checks.ledger import LedgerFile
from app.errors import UserError
from app.model import Report, Section

log = logging.getLogger(__name__)
_CONTEXT = multiprocessing.get_context("spawn")  # as app.jobs: the same everywhere, PyInstaller too
_PARENT_CHECK_S = 1.0
_STOP_WAIT_S = 1.0

RowKey = tuple[str, int]


@dataclass(frozen=True)
class RunOptions:
    """What a run needs besides the report and its context."""

    disabled: frozenset[str] = frozenset()
    dismissed: frozenset[str] = frozenset()
    today: dt.date | None = None


@dataclass
class CheckContext:
    """What the checks read besides the report: last year's report and run_checks' other keyword
    arguments; `ledger_file` (a library file) gives the ledger's figures read in the worker."""

    last_year: Report | None = None
    inputs: dict[str, Any] = field(default_factory=dict)
    ledger_file: str | None = None


# --- rows: what the GUI and the worker agree a finding's row is ---------------------------------------
def row_keys(findings: list[Finding]) -> list[RowKey]:
    """A finding's row identity: its key, numbered when the same key comes up more than once."""
    seen: dict[str, int] = {}
    out = []
    for finding in findings:
        n = seen[finding.key] = seen.get(finding.key, -1) + 1
        out.append((finding.key, n))
    return out


def same_finding(a: Finding, b: Finding) -> bool:
    """Equal as a row shows it, including the span (which Finding's own == leaves out)."""
    return a is b or (a == b and (a.start, a.length, a.paragraph, a.where) == (b.start, b.length, b.paragraph, b.where))


class FindingsMirror:
    """The findings one side last sent, by row: the worker encodes a run against it (a row that did
    not change goes as its key alone), the GUI decodes with its own copy. Both apply every run in
    order, so they stay the same; a new worker starts both afresh."""

    def __init__(self) -> None:
        self.rows: dict[RowKey, Finding] = {}

    def encode(self, findings: list[Finding]) -> list[Finding | str]:
        out: list[Finding | str] = []
        rows = dict(zip(row_keys(findings), findings, strict=True))
        for key, finding in rows.items():
            known = self.rows.get(key)
            out.append(key[0] if known is not None and same_finding(known, finding) else finding)
        self.rows = rows
        return out

    def decode(self, entries: list[Finding | str]) -> list[Finding]:
        seen: dict[str, int] = {}
        rows: dict[RowKey, Finding] = {}
        for entry in entries:
            key = entry if isinstance(entry, str) else entry.key
            n = seen[key] = seen.get(key, -1) + 1
            rows[(key, n)] = self.rows[(key, n)] if isinstance(entry, str) else entry
        self.rows = rows
        return list(rows.values())


def section_patch(section: Section) -> Section:
    """A section as the worker's copy takes it in: its own fields, not its sub-sections."""
    return dataclasses.replace(section, children=[])


# --- the worker process -----------------------------------------------------------------------------
class StaleCopy(Exception):
    """The worker's copy of the report cannot take a change (a section it does not know):
    it asks for the whole report."""


class _WorkerState:
    def __init__(self) -> None:
        self.report: Report | None = None
        self.context = CheckContext()
        self.ledger: LedgerFile | None = None
        self.mirror = FindingsMirror()

    def take(self, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "report":
            self.report = message[1]
        elif kind == "sections":
            self._patch(message[1])
        elif kind == "context":
            self.context = message[1]
            if self.ledger is not None and str(self.ledger.path) != self.context.ledger_file:
                self.ledger.close()
                self.ledger = None
        else:
            raise ValueError(f"unknown message {kind!r}")

    def _patch(self, patches: list[Section]) -> None:
        if self.report is None:
            raise StaleCopy
        by_id = {s.id: s for s in self.report.all_sections() if s.id is not None}
        names = [f.name for f in dataclasses.fields(Section) if f.name != "children"]
        for patch in patches:
            target = by_id.get(patch.id) if patch.id is not None else None
            if target is None:
                self.report = None  # half patched: wait for the whole report
                raise StaleCopy
            for name in names:
                setattr(target, name, getattr(patch, name))

    def run(self, generation: int, options: RunOptions) -> tuple[Any, ...]:
        started = time.perf_counter()
        if self.report is None:
            raise StaleCopy
        inputs = dict(self.context.inputs)
        if self.context.ledger_file:
            if self.ledger is None:
                self.ledger = LedgerFile(self.context.ledger_file)
            inputs["ledger"] = self.ledger.figures(self.report.year or 0)
        findings = run_checks(self.report, last_year=self.context.last_year, today=options.today,
                              disabled=options.disabled, dismissed=options.dismissed, **inputs)
        elapsed = (time.perf_counter() - started) * 1000
        return ("findings", generation, self.mirror.encode(findings), os.getpid(), elapsed)


def serve(requests: Any, replies: Any, parent_pid: int) -> None:
    """The worker's loop: take in every message waiting, then run once for the newest "run" (runs
    asked for while it was busy are overtaken by the newest: only its answer is wanted)."""
    state = _WorkerState()
    if hasattr(os, "nice"):  # on a busy two-core PC the window's process comes first
        try:
            os.nice(5)
        except OSError:
            pass
    while True:
        if not requests.poll(_PARENT_CHECK_S):
            if os.getppid() != parent_pid:
                return  # the program has gone without saying so
            continue
        try:
            batch = [pickle.loads(requests.recv_bytes())]
            while requests.poll(0):
                batch.append(pickle.loads(requests.recv_bytes()))
        except (EOFError, OSError):
            return  # the program closed its end
        runs = [m for m in batch if m[0] == "run"]
        generation = runs[-1][1] if runs else -1
        reply: tuple[Any, ...] | None
        try:
            for message in batch:
                if message[0] != "run":
                    state.take(message)
            reply = state.run(generation, runs[-1][2]) if runs else None
        except StaleCopy:
            reply = ("stale", generation)
        except UserError as error:
            reply = ("error", generation, str(error))
        except Exception as error:  # everything must come back as a message
            logging.getLogger(__name__).exception("checks failed in the worker")
            reply = ("error", generation, f"检查出错：{type(error).__name__}: {error}（checks failed）")
        if reply is not None:
            try:
                replies.send_bytes(pickle.dumps(reply))
            except OSError:
                return


class CheckWorker:
    """The program's side of the worker: start (again), send, take the replies. Thread-safe for one
    GUI thread; sending and starting happen on helper threads, so neither ever blocks the caller."""

    def __init__(self) -> None:
        self._process: Any = None
        self._requests: Any = None  # our end of the request pipe
        self._replies: Any = None   # our end of the reply pipe
        self._outbox: queue.SimpleQueue[bytes | None] | None = None
        self._starter: threading.Thread | None = None
        self._start_errors: list[BaseException] = []  # filled by the starter thread (which holds no self)
        self._started: threading.Event | None = None
        self.mirror = FindingsMirror()
        self.starts = 0  # how many processes were started (tests)

    @property
    def pid(self) -> int | None:
        if self._started is not None:
            self._started.wait()
        return self._process.pid if self._process is not None else None

    @property
    def alive(self) -> bool:
        """Running, or on its way up."""
        if self._process is None:
            return False
        if self._started is not None and not self._started.is_set():
            return True
        return not self._start_errors and self._process.is_alive()

    def ensure_started(self) -> bool:
        """Start a worker unless one runs; True when a new one was started (it knows nothing yet)."""
        if self.alive:
            return False
        if self._process is not None:
            log.warning("check worker %s ended (exit code %s): starting another", self._process.pid,
                        self._process.exitcode if not self._start_errors else self._start_errors[0])
            self._close()
        requests_read, self._requests = _CONTEXT.Pipe(duplex=False)
        self._replies, replies_write = _CONTEXT.Pipe(duplex=False)
        self._process = _CONTEXT.Process(target=serve, args=(requests_read, replies_write, os.getpid()),
                                         name="chengwen-checks", daemon=True)
        self.mirror = FindingsMirror()
        errors = self._start_errors = []
        outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._outbox = outbox
        started = self._started = threading.Event()
        process, connection = self._process, self._requests
        ends = (requests_read, replies_write)

        def start_and_send() -> None:
            # starting writes the pickled arguments into a pipe the new interpreter reads only once up
            try:
                process.start()
            except BaseException as error:  # no processes left, …: reported by `alive`
                errors.append(error)
                log.error("check worker did not start", exc_info=error)
                return
            finally:
                for end in ends:
                    end.close()  # the child has its own copies now
                started.set()
            while (payload := outbox.get()) is not None:
                try:
                    connection.send_bytes(payload)
                except OSError:
                    return  # the worker has gone: `alive` says so, the next need starts another

        self._starter = threading.Thread(target=start_and_send, name="chengwen-checks-send", daemon=True)
        self._starter.start()
        # forgotten without stop(): the sender ends, the pipe closes and the worker with it
        weakref.finalize(self, outbox.put, None)
        self.starts += 1
        return True

    def send(self, message: tuple[Any, ...]) -> None:
        """Pickled now (the data may change right after), written by the helper thread."""
        if self._outbox is None:
            raise UserError("检查进程尚未启动（the check worker is not running）")
        self._outbox.put(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    def replies(self) -> list[tuple[Any, ...]]:
        """The answers waiting, findings decoded: ("findings", generation, [Finding], pid, ms),
        ("stale", generation) — send the whole report and ask again — or ("error", generation,
        text). Never blocks."""
        out: list[tuple[Any, ...]] = []
        if self._replies is None:
            return out
        try:
            while self._replies.poll(0):
                reply = pickle.loads(self._replies.recv_bytes())
                if reply[0] == "findings":
                    reply = (reply[0], reply[1], self.mirror.decode(reply[2]), *reply[3:])
                out.append(reply)
        except (EOFError, OSError):
            pass  # the worker died mid-answer: `alive` is False now
        return out

    def stop(self) -> None:
        """End the worker now (it keeps nothing worth waiting for)."""
        if self._process is not None:
            self._close()

    def _close(self) -> None:
        process = self._process
        if self._started is not None:
            self._started.wait(_STOP_WAIT_S)  # a process half started cannot be ended
        if process is not None and not self._start_errors and process.pid is not None:
            if process.is_alive():
                process.terminate()
                process.join(_STOP_WAIT_S)
            if process.is_alive():
                process.kill()
                process.join(_STOP_WAIT_S)
        if self._outbox is not None:
            self._outbox.put(None)  # the sender ends (its next write fails anyway: nobody reads)
        if self._starter is not None:
            self._starter.join(_STOP_WAIT_S)
        for end in (self._requests, self._replies):
            if end is not None:
                end.close()
        self._process = self._requests = self._replies = self._outbox = self._starter = self._started = None
