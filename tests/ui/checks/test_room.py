"""The checks room wired into the window: the panel runs and jumps to a finding."""

from __future__ import annotations

from tests.datafiles import report_file

XIQING = report_file("xiqing-tongji-2024.txt")
NANYANG = report_file("nanyang-tongji-2024.txt")


def test_checks_panel_runs_and_jumps_to_a_finding(report_window, qtbot) -> None:
    controller = report_window.controller
    section = controller.report.sections[1]
    controller.set_section_text(section.id, section.heading, ["执法力量不足，，培训不够。"])
    report_window.window.findChild(type(report_window.rooms.checks.checks_dock), "dock_检查")
    report_window.rooms.checks.checks_dock.toggleViewAction().trigger()
    panel = report_window.rooms.checks.checks_panel
    assert panel is not None
    qtbot.waitUntil(lambda: any(f.kind == "punctuation" for f in panel.findings()), timeout=3000)
    finding = next(f for f in panel.findings() if f.kind == "punctuation")
    controller.select_section(controller.report.sections[0].id)
    panel.findingActivated.emit(finding)
    assert controller.current_section_id() == section.id
    # typing a fix re-runs the checks within a second
    controller.set_section_text(section.id, section.heading, ["执法力量不足，培训不够。"])
    qtbot.waitUntil(lambda: not any(f.kind == "punctuation" for f in panel.findings()), timeout=2000)
