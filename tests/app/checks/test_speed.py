"""All checks over a 300-page report in under 300 ms (bench/checks.py prints the full figures)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import time

import pytest

from app.checks import run_checks
from tests.datafiles import BENCH as BENCH_DIR

BENCH = BENCH_DIR / "checks.py"


@pytest.mark.slow
def test_300_pages_under_300_ms() -> None:
    spec = importlib.util.spec_from_file_location("bench_checks", BENCH)
    bench = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(bench)  # type: ignore[union-attr]
    report = bench.big_report()
    assert sum(len(p) for s in report.all_sections() for p in s.paragraphs) >= 300 * 22 * 28
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        run_checks(report, last_year=report, today=dt.date(2025, 2, 26))
        timings.append(time.perf_counter() - start)
    assert min(timings) < 0.3, timings  # the best of five: the machine may be busy with other work
