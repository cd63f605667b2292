"""The 检查 panel does no work while hidden and changes only the rows of the findings that did
(issue 15 item 2)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from app.checks import Finding, Severity
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


def _findings(count: int) -> list[Finding]:
    return [Finding(kind="punctuation", severity=(Severity.ERROR, Severity.WARNING, Severity.INFO)[k % 3],
                    message=f"第{k}处标点重复", section="一、", excerpt=f"例{k}", key=f"punctuation:{k}")
            for k in range(count)]


def test_findings_update_in_place_and_keep_the_selection(qtbot) -> None:
    panel = ChecksPanel(lambda: None, lambda: None, None)
    qtbot.addWidget(panel)
    panel.show()
    findings = _findings(1200)
    panel._show(findings)
    items = [panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount())]
    panel.list.setCurrentItem(items[700])
    chosen = panel.current_finding()

    changed = list(findings)
    changed[5] = dataclasses.replace(findings[5], message="改过的一处")   # one changed
    del changed[10]                                                       # one gone
    changed.append(Finding(kind="punctuation", severity=Severity.INFO, message="新的一处", key="punctuation:new"))
    panel._show(changed)

    assert panel.rows_touched == 3
    now = [panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount())]
    shown = [item.data(0, Qt.ItemDataRole.UserRole + 1) for item in now]
    assert [f.key for f in shown] == [f.key for f in panel.findings()]
    assert len(now) == 1200 and now.count(items[700]) == 1                 # the same row object, not rebuilt
    before = {id(item) for item in items}
    assert sum(1 for item in now if id(item) in before) == 1199            # all but the new one
    assert panel.current_finding() == chosen
    assert next(item.text(1) for item in now if item.data(0, Qt.ItemDataRole.UserRole + 1).key == "punctuation:5") \
        == "改过的一处"


def test_a_moved_span_refills_its_row(qtbot) -> None:
    panel = ChecksPanel(lambda: None, lambda: None, None)
    qtbot.addWidget(panel)
    findings = _findings(3)
    panel._show(findings)
    moved = [findings[0], dataclasses.replace(findings[1], start=4, length=2), findings[2]]
    panel._show(moved)
    assert panel.rows_touched == 1
    assert panel.list.topLevelItem(1).data(0, Qt.ItemDataRole.UserRole + 1).start == 4
    panel._show([])
    assert panel.list.topLevelItemCount() == 0 and panel.rows_touched == 3
