"""Backups of the library that outlive corruption: made with SQLite's online backup API through a
read connection of their own (a save never waits for a backup), at most once a day (or after a
large change), kept only when the copy passes integrity_check, thinned by age (daily, weekly,
monthly) within a size budget, never dropping the newest good one."""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import CorruptDatabase, UserError
from app.paths import DB_NAME
from app.store.faults import storage_errors
from app.store.integrity import reader as _reader  # a save never waits for the copy

if TYPE_CHECKING:
    from app.store.database import Database

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
DAILY, WEEKLY, MONTHLY = 3, 4, 6
SIZE_BUDGET = 512 * 1024 * 1024
DUE_AFTER = dt.timedelta(days=1)
LARGE_CHANGE = 0.25            # the library grew or shrank by a quarter since the newest backup…
LARGE_CHANGE_MIN = 1024 * 1024  # …and by at least this many bytes
_LEFTOVER_PATTERNS = ("*.part", "*.part-journal", "*.part-wal", "*.part-shm")
_STAMP = "%Y%m%d-%H%M%S-%f"


def backups(directory: Path) -> list[Path]:
    """Existing backups, oldest first."""
    folder = directory / BACKUP_DIR
    return sorted(folder.glob("chengwen-*.db")) if folder.is_dir() else []


def _made(path: Path) -> dt.datetime:
    try:
        return dt.datetime.strptime(path.stem.removeprefix("chengwen-"), _STAMP)
    except ValueError:
        return dt.datetime.fromtimestamp(path.stat().st_mtime)


def sweep_leftovers(directory: Path) -> int:
    """Remove half-written backups and their journals left by a process that was killed while
    writing one. Call only while holding the directory lock: then no backup is being written."""
    folder = directory / BACKUP_DIR
    removed = 0
    if folder.is_dir():
        for pattern in _LEFTOVER_PATTERNS:
            for leftover in folder.glob(pattern):
                try:
                    leftover.unlink()
                    removed += 1
                except OSError:
                    log.warning("cannot remove leftover %s", leftover, exc_info=True)
    probe = directory / ".chengwen-write-test"
    if probe.exists():
        probe.unlink(missing_ok=True)
    return removed


def make_backup(conn: sqlite3.Connection, directory: Path, *, now: dt.datetime | None = None) -> Path:
    """Copy the library into backups/, keep the copy only if it passes integrity_check (raising
    CorruptDatabase otherwise, with the older backups untouched), then thin the old ones."""
    folder = directory / BACKUP_DIR
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    target = folder / f"chengwen-{stamp}.db"
    partial = target.with_suffix(".db.part")
    try:
        with storage_errors(target, "备份"):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
            dest = sqlite3.connect(partial)
            try:
                conn.backup(dest)
                problems = [row[0] for row in dest.execute("PRAGMA integrity_check(5)")]
            finally:
                dest.close()
            if problems != ["ok"]:
                raise CorruptDatabase(f"资料库未通过完整性检查，未保存这次备份，已有的备份保留不变"
                                      f"（integrity check failed: {'; '.join(problems)}）", str(directory / DB_NAME))
            partial.replace(target)
    except BaseException:
        for pattern in _LEFTOVER_PATTERNS:
            for leftover in folder.glob(partial.name + pattern.removeprefix("*.part")):
                leftover.unlink(missing_ok=True)
        raise
    prune(directory, now=now)
    return target


def prune(directory: Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Keep the newest backup of each of the last DAILY days, WEEKLY weeks and MONTHLY months,
    within SIZE_BUDGET; the newest backup is always kept. Returns the removed ones."""
    found = sorted(backups(directory), key=_made, reverse=True)  # newest first
    if not found:
        return []
    keep = {found[0]}
    for period, count in ((_day, DAILY), (_week, WEEKLY), (_month, MONTHLY)):
        seen: set[Any] = set()
        for path in found:
            key = period(_made(path))
            if key not in seen:
                seen.add(key)
                if len(seen) > count:
                    break
                keep.add(path)
    total = 0
    removed = []
    for path in found:
        if path in keep:
            total += path.stat().st_size
            if total <= SIZE_BUDGET or path == found[0]:
                continue
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            log.warning("cannot remove old backup %s", path, exc_info=True)
    return removed


def _day(moment: dt.datetime) -> Any:
    return moment.date()


def _week(moment: dt.datetime) -> Any:
    return moment.isocalendar()[:2]


def _month(moment: dt.datetime) -> Any:
    return (moment.year, moment.month)


def is_due(db: Database, *, now: dt.datetime | None = None) -> bool:
    """No backup yet, the newest is a day old, or the library changed a lot since."""
    found = backups(db.directory)
    if not found:
        return True
    newest = max(found, key=_made)
    if (now or dt.datetime.now()) - _made(newest) >= DUE_AFTER:
        return True
    try:
        size = db.path.stat().st_size + _wal_size(db.path)
        change = abs(size - newest.stat().st_size)
    except OSError:
        return False
    return change >= LARGE_CHANGE_MIN and change >= LARGE_CHANGE * newest.stat().st_size


def _wal_size(db_path: Path) -> int:
    wal = db_path.with_name(db_path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def backup_if_due(store: Any, *, now: dt.datetime | None = None) -> Path | None:
    """Make a backup when one is due (see `is_due`). `store` is a Store or a Database. Meant to
    run off the window's start-up path and in the CLI's writing commands. Raises a UserError
    (DiskFull, CorruptDatabase when the library fails integrity_check…) for the caller to show."""
    db: Database = getattr(store, "db", store)
    if db.read_only or not db.path.exists() or not is_due(db, now=now):
        return None
    with storage_errors(db.path, "备份"):
        source = _reader(db.path)
    try:
        return make_backup(source, db.directory, now=now)
    finally:
        source.close()


def backup_quietly(store: Any) -> Path | None:
    """`backup_if_due`, logging instead of raising: for callers whose own work must go on."""
    try:
        return backup_if_due(store)
    except (UserError, OSError, sqlite3.Error) as exc:
        log.info("backup not made: %s", exc, exc_info=not isinstance(exc, UserError))
        return None


def restore_newest_backup(directory: Path, db_path: Path) -> Path | None:
    """Copy the newest backup to `db_path` (which must not exist); None when there is none."""
    found = backups(directory)
    if not found:
        return None
    newest = max(found, key=_made)
    partial = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(newest, partial)
    os.chmod(partial, 0o600)
    partial.replace(db_path)
    return newest
