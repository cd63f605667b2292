"""A keystroke costs what the edit costs (issue 15 item 3): in a large section the editor hands the
controller only the paragraph that changed, the counts follow the change, and undo still restores."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from app.outline import paragraphs_of
from tests.ui.conftest import type_text
from ui.editor import section_editor

SENTENCE = "我局深入推进严格规范公正文明执法，全年开展执法检查{}家。"


def spying(calls: list[Any], real: Callable[..., Any], note: Callable[..., Any]) -> Callable[..., Any]:
    """`real`, noting `note(*args)` of each call in `calls` first."""
    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(note(*args))
        return real(*args, **kwargs)
    return spy


def large_section(win, paragraphs: int = 200):
    """The first section filled with ~50,000 characters (blank lines between some paragraphs)."""
    controller = win.controller
    first = controller.report.sections[0]
    texts = ["".join(SENTENCE.format(k * 10 + j) for j in range(9)) for k in range(paragraphs)]
    controller.set_section_text(first.id, first.heading, texts)
    controller.steps.new_step()
    controller.select_section(first.id)
    body = win.editor.body
    controller.select_section(controller.report.sections[1].id)  # and back: loaded as the clerk opens it
    controller.select_section(first.id)
    assert paragraphs_of(body.toPlainText()) == texts
    body.setFocus()
    return first, body


def put_cursor(body, position: int) -> None:
    cursor = body.textCursor()
    cursor.setPosition(position)
    body.setTextCursor(cursor)


def test_a_keystroke_hands_over_only_its_paragraph(report_window, monkeypatch) -> None:
    win = report_window
    first, body = large_section(win)
    assert sum(len(p) for p in first.paragraphs) > 50_000
    spliced: list[Any] = []
    monkeypatch.setattr(win.controller, "splice_paragraphs",
                        spying(spliced, win.controller.splice_paragraphs, lambda *args: args))
    split_calls: list[Any] = []
    monkeypatch.setattr(section_editor, "paragraphs_of", spying(split_calls, paragraphs_of, lambda text: text))
    recounts = win.controller.counts.recounts
    before = list(first.paragraphs)
    block = body.document().findBlockByNumber(120)
    put_cursor(body, block.position() + 5)
    type_text(body, "新")

    assert spliced == [(first.id, 120, 1, [before[120][:5] + "新" + before[120][5:]])]
    assert first.paragraphs[:120] == before[:120] and first.paragraphs[121:] == before[121:]
    assert not split_calls                                   # the whole text was not split again
    assert win.controller.counts.recounts == recounts        # nor counted again
    assert win.controller.section_counts(first).characters == sum(
        1 for p in first.paragraphs for c in p if c.isalnum()) + sum(1 for c in first.heading if c.isalnum())


def test_undo_after_typing_in_a_large_section_restores(report_window) -> None:
    win = report_window
    first, body = large_section(win)
    before = list(first.paragraphs)
    put_cursor(body, body.document().findBlockByNumber(50).position())
    type_text(body, "补一句")
    type_text(body, "\n")
    assert first.paragraphs[50] == "补一句" and first.paragraphs[51] == before[50]
    while first.paragraphs != before and win.controller.undo_stack.canUndo():
        win.controller.undo_stack.undo()
    assert first.paragraphs == before
    assert paragraphs_of(body.toPlainText()) == before      # the editor shows it too
    assert win.controller.section_counts(first) == win.controller.counts.section(first)


def test_any_edit_keeps_the_paragraphs_in_step(report_window) -> None:
    """Enter, Backspace across lines, blank lines, replacing a selection over several paragraphs:
    after each, the controller's paragraphs are those of the text on screen."""
    win = report_window
    first, body = large_section(win, paragraphs=30)
    rng = random.Random(15)
    for _ in range(60):
        text_length = len(body.toPlainText())
        put_cursor(body, rng.randrange(text_length + 1))
        action = rng.choice(["type", "enter", "backspace", "delete", "select"])
        if action == "type":
            type_text(body, rng.choice(["法", "治", "。", " ", "12"]))
        elif action == "enter":
            type_text(body, "\n")
        elif action in ("backspace", "delete"):
            key = Qt.Key.Key_Backspace if action == "backspace" else Qt.Key.Key_Delete
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(body, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))
        else:
            cursor = body.textCursor()
            cursor.setPosition(min(text_length, cursor.position() + rng.randrange(1, 600)),
                               QTextCursor.MoveMode.KeepAnchor)
            body.setTextCursor(cursor)
            type_text(body, rng.choice(["换", "\n"]))
        assert first.paragraphs == paragraphs_of(body.toPlainText()), action
    counted = win.controller.section_counts(first)
    win.controller.counts.forget(first)
    assert win.controller.section_counts(first) == counted   # the followed counts are the true ones


