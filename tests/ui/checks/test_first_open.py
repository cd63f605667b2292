"""The first opening of the 检查 dock is one short event (issue 15): its modules are imported in an
idle moment after start-up, and the first run waits for a later turn of the event loop."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

import ui.checks.room as checks_room
import ui.common.warmup as warmup
from ui.checks.checks_panel import DEBOUNCE_MS


def test_the_first_run_comes_on_a_later_turn_and_runs_once(report_window, qtbot) -> None:
    room = report_window.rooms.checks
    runs: list[int] = []
    room.checks_dock.toggleViewAction().trigger()
    panel = room.checks_panel
    assert panel is not None and panel.runs == 0  # built and shown, not yet run
    panel.findingsChanged.connect(runs.append)
    qtbot.waitUntil(lambda: panel.runs == 1 and bool(runs), timeout=5000)
    qtbot.wait(3 * checks_room.FIRST_RUN_MS)
    assert panel.runs == 1


def test_f8_on_the_first_opening_runs_once(report_window, qtbot) -> None:
    """F8 shows the panel and checks now; the deferred first run then has nothing left to do."""
    room = report_window.rooms.checks
    room.run_action.trigger()
    panel = room.checks_panel
    assert panel is not None and panel.runs == 1
    qtbot.wait(3 * checks_room.FIRST_RUN_MS)
    assert panel.runs == 1


def test_the_panel_modules_are_imported_before_the_dock_is_first_opened(app_window, qtbot, monkeypatch) -> None:
    import ui.checks

    # both put back afterwards: the other tests keep the one module object
    monkeypatch.delitem(sys.modules, "ui.checks.checks_panel")
    monkeypatch.delattr(ui.checks, "checks_panel")
    monkeypatch.setattr(warmup, "START_MS", 0)
    monkeypatch.setattr(warmup, "STEP_MS", 1)
    monkeypatch.setattr(warmup.gc, "freeze", lambda: None)  # not the test process's objects
    owner = QObject()
    warmup.warm_up_later(owner, checks_room.WARM_UP_MODULES)
    qtbot.waitUntil(lambda: "ui.checks.checks_panel" in sys.modules, timeout=5000)
    assert "ui.checks.checks_panel" in sys.modules
    assert "ui.common.check_service" in sys.modules


def test_a_panel_closed_before_its_first_run_runs_when_shown_again(report_window, qtbot) -> None:
    room = report_window.rooms.checks
    room.checks_dock.toggleViewAction().trigger()
    panel = room.checks_panel
    assert panel is not None
    room.checks_dock.hide()
    qtbot.wait(3 * checks_room.FIRST_RUN_MS + DEBOUNCE_MS)
    assert panel.runs == 0
    room.checks_dock.show()
    qtbot.waitUntil(lambda: panel.runs == 1, timeout=3000)
