"""The 检查 panel does no work while hidden and changes only the rows of the findings that did
(issue 15 item 2)."""

from __future__ import annotations

from tests.app.checks.sample import clean_report
from ui.checks.checks_panel import ChecksPanel


def test_a_hidden_panel_runs_nothing_and_catches_up_when_shown(qtbot) -> None:
    report = clean_report()
    panel = ChecksPanel(lambda: report, lambda: None, None)
    qtbot.addWidget(panel)
    panel.show()
    panel.run_now()
    runs = panel.runs
    panel.hide()
    for _ in range(3):  # typing while the panel is closed
        report.sections[2].paragraphs.clear()
        panel.schedule()
    qtbot.wait(900)  # longer than the typing pause
    assert panel.runs == runs and not panel.pending
    panel.show()
    qtbot.waitUntil(lambda: panel.runs == runs + 1, timeout=2000)
    assert ("三、", "empty-section") in [(f.section, f.kind) for f in panel.findings()]


def test_hidden_during_the_pause_waits_too(qtbot) -> None:
    report = clean_report()
    panel = ChecksPanel(lambda: report, lambda: None, None)
    qtbot.addWidget(panel)
    panel.show()
    panel.run_now()
    runs = panel.runs
    panel.schedule()
    panel.hide()
    qtbot.wait(900)
    assert panel.runs == runs
    panel.show()
    qtbot.waitUntil(lambda: panel.runs == runs + 1, timeout=2000)
