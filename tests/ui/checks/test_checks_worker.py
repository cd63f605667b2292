"""The window's 检查 panel and 运行检查 run the checks in the worker process, never on the GUI thread:
typing sends only the edited section, a hidden panel sends nothing, a killed worker is replaced,
and closing the window ends it."""

from __future__ import annotations

import os
import signal

import pytest

import app.checks
from ui.checks import checks_panel as panel_module


def _no_checks_here(*_args, **_kwargs):
    raise AssertionError("the checks ran in the GUI process")


@pytest.fixture
def checked(report_window, qtbot, monkeypatch):
    """The window with the 检查 panel open and its first run back; the checks cannot run in this
    process (the worker, a fresh interpreter, has the real ones)."""
    monkeypatch.setattr(panel_module, "run_checks", _no_checks_here)
    monkeypatch.setattr(app.checks, "run_checks", _no_checks_here)
    controller = report_window.controller
    section = controller.report.sections[1]
    controller.set_section_text(section.id, section.heading, ["执法力量不足，，培训不够。"])
    room = report_window.rooms.checks
    room.checks_dock.toggleViewAction().trigger()
    panel = room.checks_panel
    qtbot.waitUntil(lambda: any(f.kind == "punctuation" for f in panel.findings()), timeout=15000)
    return report_window, room, panel


def settle(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: not panel.pending and not panel.running, timeout=15000)


def test_the_checks_run_in_the_worker_not_here(checked) -> None:
    _window, room, panel = checked
    assert room.service.last_pid not in (None, os.getpid())
    assert panel.gui_runs == 0


def test_typing_sends_only_the_edited_section(checked, qtbot) -> None:
    window, room, panel = checked
    service = room.service
    reports, sections = service.sent_reports, service.sent_sections
    controller = window.controller
    section = controller.report.sections[1]
    for text in ("执法力量不足，培训", "执法力量不足，培训不够。"):  # a burst of edits, then a pause
        controller.set_section_text(section.id, section.heading, [text])
    qtbot.waitUntil(lambda: not any(f.kind == "punctuation" for f in panel.findings()), timeout=15000)
    assert service.sent_reports == reports and service.sent_sections == sections + 1


def test_run_checks_action_uses_the_worker(checked, qtbot) -> None:
    window, room, panel = checked
    runs = panel.runs
    room.run_action.trigger()
    assert panel.runs == runs + 1 and panel.running
    settle(qtbot, panel)
    assert room.service.last_pid != os.getpid() and panel.gui_runs == 0


def test_a_hidden_panel_sends_nothing(checked, qtbot) -> None:
    window, room, panel = checked
    room.checks_dock.hide()
    sent = room.service.sent_reports + room.service.sent_sections
    controller = window.controller
    section = controller.report.sections[2]
    controller.set_section_text(section.id, section.heading, ["又写了一句。"])
    qtbot.wait(panel_module.DEBOUNCE_MS + 300)
    assert room.service.sent_reports + room.service.sent_sections == sent and not panel.running
    room.checks_dock.show()
    qtbot.waitUntil(lambda: room.service.sent_sections > 0 or room.service.sent_reports > 0, timeout=5000)
    settle(qtbot, panel)


def test_a_killed_worker_is_replaced(checked, qtbot) -> None:
    window, room, panel = checked
    first = room.service.worker.pid
    os.kill(first, signal.SIGKILL)
    qtbot.waitUntil(lambda: not room.service.worker.alive, timeout=5000)
    controller = window.controller
    section = controller.report.sections[1]
    controller.set_section_text(section.id, section.heading, ["执法力量不足。。培训不够。"])
    qtbot.waitUntil(lambda: any("。。" in f.message or f.excerpt == "。。" for f in panel.findings()), timeout=15000)
    assert room.service.worker.starts == 2 and room.service.last_pid not in (first, os.getpid())
    # killed during a run: replaced at once and the run asked again
    panel.run_now()
    second = room.service.worker.pid
    os.kill(second, signal.SIGKILL)
    settle(qtbot, panel)
    assert room.service.worker.starts == 3 and room.service.last_pid not in (first, second, os.getpid())
    assert any(f.excerpt == "。。" or "。。" in f.message for f in panel.findings())


def test_closing_the_window_ends_the_worker(checked) -> None:
    window, room, _panel = checked
    pid = room.service.worker.pid
    os.kill(pid, 0)  # running
    window.close()
    assert not room.service.worker.alive
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
