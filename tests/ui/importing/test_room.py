"""The import room wired into the window: a file through the menu, the clipboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from app.importing import parse_file
from tests.app.importing.helpers import expected, outline_problems
from tests.app.importing.made_files import docx_with_header, image_only_pdf, report_pdfs, to_pdf
from tests.datafiles import report_file
from tests.ui.conftest import answer_box
from ui.importing.import_dialog import ImportPreviewDialog

XIQING = report_file("xiqing-tongji-2024.txt")
NANYANG = report_file("nanyang-tongji-2024.txt")


def accept_dialog(dialog: QDialog) -> None:
    dialog.accept()


def test_import_a_file_through_the_menu(app_window, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(XIQING), ""))
    rooms = app_window.rooms
    answer_box(accept_dialog)  # the import preview: accept it as recognised
    rooms.importing.import_action.trigger()
    controller = app_window.controller
    assert controller.report is not None
    assert controller.report.title == "西青区统计局2024年法治政府建设情况报告"
    stored = app_window.store.reports.load(controller.report.id)
    assert [s.heading for s in stored.sections][1] == "2024年推进法治政府建设存在的不足"
    assert any("导入" in s.label for s in app_window.store.snapshots.for_report(stored.id))
    # the tree shows it at once
    assert app_window.tree.model().rowCount() == 3 + 2  # with 开头 and 结尾


def test_import_from_the_clipboard_and_an_empty_clipboard(app_window) -> None:
    QApplication.clipboard().setText("")
    seen = answer_box("OK")
    app_window.rooms.importing.clipboard_action.trigger()
    assert "剪贴板" in seen[0]
    assert app_window.store.reports.summaries() == []
    QApplication.clipboard().setText(NANYANG.read_text(encoding="utf-8"))
    answer_box(accept_dialog)
    app_window.rooms.importing.clipboard_action.trigger()
    report = app_window.controller.report
    assert report is not None and report.organization == "南阳市统计局"
    assert len(report.sections) == 6


def test_a_pdf_imports_through_the_menu_with_its_outline(app_window, monkeypatch, tmp_path, fixture_path) -> None:
    [pdf] = report_pdfs([NANYANG], tmp_path)  # through LibreOffice, with a header and page numbers
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pdf), ""))
    previewed: list[list[str]] = []

    def look_and_accept(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportPreviewDialog)
        tree = dialog.tree
        previewed.append([tree.topLevelItem(row).text(1) for row in range(tree.topLevelItemCount())])
        dialog.accept()

    answer_box(look_and_accept)
    app_window.rooms.importing.import_action.trigger()
    outline = expected(fixture_path, "nanyang-tongji-2024")
    headings = [section["heading"] for section in outline["sections"]]
    assert previewed and previewed[0][1:-1] == headings  # between the opening and the end rows
    report = app_window.controller.report
    assert report is not None and report.title == outline["title"]
    assert outline_problems(outline, app_window.store.reports.load(report.id)) == []


def scanned_pdf(folder: Path) -> Path:
    return image_only_pdf(folder / "扫描件.pdf")


def encrypted_pdf(folder: Path) -> Path:
    source = docx_with_header(parse_file(NANYANG), folder / "加密.docx")
    options = ('{"EncryptFile":{"type":"boolean","value":"true"},'
               '"DocumentOpenPassword":{"type":"string","value":"mima"}}')
    [pdf] = to_pdf([source], folder, options)
    return pdf


@pytest.mark.parametrize(("make", "words"), [(scanned_pdf, "没有文字层"), (encrypted_pdf, "密码")])
def test_an_unreadable_pdf_is_one_message_and_nothing_stored(app_window, monkeypatch, tmp_path, make, words) -> None:
    path = make(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    boxes: list[QWidget] = []

    def close(dialog: QDialog) -> None:
        boxes.append(dialog)
        dialog.done(0)

    seen = answer_box(close)
    app_window.rooms.importing.import_action.trigger()
    assert len(seen) == 1 and words in seen[0] and "Traceback" not in seen[0]
    assert len(seen[0].strip().splitlines()) == 1
    assert isinstance(boxes[0], QMessageBox)
    assert QApplication.activeModalWidget() is None  # no second box, no preview
    assert app_window.store.reports.summaries() == []
