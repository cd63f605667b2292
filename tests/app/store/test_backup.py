"""Backups that outlive corruption: checked before they are kept, thinned by age within a size
budget, made at most daily or after a large change, leftovers of a killed backup swept."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from app.errors import CorruptDatabase
from app.store import Store, backup
from app.store.backup import backup_if_due, backups, make_backup, prune
from app.template import template_report


def _library(directory: Path) -> None:
    with Store(directory) as store:
        store.reports.insert(template_report(2024, "某某区统计局"))


def _damage_an_index(directory: Path) -> None:
    """An index whose entries no longer match its table: quick_check passes, integrity_check not."""
    conn = sqlite3.connect(directory / "chengwen.db")
    conn.execute("CREATE INDEX zz_damaged ON sections(heading)")
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql='CREATE INDEX zz_damaged ON sections(id)' WHERE name='zz_damaged'")
    conn.commit()
    conn.close()


def test_a_damaged_library_never_replaces_the_good_backups(data_dir: Path) -> None:
    _library(data_dir)
    with Store(data_dir) as store:
        good = make_backup(store.db.conn, data_dir)
    _damage_an_index(data_dir)
    with Store(data_dir) as store:  # quick_check does not see it
        with pytest.raises(CorruptDatabase) as info:
            make_backup(store.db.conn, data_dir, now=dt.datetime.now() + dt.timedelta(days=1))
    assert "完整性检查" in str(info.value)
    assert backups(data_dir) == [good]
    assert not list((data_dir / "backups").glob("*.part*"))


def test_retention_by_age_keeps_daily_weekly_monthly_and_the_newest(data_dir: Path) -> None:
    _library(data_dir)
    start = dt.datetime(2026, 1, 1, 9)
    with Store(data_dir) as store:
        for day in range(0, 300, 2):
            for hour in (0, 5):
                make_backup(store.db.conn, data_dir, now=start + dt.timedelta(days=day, hours=hour))
    found = backups(data_dir)
    newest = start + dt.timedelta(days=298, hours=5)
    assert found[-1].name == f"chengwen-{newest:%Y%m%d-%H%M%S-%f}.db"
    assert len(found) <= backup.DAILY + backup.WEEKLY + backup.MONTHLY
    days = {path.name[9:17] for path in found}
    assert len(days) == len(found)  # one per day at most
    oldest = dt.datetime.strptime(found[0].name[9:17], "%Y%m%d")
    assert newest - oldest > dt.timedelta(days=120)  # months back, not just the last starts


def test_the_size_budget_never_drops_the_newest(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _library(data_dir)
    monkeypatch.setattr(backup, "SIZE_BUDGET", 1)
    with Store(data_dir) as store:
        for day in range(3):
            made = make_backup(store.db.conn, data_dir, now=dt.datetime(2026, 3, 1 + day))
    assert backups(data_dir) == [made]
    assert prune(data_dir) == []


def test_backup_if_due_at_most_daily_or_after_a_large_change(data_dir: Path) -> None:
    _library(data_dir)
    now = dt.datetime.now()
    with Store(data_dir) as store:
        assert backup_if_due(store, now=now) is not None
        assert backup_if_due(store, now=now + dt.timedelta(hours=1)) is None
        for _ in range(10):
            report = template_report(2025)
            for section in report.sections:
                section.paragraphs = ["依法行政" * 2000] * 10
            store.reports.insert(report)
        assert backup_if_due(store, now=now + dt.timedelta(hours=2)) is not None  # a large change
        assert backup_if_due(store, now=now + dt.timedelta(days=1, hours=3)) is not None
    with Store(data_dir, read_only=True) as reader:
        assert backup_if_due(reader) is None


def test_opening_sweeps_what_a_killed_backup_left(data_dir: Path) -> None:
    _library(data_dir)
    folder = data_dir / "backups"
    folder.mkdir()
    for name in ("chengwen-20260101-000000-000000.db.part", "chengwen-20260101-000000-000000.db.part-journal"):
        (folder / name).write_bytes(b"\0" * 4096)
    Store(data_dir).close()
    assert not list(folder.glob("*.part*"))


def test_a_failing_start_up_backup_does_not_stop_the_start(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _library(data_dir)

    def no_room(*_args: object, **_kwargs: object) -> Path:
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(backup, "make_backup", no_room)
    with Store(data_dir, make_backup=True) as store:
        assert len(store.reports.summaries()) == 1


def test_writing_commands_make_the_daily_backup(data_dir: Path) -> None:
    from app.cli import main

    _library(data_dir)
    assert main(["new", "--year", "2025", "--data-dir", str(data_dir)]) == 0
    assert len(backups(data_dir)) == 1
    assert main(["new", "--year", "2026", "--data-dir", str(data_dir)]) == 0
    assert len(backups(data_dir)) == 1
    assert (data_dir / "backups" / backups(data_dir)[0].name).stat().st_mode & 0o777 == 0o600


class _PausingReader(sqlite3.Connection):
    """A backup reader that stops in the middle of its copy (its read transaction open, the
    snapshot taken) until the test lets it go on."""

    started = threading.Event()
    release = threading.Event()

    def backup(self, target: sqlite3.Connection, **kwargs: Any) -> None:
        self.execute("BEGIN")
        self.execute("SELECT COUNT(*) FROM sections").fetchone()
        type(self).started.set()
        type(self).release.wait(10)
        super().backup(target, **kwargs)
        self.execute("COMMIT")


def test_a_save_during_a_running_backup_does_not_wait_for_it(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _library(data_dir)
    real_reader = backup._reader

    def pausing_reader(db_path: Path) -> sqlite3.Connection:
        real_reader(db_path).close()  # the real reader opens this way too
        return sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False, factory=_PausingReader)
    monkeypatch.setattr(backup, "_reader", pausing_reader)
    _PausingReader.started.clear()
    _PausingReader.release.clear()
    with Store(data_dir) as store:
        report_id = store.reports.summaries()[0].id
        report = store.reports.load(report_id)
        section = report.sections[0]
        made: list[Path | None] = []
        worker = threading.Thread(target=lambda: made.append(backup_if_due(store)))
        worker.start()
        try:
            assert _PausingReader.started.wait(10), "the backup did not start"
            section.paragraphs = ["备份进行时写下的一段话。"]
            started = time.perf_counter()
            store.reports.update_section(section)  # the window's connection, as the autosave uses it
            assert time.perf_counter() - started < 0.5, "a save waited for the backup"
            assert worker.is_alive(), "the backup was still running during the save"
        finally:
            _PausingReader.release.set()
            worker.join(10)
        assert made and made[0] is not None and made[0].exists()
        assert store.reports.load(report_id).sections[0].paragraphs == ["备份进行时写下的一段话。"]
    copy = sqlite3.connect(made[0])
    try:  # the backup holds the library as it was when the copy began
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == 1
        saved = copy.execute("SELECT paragraphs FROM sections WHERE id=?", (section.id,)).fetchone()[0]
        assert "备份进行时" not in saved
    finally:
        copy.close()