def test_heading_typing_follows_the_counts(report_window) -> None:
    win = report_window
    first, _body = large_section(win)
    recounts = win.controller.counts.recounts
    heading = win.editor.heading
    heading.setFocus()
    heading.end(False)
    type_text(heading, "工作")
    assert first.heading.endswith("工作")
    assert win.controller.counts.recounts == recounts
    counted = win.controller.section_counts(first)
    win.controller.counts.forget(first)
    assert win.controller.section_counts(first) == counted


def one_long_paragraph(win, length: int = 50_000):
    """The first section holding a single paragraph of `length` characters, the cursor at its end."""
    controller = win.controller
    first = controller.report.sections[0]
    paragraph = ("统计执法检查，" * (length // 7 + 1))[:length]
    controller.set_section_text(first.id, first.heading, [paragraph])
    controller.steps.new_step()
    controller.select_section(controller.report.sections[1].id)
    controller.select_section(first.id)
    body = win.editor.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    return first, body


def fresh_total(win) -> tuple[int, int]:
    from app.counting import count_report

    counts = count_report(win.controller.report)
    return counts.characters, counts.punctuation


def test_a_keystroke_in_one_50000_character_paragraph_reads_only_the_change(report_window, monkeypatch) -> None:
    """The bench's case: one paragraph of 50,000 characters. Nothing per keystroke counts, splits or
    reads the whole paragraph in Python; the counts, the undo step and the save still come out right."""
    import app.counting as counting
    from ui.editor import counts as counts_module

    win = report_window
    first, body = one_long_paragraph(win)
    before = first.paragraphs[0]
    win.window.section_count_label.text()  # counted once on selection, before the spies
    counted: list[int] = []
    real_count = counting.count_text

    def spy(text: str):
        counted.append(len(text))
        return real_count(text)

    monkeypatch.setattr(counting, "count_text", spy)
    monkeypatch.setattr(counts_module, "count_text", spy)
    split_calls: list[Any] = []
    monkeypatch.setattr(section_editor, "paragraphs_of", spying(split_calls, paragraphs_of, lambda text: text))
    whole_reads: list[Any] = []
    monkeypatch.setattr(body, "toPlainText", spying(whole_reads, body.toPlainText, lambda: 1))
    type_text(body, "加强。再")

    assert first.paragraphs == [before + "加强。再"]
    assert counted and max(counted) < 100                    # the change and the heading, never the paragraph
    assert not split_calls and not whole_reads
    monkeypatch.undo()
    assert win.window.section_count_label.text() == f"本节正文 {sum(1 for c in first.paragraphs[0] if c.isalnum()):,} 字"
    total = win.controller.report_counts()
    assert (total.characters, total.punctuation) == fresh_total(win)
    win.controller.flush()
    stored = win.controller.store.reports.load(win.controller.report.id).find_section(first.id)
    assert stored.paragraphs == [before + "加强。再"]           # the autosave writes the paragraph whole
    undo = win.controller.undo_stack
    undo.undo()                                              # 再: the sentence after 。 is a step of its own
    assert first.paragraphs == [before + "加强。"]
    while first.paragraphs != [before] and undo.canUndo():
        undo.undo()
    assert first.paragraphs == [before]
    assert body.toPlainText() == before


def test_the_report_total_follows_typing_and_structure(report_window) -> None:
    """The status bar's 全文 N 字 is kept from the edits: after typing, adding, deleting, moving and
    undoing it equals the report counted afresh."""
    win = report_window
    controller = win.controller
    first, body = one_long_paragraph(win, 3_000)

    def check() -> None:
        total = controller.report_counts()
        assert (total.characters, total.punctuation) == fresh_total(win)

    type_text(body, "补一句，2024年")
    check()
    new_id = controller.add_sibling(first.id)
    check()
    controller.select_section(new_id)
    type_text(win.editor.body, "新的一节。")
    check()
    assert controller.move_up(new_id)
    check()
    controller.delete(new_id)
    check()
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
        check()
