"""字数目标 in 报告属性: stored with the report, shown in the tree's count column against each part's
count (coloured when far off), undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.model import CharTargets, Part
from tests.ui.conftest import answer_box
from ui.editor.section_model import COL_COUNT
from ui.window.properties_dialog import PropertiesDialog


def count_cell(win, row: int, role=Qt.ItemDataRole.DisplayRole):
    """The count column of the row-th top-level section (the tree's first row is 开头)."""
    model = win.tree.model()
    return model.data(model.index(row + 1, COL_COUNT), role)


def test_targets_from_the_properties_dialog(report_window) -> None:
    win, controller = report_window, report_window.controller
    first = controller.report.sections[0]
    controller.set_section_text(first.id, first.heading, ["字" * 900])
    controller.flush()
    plain = count_cell(win, 0)
    assert "/" not in plain

    def set_targets(dialog: PropertiesDialog) -> None:
        tab = dialog.targets_tab
        assert tab.part_spins[Part.MEASURES].toolTip() == "现有 900 字"
        assert tab.total_spin.text() == "不设"
        tab.part_spins[Part.MEASURES].setValue(3000)
        tab.part_spins[Part.LEADERSHIP].setValue(800)
        tab.total_spin.setValue(8000)
        dialog.accept()

    answer_box(set_targets)
    win.window.properties_action.trigger()
    expected = CharTargets(8000, {Part.MEASURES: 3000, Part.LEADERSHIP: 800})
    assert win.store.reports.load(controller.report.id).targets == expected
    assert count_cell(win, 0) == "900 / 3,000"
    assert count_cell(win, 0, Qt.ItemDataRole.ForegroundRole).color().name() == "#2c6fbb"  # far under
    assert "字数目标 3,000 字" in count_cell(win, 0, Qt.ItemDataRole.ToolTipRole)
    assert "/" not in count_cell(win, 1)  # part 2 has no target
    assert count_cell(win, 2) == "0 / 800"

    controller.set_section_text(first.id, first.heading, ["字" * 2900])
    assert count_cell(win, 0) == "2,900 / 3,000"
    assert count_cell(win, 0, Qt.ItemDataRole.ForegroundRole) is None or \
        count_cell(win, 0, Qt.ItemDataRole.ForegroundRole).color().name() != "#2c6fbb"
    controller.set_section_text(first.id, first.heading, ["字" * 4000])
    assert count_cell(win, 0, Qt.ItemDataRole.ForegroundRole).color().name() == "#c0392b"  # far over

    # the length check agrees with the tree
    from app.checks import run_checks
    length = [f.message for f in run_checks(controller.report) if f.kind == "length"]
    assert any("超出字数目标（3000字）" in m for m in length)

    # undo takes the targets back (the text edits first)
    while controller.report.targets:
        win.window.undo_action.trigger()
    assert not win.store.reports.load(controller.report.id).targets
    assert "/" not in count_cell(win, 0)


def test_targets_survive_a_restart(report_window) -> None:
    controller = report_window.controller
    controller.update_properties(targets=CharTargets(None, {Part.PLANS: 500}))
    report_window.rebuild()
    assert report_window.controller.report.targets == CharTargets(None, {Part.PLANS: 500})
    assert count_cell(report_window, 3) == "0 / 500"


def test_a_part_in_several_sections_shows_its_sum(app_window) -> None:
    """Nanyang spreads part 1 over four themed sections: each shows the part's sum against the target."""
    from app.importing import parse_file
    from tests.datafiles import report_file

    controller = app_window.controller
    controller.open_report(app_window.store.reports.insert(parse_file(report_file("nanyang-tongji-2024.txt"))))
    controller.update_properties(targets=CharTargets(None, {Part.MEASURES: 2000}))
    cells = [count_cell(app_window, row) for row in range(4)]
    assert len(set(cells)) == 1 and cells[0].startswith("共") and cells[0].endswith(" / 2,000")
    tip = count_cell(app_window, 1, Qt.ItemDataRole.ToolTipRole)
    assert "第1部分正文" in tip and "本节" in tip
