"""The 检查 panel does no work while hidden and changes only the rows of the findings that did
(issue 15 item 2)."""

from __future__ import annotations

import dataclasses

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


class ModelSignals:
    """Counts the model's change signals: a run must not reset the list or touch the rows that stayed."""

    def __init__(self, model) -> None:
        self.counts = {"reset": 0, "inserted": 0, "removed": 0, "changed": 0}
        self.rows = {"inserted": 0, "removed": 0, "changed": 0}
        model.modelReset.connect(lambda: self._add("reset", 0))
        model.rowsInserted.connect(lambda _p, first, last: self._add("inserted", last - first + 1))
        model.rowsRemoved.connect(lambda _p, first, last: self._add("removed", last - first + 1))
        model.dataChanged.connect(lambda top, bottom, *_: self._add("changed", bottom.row() - top.row() + 1))

    def _add(self, kind: str, rows: int) -> None:
        self.counts[kind] += 1
        if kind != "reset":
            self.rows[kind] += rows


def test_findings_update_in_place_and_keep_the_selection(qtbot) -> None:
    panel = ChecksPanel(lambda: None, lambda: None, None)
    qtbot.addWidget(panel)
    panel.show()
    findings = _findings(1200)
    panel._show(findings)
    panel.set_current_row(700)
    chosen = panel.current_finding()
    signals = ModelSignals(panel.model)

    changed = list(findings)
    changed[5] = dataclasses.replace(findings[5], message="改过的一处")   # one changed
    del changed[10]                                                       # one gone
    changed.append(Finding(kind="punctuation", severity=Severity.INFO, message="新的一处", key="punctuation:new"))
    panel._show(changed)

    assert panel.rows_touched == 3
    assert signals.counts["reset"] == 0
    assert signals.rows == {"inserted": 1, "removed": 1, "changed": 1}
    assert [panel.finding_at(i).key for i in range(panel.row_count())] == [f.key for f in panel.findings()]
    assert panel.row_count() == 1200
    assert panel.current_finding() == chosen and panel.current_row() == 699  # the row moved up with the removal
    row = next(i for i in range(panel.row_count()) if panel.finding_at(i).key == "punctuation:5")
    assert panel.row_text(row, 1) == "改过的一处"


def test_neighbouring_changes_come_as_one_batch(qtbot) -> None:
    panel = ChecksPanel(lambda: None, lambda: None, None)
    qtbot.addWidget(panel)
    findings = [dataclasses.replace(f, severity=Severity.WARNING) for f in _findings(2700)]  # one block when sorted
    panel._show(findings)
    signals = ModelSignals(panel.model)
    moved = [*findings[:100], *(dataclasses.replace(f, start=7) for f in findings[100:150]), *findings[150:1000],
             *findings[1040:]]
    panel._show(moved)
    assert signals.counts == {"reset": 0, "inserted": 0, "removed": 1, "changed": 1}
    assert signals.rows == {"inserted": 0, "removed": 40, "changed": 50}


def test_a_moved_span_refills_its_row(qtbot) -> None:
    panel = ChecksPanel(lambda: None, lambda: None, None)
    qtbot.addWidget(panel)
    findings = _findings(3)
    panel._show(findings)
    moved = [findings[0], dataclasses.replace(findings[1], start=4, length=2), findings[2]]
    panel._show(moved)
    assert panel.rows_touched == 1
    assert panel.finding_at(1).start == 4
    panel._show([])
    assert panel.row_count() == 0 and panel.rows_touched == 3
