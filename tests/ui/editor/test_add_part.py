"""添加此部分: from the tree's context menu and from the missing-part finding, and its undo."""

from __future__ import annotations

import pytest

from app.importing import parse_file
from app.model import Part, Status
from tests.datafiles import report_file
from tests.ui.conftest import answer_box

REPORTS = ["xiqing-tongji-2024.txt", "nanyang-tongji-2024.txt"]


def open_real(app_window, name: str) -> None:
    report_id = app_window.store.reports.insert(parse_file(report_file(name)), origin="import")
    app_window.controller.open_report(report_id)


def tops(controller) -> list[Part | None]:
    return [s.part for s in controller.report.sections]


@pytest.mark.parametrize("name", REPORTS)
def test_add_part_from_the_tree_and_undo(app_window, name: str) -> None:
    open_real(app_window, name)
    controller, tree = app_window.controller, app_window.tree
    before = tops(controller)
    stored_before = len(app_window.store.reports.load(controller.report.id).sections)
    menu = tree.add_part_menu
    menu.refill()
    assert menu.menuAction().isVisible()
    assert [a.data() for a in menu.actions()] == [3, 5]
    menu.actions()[0].trigger()
    parts = tops(controller)
    assert parts.index(Part.LEADERSHIP) == parts.index(Part.PLANS) - 1 and len(parts) == len(before) + 1
    added = controller.current_section()
    assert added.part is Part.LEADERSHIP and added.status is Status.TODO and not added.paragraphs
    assert tree.model().data(tree.currentIndex().siblingAtColumn(0)).endswith(added.heading)
    assert app_window.editor.guidance.isVisible() or not app_window.window.isVisible()
    stored = app_window.store.reports.load(controller.report.id)
    assert [s.part for s in stored.sections] == parts
    assert "添加第3部分" in app_window.window.undo_action.text()

    app_window.window.undo_action.trigger()
    assert tops(controller) == before
    assert len(app_window.store.reports.load(controller.report.id).sections) == stored_before
    app_window.window.redo_action.trigger()
    assert tops(controller) == parts

    menu.refill()
    [last] = menu.actions()
    last.trigger()
    assert tops(controller)[-1] is Part.OTHER
    menu.refill()
    assert not menu.menuAction().isVisible()  # nothing missing: nothing offered


def test_add_part_from_the_finding(app_window, qtbot) -> None:
    open_real(app_window, REPORTS[0])
    controller = app_window.controller
    room = app_window.rooms.checks
    room.checks_dock.toggleViewAction().trigger()
    panel = room.checks_panel
    qtbot.waitUntil(lambda: any(f.kind == "missing-part" for f in panel.findings()), timeout=3000)
    finding = next(f for f in panel.findings() if f.kind == "missing-part")
    assert finding.excerpt == Part.LEADERSHIP.short_name

    # activating the finding offers 添加此部分 (it used to open 报告属性)
    seen = answer_box("添加此部分")
    panel.findingActivated.emit(finding)
    assert "缺少第3部分" in seen[0]
    assert Part.LEADERSHIP in tops(controller) and controller.current_section().part is Part.LEADERSHIP
    app_window.window.undo_action.trigger()
    assert Part.LEADERSHIP not in tops(controller)

    # and the panel's context menu has it too, without a question
    qtbot.waitUntil(lambda: any(f.kind == "missing-part" and f.excerpt == Part.OTHER.short_name
                                for f in panel.findings()), timeout=3000)
    for row in range(panel.row_count()):
        if panel.finding_at(row).excerpt == Part.OTHER.short_name:
            panel.set_current_row(row)
    panel.add_part_for_current()
    assert tops(controller)[-1] is Part.OTHER
    qtbot.waitUntil(lambda: [f.excerpt for f in panel.findings() if f.kind == "missing-part"]
                    == [Part.LEADERSHIP.short_name], timeout=3000)


def test_cancelled_offer_adds_nothing(app_window, qtbot) -> None:
    open_real(app_window, REPORTS[1])
    before = tops(app_window.controller)
    answer_box("取消")
    assert app_window.rooms.checks.offer_part(Part.OTHER) == -1
    assert tops(app_window.controller) == before
