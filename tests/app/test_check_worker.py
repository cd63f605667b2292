"""The checks' long-lived worker process: the same findings as the checks run here, only the changed
sections sent, only the changed findings sent back, a killed worker replaced, the ledger's figures
read from the library file in the worker."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import signal
import time
from collections.abc import Callable
from typing import Any

import pytest

from app.check_worker import CheckContext, CheckWorker, FindingsMirror, RunOptions, section_patch
from app.checks import Finding, Severity, finding_to_dict, run_checks
from app.checks.ledger import LedgerFile, ledger_figures
from app.importing import parse_file
from app.library.activities import Activity, ActivityLedger, Figure
from app.model import Report
from tests.datafiles import REPORT_NAMES, report_file

TODAY = dt.date(2025, 6, 1)


def wait_reply(worker: CheckWorker, timeout: float = 30.0) -> tuple[Any, ...]:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        replies = worker.replies()
        if replies:
            return replies[-1]
        time.sleep(0.01)
    raise AssertionError("the worker did not answer")


def shown(findings: list[Finding]) -> list[dict[str, Any]]:
    return [{**finding_to_dict(f), "key": f.key, "section_id": f.section_id} for f in findings]


@pytest.fixture
def worker():
    started = CheckWorker()
    yield started
    started.stop()


def stored_report(store, name: str) -> Report:
    report_id = store.reports.insert(parse_file(report_file(f"{name}.txt")))
    return store.reports.load(report_id)


def ask(worker: CheckWorker, generation: int, *messages: tuple[Any, ...]) -> tuple[Any, ...]:
    for message in messages:
        worker.send(message)
    worker.send(("run", generation, RunOptions(today=TODAY)))
    return wait_reply(worker)


def test_the_worker_finds_what_the_checks_find_here(worker, store) -> None:
    assert worker.ensure_started() and not worker.ensure_started()
    for generation, name in enumerate(REPORT_NAMES):
        report = stored_report(store, name)
        reply = ask(worker, generation, ("report", report), ("context", CheckContext()))
        assert reply[:2] == ("findings", generation)
        assert reply[3] != os.getpid()  # run in the worker, not here
        assert shown(reply[2]) == shown(run_checks(report, today=TODAY))


def test_an_edit_sends_only_its_section_and_gets_back_the_same_findings(worker, store) -> None:
    report = stored_report(store, "xiqing-tongji-2024")
    worker.ensure_started()
    ask(worker, 1, ("report", report), ("context", CheckContext()))
    section = report.all_sections()[3]
    section.paragraphs[0] += "又一句,有半角逗号。"
    section.heading += "2019年"
    patch = section_patch(section)
    assert patch.children == [] and patch.id == section.id
    reply = ask(worker, 2, ("sections", [patch]))
    assert shown(reply[2]) == shown(run_checks(report, today=TODAY))
    assert any(f.section_id == section.id and f.kind == "punctuation" for f in reply[2])


def test_a_section_the_worker_does_not_know_asks_for_the_whole_report(worker, store) -> None:
    report = stored_report(store, "nanyang-tongji-2024")
    worker.ensure_started()
    ask(worker, 1, ("report", report), ("context", CheckContext()))
    stranger = dataclasses.replace(report.sections[0], id=99_999, children=[])
    assert ask(worker, 2, ("sections", [stranger])) == ("stale", 2)
    reply = ask(worker, 3, ("report", report))
    assert shown(reply[2]) == shown(run_checks(report, today=TODAY))


def test_a_killed_worker_is_replaced(worker, store) -> None:
    report = stored_report(store, "xiqing-tongji-2024")
    worker.ensure_started()
    first = ask(worker, 1, ("report", report), ("context", CheckContext()))[3]
    os.kill(first, signal.SIGKILL)
    end = time.monotonic() + 5
    while worker.alive and time.monotonic() < end:
        time.sleep(0.01)
    assert not worker.alive
    assert worker.ensure_started() and worker.starts == 2
    reply = ask(worker, 2, ("report", report), ("context", CheckContext()))
    assert reply[3] not in (first, os.getpid())
    assert shown(reply[2]) == shown(run_checks(report, today=TODAY))
    worker.stop()
    assert not worker.alive


def _findings(count: int, change: Callable[[int], str] = str) -> list[Finding]:
    return [Finding("punctuation", Severity.WARNING, f"第{change(k)}处", "一、", f"例{k}", key=f"punctuation:{k}")
            for k in range(count)]


def test_only_changed_findings_travel() -> None:
    sender, receiver = FindingsMirror(), FindingsMirror()
    first = _findings(2700)
    assert receiver.decode(sender.encode(first)) == first
    second = [*first[:10], *_findings(2700, lambda k: f"{k}（改）" if k == 20 else str(k))[11:]]
    second.append(Finding("pairing", Severity.ERROR, "新的", "二、", "新", key="pairing:1"))
    entries = sender.encode(second)
    assert sum(isinstance(e, Finding) for e in entries) == 2  # the changed one and the new one
    decoded = receiver.decode(entries)
    assert decoded == second and [f.key for f in decoded] == [f.key for f in second]
    assert decoded[15] is first[16]  # the finding kept is the very object already held
    moved = [dataclasses.replace(f, start=3) if i == 5 else f for i, f in enumerate(second)]
    assert receiver.decode(sender.encode(moved))[5].start == 3  # a moved span is a change too


def test_the_worker_reads_the_ledgers_figures_from_the_library_file(worker, store) -> None:
    ledger = ActivityLedger(store.db)
    ledger.add(Activity(year=2024, date_text="3月1日", title="执法检查", figures=[Figure("执法检查", 32, "家")]))
    reader = LedgerFile(store.db.path)
    assert reader.figures(2024) == ledger_figures(store.db, 2024) and len(reader.figures(2024)) == 1
    assert reader.reads == 1  # asked twice, read once: the library had not changed
    ledger.add(Activity(year=2024, date_text="4月1日", title="培训", figures=[Figure("培训", 900, "人次")]))
    assert reader.figures(2024) == ledger_figures(store.db, 2024) and reader.reads == 2
    reader.close()

    report = stored_report(store, "xiqing-tongji-2024")
    report.sections[0].paragraphs.append("开展“双随机一公开”执法检查35家。")
    assert report.year == 2024
    worker.ensure_started()
    reply = ask(worker, 1, ("report", report), ("context", CheckContext(ledger_file=str(store.db.path))))
    expected = run_checks(report, today=TODAY, ledger=ledger_figures(store.db, 2024))
    assert any(f.kind == "figure-mismatch" for f in expected)
    assert shown(reply[2]) == shown(expected)


def test_an_unreadable_library_gives_no_figures(tmp_path) -> None:
    (tmp_path / "bad.db").write_bytes(b"not a database at all" * 100)
    assert LedgerFile(tmp_path / "bad.db").figures(2024) == []


def test_a_forgotten_worker_ends_with_its_pipe() -> None:
    import gc
    import multiprocessing

    forgotten = CheckWorker()
    forgotten.ensure_started()
    pid = forgotten.pid
    assert pid in {p.pid for p in multiprocessing.active_children()}
    del forgotten
    gc.collect()
    end = time.monotonic() + 10
    while pid in {p.pid for p in multiprocessing.active_children()} and time.monotonic() < end:
        time.sleep(0.05)
    assert pid not in {p.pid for p in multiprocessing.active_children()}
