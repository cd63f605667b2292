"""A bulk write leaves no large WAL file behind once a checkpoint has emptied it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store import Store, database


def test_the_wal_file_is_cut_back_after_a_bulk_write(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "WAL_SIZE_LIMIT", 256 * 1024)
    with Store(data_dir) as store:
        conn = store.db.conn
        conn.execute("CREATE TABLE bulk(x BLOB)")
        with store.db.transaction():
            conn.executemany("INSERT INTO bulk VALUES (randomblob(4000))", [()] * 1000)  # ~4 MB in one go
        wal = Path(str(store.db.path) + "-wal")
        assert wal.stat().st_size > 1024 * 1024
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        store.settings.set("last_report", 1)  # the next write starts the WAL again from its beginning
        assert wal.stat().st_size <= 256 * 1024
