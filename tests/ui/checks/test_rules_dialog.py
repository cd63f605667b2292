"""工具 → 用语规则… in the real window: a clerk rule added in the dialog shows up as a finding in the
checks panel, disabling it takes the finding away, editing and deleting, a hostile rules file is
one message, export and import between two libraries; and the panel runs with the ledger's figures
and last year's report from the roll-forward link, as `chengwen check` does."""

from __future__ import annotations

import json
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from app.checks.wording_rules import all_rules
from app.library.activities import Activity, ActivityLedger, Figure
from tests.ui.conftest import answer_box, type_text
from ui.checks.rules_dialog import RuleEditDialog, RulesDialog


def open_panel(window):
    room = window.rooms.checks
    if room.checks_panel is None:
        room.checks_dock.toggleViewAction().trigger()
    assert room.checks_panel is not None
    return room.checks_panel


def wording_findings(panel) -> list[str]:
    return [f.excerpt for f in panel.findings() if f.kind == "wording"]


def settled(panel) -> object:
    """The panel once its run in the worker process has come back."""
    QApplication.processEvents()
    deadline = time.monotonic() + 10
    while (panel.running or panel.pending) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    assert not panel.running
    return panel


def in_rules_dialog(window, steps) -> RulesDialog:
    """Open 用语规则… from the 工具 menu and run `steps(dialog)` while it is up, then close it."""
    done: list[RulesDialog] = []

    def run(dialog) -> None:
        assert isinstance(dialog, RulesDialog), dialog
        steps(dialog)
        done.append(dialog)
        dialog.reject()

    answer_box(run)
    window.rooms.checks.rules_action.trigger()
    assert done
    return done[0]


def add_rule_by_typing(dialog: RulesDialog, text: str, suggestion: str, reason: str = "") -> None:
    def fill(editor) -> None:
        assert isinstance(editor, RuleEditDialog)
        type_text(editor.pattern_edit, text)
        type_text(editor.suggestion_edit, suggestion)
        type_text(editor.reason_edit, reason)
        editor.buttons.accepted.emit()

    answer_box(fill)
    dialog.add_button.click()


def test_rules_dialog_is_in_the_tools_menu(app_window) -> None:
    assert app_window.rooms.checks.rules_action in app_window.window.tools_menu.actions()


def test_added_rule_is_found_and_disabling_it_takes_it_away(report_window, qtbot) -> None:
    controller = report_window.controller
    section = controller.report.sections[0]
    controller.set_section_text(section.id, section.heading, ["全面推进法治机关建设，成效明显。"])
    panel = open_panel(report_window)
    panel.run_now()
    assert wording_findings(settled(panel)) == []
    seen: list[list[str]] = []

    def steps(dialog: RulesDialog) -> None:
        add_rule_by_typing(dialog, "法治机关", "法治政府", "本单位统一提法")
        seen.append(wording_findings(settled(panel)))  # the checks ran again at once
        rule = next(r for r in dialog.rules() if not r.builtin)
        assert dialog.item_of(rule.id) is not None and rule.pattern == "法治机关"
        dialog.set_rule_enabled(rule.id, False)
        seen.append(wording_findings(settled(panel)))
        dialog.set_rule_enabled(rule.id, True)
        seen.append(wording_findings(settled(panel)))

    in_rules_dialog(report_window, steps)
    assert len(seen[0]) == 1 and "法治机关" in seen[0][0]
    assert seen[1] == []
    assert len(seen[2]) == 1
    finding = next(f for f in panel.findings() if f.kind == "wording")
    assert "法治政府" in finding.message
    # stored in the library: the next start finds the rule again
    report_window.rebuild()
    panel = open_panel(report_window)
    qtbot.waitUntil(lambda: len(wording_findings(panel)) == 1, timeout=3000)


def test_a_builtin_rule_can_be_switched_off(report_window, qtbot) -> None:
    controller = report_window.controller
    section = controller.report.sections[0]
    controller.set_section_text(section.id, section.heading, ["截止目前，完成全部任务。"])
    panel = open_panel(report_window)
    qtbot.waitUntil(lambda: len(wording_findings(panel)) == 1, timeout=3000)
    rule_id = next(r.id for r in all_rules(report_window.store.settings) if r.builtin and "截止" in r.pattern)
    in_rules_dialog(report_window, lambda dialog: dialog.set_rule_enabled(rule_id, False))
    assert wording_findings(settled(panel)) == []


def test_a_bad_pattern_is_refused_in_the_edit_dialog(report_window) -> None:
    seen: list[tuple[bool, str]] = []

    def steps(dialog: RulesDialog) -> None:
        def fill(editor: RuleEditDialog) -> None:
            editor.regex_check.setChecked(True)
            type_text(editor.pattern_edit, "(a+)+b")
            type_text(editor.suggestion_edit, "x")
            editor.buttons.accepted.emit()
            seen.append((editor.isVisible(), editor.error.text()))
            editor.reject()

        answer_box(fill)
        dialog.add_button.click()

    in_rules_dialog(report_window, steps)
    assert seen[0][0] and "嵌套" in seen[0][1]
    assert [r for r in all_rules(report_window.store.settings) if not r.builtin] == []


