"""Outputs under faults: an incomplete file never replaces the target, a failed zip writer leaves
no 'Exception ignored', long names fit the file system, stale temp files are swept."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from app.errors import UserError
from app.export import export_report
from app.fileio import NAME_MAX, atomic_write, fit_file_name, sweep_temp_files
from app.template import template_report
from tests.app.faults.conftest import Disk


def test_an_incomplete_pdf_never_replaces_the_target(tmp_path: Path) -> None:
    target = tmp_path / "报告.pdf"
    target.write_bytes(b"%PDF-1.4 the old, whole file\n%%EOF\n")
    before = target.read_bytes()

    def truncated(tmp: Path) -> None:  # what QPdfWriter leaves on a full disk: no error, no trailer
        tmp.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\n" * 50)
    with pytest.raises(UserError) as info:
        atomic_write(target, truncated)
    assert "不完整" in str(info.value)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["报告.pdf"]


def test_an_incomplete_zip_never_replaces_the_target(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        atomic_write(tmp_path / "a.docx", lambda tmp: tmp.write_bytes(b"PK\x03\x04 truncated"))
    assert list(tmp_path.iterdir()) == []


def test_a_docx_export_to_a_full_disk_is_one_message(disk: Disk) -> None:
    if not disk.real:
        pytest.skip("needs a real full disk (tmpfs as root)")
    target = disk.directory / "报告.docx"
    script = (
        "import sys\n"
        "from app.errors import UserError\nfrom app.export import export_report\n"
        "from app.template import template_report\n"
        "r = template_report(2024)\n"
        "for s in r.sections: s.paragraphs = ['依法行政' * 3000] * 20\n"
        f"try: export_report(r, {str(target)!r})\n"
        "except UserError as e: print('USER', e, file=sys.stderr)\n"
    )
    disk.fill()
    try:
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                              cwd=Path(__file__).resolve().parents[3])
    finally:
        disk.free()
    assert done.returncode == 0, done.stderr
    assert "USER" in done.stderr
    assert "Exception ignored" not in done.stderr and "Traceback" not in done.stderr
    assert list(disk.directory.iterdir()) == []


def test_a_failed_zip_writer_is_closed_quietly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", seen.append)

    def failing(tmp: Path) -> None:
        archive = zipfile.ZipFile(tmp, "w")
        archive.writestr("a.xml", "x")
        archive.fp = None  # its own close would now fail, like a close on a full disk
        raise OSError(28, "No space left on device", str(tmp))
    with pytest.raises(UserError):
        atomic_write(tmp_path / "a.xlsx", failing)
    assert seen == []


def test_a_long_title_makes_a_name_that_fits(tmp_path: Path) -> None:
    name = fit_file_name("某某区统计局关于二〇二四年度法治政府建设情况的报告" * 6 + ".docx")
    assert len(os.fsencode(name)) <= NAME_MAX and name.endswith(".docx")
    report = template_report(2024)
    target = export_report(report, tmp_path / name)
    assert target.exists()
    with pytest.raises(UserError) as info:
        atomic_write(tmp_path / ("长" * 100 + ".txt"), lambda tmp: tmp.write_text("x"))
    assert "文件名太长" in str(info.value)


def test_stale_temp_files_of_dead_processes_are_swept(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead_pid = int(dead.stdout)
    stale = tmp_path / f".chengwen-{dead_pid}-abc123.tmp"
    fresh = tmp_path / f".chengwen-{dead_pid}-def456.tmp"
    alive = tmp_path / f".chengwen-{os.getppid()}-ghi789.tmp"
    theirs = tmp_path / ".~lock.report.docx#"
    for path in (stale, fresh, alive, theirs):
        path.write_bytes(b"x")
    old = time.time() - 3600
    for path in (stale, alive, theirs):
        os.utime(path, (old, old))
    atomic_write(tmp_path / "out.txt", lambda tmp: tmp.write_text("x"))
    assert not stale.exists()
    assert fresh.exists() and alive.exists() and theirs.exists()
    assert sweep_temp_files(tmp_path) == 0
