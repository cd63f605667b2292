"""The window and the CLI leave the same snapshots for the same import and export, because both go
through app.workflows: same count, same labels, same kind (automatic or named)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog

from app.cli import main
from tests.app.cli.test_workflow_snapshots import expected_after_import_and_export
from tests.datafiles import report_file
from tests.ui.conftest import answer_box

XIQING = report_file("xiqing-tongji-2024.txt")


def snapshots_of(store, report_id: int) -> list[tuple[str, bool]]:
    return [(s.label, s.automatic) for s in reversed(store.snapshots.for_report(report_id))]


def test_window_and_cli_leave_the_same_snapshots(app_window, tmp_path: Path, monkeypatch, capsys) -> None:
    import ui.output.export_actions as export_actions

    # through the window: import from the menu (preview accepted), then export to Word
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(XIQING), ""))
    answer_box(lambda dialog: dialog.accept() if isinstance(dialog, QDialog) else None)
    app_window.rooms.importing.import_action.trigger()
    window_id = app_window.controller.report.id
    monkeypatch.setattr(export_actions, "choose_path", lambda *a: tmp_path / "西青.docx")
    monkeypatch.setattr(export_actions, "choose_variant", lambda _p, _k, current: current)
    answer_box("关闭")
    app_window.rooms.output.word_action.trigger()
    assert (tmp_path / "西青.docx").exists()
    by_window = snapshots_of(app_window.store, window_id)

    # through the CLI, on a library of its own
    cli_dir = tmp_path / "cli-library"
    cli_dir.mkdir()
    assert main(["import", str(XIQING), "--data-dir", str(cli_dir)]) == 0
    cli_id = int(capsys.readouterr().out.strip())
    cli_out = tmp_path / "cli"
    cli_out.mkdir()
    assert main(["export", str(cli_id), "-o", str(cli_out / "西青.docx"), "--data-dir", str(cli_dir)]) == 0
    from app.store import Store

    with Store(cli_dir, read_only=True) as store:
        by_cli = snapshots_of(store, cli_id)

    assert by_window == by_cli == expected_after_import_and_export("西青.docx")
