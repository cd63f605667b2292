"""The 检查 panel driven through its widgets: click and Enter jump, kinds switch off, dismissals
stay, typing re-runs the checks after a pause, big reports are checked off the GUI thread."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from app.checks import Severity
from app.checks.preferences import disabled_kinds, dismissed_keys
from app.model import Report
from tests.app.checks.sample import body, clean_report
from ui.checks import checks_panel as panel_module
from ui.checks.checks_panel import ChecksPanel


@pytest.fixture
def stored(store):
    report = clean_report()
    report.sections[1].paragraphs[0] += "加强学习,提高能力。"      # punctuation (二、)
    report.sections[3].children[2].paragraphs.clear()             # empty-section (四、（三）)
    store.reports.insert(report)
    return report


def make_panel(qtbot, report: Report | None, settings=None, last_year=None) -> ChecksPanel:
    holder = {"report": report}
    panel = ChecksPanel(lambda: holder["report"], lambda: last_year, settings)
    panel.holder = holder  # type: ignore[attr-defined]
    qtbot.addWidget(panel)
    panel.show()
    panel.run_now()
    return panel


def rows(panel: ChecksPanel) -> list[tuple[str, str]]:
    return [(panel.row_text(i, 0), panel.finding_at(i).kind) for i in range(panel.row_count())]


def test_lists_findings_and_click_jumps(qtbot, store, stored) -> None:
    panel = make_panel(qtbot, stored, store.settings)
    assert set(rows(panel)) == {("二、", "punctuation"), ("四、（三）", "empty-section")}
    target = next(i for i in range(panel.row_count()) if panel.row_text(i, 0) == "四、（三）")
    rect = panel.list.visualRect(panel.model.index(target, 0))
    with qtbot.waitSignal(panel.findingActivated) as blocker:
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    finding = blocker.args[0]
    assert (finding.section_id, finding.excerpt) == (stored.sections[3].children[2].id, "提升队伍素质")


def test_enter_jumps_to_the_current_finding(qtbot, store, stored) -> None:
    panel = make_panel(qtbot, stored, store.settings)
    punct_row = next(i for i, (_, kind) in enumerate(rows(panel)) if kind == "punctuation")
    panel.list.setFocus()
    panel.set_current_row(punct_row)
    with qtbot.waitSignal(panel.findingActivated) as blocker:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    finding = blocker.args[0]
    assert finding.section_id == stored.sections[1].id
    assert finding.excerpt in stored.sections[1].paragraphs[0]


def test_toggle_a_kind_is_remembered(qtbot, store, stored) -> None:
    panel = make_panel(qtbot, stored, store.settings)
    panel.kind_actions["punctuation"].trigger()      # switch it off through the menu action
    assert "punctuation" not in {k for _, k in rows(panel)}
    assert disabled_kinds(store.settings, stored.id) == {"punctuation"}
    again = make_panel(qtbot, stored, store.settings)   # a new window reads the setting back
    assert not again.kind_actions["punctuation"].isChecked()
    assert "punctuation" not in {k for _, k in rows(again)}
    again.kind_actions["punctuation"].trigger()
    assert "punctuation" in {k for _, k in rows(again)}
    assert disabled_kinds(store.settings, stored.id) == set()


def test_dismiss_stays_dismissed(qtbot, store, stored) -> None:
    panel = make_panel(qtbot, stored, store.settings)
    row = next(i for i, (_, kind) in enumerate(rows(panel)) if kind == "empty-section")
    panel.set_current_row(row)
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert "empty-section" not in {k for _, k in rows(panel)}
    assert len(dismissed_keys(store.settings, stored.id)) == 1
    panel.run_now()
    assert "empty-section" not in {k for _, k in rows(panel)}
    # another empty section elsewhere is still reported: the dismissal is for that place only
    stored.sections[3].children[0].paragraphs.clear()
    panel.run_now()
    assert [r for r in rows(panel) if r[1] == "empty-section"] == [("四、（一）", "empty-section")]
    panel.restore_action.trigger()
    assert len([r for r in rows(panel) if r[1] == "empty-section"]) == 2


def test_typing_reruns_after_a_pause(qtbot, store, stored) -> None:
    panel = make_panel(qtbot, stored, store.settings)
    before = len(rows(panel))
    for _ in range(5):  # a burst of keystrokes: one run, after the last
        stored.sections[0].children[0].paragraphs[0] += "又一句,"
        panel.schedule()
        qtbot.wait(50)
    assert panel.pending and len(rows(panel)) == before
    start = time.perf_counter()
    qtbot.waitUntil(lambda: not panel.pending and len(rows(panel)) > before, timeout=2000)
    assert time.perf_counter() - start < 1.0


def test_big_report_is_checked_in_a_worker_and_stale_results_dropped(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(panel_module, "WORKER_THRESHOLD_CHARACTERS", 0)
    report = clean_report()
    report.sections[2].paragraphs.clear()
    panel = ChecksPanel(lambda: report, lambda: None, None)
    qtbot.addWidget(panel)
    panel.run_now()            # starts a run that will be stale
    report.sections[2].paragraphs.append(body(42))
    panel.run_now()
    qtbot.waitUntil(lambda: panel.summary.text() != "正在检查…", timeout=3000)
    qtbot.wait(100)  # let the stale run's result arrive too: it must be ignored
    assert rows(panel) == []
    assert panel.summary.text() == "没有发现问题"


def test_without_report_or_settings(qtbot) -> None:
    panel = make_panel(qtbot, None)
    assert rows(panel) == [] and panel.summary.text() == "没有打开的报告"
    report = clean_report()
    report.sections[2].paragraphs.clear()
    panel.holder["report"] = report  # type: ignore[attr-defined]
    panel.run_now()
    assert rows(panel) == [("三、", "empty-section")]
    assert panel.findings()[0].severity is Severity.WARNING
    panel.set_current_row(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert rows(panel) == []
