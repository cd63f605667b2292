"""The features wired into the main window: import (file and clipboard), roll-forward, export,
print preview, the checks panel and last year's checklist — driven through the window's actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from app.importing import parse_file
from tests.datafiles import report_file
from tests.ui.conftest import answer_box
from ui.common import messages

XIQING = report_file("xiqing-tongji-2024.txt")
NANYANG = report_file("nanyang-tongji-2024.txt")


def accept_dialog(dialog: QDialog) -> None:
    dialog.accept()


def test_import_a_file_through_the_menu(app_window, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(XIQING), ""))
    rooms = app_window.rooms
    answer_box(accept_dialog)  # the import preview: accept it as recognised
    rooms.importing.import_action.trigger()
    controller = app_window.controller
    assert controller.report is not None
    assert controller.report.title == "西青区统计局2024年法治政府建设情况报告"
    stored = app_window.store.reports.load(controller.report.id)
    assert [s.heading for s in stored.sections][1] == "2024年推进法治政府建设存在的不足"
    assert any("导入" in s.label for s in app_window.store.snapshots.list(stored.id))
    # the tree shows it at once
    assert app_window.tree.model().rowCount() == 3


def test_import_from_the_clipboard_and_an_empty_clipboard(app_window) -> None:
    QApplication.clipboard().setText("")
    seen = answer_box("OK")
    app_window.rooms.importing.clipboard_action.trigger()
    assert "剪贴板" in seen[0]
    assert app_window.store.reports.list() == []
    QApplication.clipboard().setText(NANYANG.read_text(encoding="utf-8"))
    answer_box(accept_dialog)
    app_window.rooms.importing.clipboard_action.trigger()
    report = app_window.controller.report
    assert report is not None and report.organization == "南阳市统计局"
    assert len(report.sections) == 6


def test_roll_forward_then_tick_the_checklist(app_window, monkeypatch) -> None:
    from ui.rollforward.rollforward_dialog import RollForwardDialog

    last_year = app_window.store.reports.insert(parse_file(XIQING), origin="import")

    def run_dialog(dialog: RollForwardDialog) -> int:
        dialog.source_list.setCurrentRow(0)
        dialog.create_report()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RollForwardDialog, "exec", run_dialog)
    new_id = app_window.rooms.rollforward.roll_forward()
    controller = app_window.controller
    assert new_id is not None and controller.report.id == new_id
    assert controller.report.title == "西青区统计局2025年法治政府建设情况报告"
    assert controller.report.source_report_id == last_year
    dock = app_window.rooms.rollforward.checklist_dock
    assert dock.isVisible()
    panel = app_window.rooms.rollforward.checklist_panel
    assert panel.items.count() == 4
    # answer the first promise in the first section of part 1
    first_child = controller.report.sections[0].children[0]
    controller.select_section(first_child.id)
    panel.items.setCurrentRow(0)
    panel.link_button.click()
    stored = app_window.store.reports.load(new_id)
    assert stored.checklist[0].done and stored.checklist[0].answered_in == first_child.id
    panel.items.item(1).setCheckState(Qt.CheckState.Checked)
    assert app_window.store.reports.load(new_id).checklist[1].done
    app_window.window.undo_action.trigger()
    assert not app_window.store.reports.load(new_id).checklist[1].done


def test_export_word_and_excel_from_the_menu(report_window, tmp_path: Path, monkeypatch) -> None:
    import ui.output.export_actions as export_actions

    targets = iter([tmp_path / "报告.docx", tmp_path / "报告.xlsx"])
    monkeypatch.setattr(export_actions, "choose_path", lambda *a: next(targets))
    answer_box("关闭")
    report_window.rooms.output.word_action.trigger()
    assert (tmp_path / "报告.docx").stat().st_size > 5000
    answer_box("关闭")
    report_window.rooms.output.excel_action.trigger()
    from openpyxl import load_workbook

    sheets = load_workbook(tmp_path / "报告.xlsx").sheetnames
    assert {"提纲", "分部分统计", "活动台账", "数据对比"} <= set(sheets)
    labels = [s.label for s in report_window.store.snapshots.list(report_window.controller.report.id)]
    assert any("报告.docx" in label for label in labels)


def test_export_error_is_a_message_not_a_traceback(report_window, tmp_path: Path, monkeypatch) -> None:
    import ui.output.export_actions as export_actions

    folder = tmp_path / "占用.docx"
    folder.mkdir()
    monkeypatch.setattr(export_actions, "choose_path", lambda *a: folder)
    seen = answer_box("OK")
    assert report_window.rooms.output.export("docx") is None
    assert "文件夹" in seen[0]


def test_print_preview_opens_with_the_draft_label(report_window, qtbot) -> None:
    assert report_window.rooms.output.draft_label() == "第1稿"
    report_window.controller.take_snapshot("送审稿")
    assert report_window.rooms.output.draft_label() == "送审稿　第1稿"
    report_window.rooms.output.preview_action.trigger()
    dialog = report_window.rooms.output._preview
    assert dialog is not None and dialog.isVisible()
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    dialog.close()


def test_each_printed_draft_is_numbered_and_kept(report_window, monkeypatch) -> None:
    import ui.output.print_preview as print_preview

    printed: list[str] = []
    monkeypatch.setattr(print_preview, "print_report",
                        lambda parent, report, profile, label, draft: printed.append(label) or True)
    rooms = report_window.rooms
    rooms.output.print_action.trigger()
    rooms.output.print_action.trigger()
    assert printed == ["第1稿", "第2稿"]
    labels = [s.label for s in report_window.store.snapshots.list(report_window.controller.report.id)]
    assert "打印稿 第1稿" in labels and "打印稿 第2稿" in labels


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
    panel.findingActivated.emit(finding.section_id, finding.excerpt)
    assert controller.current_section_id() == section.id
    # typing a fix re-runs the checks within a second
    controller.set_section_text(section.id, section.heading, ["执法力量不足，培训不够。"])
    qtbot.waitUntil(lambda: not any(f.kind == "punctuation" for f in panel.findings()), timeout=2000)


def test_keyboard_only_phrase_search_and_insert(report_window, qtbot) -> None:
    from PySide6.QtTest import QTest

    window = report_window.window
    controller = report_window.controller
    controller.select_section(controller.report.sections[0].id)
    report_window.editor.focus_body()
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    panel = report_window.rooms.library.phrase_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.search_edit.hasFocus(), timeout=2000)
    qtbot.keyClicks(panel.search_edit, "zfjc")  # pinyin initials of 执法检查
    qtbot.waitUntil(lambda: panel.current_phrase() is not None and "执法检查" in panel.current_phrase().text,
                    timeout=2000)
    chosen = panel.current_phrase()
    QTest.keyClick(panel.search_edit, Qt.Key.Key_Down)
    QTest.keyClick(panel.search_edit, Qt.Key.Key_Up)
    QTest.keyClick(panel.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: report_window.editor.body.hasFocus(), timeout=2000)
    body = report_window.editor.body.toPlainText()
    assert chosen.text.replace("{年度}", "2024").replace("{单位}", "某某区统计局")[:8] in body
    section_id = controller.report.sections[0].id
    qtbot.waitUntil(lambda: "执法检查" in "".join(report_window.store.reports.load(controller.report.id)
                                                  .find_section(section_id).paragraphs), timeout=2000)
    uses = report_window.store.db.conn.execute("SELECT uses FROM phrases WHERE id=?", (chosen.id,)).fetchone()[0]
    assert uses == chosen.uses + 1


def test_harvest_and_extract_from_the_open_report(app_window, monkeypatch) -> None:
    from ui.library.proposals_dialog import ProposalsDialog

    report_id = app_window.store.reports.insert(parse_file(NANYANG), origin="import")
    app_window.controller.open_report(report_id)
    monkeypatch.setattr(ProposalsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    added = app_window.rooms.library.harvest_phrases()
    assert added > 0
    harvested = app_window.store.db.conn.execute(
        "SELECT COUNT(*) FROM phrases WHERE origin LIKE 'harvested%'").fetchone()[0]
    assert harvested == added
    origins = {r[0] for r in app_window.store.db.conn.execute("SELECT origin FROM phrases WHERE origin LIKE 'harvested%'")}
    assert origins == {f"harvested:{report_id}"}
    recorded = app_window.rooms.library.extract_activities()
    assert recorded > 5
    rows = app_window.store.db.conn.execute("SELECT date_text, title FROM activities WHERE year=2024").fetchall()
    assert len(rows) == recorded
    assert any(r["date_text"] == "3月22日" for r in rows)


def test_the_start_dialog_offers_starting_from_last_year(app_window, monkeypatch) -> None:
    from ui.window.start_dialog import StartDialog

    called = []
    monkeypatch.setitem(app_window.window.start_options, "rollforward",
                        ("以去年报告为基础新建…", "", lambda: called.append("rollforward") or 7))

    def click_rollforward(dialog: QDialog) -> None:
        assert isinstance(dialog, StartDialog)
        dialog.findChild(type(dialog.new_button), "start_rollforward").click()

    answer_box(click_rollforward)
    assert app_window.window.show_start_dialog() is True
    assert called == ["rollforward"]


def test_window_shortcuts_win_over_a_text_fields_own_bindings(report_window, qtbot, monkeypatch) -> None:
    """On X11 a line edit claims Ctrl+E/Ctrl+K for Emacs-style editing; the window's actions must win."""
    from PySide6.QtCore import QEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    class GreedyLineEdit(QLineEdit):  # behaves like QLineEdit under the X11 key bindings
        def event(self, event: QEvent) -> bool:
            if event.type() == QEvent.Type.ShortcutOverride and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                event.accept()
                return True
            return super().event(event)

    exported = []
    monkeypatch.setattr(report_window.rooms.output, "export", lambda kind: exported.append(kind))
    field = GreedyLineEdit(report_window.window)
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    QTest.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert exported == ["docx"]
    QTest.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # copy stays with the field
    assert exported == ["docx"]