def test_edit_and_delete_a_clerk_rule(report_window) -> None:
    def steps(dialog: RulesDialog) -> None:
        add_rule_by_typing(dialog, "a.b", "x")
        rule = next(r for r in dialog.rules() if not r.builtin)
        assert rule.pattern == r"a\.b"  # typed text is looked for as it is
        dialog.table.setCurrentItem(dialog.item_of(rule.id))
        assert dialog.edit_button.isEnabled() and dialog.delete_button.isEnabled()

        def change(editor: RuleEditDialog) -> None:
            assert editor.pattern_edit.text() == "a.b" and not editor.regex_check.isChecked()
            editor.suggestion_edit.setText("y")
            editor.buttons.accepted.emit()

        answer_box(change)
        dialog.edit_button.click()
        assert [(r.pattern, r.suggestion) for r in dialog.rules() if not r.builtin] == [(r"a\.b", "y")]
        builtin = next(r for r in dialog.rules() if r.builtin)
        dialog.table.setCurrentItem(dialog.item_of(builtin.id))
        assert not dialog.edit_button.isEnabled() and not dialog.delete_button.isEnabled()
        dialog.table.setCurrentItem(dialog.item_of(rule.id))
        answer_box("删除")
        assert dialog.delete_selected() == 1
        assert [r for r in dialog.rules() if not r.builtin] == []

    in_rules_dialog(report_window, steps)


def test_import_of_a_hostile_file_is_one_message(report_window, tmp_path: Path, monkeypatch) -> None:
    import ui.checks.rules_dialog as rules_dialog

    hostile = tmp_path / "规则.json"
    hostile.write_text('[{"pattern": "法治机关", "suggestion": "法治政府"}, {"pattern": "(a|aa)+", "suggestion": "y"}]',
                       encoding="utf-8")
    monkeypatch.setattr(rules_dialog, "choose_import_file", lambda *a: hostile)
    boxes: list[list[str]] = []

    def steps(dialog: RulesDialog) -> None:
        boxes.append(answer_box("OK"))
        assert dialog.import_file() is None

    in_rules_dialog(report_window, steps)
    seen = boxes[0]
    assert len(seen) == 1 and "Traceback" not in seen[0]
    assert "规则.json" in seen[0] and "第 2 条" in seen[0]  # the first bad rule, named
    assert [r for r in all_rules(report_window.store.settings) if not r.builtin] == []
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)


def test_export_then_import_into_another_library(report_window, tmp_path: Path, monkeypatch, data_dir) -> None:
    import ui.checks.rules_dialog as rules_dialog

    shared = tmp_path / "共享规则.json"
    monkeypatch.setattr(rules_dialog, "choose_export_file", lambda *a: shared)
    monkeypatch.setattr(rules_dialog, "choose_import_file", lambda *a: shared)

    def export(dialog: RulesDialog) -> None:
        add_rule_by_typing(dialog, "法治机关", "法治政府")
        assert dialog.export_file() == 1

    in_rules_dialog(report_window, export)
    assert json.loads(shared.read_text(encoding="utf-8"))[0]["suggestion"] == "法治政府"
    settings = report_window.store.settings
    settings.set("checks.wording.custom", [])  # as a colleague's library without the rule
    imported: list = []
    in_rules_dialog(report_window, lambda dialog: imported.append(dialog.import_file()))
    assert imported == [(1, 0)]
    assert "导入 1 条规则" in report_window.window.statusBar().currentMessage()


def test_panel_uses_the_ledger_and_last_year(report_window, qtbot) -> None:
    controller = report_window.controller
    with_figures = controller.report.sections[0]
    controller.set_section_text(with_figures.id, with_figures.heading, ["开展“双随机一公开”执法检查32家。"])
    ActivityLedger(report_window.store.db).add(
        Activity(year=controller.report.year, title="双随机抽查", figures=[Figure("执法检查", 30, "家")]))
    panel = open_panel(report_window)
    panel.run_now()
    qtbot.waitUntil(lambda: any(f.kind == "figure-mismatch" for f in panel.findings()), timeout=3000)
    finding = next(f for f in panel.findings() if f.kind == "figure-mismatch")
    assert "30" in finding.message and finding.severity.value == "info"


def test_panel_compares_with_last_year_from_the_roll_forward_link(app_window, qtbot) -> None:
    from app import workflows
    from app.importing import parse_file
    from tests.datafiles import report_file

    store = app_window.store
    last_id = workflows.import_report(store, parse_file(report_file("xiqing-tongji-2024.txt")))
    last = store.reports.load(last_id)
    new_id = workflows.roll_forward(store, last).report_id
    controller = app_window.controller
    controller.open_report(new_id)
    copied = next(p for s in last.all_sections() for p in s.paragraphs if len(p) >= 60)
    target = next(s for s in controller.report.all_sections() if not s.children)
    controller.set_section_text(target.id, target.heading, [copied])
    panel = open_panel(app_window)
    panel.run_now()
    qtbot.waitUntil(lambda: any(f.kind == "carried-over" for f in panel.findings()), timeout=5000)
    finding = next(f for f in panel.findings() if f.kind == "carried-over")
    assert finding.section_id == target.id and "去年" in finding.message


def test_a_read_only_library_shows_the_rules_but_changes_nothing(report_window, qtbot) -> None:
    dialog = RulesDialog(report_window.store.settings, report_window.window, read_only=True)
    qtbot.addWidget(dialog)
    assert dialog.table.topLevelItemCount() == len(all_rules(report_window.store.settings))
    assert not dialog.add_button.isEnabled() and not dialog.import_button.isEnabled()
    assert dialog.export_button.isEnabled()  # sharing the rules only reads them
    first = dialog.table.topLevelItem(0)
    from PySide6.QtCore import Qt

    assert not first.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert dialog.add() is None and dialog.import_file() is None
