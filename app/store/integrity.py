"""The daily quick_check of the library. It reads every page (0.3 s warm, 3 s cold for a 200 MB
library), so the window runs it after start, in the background, on a read connection of its own
(`check_if_due`). Damage found there leaves a marker: the next opening checks while it opens and
so offers the recovery (set the file aside, restore the newest backup) before anything is written."""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import CorruptDatabase
from app.paths import read_only_uri
from app.store.faults import storage_errors

if TYPE_CHECKING:
    from app.store.database import Database

log = logging.getLogger(__name__)

CHECK_MARKER = ".chengwen-checked"  # its mtime: when quick_check last passed
DAMAGE_MARKER = ".chengwen-damaged"  # quick_check failed in the background: check at the next opening
CHECK_EVERY = 24 * 3600


def check_due(directory: Path) -> bool:
    try:
        return time.time() - (directory / CHECK_MARKER).stat().st_mtime > CHECK_EVERY
    except OSError:
        return True


def damage_seen(directory: Path) -> bool:
    return (directory / DAMAGE_MARKER).exists()


def record_result(directory: Path, result: str) -> None:
    """Remember a passed check (not due again for a day) or a failed one (checked at next opening)."""
    try:
        if result == "ok":
            (directory / CHECK_MARKER).touch()
            (directory / DAMAGE_MARKER).unlink(missing_ok=True)
        else:
            (directory / DAMAGE_MARKER).write_text(result, encoding="utf-8")
    except OSError:
        log.warning("cannot record the quick_check in %s", directory, exc_info=True)


def quick_check(conn: sqlite3.Connection, db_path: Path) -> None:
    """Raise CorruptDatabase unless PRAGMA quick_check passes; the result is recorded either way."""
    result = conn.execute("PRAGMA quick_check(3)").fetchone()[0]
    record_result(db_path.parent, result)
    if result != "ok":
        said = result.replace("*** in database main ***", "").strip().replace("\n", "; ")
        raise CorruptDatabase(f"资料库文件已损坏：{db_path}（{said[:200]}）", str(db_path))


def reader(db_path: Path) -> sqlite3.Connection:
    """A read connection of the background job's own. Through the window's connection a save
    would wait for the whole job; in WAL mode this one reads a snapshot of the library while the
    window's connection goes on writing."""
    conn = sqlite3.connect(read_only_uri(db_path), uri=True, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout=5000")
    return conn


def check_if_due(store: Any) -> bool:
    """Run the daily quick_check in the caller's thread when it is due; True when it ran and
    passed. `store` is a Store or a Database. Raises CorruptDatabase when it finds damage."""
    db: Database = getattr(store, "db", store)
    if db.read_only or not db.path.exists() or not check_due(db.directory):
        return False
    with storage_errors(db.path, "检查"):
        conn = reader(db.path)
    try:
        with storage_errors(db.path, "检查"):
            quick_check(conn, db.path)
    finally:
        conn.close()
    return True
