"""A 300-page report imports fast enough (bench/import.py prints the exact figures)."""

from __future__ import annotations

import importlib.util
import time

import pytest

from app.export.txt_writer import report_text
from app.importing import parse_file
from tests.datafiles import BENCH as BENCH_DIR

BENCH = BENCH_DIR / "import.py"


@pytest.mark.slow
def test_big_report_imports_quickly(tmp_path):
    spec = importlib.util.spec_from_file_location("bench_import", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    report = bench.big_report()
    txt, docx = tmp_path / "big.txt", tmp_path / "big.docx"
    txt.write_text(report_text(report), encoding="utf-8")
    bench.write_docx(report, docx)
    start = time.perf_counter()
    parsed = parse_file(docx)
    docx_seconds = time.perf_counter() - start
    start = time.perf_counter()
    parse_file(txt)
    txt_seconds = time.perf_counter() - start
    assert len(parsed.all_sections()) == len(report.all_sections()) >= 1500
    # Twice the targets (1.5 s / 0.5 s): a loaded 2-core test machine must not make this flaky.
    assert docx_seconds < 3.0 and txt_seconds < 1.0