def test_docks_come_back_where_the_clerk_left_them(report_window, qtbot) -> None:
    rooms = report_window.rooms
    rooms.checks.checks_dock.toggleViewAction().trigger()
    rooms.library.focus_library("phrases")
    assert rooms.checks.checks_dock.isVisible() and rooms.library.phrase_dock.isVisible()
    # side panels share one column: the editor keeps most of the width
    assert report_window.editor.width() > report_window.window.width() // 3
    report_window.rebuild()
    rooms = report_window.rooms
    qtbot.waitUntil(lambda: rooms.checks.checks_dock.isVisible() and rooms.library.phrase_dock.isVisible(), timeout=2000)
    assert not rooms.library.activity_dock.isVisible() or report_window.window.tabifiedDockWidgets(rooms.library.activity_dock)


def test_the_keys_list_names_every_shortcut(report_window, monkeypatch) -> None:
    from ui.window.keys_dialog import KeysDialog

    monkeypatch.setattr(KeysDialog, "exec", lambda self: 0)
    rows = dict(report_window.window.show_keys().rows())
    assert rows["导出为 Word"] == "Ctrl+E"
    assert rows["搜索常用语"] == "Ctrl+K"
    assert rows["检查"] == "F8"
    assert "Ctrl+F" in rows["查找"]


