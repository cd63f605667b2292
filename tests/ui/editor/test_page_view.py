"""The editor that looks like the page: indent and paragraph spacing (display only), zoom kept
across a restart, and a context menu of the registry's actions."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import answer_box


def test_paragraphs_are_indented_and_spaced_but_stored_plain(report_window) -> None:
    controller, editor = report_window.controller, report_window.editor
    section = controller.report.sections[0]
    controller.set_section_text(section.id, section.heading, ["第一段。", "第二段。"])
    body = editor.body
    assert body.block_indent() > 0
    block = body.document().firstBlock()
    assert block.blockFormat().textIndent() == body.block_indent()
    assert block.next().blockFormat().bottomMargin() > 0
    # a new paragraph typed with Enter is indented like the others; the text stays plain
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    body.setTextCursor(cursor)
    body.insertPlainText("\n第三段。")
    assert body.document().lastBlock().blockFormat().textIndent() == body.block_indent()
    assert section.paragraphs == ["第一段。", "第二段。", "第三段。"]
    first_x = body.cursorRect(QTextCursor(body.document().firstBlock())).x()
    assert first_x >= body.block_indent()  # the first line really starts two characters in


def test_zoom_by_keys_and_wheel_is_kept_across_a_restart(report_window) -> None:
    window, editor = report_window.window, report_window.editor
    base = editor.body.font().pointSizeF()
    window.registry["view.zoom_in"].trigger()
    window.registry["view.zoom_in"].trigger()
    assert editor.body.font().pointSizeF() == base + 2
    wheel = QWheelEvent(QPointF(10, 10), QPointF(10, 10), QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(editor.body.viewport(), wheel)
    assert editor.body.font().pointSizeF() == base + 3
    assert "Ctrl+=" in [s.toString() for s in window.registry["view.zoom_in"].shortcuts()]
    report_window.rebuild()
    assert report_window.editor.body.font().pointSizeF() == base + 3
    report_window.window.registry["view.zoom_reset"].trigger()
    assert report_window.editor.body.font().pointSizeF() == base


def test_the_context_menu_inserts_finds_and_keeps_phrases(report_window, monkeypatch) -> None:
    controller, window, editor = report_window.controller, report_window.window, report_window.editor
    section = controller.report.sections[0]
    controller.select_section(section.id)
    controller.set_section_text(section.id, section.heading, ["坚持依法行政，推进严格规范公正文明执法。"])
    body = editor.body
    cursor = body.textCursor()
    cursor.setPosition(2)
    cursor.setPosition(6, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    menu = report_window.rooms.editor.body_menu.build()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert texts[2:] == ["剪切", "复制", "粘贴", "全选", "插入常用语…", "插入台账活动…", "查找所选文字", "加入常用语…"]
    redo = menu.actions()[1]
    assert redo is window.registry["edit.redo"] and redo.shortcut().toString() == "Ctrl+Y"
    by_text = {a.text().split("\t")[0]: a for a in menu.actions()}
    assert by_text["插入常用语…"].text().endswith("\tCtrl+K")

    by_text["插入常用语…"].trigger()
    assert report_window.rooms.library.phrase_dock.isVisible()
    by_text["插入台账活动…"].trigger()
    assert report_window.rooms.library.activity_dock.isVisible()
    body.setTextCursor(cursor)
    by_text["查找所选文字"].trigger()
    assert window.find_panel.find_edit.text() == "依法行政"

    body.setTextCursor(cursor)
    answer_box(lambda dialog: dialog.accept())
    menu = report_window.rooms.editor.body_menu.build()
    next(a for a in menu.actions() if a.text().startswith("加入常用语")).trigger()
    from app.library.phrases import PhraseLibrary

    assert any(p.text == "依法行政" for p in PhraseLibrary(report_window.store.db).search("依法行政"))


def test_a_long_section_is_laid_out_once_with_its_scroll_bar(report_window, qtbot) -> None:
    """Opening a section too long for the view lays its text out at the width it keeps (the scroll
    bar already there), and the bar then shows as it would anyway: only when the text overflows."""
    controller, editor = report_window.controller, report_window.editor
    long_section, short_section = controller.report.sections[:2]
    controller.set_section_text(long_section.id, long_section.heading, ["统计执法检查，" * 3000])
    controller.set_section_text(short_section.id, short_section.heading, ["一段。"])
    body = editor.body
    widths: list[float] = []
    body.document().documentLayout().documentSizeChanged.connect(lambda size: widths.append(size.width()))
    for section in (short_section, long_section, short_section, long_section):
        controller.select_section(section.id)
        qtbot.wait(10)
        assert body.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
        assert body.verticalScrollBar().isVisible() == (section is long_section)
        assert body.document().textWidth() == body.viewport().width()
    widths.clear()
    controller.select_section(short_section.id)
    qtbot.wait(10)
    widths.clear()
    controller.select_section(long_section.id)
    assert len(set(widths)) <= 1, "laid out at one width only"
