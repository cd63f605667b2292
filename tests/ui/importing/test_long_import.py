"""A long import (a 300-page PDF) runs off the GUI thread with progress and can be cancelled."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from tests.app.importing.made_files import soffice
from tests.datafiles import BENCH
from ui.importing.loading import load_report_with_progress


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory):
    soffice()  # skips without LibreOffice
    spec = importlib.util.spec_from_file_location("bench_import", BENCH / "import.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    report = bench.big_report()
    return bench.make_pdf(report, tmp_path_factory.mktemp("long")), len(report.all_sections())


def watch(dialog: QProgressDialog, seen: list[int], *, cancel: bool) -> None:
    """Note the dialog's progress while the job runs (and cancel once it moves, if asked)."""
    timer = QTimer(dialog)  # goes with the dialog when the job ends

    def poll() -> None:
        seen.append(dialog.value())
        if cancel and dialog.value() > 0:
            timer.stop()
            dialog.cancel()

    timer.timeout.connect(poll)
    timer.start(5)


def test_long_pdf_reads_with_progress_while_the_window_keeps_painting(qtbot, long_pdf):
    path, sections = long_pdf
    seen: list[int] = []
    errors: list[str] = []
    report = load_report_with_progress(None, path, progress_dialog=lambda dialog: watch(dialog, seen, cancel=False),
                                       show_error=lambda parent, message: errors.append(message))
    assert errors == [] and report is not None
    assert len(report.all_sections()) == sections
    # the event loop ran during the reading (the polls) and the dialog moved forward
    assert len(seen) > 3 and any(0 < value < 1000 for value in seen)
    assert QApplication.activeModalWidget() is None


def test_long_pdf_cancelled_gives_nothing_and_no_message(qtbot, long_pdf):
    path, _ = long_pdf
    seen: list[int] = []
    errors: list[str] = []
    report = load_report_with_progress(None, path, progress_dialog=lambda dialog: watch(dialog, seen, cancel=True),
                                       show_error=lambda parent, message: errors.append(message))
    assert report is None and errors == []
    assert seen and 0 < seen[-1] < 1000  # cancelled part-way, not at the end
