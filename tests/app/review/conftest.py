"""A stored real report exported to Word the way the app does (with its export snapshot)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.importing import import_file
from app.workflows import export_stored
from tests.datafiles import report_file


@pytest.fixture
def exported(store, tmp_path: Path):
    """(store, report id, the exported .docx)."""
    rid = import_file(store, report_file("xiqing-tongji-2024.txt"))
    path = export_stored(store, rid, tmp_path / "第1稿.docx")
    return store, rid, path
