"""Findings select exactly the offending characters; F8 checks and shows the panel, never hides it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.checks import Finding, Severity
from ui.checks.finding_place import HEADING, finding_place, finding_span
from ui.editor.end_nodes import CLOSING_ID


def test_the_span_from_the_excerpt_when_the_check_gave_none() -> None:
    text = "执法力量不足,培训不够。"
    comma = Finding("punctuation", Severity.WARNING, "半角逗号", excerpt="力量不足,培训")
    assert finding_span(comma, text) == (text.index(","), 1)
    quote = Finding("pairing", Severity.WARNING, "“ 缺少对应的 ”", excerpt="学习“宪法精神")
    assert finding_span(quote, "组织学习“宪法精神。") == (4, 1)
    date = Finding("date", Severity.ERROR, "日期不存在", excerpt="于2025年2月30日召开")
    assert finding_span(date, "会议于2025年2月30日召开。") == (3, 10)
    gone = Finding("punctuation", Severity.WARNING, "半角逗号", excerpt="已经改掉,的文字")
    assert finding_span(gone, text) == (-1, 0)
    spanned = Finding("punctuation", Severity.WARNING, "半角逗号", excerpt="x", start=6, length=1)
    assert finding_span(spanned, text) == (6, 1)


def test_f8_twice_and_the_exact_selection(report_window, qtbot) -> None:
    controller, window, editor = report_window.controller, report_window.window, report_window.editor
    room = report_window.rooms.checks
    section = controller.report.sections[1]
    controller.set_section_text(section.id, "不足和原因,", ["执法力量不足,培训不够。"])
    controller.select_section(CLOSING_ID)
    editor.body.selectAll()
    editor.body.insertPlainText("特此报告,谢谢。")
    run = window.registry["checks.run"]
    run.trigger()
    assert room.checks_dock.isVisible()
    panel = room.checks_panel
    qtbot.waitUntil(lambda: panel is not None and any(f.kind == "punctuation" for f in panel.findings()),
                    timeout=3000)
    run.trigger()  # a second F8 checks again and leaves the panel open
    assert room.checks_dock.isVisible()

    findings = [f for f in panel.findings() if f.kind == "punctuation"]
    body = next(f for f in findings if f.section_id == section.id and f.where == "paragraph")
    room.show_finding(body)
    assert controller.current_section_id() == section.id
    assert editor.body.textCursor().selectedText() == ","
    assert editor.body.textCursor().selectionStart() == "执法力量不足,".index(",")
    # the keyboard stays in the findings list: Enter there is not typed over the selected comma
    assert panel.list.hasFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert controller.section(section.id).paragraphs == ["执法力量不足,培训不够。"]

    in_closing = next(f for f in findings if f.where == "closing")
    room.show_finding(in_closing)
    assert controller.current_section_id() == CLOSING_ID
    assert editor.body.textCursor().selectedText() == ","

    place = finding_place(in_closing, controller.report)
    assert place is not None and place.node_id == CLOSING_ID and place.paragraph == 0

    heading_findings = [f for f in panel.findings() if f.section_id == section.id and f.where == "heading"]
    if heading_findings:
        assert finding_place(heading_findings[0], controller.report).paragraph == HEADING

    room.checks_dock.close()  # the panel's own close button hides it
    assert not room.checks_dock.isVisible()
