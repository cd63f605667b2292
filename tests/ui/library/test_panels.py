"""The 常用语 and 活动台账 panels, driven with the keyboard only."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.library.activities import Activity, ActivityLedger, Figure
from app.library.phrases import PhraseLibrary
from app.model import Part, Report, Section
from ui.library.activity_panel import UNMENTIONED_ROLE, ActivityPanel
from ui.library.ledger_mapping_dialog import LedgerMappingDialog
from ui.library.phrase_panel import PhrasePanel


def type_chinese(widget, text: str) -> None:
    """Chinese goes in as key events carrying text (qtbot.keyClicks cannot send it)."""
    for char in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))


REPORT = Report(title="西青区统计局2024年法治政府建设情况报告", organization="西青区统计局", year=2024,
                sections=[Section("主要举措和成效", ["4月3日，组织召开统计局警示教育大会。"], part=Part.MEASURES)])


@pytest.fixture
def phrase_panel(qtbot, store):
    panel = PhrasePanel(store, lambda: REPORT)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_pinyin_search_arrows_and_enter_insert(qtbot, store, phrase_panel: PhrasePanel) -> None:
    phrase_panel.focus_search()
    assert phrase_panel.search_edit.hasFocus()
    qtbot.keyClicks(phrase_panel.search_edit, "zfjc")
    qtbot.waitUntil(lambda: phrase_panel.status.text() != "" and all(
        "执法检查" in phrase_panel.results.item(i).text() for i in range(phrase_panel.results.count())))
    assert phrase_panel.results.count() >= 2
    second = phrase_panel.results.item(1).data(Qt.ItemDataRole.UserRole + 1)
    qtbot.keyClick(phrase_panel.search_edit, Qt.Key.Key_Down)   # choose from the search box
    assert phrase_panel.results.currentRow() == 1
    with qtbot.waitSignal(phrase_panel.insertRequested) as inserted:
        qtbot.keyClick(phrase_panel.search_edit, Qt.Key.Key_Return)
    assert inserted.args == [second.text]
    assert PhraseLibrary(store.db, load_builtins=False).get(second.id).uses == 1
    assert phrase_panel.search_edit.hasFocus()


def test_chinese_search_fills_variables(qtbot, store, phrase_panel: PhrasePanel) -> None:
    PhraseLibrary(store.db).add("{年度}年，{单位}扎实开展测试工作，{下一年度}年继续。")
    phrase_panel.focus_search()
    type_chinese(phrase_panel.search_edit, "测试")
    assert phrase_panel.search_edit.text() == "测试"
    qtbot.waitUntil(lambda: phrase_panel.results.count() == 1)
    with qtbot.waitSignal(phrase_panel.insertRequested) as inserted:
        qtbot.keyClick(phrase_panel.search_edit, Qt.Key.Key_Enter)
    assert inserted.args == ["2024年，西青区统计局扎实开展测试工作，2025年继续。"]
    phrase_id = phrase_panel.current_phrase().id
    assert PhraseLibrary(store.db, load_builtins=False).get(phrase_id).uses == 1
    # most used first now, for an empty search too
    qtbot.keyClick(phrase_panel.search_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(phrase_panel.search_edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: phrase_panel.search_edit.text() == "" and phrase_panel.results.count() > 1)
    qtbot.waitUntil(lambda: phrase_panel.results.item(0).data(Qt.ItemDataRole.UserRole + 1).id == phrase_id)


def test_typing_fast_then_enter_uses_the_latest_text(qtbot, phrase_panel: PhrasePanel) -> None:
    phrase_panel.focus_search()
    type_chinese(phrase_panel.search_edit, "特此报告")
    with qtbot.waitSignal(phrase_panel.insertRequested) as inserted:   # before the 150 ms delay ran out
        qtbot.keyClick(phrase_panel.search_edit, Qt.Key.Key_Return)
    assert inserted.args == ["特此报告。"]


def test_escape_returns_focus_and_category_filter(qtbot, phrase_panel: PhrasePanel) -> None:
    phrase_panel.focus_search()
    with qtbot.waitSignal(phrase_panel.returnFocusRequested):
        qtbot.keyClick(phrase_panel.search_edit, Qt.Key.Key_Escape)
    phrase_panel.category_box.setFocus()
    index = phrase_panel.category_box.findData("问题")
    while phrase_panel.category_box.currentIndex() != index:
        qtbot.keyClick(phrase_panel.category_box, Qt.Key.Key_Down)
    categories = {phrase_panel.results.item(i).data(Qt.ItemDataRole.UserRole + 1).category
                  for i in range(phrase_panel.results.count())}
    assert categories == {"问题"}


@pytest.fixture
def activity_panel(qtbot, store):
    ActivityLedger(store.db).add_many([
        Activity(year=2024, date_text="4月3日", title="组织召开统计局警示教育大会", category="学法"),
        Activity(year=2024, date_text="9月20日", title="统计法进社区宣传", category="普法宣传",
                 figures=[Figure("宣传页", 200, "份")]),
        Activity(year=2023, date_text="5月1日", title="去年的活动"),
    ])
    panel = ActivityPanel(store, lambda: REPORT)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_activity_keyboard_insert(qtbot, activity_panel: ActivityPanel) -> None:
    assert activity_panel.year_box.currentData() == 2024  # the report's year first
    assert activity_panel.row_count() == 2
    activity_panel.focus_search()
    qtbot.keyClick(activity_panel.filter_edit, Qt.Key.Key_Down)
    with qtbot.waitSignal(activity_panel.insertRequested) as inserted:
        qtbot.keyClick(activity_panel.filter_edit, Qt.Key.Key_Return)
    assert inserted.args == ["9月20日，统计法进社区宣传，宣传页200份。"]
    type_chinese(activity_panel.filter_edit, "警示")
    assert activity_panel.row_count() == 1
    activity_panel.tree.setFocus()
    with qtbot.waitSignal(activity_panel.insertRequested) as inserted:
        qtbot.keyClick(activity_panel.tree, Qt.Key.Key_Return)
    assert inserted.args == ["4月3日，组织召开统计局警示教育大会。"]
    with qtbot.waitSignal(activity_panel.returnFocusRequested):
        qtbot.keyClick(activity_panel.tree, Qt.Key.Key_Escape)


def test_coverage_highlights_unmentioned(qtbot, activity_panel: ActivityPanel) -> None:
    activity_panel.coverage_check.setFocus()
    qtbot.keyClick(activity_panel.coverage_check, Qt.Key.Key_Space)
    assert activity_panel.coverage_check.isChecked()
    model = activity_panel.model
    flags = {model.index(i, 2).data(): model.index(i, 0).data(UNMENTIONED_ROLE) for i in range(model.rowCount())}
    assert flags == {"组织召开统计局警示教育大会": False, "统计法进社区宣传": True}
    assert "1 条报告未提及" in activity_panel.status.text()


def test_excel_import_with_mapping(qtbot, store, tmp_path: Path, activity_panel: ActivityPanel) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["活动名称", "时间", "备注"])
    sheet.append(["执法检查", "7-9月", "规上企业"])
    sheet.append([None, "8月1日", "没有名称"])
    workbook.save(tmp_path / "l.xlsx")
    dialog = LedgerMappingDialog(["活动名称", "时间", "备注"], {}, 2024)
    qtbot.addWidget(dialog)
    assert dialog.mapping() == {"date": "时间", "title": "活动名称"}
    dialog.boxes["description"].setCurrentIndex(dialog.boxes["description"].findData("备注"))
    mapping = dialog.mapping()
    dialog.boxes["date"].setCurrentIndex(dialog.boxes["date"].findData("活动名称"))
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # one column twice
    with qtbot.waitSignal(activity_panel.importFinished, timeout=10000) as finished:
        activity_panel.import_file(str(tmp_path / "l.xlsx"), mapping, 2024)
    result = finished.args[0]
    assert len(result.imported) == 1 and [s.row for s in result.skipped] == [3]
    stored = [a for a in ActivityLedger(store.db).activities(year=2024) if a.title == "执法检查"]
    assert stored[0].description == "规上企业" and stored[0].date_text == "7-9月"
    for widget in QApplication.topLevelWidgets():  # the summary box opened non-modally
        if widget.isVisible() and widget.windowTitle() == "导入台账":
            widget.close()


def test_delete_selects_the_neighbouring_row(qtbot, store, activity_panel: ActivityPanel,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.common import messages

    ActivityLedger(store.db).add_many([Activity(year=2024, date_text="10月1日", title="第三条"),
                                       Activity(year=2024, date_text="11月1日", title="第四条")])
    activity_panel.reload()
    questions: list[str] = []

    def answer(_parent, _title, text, *_args, **_kwargs):
        questions.append(text)
        return True
    monkeypatch.setattr(messages, "confirm", answer)
    titles = lambda: [activity_panel.model.index(i, 2).data() for i in range(activity_panel.row_count())]  # noqa: E731
    assert titles() == ["组织召开统计局警示教育大会", "统计法进社区宣传", "第三条", "第四条"]
    activity_panel.set_current_row(2)
    activity_panel.tree.setFocus()
    qtbot.keyClick(activity_panel.tree, Qt.Key.Key_Delete)
    assert questions and questions[0].startswith("删除这条活动？")          # full-width ？
    assert activity_panel.current_activity().title == "第四条"               # the row that took its place
    activity_panel.delete_current()
    assert activity_panel.current_activity().title == "统计法进社区宣传"     # the last row: the one before


def test_phrase_delete_selects_the_neighbouring_row(qtbot, store, phrase_panel: PhrasePanel,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.common import messages

    monkeypatch.setattr(messages, "confirm", lambda *_args, **_kwargs: True)
    phrase_panel.results.setCurrentRow(3)
    below = phrase_panel.results.item(4).data(Qt.ItemDataRole.UserRole + 1).id
    phrase_panel.delete_current()
    assert phrase_panel.current_phrase().id == below


def test_importing_a_file_twice_adds_nothing(qtbot, store, tmp_path: Path, activity_panel: ActivityPanel) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["年度", "日期", "事项"])
    sheet.append([2024, "4月3日", "组织召开统计局警示教育大会"])   # the fixture's ledger has it
    sheet.append([2024, "8月1日", "新活动"])
    workbook.save(tmp_path / "twice.xlsx")
    mapping = {"year": "年度", "date": "日期", "title": "事项"}
    for expected_new, expected_skipped in ((1, [2]), (0, [2, 3])):
        with qtbot.waitSignal(activity_panel.importFinished, timeout=10000) as finished:
            activity_panel.import_file(str(tmp_path / "twice.xlsx"), mapping, 2024)
        result = finished.args[0]
        assert len(result.imported) == expected_new and [s.row for s in result.skipped] == expected_skipped
        assert {s.reason for s in result.skipped} == {"已在台账中"}
        for widget in QApplication.topLevelWidgets():  # the summary box lists the skipped rows
            if widget.isVisible() and widget.windowTitle() == "导入台账":
                assert "第2行：已在台账中" in widget.detailedText()
                widget.close()
    assert [a.title for a in ActivityLedger(store.db).activities(year=2024)].count("新活动") == 1


@pytest.mark.parametrize("width", [360, 400, 460])
def test_ledger_columns_fit_the_dock(qtbot, store, activity_panel: ActivityPanel, width: int) -> None:
    ActivityLedger(store.db).add(Activity(year=2024, date_text="1月15日、1月18日", title="专题民主生活会",
                                          figures=[Figure("执法检查", 32, "家"), Figure("培训", 900, "人次")],
                                          part=Part.MEASURES))
    activity_panel.reload()
    activity_panel.resize(width, 500)
    QApplication.processEvents()
    tree, header = activity_panel.tree, activity_panel.tree.horizontalHeader()
    assert not tree.horizontalScrollBar().isVisible()
    assert header.length() <= tree.viewport().width()
    assert header.sectionSize(2) >= 0.35 * tree.viewport().width()         # the title keeps its room
    model = activity_panel.model
    row = next(i for i in range(model.rowCount()) if model.index(i, 2).data() == "专题民主生活会")
    cell = lambda column, role=Qt.ItemDataRole.DisplayRole: model.index(row, column).data(role)  # noqa: E731
    tip = Qt.ItemDataRole.ToolTipRole
    metrics = tree.fontMetrics()
    if width >= 400:
        assert header.sectionSize(0) > metrics.horizontalAdvance("1月15日、1月18日")   # the double date whole
    assert cell(0, tip) == "1月15日、1月18日" and cell(3, tip) == "执法检查=32家；培训=900人次"
    assert cell(3) == "32家、900人次" and cell(4, tip).startswith("1 ")
