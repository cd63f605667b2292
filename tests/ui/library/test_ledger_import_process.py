"""The ledger workbook is read in a worker process (issue 15): the rows come back as data and are
stored on the GUI thread; a damaged workbook gives its message and stores nothing."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import ui.library.activity_panel as activity_panel
from app.library.activities import Activity, ActivityLedger
from app.library.ledger_xlsx import export_ledger, guess_mapping, read_headers
from app.model import Report
from tests.ui.conftest import answer_box
from ui.common.runner import ProcessControl
from ui.library.activity_panel import ActivityPanel


@pytest.fixture
def panel(qtbot, store) -> ActivityPanel:
    made = ActivityPanel(store, lambda: Report(title="", year=2024))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def spy(monkeypatch: pytest.MonkeyPatch) -> list[ProcessControl]:
    controls: list[ProcessControl] = []
    real = activity_panel.start_process_job

    def spying(*args: Any, **kwargs: Any) -> ProcessControl:
        control = real(*args, **kwargs)
        controls.append(control)
        return control

    monkeypatch.setattr(activity_panel, "start_process_job", spying)
    return controls


def test_a_workbook_is_read_in_a_worker_process(qtbot, monkeypatch, store, tmp_path: Path, panel) -> None:
    path = export_ledger(tmp_path / "台账.xlsx", [
        Activity(year=2024, date_text=f"{i % 12 + 1}月{i % 28 + 1}日", title=f"执法检查第{i}次") for i in range(300)])
    controls = spy(monkeypatch)
    with qtbot.waitSignal(panel.importFinished, timeout=30000) as finished:
        panel.import_file(str(path), guess_mapping(read_headers(path)), 2024)
    assert len(controls) == 1 and controls[0].pid not in (None, os.getpid())
    assert len(finished.args[0].imported) == 300
    assert len(ActivityLedger(store.db).activities(year=2024)) == 300


def test_a_damaged_workbook_gives_one_message_and_stores_nothing(qtbot, monkeypatch, store, tmp_path, panel) -> None:
    path = tmp_path / "坏台账.xlsx"
    path.write_bytes(b"PK\x03\x04" + os.urandom(4096))
    controls = spy(monkeypatch)
    seen = answer_box("OK", timeout_ms=30000)
    panel.import_file(str(path), {"title": "事项"}, 2024)
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    assert len(controls) == 1 and controls[0].pid != os.getpid()
    assert "坏台账.xlsx" in seen[0] and "Traceback" not in seen[0]
    assert ActivityLedger(store.db).activities(year=2024) == []
    assert panel.import_button.isEnabled()
