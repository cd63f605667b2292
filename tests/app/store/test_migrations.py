"""Every released database version under tests/data/ opens with this version and keeps its content."""

import shutil
from pathlib import Path

import pytest

from app.model import Part, Status
from app.store import Store
from app.store.schema import SCHEMA_VERSION
from tests.datafiles import DATA

RELEASED = sorted(DATA.glob("chengwen-v*.db"))


def test_there_is_a_database_of_the_current_version() -> None:
    assert (DATA / f"chengwen-v{SCHEMA_VERSION}.db").exists(), "run tests/data/make_db.py for a new schema version"


@pytest.mark.parametrize("path", RELEASED, ids=[p.name for p in RELEASED])
def test_released_database_opens(path: Path, tmp_path: Path) -> None:
    shutil.copy(path, tmp_path / "chengwen.db")
    with Store(tmp_path) as store:
        assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        [summary] = store.reports.summaries()
        report = store.reports.load(summary.id)
        assert report.title == "样例局2025年法治政府建设情况报告"
        assert report.sections[0].part is Part.MEASURES
        assert report.sections[0].children[0].run_in
        assert report.sections[0].children[0].children[0].children[0].heading == "专题讲座"
        assert report.sections[1].status is Status.FINAL
        assert report.sections[2].reference == ["去年的安排。"]
        assert [s.label for s in store.snapshots.for_report(summary.id)] == ["第一稿"]
        assert store.settings.get("last_report") == summary.id
        # and it can still be written
        report.sections[2].paragraphs = ["新的一年。"]
        store.reports.update_section(report.sections[2])
