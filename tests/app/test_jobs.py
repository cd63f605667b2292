"""Jobs in a worker process: result, progress, cancel, failures, timeout, and the real jobs."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from app.errors import UserError
from app.jobs import Job, JobCancelled, JobFailed, JobTimedOut, Progress, parse_job, run_job
from tests.datafiles import report_file


# The functions a job runs must be importable by the worker: module-level, here.
def add_up(numbers: list[int], *, progress: Progress) -> dict[str, object]:
    total = 0
    for index, number in enumerate(numbers):
        total += number
        progress(index + 1, len(numbers))
    return {"total": total, "pid": os.getpid()}


def forever(*, progress: Progress) -> None:
    progress(0, 1)
    while True:
        time.sleep(0.01)


def refuse(*, progress: Progress) -> None:
    raise UserError("文件已损坏（the file is damaged）")


def crash(*, progress: Progress) -> None:
    raise ZeroDivisionError("division by zero")


def unpicklable(*, progress: Progress) -> object:
    return lambda: None


def _process_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    # a zombie not yet reaped by anyone counts as gone: it holds nothing
    status = Path(f"/proc/{pid}/stat")
    return status.exists() and status.read_text().split()[2] == "Z"


def test_result_and_progress_come_back_from_another_process() -> None:
    seen: list[tuple[int, int]] = []
    result = run_job(add_up, [1, 2, 3, 4], on_progress=lambda done, total: seen.append((done, total)))
    assert result["total"] == 10 and result["pid"] != os.getpid()
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_poll_never_blocks_and_reports_progress() -> None:
    job = Job(add_up, list(range(100))).start()
    while not job.poll():
        time.sleep(0.01)
    assert job.progress == (100, 100) and job.result()["total"] == 4950


def test_cancel_kills_the_process_within_a_second() -> None:
    job = Job(forever).start()
    while job.progress is None:  # it is really running
        job.poll()
        time.sleep(0.01)
    pid = job.pid
    assert pid is not None
    started = time.monotonic()
    job.cancel()
    assert time.monotonic() - started < 1.0
    assert _process_gone(pid)
    with pytest.raises(JobCancelled):
        job.result()


def test_a_user_error_comes_back_as_its_message() -> None:
    with pytest.raises(JobFailed, match="文件已损坏"):
        run_job(refuse)


def test_any_other_exception_comes_back_as_a_message() -> None:
    with pytest.raises(JobFailed, match="ZeroDivisionError"):
        run_job(crash)
    with pytest.raises(JobFailed, match="background job failed"):
        run_job(unpicklable)


def test_a_job_that_runs_forever_is_stopped_by_its_timeout() -> None:
    job = Job(forever, timeout=0.5).start()
    pid = job.pid
    started = time.monotonic()
    with pytest.raises(JobTimedOut):
        job.wait()
    assert 0.4 < time.monotonic() - started < 2.0
    assert pid is not None and _process_gone(pid)


def test_a_large_file_is_parsed_in_a_worker() -> None:
    from app.importing import parse_file

    path = report_file("nanyang-tongji-2024.txt")
    seen: list[tuple[int, int]] = []
    report = run_job(parse_job, str(path), on_progress=lambda done, total: seen.append((done, total)))
    assert report == parse_file(path)
    assert seen and seen[-1] == (100, 100)


def test_checks_and_pagination_run_in_a_worker(tmp_path: Path) -> None:
    from app.checks import run_checks
    from app.importing import parse_file
    from app.jobs import checks_job, export_job, paginate_job

    report = parse_file(report_file("xiqing-tongji-2024.txt"))
    today = dt.date(2025, 3, 1)
    findings = run_job(checks_job, report, None, today)
    assert findings == run_checks(report, today=today) and findings
    pages = run_job(paginate_job, report, None, 600.0)
    assert len(pages) >= 2 and all(len(p.lines) <= 22 for p in pages)
    assert "".join(g.char for g in pages[0].lines[0].glyphs)
    written = run_job(export_job, report, str(tmp_path / "报告.pdf"))
    assert Path(written).read_bytes().startswith(b"%PDF")


def test_polling_a_finished_job_again_is_harmless() -> None:
    """The window's timer may ask once more after the outcome came in (the process is closed then)."""
    from app.jobs import Job

    job = Job(add_up, [1, 2, 3]).start()
    assert job.wait(timeout=30)["total"] == 6
    assert job.poll() and job.poll()
