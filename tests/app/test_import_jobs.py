"""The import jobs run in a worker process (app.jobs.parse_job, ledger_job): their results are the
in-process ones, and a reader's own crash on a bad file comes back as one line naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

import app.importing
from app.errors import UserError
from app.jobs import JobFailed, ledger_job, parse_job, run_job
from app.library.activities import Activity, Figure
from app.library.ledger_xlsx import export_ledger, guess_mapping, read_headers, read_ledger
from tests.datafiles import report_file


def no_progress(done: int, total: int) -> bool:
    return True


def test_a_readers_crash_is_one_line_naming_the_file(monkeypatch, tmp_path: Path) -> None:
    def crash(path: Path, *, progress: object = None) -> None:
        raise KeyError("word/document.xml")

    monkeypatch.setattr(app.importing, "parse_file", crash)
    with pytest.raises(UserError) as raised:
        parse_job(str(tmp_path / "去年报告.docx"), progress=no_progress)
    message = str(raised.value)
    assert "去年报告.docx" in message and "KeyError" in message and "\n" not in message


def test_a_user_error_keeps_its_own_words(tmp_path: Path) -> None:
    path = tmp_path / "坏.pdf"
    path.write_bytes(b"%PDF-1.7 not really")
    with pytest.raises(JobFailed) as raised:
        run_job(parse_job, str(path))
    assert str(raised.value).startswith("无法读取 PDF 文件 坏.pdf")


def test_a_ledger_read_in_a_worker_is_the_in_process_read(tmp_path: Path) -> None:
    path = export_ledger(tmp_path / "台账.xlsx", [
        Activity(year=2024, date_text=f"{i % 12 + 1}月{i % 28 + 1}日", title=f"执法检查第{i}次", category="执法",
                 figures=[Figure("检查", i, "家")]) for i in range(50)])
    mapping = guess_mapping(read_headers(path))
    read = run_job(ledger_job, str(path), mapping, 2024)
    assert read == read_ledger(path, mapping, 2024) and len(read.imported) == 50


def test_a_damaged_workbook_gives_its_message(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(200))
    with pytest.raises(JobFailed) as raised:
        run_job(ledger_job, str(path), None, 2024)
    assert "台账.xlsx" in str(raised.value) and "Traceback" not in str(raised.value)


def test_the_fixture_reports_parse_the_same_in_a_worker() -> None:
    from app.importing import parse_file

    for name in ("xiqing-tongji-2024.txt", "nanyang-tongji-2024.txt"):
        assert run_job(parse_job, str(report_file(name))) == parse_file(report_file(name))
