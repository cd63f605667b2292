"""导出 PDF in a worker process: the file appears whole, 取消 ends the process and leaves no file
(quitting with a job running: tests/ui/window/test_quit_with_jobs.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

import ui.common.runner as runner
import ui.output.export_actions as actions
from tests.ui.output.test_print_preview import long_report


def _gone(pid: int | None) -> bool:
    if pid is None:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        return stat.read().split()[2] == "Z"  # ended, not yet reaped


@pytest.fixture
def controls(monkeypatch) -> list[runner.ProcessControl]:
    """Every worker the runner starts."""
    started: list[runner.ProcessControl] = []
    real = runner._start_process

    def start(target, args):
        control = real(target, args)
        started.append(control)
        return control

    monkeypatch.setattr(runner, "_start_process", start)
    return started


def test_pdf_is_written_in_a_worker_process(qtbot, tmp_path: Path, monkeypatch, controls) -> None:
    from tests.app.export.reports import small_report

    offered: list[Path] = []
    monkeypatch.setattr(actions, "choose_path", lambda *a: tmp_path / "报告.pdf")
    monkeypatch.setattr(actions, "offer_to_open", lambda parent, path: offered.append(path))
    written = actions.export_with_dialog(None, small_report(), "pdf")
    assert written == tmp_path / "报告.pdf" and written.read_bytes().startswith(b"%PDF")
    assert offered == [written]
    assert len(controls) == 1 and controls[0].pid != os.getpid() and _gone(controls[0].pid)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["报告.pdf"], "no partial file is left"


def test_cancelling_a_pdf_export_ends_the_process_and_leaves_no_file(qtbot, tmp_path: Path, monkeypatch,
                                                                     controls) -> None:
    errors: list[str] = []
    target = tmp_path / "报告.pdf"
    target.write_bytes(b"the older file")
    monkeypatch.setattr(actions, "choose_path", lambda *a: target)
    monkeypatch.setattr(actions, "show_error", lambda parent, title, message: errors.append(message))
    monkeypatch.setattr(actions, "offer_to_open", lambda *a: pytest.fail("a cancelled export offers nothing"))

    def cancel() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()),
                      None)
        if dialog is None:  # not up yet
            QTimer.singleShot(50, cancel)
            return
        dialog.cancel()

    QTimer.singleShot(400, cancel)
    assert actions.export_with_dialog(None, long_report(), "pdf") is None
    assert errors == []
    assert len(controls) == 1 and controls[0].cancelled and _gone(controls[0].pid)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["报告.pdf"] and target.read_bytes() == b"the older file"
