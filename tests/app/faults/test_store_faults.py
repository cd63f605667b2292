"""The library under faults: a full disk, a read-only file, odd things where the library belongs.
Each gives one clear, typed message; only real damage is called damage; nothing is renamed."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from pathlib import Path

import pytest

from app.cli import main as cli_main
from app.errors import CloseFailed, CorruptDatabase, DataDirLocked, DiskFull, NotALibrary, StorageError, StoreReadOnly
from app.store import Store
from app.store.backup import make_backup
from app.template import template_report
from tests.app.faults.conftest import Disk, make_immutable, make_mutable


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _library(directory: Path) -> int:
    with Store(directory) as store:
        return store.reports.insert(template_report(2024, "某某区统计局"))


def _big_report() -> object:
    report = template_report(2025, "某某区统计局")
    for section in report.sections:
        section.paragraphs = ["依法行政" * 4000] * 20
    return report


def test_a_full_disk_while_saving_is_disk_full_and_the_library_is_intact(disk: Disk) -> None:
    report_id = _library(disk.directory)
    with Store(disk.directory) as store:
        disk.fill(store.db.conn)
        started = time.monotonic()
        with pytest.raises(DiskFull) as info:
            store.reports.insert(_big_report())  # type: ignore[arg-type]
        assert time.monotonic() - started < 10
        message = str(info.value)
        assert "磁盘已满" in message and "\n" not in message
        assert "rollback" not in message.lower() and "已损坏" not in message
        assert not store.db.conn.in_transaction
        disk.free(store.db.conn)
        assert [r.id for r in store.reports.summaries()] == [report_id]
    assert not list(disk.directory.glob("*.corrupt-*"))
    with Store(disk.directory) as store:
        assert [r.id for r in store.reports.summaries()] == [report_id]


def test_a_full_disk_gives_the_cli_one_line(disk: Disk, capsys: pytest.CaptureFixture[str]) -> None:
    _library(disk.directory)
    disk.fill()
    code = cli_main(["new", "--year", "2025", "--data-dir", str(disk.directory)])
    err = capsys.readouterr().err
    disk.free()
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "磁盘已满" in err or "不可写" in err
    assert not list(disk.directory.glob("*.corrupt-*"))
    with Store(disk.directory) as store:
        assert len(store.reports.summaries()) == 1


def test_opening_on_a_full_disk_is_never_called_damage(disk: Disk) -> None:
    _library(disk.directory)
    before = _digest(disk.directory / "chengwen.db")
    disk.fill()
    try:
        Store(disk.directory, make_backup=True).close()
    except StorageError as exc:
        assert not isinstance(exc, CorruptDatabase)
    except CorruptDatabase:  # pragma: no cover - the bug this guards against
        pytest.fail("a full disk was reported as a damaged library")
    finally:
        disk.free()
    assert _digest(disk.directory / "chengwen.db") == before or _library(disk.directory)
    assert not list(disk.directory.glob("*.corrupt-*"))
    assert not list((disk.directory / "backups").glob("*.part*")) if (disk.directory / "backups").exists() else True


def test_an_immutable_library_is_read_only_with_a_way_in(data_dir: Path) -> None:
    _library(data_dir)
    db = data_dir / "chengwen.db"
    if os.geteuid() == 0:
        if not make_immutable(db):
            pytest.skip("chattr +i does not work on this file system")
    else:
        db.chmod(0o444)
    try:
        before = _digest(db)
        with pytest.raises(StorageError) as info:
            Store(data_dir)
        assert isinstance(info.value, (StoreReadOnly, StorageError)) and not isinstance(info.value, CorruptDatabase)
        assert "只读" in str(info.value) or "无法打开" in str(info.value)
        assert info.value.readable
        with Store(data_dir, read_only=True) as store:
            assert len(store.reports.summaries()) == 1
        assert _digest(db) == before
    finally:
        make_mutable(db)
        db.chmod(0o600)


@pytest.mark.parametrize("kind", ["folder", "dangling link", "other program", "other versioned program"])
def test_something_else_where_the_library_belongs(data_dir: Path, kind: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = data_dir / "chengwen.db"
    if kind == "folder":
        db.mkdir()
    elif kind == "dangling link":
        db.symlink_to(data_dir / "gone.db")
    else:
        other = sqlite3.connect(db)
        other.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        if kind == "other versioned program":
            other.execute("PRAGMA user_version=52")
        other.commit()
        other.close()
    with pytest.raises(NotALibrary):
        Store(data_dir)
    with pytest.raises(NotALibrary):
        Store(data_dir, read_only=True)
    assert cli_main(["list", "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not list(data_dir.glob("*.corrupt-*"))


def test_an_unreadable_library_is_one_message(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _library(data_dir)
    real_connect = sqlite3.connect

    def cannot_open(*args: object, **kwargs: object) -> sqlite3.Connection:
        error = sqlite3.OperationalError("unable to open database file")
        error.sqlite_errorcode = 14  # SQLITE_CANTOPEN
        raise error
    monkeypatch.setattr(sqlite3, "connect", cannot_open)
    with pytest.raises(StorageError) as info:
        Store(data_dir)
    assert "无法打开" in str(info.value) and not isinstance(info.value, CorruptDatabase)
    monkeypatch.setattr(sqlite3, "connect", real_connect)
    Store(data_dir).close()  # the lock was released


def test_a_zero_byte_library_offers_the_backups(data_dir: Path) -> None:
    _library(data_dir)
    with Store(data_dir) as store:
        make_backup(store.db.conn, data_dir)
    (data_dir / "chengwen.db").write_bytes(b"")
    with pytest.raises(CorruptDatabase) as info:
        Store(data_dir)
    assert info.value.empty
    assert (data_dir / "chengwen.db").exists()  # never renamed by the store


def test_a_zero_byte_library_without_backups_is_a_new_library(data_dir: Path) -> None:
    (data_dir / "chengwen.db").write_bytes(b"")
    with Store(data_dir) as store:
        assert store.reports.summaries() == []


def test_real_damage_is_still_damage_and_is_left_in_place(data_dir: Path) -> None:
    _library(data_dir)
    db = data_dir / "chengwen.db"
    db.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(CorruptDatabase):
        Store(data_dir)
    assert db.read_bytes().startswith(b"this is not")


def test_closing_that_fails_keeps_the_library_open_for_a_retry(data_dir: Path) -> None:
    store = Store(data_dir)
    real = store.db.conn

    class FailingClose:
        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

        def close(self) -> None:
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = 13  # SQLITE_FULL
            raise error
    store.db.conn = FailingClose()  # type: ignore[assignment]
    with pytest.raises(CloseFailed) as info:
        store.close()
    assert "磁盘已满" in str(info.value)
    with pytest.raises(DataDirLocked):
        Store(data_dir)  # still held
    store.db.conn = real
    store.close()
    Store(data_dir).close()


def test_new_library_is_private(tmp_path: Path) -> None:
    directory = tmp_path / "fresh" / "data"
    Store(directory).close()
    assert directory.stat().st_mode & 0o777 == 0o700
    assert (directory / "chengwen.db").stat().st_mode & 0o777 == 0o600


def test_a_full_disk_still_lets_the_library_be_read_and_exported(disk: Disk, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    if not disk.real:
        pytest.skip("needs a real full disk (tmpfs as root)")
    report_id = _library(disk.directory)
    disk.fill()
    try:
        assert cli_main(["list", "--data-dir", str(disk.directory)]) == 0
        elsewhere = tmp_path / "报告.docx"
        assert cli_main(["export", str(report_id), "-o", str(elsewhere), "--data-dir", str(disk.directory)]) == 0
        assert elsewhere.exists()
        assert cli_main(["export", str(report_id), "-o", str(disk.directory.parent / "报告.txt"),
                         "--data-dir", str(disk.directory)]) == 1
    finally:
        disk.free()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ".tmp" not in err and "Traceback" not in err
    assert not [p for p in disk.directory.parent.iterdir() if p.name.startswith(".chengwen-")]


def test_a_lock_that_cannot_be_written_is_not_kept(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _library(data_dir)

    def no_room(_fd: int, _data: bytes) -> int:
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "write", no_room)
    with pytest.raises(DiskFull):
        Store(data_dir)
    monkeypatch.undo()
    Store(data_dir).close()  # not "another Chengwen is using this data directory"
