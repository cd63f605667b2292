"""Exports onto paths that cannot be written: a clear one-line UserError (CLI exit 1), no partial
or temporary file left behind, the report unchanged."""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import UserError
from app.export import ExportOptions, export_report
from app.report_json import report_to_dict
from tests.app.export.reports import fixture_file, small_report
from tests.datafiles import ROOT

FORMATS = [".docx", ".xlsx", ".pdf"]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, env=env)


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[None]:
    """Make `path` unwritable even for root (who ignores permission bits): chattr +i."""
    if os.geteuid() != 0:
        yield
        return
    result = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"running as root and chattr +i is not available here: {result.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def assert_export_refused(target: Path, suffix: str) -> str:
    report = small_report()
    before = report_to_dict(report)
    with pytest.raises(UserError) as info:
        export_report(report, target, ExportOptions())
    message = str(info.value)
    assert "\n" not in message and "无法写入" in message
    assert report_to_dict(report) == before
    return message


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp") or p.name.startswith("."))


@pytest.mark.parametrize("suffix", FORMATS)
def test_onto_a_folder(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"报告{suffix}"
    target.mkdir()
    assert "文件夹" in assert_export_refused(target, suffix)
    assert target.is_dir() and not any(target.iterdir())
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", FORMATS)
def test_into_a_read_only_folder(tmp_path: Path, suffix: str) -> None:
    folder = tmp_path / "只读"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with immutable(folder):
            assert_export_refused(folder / f"报告{suffix}", suffix)
            assert list(folder.iterdir()) == []
    finally:
        folder.chmod(stat.S_IRWXU)


@pytest.mark.parametrize("suffix", FORMATS)
def test_onto_a_read_only_file(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"报告{suffix}"
    target.write_bytes(b"old content")
    target.chmod(stat.S_IRUSR)
    try:
        assert "只读" in assert_export_refused(target, suffix)
        assert target.read_bytes() == b"old content"
        assert leftovers(tmp_path) == []
    finally:
        target.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_onto_a_file_another_program_holds(tmp_path: Path) -> None:
    """Where the final rename is refused (Windows: a file open in Word; here an immutable file),
    the temporary file is removed and the old file kept."""
    target = tmp_path / "报告.docx"
    target.write_bytes(b"old content")
    if os.geteuid() != 0:
        pytest.skip("needs root to mark a file immutable (chattr +i)")
    with immutable(target):
        assert_export_refused(target, ".docx")
    assert target.read_bytes() == b"old content"
    assert leftovers(tmp_path) == []


def test_unknown_profile_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="未知的格式方案"):
        export_report(small_report(), tmp_path / "x.docx", ExportOptions(profile="不存在"))
    assert list(tmp_path.iterdir()) == []


def test_cli_exit_1_with_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "out.docx"
    folder.mkdir()
    result = run_cli("export", str(fixture_file("nanyang-tongji-2024.txt")), "-o", str(folder))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "文件夹" in result.stderr
    result = run_cli("export", str(fixture_file("nanyang-tongji-2024.txt")), "-o", str(tmp_path / "x.docx"),
                     "--profile", "nope")
    assert result.returncode == 1 and "standard" in result.stderr and "Traceback" not in result.stderr


def test_cli_stored_report_unchanged_after_failed_export(tmp_path: Path, data_dir: Path) -> None:
    from app.store import Store

    with Store(data_dir) as store:
        report_id = store.reports.insert(small_report())
        before = report_to_dict(store.reports.load(report_id), stored=True)
    target = tmp_path / "ro.xlsx"
    target.write_bytes(b"x")
    target.chmod(stat.S_IRUSR)
    result = run_cli("export", str(report_id), "-o", str(target), "--data-dir", str(data_dir))
    assert result.returncode == 1 and "只读" in result.stderr
    with Store(data_dir) as store:
        assert report_to_dict(store.reports.load(report_id), stored=True) == before


@pytest.mark.parametrize("suffix", FORMATS)
def test_cli_exports_a_file_argument(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"南阳{suffix}"
    result = run_cli("export", str(fixture_file("nanyang-tongji-2024.txt")), "-o", str(target), "--draft")
    assert result.returncode == 0, result.stderr
    assert target.stat().st_size > 1000
    assert leftovers(tmp_path) == []
