"""The library room wired into the window: keyboard search and insert, harvesting from the report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.importing import parse_file
from tests.datafiles import report_file
from ui.common import messages

XIQING = report_file("xiqing-tongji-2024.txt")
NANYANG = report_file("nanyang-tongji-2024.txt")


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


def test_extracting_twice_adds_nothing_the_second_time(app_window, monkeypatch) -> None:
    from ui.library.proposals_dialog import ProposalsDialog

    report_id = app_window.store.reports.insert(parse_file(XIQING), origin="import")
    app_window.controller.open_report(report_id)
    monkeypatch.setattr(ProposalsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert app_window.rooms.library.extract_activities() > 0
    monkeypatch.setattr(messages, "info", lambda *a, **k: None)
    assert app_window.rooms.library.extract_activities() == 0
