"""The review room's fixtures: a window with a real report exported to Word and a leader's copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.importing import import_file
from app.workflows import export_stored
from tests.app.review.reviewer import review_as_leader
from tests.datafiles import report_file
from tests.ui.review.helpers import stop_watching


@pytest.fixture(autouse=True)
def _watchers_end_with_the_test():
    yield
    stop_watching()


@pytest.fixture
def reviewed(app_window, tmp_path: Path):
    """The window with a real report open, exported to Word, and the leader's edited copy."""
    w = app_window
    rid = import_file(w.store, report_file("xiqing-tongji-2024.txt"))
    w.controller.open_report(rid)
    report = w.store.reports.load(rid)
    exported = export_stored(w.store, rid, tmp_path / "第1稿.docx")
    file, edits = review_as_leader(report, exported, tmp_path / "第1稿（王局长修改）.docx")
    return w, rid, file, edits, report
