"""Find & replace across the report, the snapshots dialog, the properties dialog, the start dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

from app.model import MarkerStyle
from tests.ui.conftest import answer_box
from ui.editor.text_search import find_matches, replaced_text
from ui.window.properties_dialog import PropertiesDialog
from ui.window.snapshots_dialog import SnapshotsDialog
from ui.window.start_dialog import StartDialog


def fill(controller) -> tuple[int, int]:
    first, second = controller.report.sections[0], controller.report.sections[1]
    child = controller.add_child(first.id)
    controller.set_section_text(child, "开展执法检查", ["全年开展执法检查32家。", "执法检查发现问题6个。"])
    controller.set_section_text(second.id, second.heading, ["执法检查力量不足。"])
    controller.flush()
    return child, second.id


def test_find_lists_matches_and_click_selects_them(report_window) -> None:
    win = report_window
    controller = win.controller
    child, second = fill(controller)
    win.qtbot.keyClick(win.editor.body, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = win.window.find_panel
    assert panel is not None and win.window.find_dock.isVisible()
    assert panel.replace_edit.isHidden()
    panel.find_edit.setText("执法检查")
    assert panel.results.count() == 4
    assert panel.summary.text() == "找到 4 处"
    texts = [panel.results.item(i).text() for i in range(4)]
    assert texts[0].startswith("一、（一）  [标题]")
    assert texts[2].startswith("一、（一）  [第2段]") and "【执法检查】" in texts[2]
    assert texts[3].startswith("二、  [第1段]")

    panel.results.itemClicked.emit(panel.results.item(2))
    assert controller.current_section_id() == child
    cursor = win.editor.body.textCursor()
    assert cursor.selectedText() == "执法检查"
    assert cursor.selectionStart() == len("全年开展执法检查32家。\n")

    panel.results.itemClicked.emit(panel.results.item(0))
    assert win.editor.heading.selectedText() == "执法检查"

    panel.find_edit.setText("不存在的词")
    assert panel.results.count() == 0 and "没有找到" in panel.summary.text()


def test_replace_one_and_all_in_one_undo_step(report_window) -> None:
    win = report_window
    controller, store = win.controller, win.store
    child, second = fill(controller)
    win.window.show_find(True)
    panel = win.window.find_panel
    assert not panel.replace_edit.isHidden()
    panel.find_edit.setText("执法检查")
    panel.replace_edit.setText("监督检查")

    panel.results.setCurrentRow(1)
    panel.replace_button.click()
    assert controller.section(child).paragraphs[0] == "全年开展监督检查32家。"
    assert controller.section(child).heading == "开展执法检查"
    assert panel.results.count() == 3

    panel.replace_all_button.click()
    report = store.reports.load(controller.report.id)
    assert find_matches(report, "执法检查") == []
    assert report.find_section(child).heading == "开展监督检查"
    assert report.find_section(second).paragraphs == ["监督检查力量不足。"]
    assert "已替换 3 处" in panel.summary.text()
    panel.search()  # the panel searches again when the report changes: the note must stay (QA)
    assert "已替换 3 处" in panel.summary.text()

    win.window.undo_action.trigger()  # replace all is one step
    report = store.reports.load(controller.report.id)
    assert len(find_matches(report, "执法检查")) == 3
    assert report.find_section(second).paragraphs == ["执法检查力量不足。"]


def test_text_search_functions() -> None:
    from app.model import Report, Section

    report = Report(sections=[Section("Plan A", ["plan b and PLAN c", "x"]), Section("其他", ["无"])])
    matches = find_matches(report, "plan")
    assert [(m.number, m.paragraph, m.start) for m in matches] == [("一、", -1, 0), ("一、", 0, 0), ("一、", 0, 11)]
    assert find_matches(report, "plan", case_sensitive=True)[0].paragraph == 0
    assert replaced_text(report.sections[0], "plan", "方案") == ("方案 A", ["方案 b and 方案 c", "x"])
    assert replaced_text(report.sections[0], "plan", "方案", only=matches[2]) == ("Plan A", ["plan b and 方案 c", "x"])
    assert replaced_text(report.sections[1], "无", "") == ("其他", [])  # an emptied paragraph goes away


def test_snapshots_take_preview_restore(report_window, monkeypatch) -> None:
    win = report_window
    controller, store = win.controller, win.store
    first = controller.report.sections[0]
    controller.set_section_text(first.id, first.heading, ["送审前的正文。"])
    dialog = SnapshotsDialog(controller, win.window)
    win.qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("送领导审阅前", True)))
    dialog.take_button.click()
    assert dialog.table.topLevelItemCount() == 1
    item = dialog.table.topLevelItem(0)
    assert item.text(1) == "送领导审阅前" and item.text(2) == "手动"
    assert "送审前的正文。" in dialog.preview.toPlainText()
    assert "一、2024年推进法治政府建设的主要举措和成效" in dialog.preview.toPlainText()

    controller.set_section_text(first.id, first.heading, ["改坏了的正文。"])
    controller.delete(controller.report.sections[4].id)
    dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
    seen = answer_box("恢复")
    assert dialog.restore()
    assert "送领导审阅前" in seen[0]
    assert controller.report.sections[0].paragraphs == ["送审前的正文。"]
    assert len(controller.report.sections) == 5
    assert win.editor.body.toPlainText() == "送审前的正文。"
    stored = store.reports.load(controller.report.id)
    assert stored.sections[0].paragraphs == ["送审前的正文。"] and len(stored.sections) == 5
    # the state before the restore was kept as an automatic snapshot
    rows = [(dialog.table.topLevelItem(i).text(1), dialog.table.topLevelItem(i).text(2))
            for i in range(dialog.table.topLevelItemCount())]
    assert rows[0][1] == "自动" and "之前" in rows[0][0]
    assert controller.undo_stack.count() == 0  # the restored report starts a fresh undo history


def test_properties_dialog_saves_and_renumbers(report_window) -> None:
    win = report_window
    controller, store = win.controller, win.store

    def edit(dialog: PropertiesDialog) -> None:
        dialog.title_edit.setText("某某区统计局2024年度法治政府建设情况的报告")
        dialog.recipient_edit.setText("区委、区政府")
        dialog.signature_edit.setText("某某区统计局")
        dialog.date_check.setChecked(True)
        dialog.date_edit.setDate(QDate(2025, 2, 25))
        dialog.preamble_edit.setPlainText("第一段开头语。\n\n第二段开头语。")
        dialog.style_combos[0].setCurrentIndex(dialog.style_combos[0].findData(MarkerStyle.ARABIC))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_box(edit)
    win.window.properties_action.trigger()
    report = store.reports.load(controller.report.id)
    assert report.title == "某某区统计局2024年度法治政府建设情况的报告"
    assert report.recipient == "区委、区政府"
    assert report.date == dt.date(2025, 2, 25)
    assert report.preamble == ["第一段开头语。", "第二段开头语。"]
    assert report.marker_styles[0] is MarkerStyle.ARABIC
    assert win.tree.model().index(2, 0).data().startswith("2. ")
    assert win.window.windowTitle().startswith("某某区统计局2024年度法治政府建设情况的报告")
    win.window.undo_action.trigger()
    assert store.reports.load(controller.report.id).recipient is None
    assert win.tree.model().index(2, 0).data().startswith("二、 ")

    # a cleared date stays empty
    def clear_date(dialog: PropertiesDialog) -> None:
        dialog.date_check.setChecked(False)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    win.window.redo_action.trigger()
    assert store.reports.load(controller.report.id).date == dt.date(2025, 2, 25)
    answer_box(clear_date)
    win.window.properties_action.trigger()
    assert store.reports.load(controller.report.id).date is None


def test_start_dialog_new_report_remembers_organization(app_window) -> None:
    win = app_window
    controller = win.controller
    assert controller.report is None
    assert win.editor.stack.currentWidget() is win.editor.placeholder

    def create(dialog: StartDialog) -> None:
        dialog.year_spin.setValue(2025)
        dialog.org_edit.setText("某某县司法局")
        dialog.new_button.click()

    answer_box(create)
    assert win.window.show_start_dialog()
    assert controller.report.year == 2025
    assert controller.report.title == "某某县司法局2025年法治政府建设情况报告"
    assert win.tree.model().rowCount() == 5 + 2
    assert controller.current_section() is controller.report.sections[0]
    assert "本节" in win.window.section_count_label.text()

    # the next dialog offers the organization again, and lists the report to open
    def check_and_open(dialog: StartDialog) -> None:
        assert dialog.org_edit.text() == "某某县司法局"
        drafts = dialog.list.report_items()
        assert len(drafts) == 2
        assert drafts[0].toolTip(0) == "最近打开过"  # recently opened first, said in words (no ★)
        dialog.list.setCurrentItem(drafts[1])
        dialog.open_button.click()

    controller.new_report(2024, "某某县司法局")
    first_id = min(r.id for r in win.store.reports.summaries())
    answer_box(check_and_open)
    assert win.window.show_start_dialog()
    assert controller.report.id == first_id
    QApplication.processEvents()


def test_find_panel_tab_order_and_escape(report_window, qtbot) -> None:
    """QA: Tab wandered from the find field, and Esc did not close the panel."""
    from PySide6.QtTest import QTest

    win = report_window.window
    win.show_find(True)
    panel = win.find_panel
    qtbot.waitUntil(panel.find_edit.hasFocus, timeout=2000)
    assert panel.find_edit.nextInFocusChain() is panel.replace_edit or \
        QApplication.focusWidget() is panel.find_edit
    QTest.keyClick(panel.find_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.replace_edit
    QTest.keyClick(panel.replace_edit, Qt.Key.Key_Escape)
    assert not win.find_dock.isVisible()
