"""Writing in the editor: Chinese typed as key events and as input-method commits, autosave within
a second, undo/redo through the window, and everything found again after a restart."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import type_text


def stored_section(win, section_id: int):
    return win.store.reports.load(win.controller.report.id).find_section(section_id)


def focus(win, widget) -> None:
    win.window.activateWindow()
    win.qtbot.waitUntil(lambda: QApplication.activeWindow() is win.window)
    widget.setFocus()
    win.qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def commit(widget, text: str) -> None:
    """What an input method (pinyin) sends when the clerk picks a phrase."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_type_chinese_autosave_undo_and_reopen(report_window) -> None:
    win = report_window
    controller = win.controller
    first = controller.report.sections[0]
    controller.select_section(first.id)
    body = win.editor.body
    focus(win, body)

    type_text(body, "统计执法检查32家。\n")
    commit(body, "开展普法宣传16次")
    type_text(body, "，覆盖900余人次。")
    typed_at = time.monotonic()
    assert first.paragraphs == ["统计执法检查32家。", "开展普法宣传16次，覆盖900余人次。"]
    assert win.window.section_count_label.text() == f"本节正文 {controller.body_counts(first).characters:,} 字"
    assert win.window.save_label.text() == "未保存"

    # autosave: in the database within a second of the last keystroke, without any explicit save
    win.qtbot.waitUntil(lambda: stored_section(win, first.id).paragraphs == first.paragraphs, timeout=1000)
    assert time.monotonic() - typed_at < 1.0
    assert win.window.save_label.text().startswith("已保存 ")
    assert stored_section(win, first.id).status.value == "草稿"  # writing makes a 待写 section a draft
    assert controller.last_save_ms < 20

    # the heading line edits the heading, and the tree shows it at once
    heading = win.editor.heading
    focus(win, heading)
    heading.end(False)
    type_text(heading, "（初稿）")
    assert first.heading.endswith("（初稿）")
    assert win.tree.model().index(1, 0).data().endswith("（初稿）")

    # Ctrl+Z in the editor undoes the typing through the window's undo stack, Ctrl+Y redoes it
    focus(win, body)
    win.qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not first.heading.endswith("（初稿）")
    assert heading.text() == first.heading
    win.qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert first.paragraphs == ["统计执法检查32家。"]  # the second paragraph was its own step
    win.qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert first.paragraphs == []
    assert body.toPlainText() == ""
    assert first.status.value == "待写"
    win.qtbot.keyClick(body, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    win.qtbot.keyClick(body, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "统计执法检查32家。\n开展普法宣传16次，覆盖900余人次。"
    win.qtbot.waitUntil(lambda: stored_section(win, first.id).paragraphs == first.paragraphs, timeout=1000)

    # write in a second section, switch (which saves at once), and quit
    second = controller.report.sections[1]
    controller.select_section(second.id)
    focus(win, body)
    type_text(body, "执法力量薄弱")
    controller.select_section(first.id)
    assert stored_section(win, second.id).paragraphs == ["执法力量薄弱"]  # saved on the switch, no wait
    controller.select_section(second.id)
    type_text(body, "，人员不足。")
    report_id = controller.report.id
    win.rebuild()  # closes window and store (close saves), opens both again on the same directory

    controller = win.controller
    assert controller.report is not None and controller.report.id == report_id
    assert controller.current_section().heading == second.heading  # the last section reopens
    assert win.editor.body.toPlainText() == "执法力量薄弱，人员不足。"
    assert controller.report.sections[0].paragraphs == ["统计执法检查32家。", "开展普法宣传16次，覆盖900余人次。"]
    assert win.tree.currentIndex().data().startswith("二、")
    assert win.window.windowTitle().startswith("某某区统计局2024年法治政府建设情况报告")


def test_blank_lines_are_not_paragraphs_and_enter_splits(report_window) -> None:
    win = report_window
    section = win.controller.report.sections[2]
    win.controller.select_section(section.id)
    body = win.editor.body
    focus(win, body)
    type_text(body, "第一段\n\n\n第二段")
    assert section.paragraphs == ["第一段", "第二段"]
    cursor = body.textCursor()
    cursor.setPosition(2)
    body.setTextCursor(cursor)
    win.qtbot.keyClick(body, Qt.Key.Key_Return)
    assert section.paragraphs == ["第一", "段", "第二段"]


def test_insert_text_and_reference_pane(report_window) -> None:
    win = report_window
    controller = win.controller
    section = controller.report.sections[0]
    assert win.editor.reference.isHidden()  # no reference: no pane
    section.reference = ["去年开展执法检查28家。", "去年培训12次。"]
    controller.store.reports.update_section(section)
    controller.reload()
    controller.select_section(controller.report.sections[0].id)
    assert not win.editor.reference.isHidden()
    assert win.editor.reference_list.count() == 2
    win.editor.reference_list.setCurrentRow(1)
    win.editor.copy_button.click()
    assert controller.report.sections[0].paragraphs == ["去年培训12次。"]
    win.editor.insert_text("坚持以习近平新时代中国特色社会主义思想为指导")
    assert controller.report.sections[0].paragraphs == ["去年培训12次。", "坚持以习近平新时代中国特色社会主义思想为指导"]
    # guidance for a top-level part, filled for the year
    assert "写本年度做了什么" in win.editor.guidance.text()
    assert not win.editor.guidance.isHidden()
    child = controller.add_child(controller.report.sections[0].id)
    controller.select_section(child)
    assert win.editor.guidance.isHidden()
    assert win.editor.number_label.text() == "一、（一）"


def test_section_switch_is_fast(report_window) -> None:
    win = report_window
    controller = win.controller
    first = controller.report.sections[0]
    ids = []
    for i in range(60):
        section_id = controller.add_child(first.id)
        controller.set_section_text(section_id, f"第{i}节", ["统计执法检查，" * 80] * 12)
        ids.append(section_id)
    controller.flush()
    started = time.perf_counter()
    for section_id in ids:
        controller.select_section(section_id)
        QApplication.processEvents()
    per_switch_ms = (time.perf_counter() - started) * 1000 / len(ids)
    assert per_switch_ms < 50
    assert win.editor.heading.text() == "第59节"


def test_typing_without_a_pause_is_still_saved_every_second(report_window, qtbot) -> None:
    """The pause timer alone would wait for the clerk to stop typing; the deadline does not."""
    from PySide6.QtCore import QTimer

    controller, store = report_window.controller, report_window.store
    section_id = controller.report.sections[0].id
    controller.select_section(section_id)
    body = report_window.editor.body
    body.setFocus()
    typed = {"n": 0}

    def keep_typing() -> None:
        type_text(body, "法")
        typed["n"] += 1

    timer = QTimer()
    timer.setInterval(100)  # faster than the 500 ms pause: the pause timer never fires
    timer.timeout.connect(keep_typing)
    timer.start()
    started = time.monotonic()
    try:
        qtbot.waitUntil(lambda: "法法法" in "".join(store.reports.load(controller.report.id)
                                                  .find_section(section_id).paragraphs), timeout=3000)
    finally:
        timer.stop()
    assert time.monotonic() - started < 2.0


def test_steady_typing_is_undone_a_sentence_or_paragraph_at_a_time(report_window) -> None:
    from app.outline import starts_new_step

    assert starts_new_step(["一句。"], ["一句。", ""])              # Enter: a new paragraph
    assert starts_new_step(["一句。"], ["一句。二"])                # the first key after 。
    assert not starts_new_step(["一句。二"], ["一句。二句"])        # inside a sentence
    assert not starts_new_step(["一句。"], ["一句"])                # deleting is not a boundary
    controller = report_window.controller
    section_id = controller.report.sections[0].id
    controller.select_section(section_id)
    body = report_window.editor.body
    body.setFocus()
    type_text(body, "第一句。第二句。\n第二段。")  # typed without a pause
    assert controller.section(section_id).paragraphs == ["第一句。第二句。", "第二段。"]
    report_window.window.undo_action.trigger()  # the new paragraph, from its Enter on
    assert controller.section(section_id).paragraphs == ["第一句。第二句。"]
    report_window.window.undo_action.trigger()  # the second sentence
    assert controller.section(section_id).paragraphs == ["第一句。"]
    report_window.window.undo_action.trigger()
    assert controller.section(section_id).paragraphs == []


def test_tabbing_into_the_heading_does_not_select_it(report_window, qtbot) -> None:
    """QA: Tab selected the whole heading, and the first key typed replaced it."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent

    controller = report_window.controller
    controller.select_section(controller.report.sections[0].id)
    heading = report_window.editor.heading
    heading.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.sendEvent(heading, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    qtbot.waitUntil(lambda: not heading.hasSelectedText() and heading.cursorPosition() == len(heading.text()),
                    timeout=1000)


def test_properties_open_on_the_title_field(report_window, qtbot) -> None:
    from ui.window.properties_dialog import PropertiesDialog

    dialog = PropertiesDialog(report_window.controller.properties(), report_window.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.title_edit, timeout=1000)
