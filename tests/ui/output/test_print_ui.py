"""Print preview and the export actions, driven through real widgets offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox

import ui.output.export_actions as actions
from app.export import ExportOptions
from app.export.layout import layout_blocks
from app.export.paginate import paginate
from app.export.pdf_writer import render_pages
from app.profiles import load_profile
from tests.app.export.reports import fixture_report, small_report
from ui.output.print_preview import show_print_preview


def test_print_preview_shows_the_pages(qtbot) -> None:
    report = fixture_report("nanyang-tongji-2024.txt")
    dialog = show_print_preview(None, report, "standard", "第2稿")
    qtbot.waitUntil(lambda: dialog.whole, timeout=20000)
    assert dialog.known_pages() >= 7
    assert abs(dialog.view.aspect - 297 / 210) < 1e-6  # A4
    dialog.zoom_box.setCurrentIndex(dialog.zoom_box.findData("100"))
    image = dialog.view.grab().toImage()
    assert not image.isNull() and _has_ink(image)
    dialog.close()


def test_render_pages_on_a_printer_counts_pages(tmp_path: Path, qtbot) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "p.pdf"))
    profile = load_profile("windows")
    pages = render_pages(small_report(), printer, profile, ExportOptions(draft=True))
    assert pages == len(paginate(layout_blocks(small_report(), profile), profile)) == 2
    assert (tmp_path / "p.pdf").stat().st_size > 1000


def _has_ink(image: QImage) -> bool:
    dark = 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            if image.pixelColor(x, y).lightness() < 100:
                dark += 1
    return dark > 50


@pytest.fixture
def answers(monkeypatch):
    """Stand-ins for the modal dialogs: the chosen path, errors shown, files offered to open."""
    state = {"path": None, "suggested": [], "errors": [], "offered": [], "cursor": []}

    def choose(parent, kind, suggestion):
        state["suggested"].append(suggestion)
        return state["path"]

    monkeypatch.setattr(actions, "choose_path", choose)
    monkeypatch.setattr(actions, "show_error", lambda parent, title, message: state["errors"].append(message))
    monkeypatch.setattr(actions, "offer_to_open", lambda parent, path: state["offered"].append(path))
    real_export = actions.export_report

    def export(report, path, options):
        cursor = QApplication.overrideCursor()
        state["cursor"].append(cursor.shape() if cursor else None)
        return real_export(report, path, options)

    monkeypatch.setattr(actions, "export_report", export)
    return state


@pytest.mark.parametrize("kind", ["docx", "xlsx", "pdf"])
def test_export_with_dialog_writes_and_remembers_the_folder(qtbot, tmp_path: Path, store, answers, kind) -> None:
    answers["path"] = tmp_path / "年度报告"  # no suffix typed: it is added
    written = actions.export_with_dialog(None, small_report(), kind, store=store)
    assert written == tmp_path / f"年度报告.{kind}" and written.stat().st_size > 0
    assert answers["offered"] == [written] and answers["errors"] == []
    # the PDF is drawn in a worker process, out of this stand-in's reach (tests/ui/output/test_pdf_job.py)
    assert answers["cursor"] == ([] if kind == "pdf" else [Qt.CursorShape.WaitCursor])
    assert QApplication.overrideCursor() is None
    assert store.settings.get(actions.LAST_FOLDER_KEY) == str(tmp_path)
    actions.export_with_dialog(None, small_report(), kind, store=store)
    assert answers["suggested"][-1] == tmp_path / f"南阳市统计局关于2024年法治政府建设情况的报告.{kind}"


def test_export_error_is_a_message_not_a_traceback(qtbot, tmp_path: Path, answers) -> None:
    folder = tmp_path / "报告.docx"
    folder.mkdir()
    answers["path"] = folder
    assert actions.export_with_dialog(None, small_report(), "docx") is None
    assert len(answers["errors"]) == 1 and "文件夹" in answers["errors"][0]
    assert answers["offered"] == [] and QApplication.overrideCursor() is None


def test_cancelled_dialog_exports_nothing(qtbot, answers) -> None:
    answers["path"] = None
    assert actions.export_with_dialog(None, small_report(), "xlsx") is None
    assert answers["cursor"] == []


def test_offer_to_open_opens_the_folder(qtbot, tmp_path: Path, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(actions.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    target = tmp_path / "a.docx"
    target.write_bytes(b"x")

    def click_folder() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        next(b for b in box.buttons() if b.text().startswith("打开所在文件夹")).click()

    QTimer.singleShot(50, click_folder)
    actions.offer_to_open(None, target)
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]
