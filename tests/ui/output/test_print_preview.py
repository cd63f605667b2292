"""The print preview of a long report: page 1 at once, the rest laid out in a worker process and
drawn page by page as the clerk turns to it; 打印… goes through the ordinary print path."""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

import ui.output.print_preview as print_preview
from app.model import Report, Section
from tests.app.export.reports import fixture_report, small_report
from ui.output import preview_dialog
from ui.output.preview_dialog import PrintPreviewDialog


def spying(calls: list[Any], real: Callable[..., Any], note: Callable[..., Any]) -> Callable[..., Any]:
    """`real`, noting `note(*args)` of each call in `calls` first."""
    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(note(*args))
        return real(*args, **kwargs)
    return spy


def long_report(sections: int = 880) -> Report:
    """About 300 pages: the nanyang report's sections repeated under numbered headings."""
    report = fixture_report("nanyang-tongji-2024.txt")
    body = [s for s in report.sections if s.paragraphs]
    extra = []
    for number in range(sections):
        source = body[number % len(body)]
        extra.append(Section(f"第{number + 1}项工作", part=source.part,
                             paragraphs=copy.deepcopy(source.paragraphs) * 2))
    report.sections = report.sections + extra
    return report


def _ink(image: QImage) -> int:
    return sum(1 for y in range(0, image.height(), 5) for x in range(0, image.width(), 5)
               if image.pixelColor(x, y).lightness() < 120)


def test_page_one_at_once_then_the_pages_on_demand(qtbot) -> None:
    report = long_report()
    started = time.monotonic()
    dialog = print_preview.show_print_preview(None, report, "standard", "第2稿")
    assert isinstance(dialog, PrintPreviewDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.view.page is not None and dialog.view.drawn(), timeout=5000)
    first = dialog.view.grab().toImage()
    assert time.monotonic() - started < 1.0  # 0.3 s on a quiet machine; the test machine is shared
    assert dialog.view.page is not None and dialog.view.page.number == 1
    assert _ink(first) > 100
    assert not dialog.whole and dialog.job is not None, "a 300-page report is still being laid out"
    assert "正在排版" in dialog.count_label.text()
    qtbot.waitUntil(lambda: dialog.whole, timeout=30000)
    assert dialog.known_pages() >= 250 and dialog.job is None
    assert dialog._unpacked == {}, "no page is unpacked before it is shown"
    dialog.next_button.click()
    assert dialog.view.page is not None and dialog.view.page.number == 2
    assert dialog.view.drawn(), "page 2 was drawn while page 1 was read"
    dialog.page_box.setValue(200)
    assert dialog.view.page.number == 200
    # 200 and either side; besides them only what was shown before (pages 1–2 and their neighbours,
    # when the head's steps had not laid them out yet: that depends on the machine's speed)
    assert {198, 199, 200} <= set(dialog._unpacked) <= {198, 199, 200} | {0, 1, 2}
    qtbot.waitUntil(dialog.view.drawn)
    assert _ink(dialog.view.grab().toImage()) > 100
    for index in range(100, 140):
        dialog.go_to(index)
    assert len(dialog._unpacked) <= preview_dialog.UNPACKED_PAGES and 139 in dialog._unpacked  # not every page kept
    dialog.last_button.click()
    assert dialog.view.page.number == dialog.known_pages()
    assert not dialog.next_button.isEnabled()
    dialog.close()


def test_the_first_pages_are_the_pages_of_the_whole_layout(qtbot) -> None:
    from app.export import ExportOptions
    from ui.output.preview_pages import font_measure, head_pages, layout, pack, print_profile, unpack

    report = long_report(60)
    profile = print_profile("standard")
    options = ExportOptions(draft=True)
    measure = font_measure(profile, 600.0)
    head, whole = head_pages(report, profile, options, measure)
    pages, _ = layout(report, profile, options, measure)
    assert not whole and len(head) >= 2
    assert head == pages[:len(head)]
    assert [unpack(pack(page)) for page in pages] == pages


def test_a_short_report_is_laid_out_whole_without_a_worker(qtbot) -> None:
    dialog = print_preview.show_print_preview(None, small_report(), "windows", "")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.head is None)
    assert dialog.whole and dialog.job is None and dialog.known_pages() == 2
    assert dialog.count_label.text() == "/ 2 页"
    dialog.zoom_box.setCurrentIndex(dialog.zoom_box.findData("width"))
    dialog.next_button.click()
    assert dialog.view.page is not None and dialog.view.page.number == 2 and not dialog.next_button.isEnabled()
    dialog.close()


