"""A library in a folder whose name means something in a URI (#, ?, %) opens read-only too:
the read-only connections (a second copy, the language peek, the background check, the checks'
worker) reach it by a percent-encoded SQLite URI."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checks.ledger import LedgerFile
from app.library.activities import Activity, ActivityLedger
from app.store import Store
from app.store.integrity import reader
from app.store.settings import peek


@pytest.mark.parametrize("name", ["资料#2", "进度50%", "问?答", "a%23b"])
def test_read_only_connections_open_an_oddly_named_folder(tmp_path: Path, name: str) -> None:
    directory = tmp_path / name
    with Store(directory) as store:
        store.settings.set("ui_language", "en")
        ActivityLedger(store.db).add_many([Activity(year=2024, date_text="3月1日", title="宪法宣传周",
                                                    description="开展宣传活动12场")])
    assert peek(directory, "ui_language", "zh_CN") == "en"
    with Store(directory, read_only=True) as store:
        assert store.settings.get("ui_language") == "en"
    conn = reader(directory / "chengwen.db")
    try:
        assert conn.execute("SELECT count(*) FROM activities").fetchone()[0] == 1
    finally:
        conn.close()
    ledger = LedgerFile(directory / "chengwen.db")
    try:
        ledger.figures(2024)
        assert ledger.reads == 1, "the worker's figures were read, not given up as unreadable"
    finally:
        ledger.close()
    assert [p.name for p in tmp_path.iterdir()] == [name]  # nothing made beside it under a cut-off name
