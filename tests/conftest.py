"""Shared fixtures. Qt runs offscreen; every test gets its own data directory."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from tests.datafiles import report_file

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# a test that forgets --data-dir must not touch the clerk's real library
os.environ["CHENGWEN_DATA_DIR"] = tempfile.mkdtemp(prefix="chengwen-tests-")



@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def store(data_dir: Path):
    from app.store import Store

    with Store(data_dir) as opened:
        yield opened


@pytest.fixture
def fixture_path():
    """The real reports by file name (tests/data/reports)."""
    return report_file
