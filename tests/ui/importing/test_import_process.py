"""A large report file is read in a worker process through the window's 导入去年报告 (issue 15):
the parse runs in another process, 取消 ends it and stores nothing, a bad file gives its Chinese
message, and the report is the one the in-process parse gives."""

from __future__ import annotations

import copy
import os
import random
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

import ui.importing.loading as loading
from app.export import export_report
from app.importing import parse_file, parse_text
from app.model import Report
from tests.datafiles import REPORT_NAMES, report_file
from tests.ui.conftest import answer_box
from ui.common.runner import ProcessControl
from ui.importing.import_dialog import ImportPreviewDialog

XIQING = report_file("xiqing-tongji-2024.txt")


def enlarged(copies: int) -> Report:
    """A real report with its sections repeated: as long as the test needs."""
    report = parse_file(XIQING)
    report.sections = [copy.deepcopy(section) for _ in range(copies) for section in report.sections]
    return report


@pytest.fixture(scope="module")
def big_files(qapp, tmp_path_factory) -> dict[str, Path]:
    # qapp first: the PDF writer would otherwise make a QGuiApplication, and no widget could follow
    folder = tmp_path_factory.mktemp("big")
    report = enlarged(30)
    return {suffix: export_report(report, folder / f"big{suffix}") for suffix in (".txt", ".pdf")}


