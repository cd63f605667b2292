"""The library: one SQLite file in the data directory holding reports, sections, snapshots,
settings, phrases and activities."""

from __future__ import annotations

from pathlib import Path

from app.paths import data_dir
from app.store.backup import backup_if_due
from app.store.database import Database
from app.store.integrity import check_if_due
from app.store.reports import InRecycleBin, ReportKind, ReportStore, ReportSummary
from app.store.settings import Settings
from app.store.snapshots import SnapshotInfo, SnapshotStore

__all__ = ["Store", "ReportSummary", "ReportKind", "InRecycleBin", "SnapshotInfo", "backup_if_due",
           "check_if_due"]


class Store:
    """The open library. Close it (or use it as a context manager) to release the directory lock."""

    def __init__(self, directory: Path | str | None = None, *, read_only: bool = False,
                 make_backup: bool = False, check_later: bool = False) -> None:
        """`make_backup`: run `backup_if_due` while opening, never failing the opening for it
        (the window is to call `backup_if_due` in the background after start instead).
        `check_later`: the daily quick_check is left to the caller's background job
        (`check_if_due`), as the window does, unless the last one found damage."""
        self.directory = data_dir(directory)
        self.db = Database(self.directory, read_only=read_only, make_backup=make_backup, check_later=check_later)
        self.reports = ReportStore(self.db)
        self.snapshots = SnapshotStore(self.db, self.reports)
        self.settings = Settings(self.db)

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