def test_exports_run_off_the_gui_thread_on_a_copy(report_window, tmp_path: Path, monkeypatch) -> None:
    """A 300-page PDF takes over a second: the window must keep painting meanwhile."""
    import threading
    import time

    from PySide6.QtCore import QTimer

    import ui.output.export_actions as export_actions

    seen: dict[str, object] = {}
    real = export_actions.export_report

    def slow_export(report, path, options):
        seen["thread"] = threading.current_thread()
        seen["same_object"] = report is report_window.controller.report
        time.sleep(0.3)
        return real(report, path, options)

    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    monkeypatch.setattr(export_actions, "export_report", slow_export)
    monkeypatch.setattr(export_actions, "choose_path", lambda *a: tmp_path / "r.pdf")
    monkeypatch.setattr(export_actions, "offer_to_open", lambda *a: None)
    assert report_window.rooms.output.export("pdf") == tmp_path / "r.pdf"
    timer.stop()
    assert seen["thread"] is not threading.main_thread()
    assert seen["same_object"] is False
    assert len(ticks) >= 5  # the GUI thread's timers kept running during the export


def test_extracting_twice_adds_nothing_the_second_time(app_window, monkeypatch) -> None:
    from ui.library.proposals_dialog import ProposalsDialog

    report_id = app_window.store.reports.insert(parse_file(XIQING), origin="import")
    app_window.controller.open_report(report_id)
    monkeypatch.setattr(ProposalsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert app_window.rooms.library.extract_activities() > 0
    monkeypatch.setattr(messages, "info", lambda *a, **k: None)
    assert app_window.rooms.library.extract_activities() == 0