class Spy:
    """Records the worker-process jobs the import starts; the thread path must not run."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.controls: list[ProcessControl] = []
        self.on_dialog: Any = None
        real = loading.run_process_job

        def spying(*args: Any, **kwargs: Any) -> Any:
            kwargs["on_start"] = self.controls.append
            if self.on_dialog is not None:
                kwargs["on_dialog"] = self.on_dialog
            return real(*args, **kwargs)

        def no_thread(*args: Any, **kwargs: Any) -> Any:
            raise AssertionError("read in a thread")

        monkeypatch.setattr(loading, "run_process_job", spying)
        monkeypatch.setattr(loading, "run_job", no_thread)

    @property
    def pid(self) -> int | None:
        assert len(self.controls) == 1
        return self.controls[0].pid


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def process_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    status = Path(f"/proc/{pid}/stat")  # a zombie holds nothing
    return status.exists() and status.read_text().split()[2] == "Z"


def outline(report: Report) -> list[tuple[str, list[str]]]:
    return [(section.heading, section.paragraphs) for section in report.all_sections()]


def test_which_files_go_to_a_worker_process(tmp_path: Path, big_files: dict[str, Path]) -> None:
    assert not loading.in_worker_process(XIQING)  # a real report: spawning would cost more than it saves
    assert all(loading.in_worker_process(path) for path in big_files.values())
    converted = tmp_path / "旧格式.doc"  # read through LibreOffice: always in a process
    converted.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))
    assert loading.in_worker_process(converted)
    assert not loading.in_worker_process(tmp_path / "不存在.docx")  # its message comes from the reader at once


def test_a_large_file_is_read_in_a_worker_process_and_stored_as_read(qtbot, app_window, monkeypatch, big_files) -> None:
    path = big_files[".txt"]
    spy = Spy(monkeypatch)
    choose_file(monkeypatch, path)
    previewed: list[QWidget] = []

    def accept(dialog: QDialog) -> None:
        previewed.append(dialog)
        dialog.accept()

    answer_box(accept, timeout_ms=30000)
    app_window.rooms.importing.import_action.trigger()
    assert spy.pid is not None and spy.pid != os.getpid()
    assert len(previewed) == 1 and isinstance(previewed[0], ImportPreviewDialog)  # the outline dialog as before
    # a report this long opens on the next turn of the event loop (ui/importing/room.py)
    qtbot.waitUntil(lambda: app_window.controller.report is not None, timeout=5000)
    report = app_window.controller.report
    assert report is not None
    stored = app_window.store.reports.load(report.id)
    expected = parse_file(path)
    assert stored.title == expected.title and outline(stored) == outline(expected)
    assert any("导入" in s.label for s in app_window.store.snapshots.for_report(stored.id))  # the workflow's snapshot
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert app_window.window.findChildren(ImportPreviewDialog) == []  # its outline is not kept alive


@pytest.mark.parametrize("name", REPORT_NAMES)
@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_a_report_read_in_a_worker_is_the_in_process_parse(qtbot, monkeypatch, tmp_path, name, suffix) -> None:
    monkeypatch.setattr(loading, "THREAD_LIMIT_BYTES", {})  # every file to a worker
    source = report_file(f"{name}.txt")
    path = source if suffix == ".txt" else export_report(parse_file(source), tmp_path / f"{name}{suffix}")
    spy = Spy(monkeypatch)
    errors: list[str] = []
    report = loading.load_report_with_progress(None, path, show_error=lambda parent, message: errors.append(message))
    assert errors == [] and spy.pid != os.getpid()
    assert report == parse_file(path)


def test_cancel_ends_the_worker_and_stores_nothing(app_window, monkeypatch, big_files) -> None:
    spy = Spy(monkeypatch)
    choose_file(monkeypatch, big_files[".pdf"])
    moved: list[int] = []

    def watch(dialog: QProgressDialog) -> None:
        timer = QTimer(dialog)

        def look() -> None:
            if 0 < dialog.value() < 1000:  # the worker is reading page by page: cancel half-way
                moved.append(dialog.value())
                timer.stop()
                dialog.cancel()

        timer.timeout.connect(look)
        timer.start(5)

    spy.on_dialog = watch
    seen: list[QWidget] = []  # nothing may come up after the cancel: neither the preview nor a message
    guard = QTimer()

    def close_any() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and not isinstance(dialog, QProgressDialog):
            seen.append(dialog)
            dialog.done(0)

    guard.timeout.connect(close_any)
    guard.start(20)
    try:
        app_window.rooms.importing.import_action.trigger()
    finally:
        guard.stop()
    assert moved, "the worker never reported progress"
    assert spy.pid is not None and spy.pid != os.getpid()
    assert process_gone(spy.pid)
    assert app_window.store.reports.summaries() == [] and app_window.controller.report is None
    QApplication.processEvents()
    assert seen == [] and QApplication.activeModalWidget() is None


@pytest.mark.parametrize(("suffix", "words"), [(".pdf", "无法读取 PDF 文件"), (".docx", "不是有效的 .docx")])
def test_a_damaged_large_file_gives_its_chinese_message(app_window, monkeypatch, tmp_path, suffix, words) -> None:
    path = tmp_path / f"损坏{suffix}"
    path.write_bytes(b"PK\x03\x04" + random.Random(15).randbytes(400 * 1024))  # large enough for a worker
    spy = Spy(monkeypatch)
    choose_file(monkeypatch, path)
    boxes: list[QWidget] = []

    def close(dialog: QDialog) -> None:
        boxes.append(dialog)
        dialog.done(0)

    seen = answer_box(close, timeout_ms=30000)
    app_window.rooms.importing.import_action.trigger()
    assert spy.pid != os.getpid()
    assert len(seen) == 1 and words in seen[0] and path.name in seen[0] and "Traceback" not in seen[0]
    assert len(seen[0].strip().splitlines()) == 1 and isinstance(boxes[0], QMessageBox)
    assert app_window.store.reports.summaries() == []


def test_a_long_pasted_report_is_read_in_a_worker_process(qtbot, app_window, monkeypatch, big_files) -> None:
    text = big_files[".txt"].read_text(encoding="utf-8")
    spy = Spy(monkeypatch)
    QApplication.clipboard().setText(text)
    answer_box(lambda dialog: dialog.accept(), timeout_ms=30000)
    app_window.rooms.importing.clipboard_action.trigger()
    assert spy.pid is not None and spy.pid != os.getpid()
    qtbot.waitUntil(lambda: app_window.controller.report is not None, timeout=5000)  # opened on the next turn
    report = app_window.controller.report
    assert report is not None
    assert outline(app_window.store.reports.load(report.id)) == outline(parse_text(text))
