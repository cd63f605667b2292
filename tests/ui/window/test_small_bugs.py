"""The small bugs of issue 11, each with the test that would have caught it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from app.checks import Finding, Severity
from app.checks.finding import make_finding
from app.importing import parse_file
from app.library.activities import Activity, ActivityLedger
from tests.datafiles import report_file
from tests.ui.conftest import answer_box
from tests.ui.window.test_english import english_translation

XIQING = report_file("xiqing-tongji-2024.txt")


def test_alt_f_reaches_the_file_button_of_the_roll_forward_dialog(app_window, qtbot) -> None:
    from ui.rollforward.rollforward_dialog import RollForwardDialog

    dialog = RollForwardDialog(app_window.window, app_window.store)
    qtbot.addWidget(dialog)
    assert dialog.file_button.shortcut().isEmpty() or dialog.file_button.shortcut().toString() == "Alt+F"
    clicked = []
    dialog.file_button.clicked.disconnect()
    dialog.file_button.clicked.connect(lambda: clicked.append("alt"))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: clicked == ["alt"], timeout=2000)  # a mnemonic clicks after a short animation
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # and Ctrl+O still works
    qtbot.waitUntil(lambda: clicked == ["alt", "alt"], timeout=2000)
    dialog.reject()


def test_ticking_a_plan_names_its_undo_step(app_window, monkeypatch) -> None:
    from ui.rollforward.rollforward_dialog import RollForwardDialog

    app_window.store.reports.insert(parse_file(XIQING), origin="import")

    def run_dialog(dialog: RollForwardDialog) -> int:
        dialog.source_list.setCurrentRow(0)
        dialog.create_report()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RollForwardDialog, "exec", run_dialog)
    app_window.rooms.rollforward.roll_forward()
    panel = app_window.rooms.rollforward.checklist_panel
    panel.items.item(1).setCheckState(Qt.CheckState.Checked)
    assert app_window.window.undo_action.text() == "撤销 勾选去年打算"


def test_the_language_note_is_said_once(app_window, monkeypatch) -> None:
    import ui.window.main_window as main_window

    said: list[str] = []
    monkeypatch.setattr(main_window.messages, "info", lambda parent, title, text, **k: said.append(text))
    app_window.window.set_language("en")
    assert said[-1] == "界面语言将在下次启动成文时切换。\nThe interface language changes the next time Chengwen starts."
    with english_translation():
        app_window.window.set_language("zh_CN")
    assert said[-1] == "The interface language changes the next time Chengwen starts."


def test_findings_read_in_english() -> None:
    from ui.checks.finding_text import finding_message

    comma = Finding("punctuation", Severity.WARNING, "半角“,”应改为全角“，”")
    wording = make_finding("wording", Severity.WARNING, "“{wrong}”应为“{right}”{why}", wrong="法制", right="法治", why="")
    other = Finding("part-order", Severity.INFO, "第2部分“不足和原因”排在第3部分之后，与规定的顺序不同")
    assert finding_message(comma) == comma.message  # Chinese interface: as the check wrote it
    with english_translation():
        assert finding_message(comma) == "Half-width “,” should be full-width “，”"
        assert finding_message(wording) == "“法制” should be “法治”"
        assert finding_message(other) == other.message  # a kind the mapping does not know stays Chinese


def test_read_only_disables_insert_as_sentence(data_dir, qtbot) -> None:
    from app.store import Store
    from ui.library.activity_panel import ActivityPanel

    Store(data_dir).close()
    store = Store(data_dir, read_only=True)
    try:
        panel = ActivityPanel(store, lambda: None)
        qtbot.addWidget(panel)
        assert not panel.insert_button.isEnabled()
    finally:
        store.close()


def test_ctrl_n_proposes_the_open_reports_organization(app_window) -> None:
    from ui.window.start_dialog import StartDialog

    app_window.store.settings.set("organization", "某区统计局")
    report_id = app_window.store.reports.insert(parse_file(report_file("nanyang-tongji-2024.txt")), origin="import")
    app_window.controller.open_report(report_id)
    seen = []
    answer_box(lambda dialog: (seen.append(dialog.org_edit.text()), dialog.reject()))
    app_window.window.new_action.trigger()
    assert isinstance(seen[0], str) and seen[0] == app_window.controller.report.organization != "某区统计局"
    assert StartDialog


def test_the_ledger_shows_the_year_and_sorts_new_rows(report_window) -> None:
    ledger = ActivityLedger(report_window.store.db)
    ledger.add(Activity(year=2024, date_text="12月5日", title="年末执法检查"))
    ledger.add(Activity(year=2024, date_text="3月2日", title="春季普法"))
    report_window.rooms.library.focus_library("activities")
    panel = report_window.rooms.library.activity_panel
    panel.reload()
    model = panel.model
    report_window.qtbot.waitUntil(lambda: model.rowCount() == 2)
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert "年度" in headers
    year_column = headers.index("年度")
    cells = [[model.data(model.index(row, column)) for column in range(model.columnCount())] for row in range(2)]
    assert [row[year_column] for row in cells] == ["2024", "2024"]
    assert [row[2] for row in cells] == ["春季普法", "年末执法检查"]  # by date, not by when they were entered


def test_built_in_categories_read_in_english(store, qtbot) -> None:
    from ui.library.category_names import category_label
    from ui.library.phrase_panel import PhrasePanel

    assert category_label("成效") == "成效"
    with english_translation():
        assert category_label("成效") == "Results" and category_label("执法检查") == "Enforcement inspection"
        assert category_label("本局自定") == "本局自定"  # the clerk's own category is data: as written
        panel = PhrasePanel(store, lambda: None)
        qtbot.addWidget(panel)
        shown = [panel.category_box.itemText(i) for i in range(panel.category_box.count())]
        assert "Results" in shown
        assert panel.category_box.itemData(shown.index("Results")) == "成效"  # the filter still uses the data
