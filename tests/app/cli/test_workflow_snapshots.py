"""`chengwen import` and `chengwen export` leave the snapshots the workflow layer decides: the same
ones the window leaves for the same import and export (the window's side of the comparison lives
with the window's tests)."""

from __future__ import annotations

import json
from pathlib import Path

from app import workflows
from app.cli import main
from tests.datafiles import report_file


def expected_after_import_and_export(export_name: str) -> list[tuple[str, bool]]:
    """(label, automatic), oldest first, after importing a file and exporting it as `export_name`."""
    return [(workflows.IMPORT_SNAPSHOT, True), (f"{workflows.EXPORT_PREFIX}{export_name}", False)]


def cli(capsys, *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def snapshot_labels(capsys, data_dir: Path, report_id: str) -> list[tuple[str, bool]]:
    listing = json.loads(cli(capsys, "snapshots", report_id, "--json", "--data-dir", str(data_dir)))
    return [(s["label"], s["automatic"]) for s in reversed(listing)]


def test_import_then_export_through_the_cli_leave_exactly_the_workflow_snapshots(capsys, data_dir: Path,
                                                                                 tmp_path: Path) -> None:
    d = ["--data-dir", str(data_dir)]
    report_id = cli(capsys, "import", str(report_file("xiqing-tongji-2024.txt")), *d).strip()
    assert snapshot_labels(capsys, data_dir, report_id) == [(workflows.IMPORT_SNAPSHOT, True)]
    cli(capsys, "export", report_id, "-o", str(tmp_path / "西青.docx"), *d)
    cli(capsys, "export", report_id, "-o", str(tmp_path / "西青.json"), *d)  # a working copy: no snapshot
    assert snapshot_labels(capsys, data_dir, report_id) == expected_after_import_and_export("西青.docx")


def test_exporting_a_file_never_opens_the_library(capsys, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    cli(capsys, "export", str(report_file("xiqing-tongji-2024.txt")), "-o", str(out), "--data-dir", str(data_dir))
    assert out.exists() and not any(data_dir.iterdir())
