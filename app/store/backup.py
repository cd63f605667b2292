"""Rotating backups of the database file, made with SQLite's online backup API."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

BACKUP_DIR = "backups"
KEEP = 10


def backups(directory: Path) -> list[Path]:
    """Existing backups, oldest first."""
    folder = directory / BACKUP_DIR
    return sorted(folder.glob("chengwen-*.db")) if folder.is_dir() else []


def make_backup(conn: sqlite3.Connection, directory: Path, keep: int = KEEP) -> Path:
    folder = directory / BACKUP_DIR
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"chengwen-{stamp}.db"
    partial = target.with_suffix(".db.part")
    dest = sqlite3.connect(partial)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    partial.replace(target)
    for old in backups(directory)[:-keep]:
        old.unlink(missing_ok=True)
    return target


def restore_newest_backup(directory: Path, db_path: Path) -> Path | None:
    """Copy the newest backup to `db_path` (which must not exist); None when there is none."""
    found = backups(directory)
    if not found:
        return None
    shutil.copyfile(found[-1], db_path)
    return found[-1]
