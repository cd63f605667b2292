"""去年报告 from a large file in the roll-forward dialog is read in a worker process (issue 15)."""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import ui.rollforward.rollforward_dialog as rollforward_dialog
from app.export import export_report
from app.importing import parse_file
from tests.datafiles import report_file
from ui.common.runner import ProcessControl
from ui.rollforward.rollforward_dialog import REPORT_ROLE, RollForwardDialog


def test_a_large_file_is_read_in_a_worker_process(qtbot, store, monkeypatch, tmp_path: Path) -> None:
    report = parse_file(report_file("nanyang-tongji-2024.txt"))
    report.sections = [copy.deepcopy(section) for _ in range(30) for section in report.sections]
    path = export_report(report, tmp_path / "去年.txt")
    controls: list[ProcessControl] = []
    real = rollforward_dialog.start_process_job

    def spying(*args: Any, **kwargs: Any) -> ProcessControl:
        controls.append(real(*args, **kwargs))
        return controls[-1]

    monkeypatch.setattr(rollforward_dialog, "start_process_job", spying)
    dialog = RollForwardDialog(None, store, choose_file=lambda _parent: str(path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pick_file()
    qtbot.waitUntil(lambda: dialog.source_list.count() == 1, timeout=30000)
    assert len(controls) == 1 and controls[0].pid not in (None, os.getpid())
    assert dialog.source_list.item(0).data(REPORT_ROLE) == parse_file(path)