def test_closing_the_preview_ends_its_worker(qtbot) -> None:
    dialog = print_preview.show_print_preview(None, long_report(), "standard", "")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.job is not None)  # started once the first pages show there is more
    job = dialog.job
    assert job is not None
    qtbot.waitUntil(lambda: job.started)
    assert job.pid is not None
    dialog.close()
    assert job.cancelled and _gone(job.pid), "the worker ends with the preview, not when it finishes"


def _gone(pid: int | None) -> bool:
    import os

    if pid is None:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        return stat.read().split()[2] == "Z"


def test_print_goes_through_the_print_dialog(qtbot, monkeypatch) -> None:
    """打印… in the preview opens the system print dialog and prints with the printer it set up."""
    shown: list[object] = []
    rendered: list[tuple[object, str]] = []

    def dialog_answer(dialog, parent) -> QDialog.DialogCode:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(print_preview, "run_modal", dialog_answer)
    monkeypatch.setattr(print_preview, "render_pages",
                        spying(rendered, lambda *_a: 2, lambda _report, device, _profile, options: (device, options.draft_label)))
    dialog = print_preview.show_print_preview(None, small_report(), "standard", "第3稿")
    assert dialog is not None
    dialog.print_button.click()
    assert len(shown) == 1 and isinstance(shown[0], print_preview.QPrintDialog)
    assert rendered and rendered[0][1] == "第3稿"
    assert rendered[0][0] is shown[0].printer()
    dialog.close()


@pytest.mark.parametrize("key", [Qt.Key.Key_End, Qt.Key.Key_Home])
def test_home_and_end_turn_to_the_first_and_last_page(qtbot, key) -> None:
    dialog = print_preview.show_print_preview(None, small_report(), "standard", "")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.head is None)
    dialog.go_to(1)
    qtbot.keyClick(dialog, key)
    assert dialog.index == (1 if key == Qt.Key.Key_End else 0)
    dialog.close()


def test_no_event_lays_out_or_draws_for_long(qtbot, monkeypatch) -> None:
    """Opening the preview lays out nothing on the spot, and neither the first pages' layout nor a
    page's drawing holds the GUI thread for more than a slice: the layout goes a few paragraphs per
    step, the drawing a few lines per slice (issue 15: no event over 50 ms, aim 25)."""
    import ui.output.preview_pages as preview_pages
    from app.export.pdf_writer import PageDrawer

    calls: list[str] = []
    for name in ("layout", "paginate", "head_pages"):
        real = getattr(preview_pages, name)
        monkeypatch.setattr(preview_pages, name, spying(calls, real, lambda *_a, name=name: name))
    drawn_whole: list[int] = []
    real_draw = PageDrawer.draw
    monkeypatch.setattr(PageDrawer, "draw", spying(drawn_whole, real_draw, lambda _self, _painter, page: page.number))
    rows: list[int] = []
    real_rows = PageDrawer.draw_rows
    monkeypatch.setattr(PageDrawer, "draw_rows", spying(rows, real_rows, lambda _s, _p, _page, start, stop: stop - start))
    dialog = print_preview.show_print_preview(None, long_report(), "standard", "")
    assert dialog is not None
    assert dialog.view.page is None and dialog.head is not None, "nothing laid out before the dialog shows"
    qtbot.waitUntil(lambda: dialog.view.page is not None and dialog.view.drawn(), timeout=5000)
    assert calls == [] and drawn_whole == [], "the GUI thread laid out or drew a whole page at once"
    assert rows and max(rows) == 1
    dialog.close()


def test_the_head_in_steps_gives_the_pages_of_the_whole_layout(qtbot) -> None:
    from app.export import ExportOptions
    from ui.output.preview_pages import HeadLayout, font_measure, layout, print_profile

    for report, variant in ((long_report(40), "plain"), (small_report(), "formal"), (long_report(3), "formal")):
        profile = print_profile("standard")
        options = ExportOptions(variant=variant, draft=True)
        measure = font_measure(profile, 600.0)
        head = HeadLayout(report, profile, options, measure)
        steps = 0
        while not head.step(0.0):  # the smallest steps: one paragraph each
            steps += 1
        pages, _ = layout(report, profile, options, measure)
        assert head.result is not None and steps > 2
        found, whole = head.result
        assert found == pages[:len(found)] and (whole == (found == pages))
