"""The SQLite connection: lock, WAL, foreign keys, migrations, transactions. Every storage error
goes through app.store.faults, so the clerk sees one clear message and a full disk never looks
like a damaged library."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import (
    CloseFailed,
    CorruptDatabase,
    DataDirUnwritable,
    NotALibrary,
    ReadOnlyStore,
    StorageError,
    StoreReadOnly,
    StoreUnopenable,
    UserError,
)
from app.paths import DB_NAME, read_only_uri
from app.store import backup, integrity
from app.store.faults import classify, storage_errors
from app.store.lock import DirectoryLock
from app.store.schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)
WAL_SIZE_LIMIT = 8 * 1024 * 1024  # bytes the WAL file is cut back to once a checkpoint has emptied it

_OUR_TABLES = {"reports", "sections"}  # made by migration 1: a file with neither is not ours


def now_iso() -> str:
    return dt.datetime.now().isoformat(timespec="milliseconds")


def _check_writable(directory: Path) -> None:
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        probe = directory / ".chengwen-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DataDirUnwritable(f"数据目录不可写：{directory}（{exc.strerror or exc}）") from None


def check_library_path(path: Path) -> None:
    """A folder or a dangling link where the library file belongs is one clear message."""
    if path.is_symlink() and not path.exists():
        raise NotALibrary(f"资料库是一个指向不存在文件的链接：{path}（dangling link）")
    if path.is_dir():
        raise NotALibrary(f"资料库的位置是一个文件夹，不是资料库文件：{path}（is a folder）")
    if path.exists() and not path.is_file():
        raise NotALibrary(f"资料库的位置不是普通文件：{path}（not a regular file）")


class Database:
    """One open library. Writes go through `transaction()`; reads use `conn` directly."""

    def __init__(self, directory: Path, *, read_only: bool = False, make_backup: bool = False,
                 check_later: bool = False) -> None:
        """`check_later`: leave the daily quick_check to the caller's background job
        (app.store.integrity.check_if_due), unless the last one found damage."""
        self.directory = Path(directory)
        self._check_later = check_later
        self.path = self.directory / DB_NAME
        self.read_only = read_only
        self._lock: DirectoryLock | None = None
        self._created = False
        check_library_path(self.path)
        if read_only:
            if not self.path.exists():
                raise UserError(f"数据目录中没有资料库：{self.path}")
            if self.path.stat().st_size == 0:
                raise CorruptDatabase(f"资料库文件是空的：{self.path}（empty file）", str(self.path), empty=True)
            try:
                self._open_read_only("mode=ro")
            except StorageError:
                if _wal_size(self.path):
                    raise
                # a full disk cannot take the shared-memory file a WAL reader needs; with no
                # pending WAL the file alone is the whole library: read it as it is
                self._open_read_only("mode=ro&immutable=1")
            return
        _check_writable(self.directory)
        self._lock = DirectoryLock(self.directory)
        with storage_errors(self.path, "打开"):
            self._lock.acquire()
        try:
            self._open_for_writing()
        except BaseException:
            self._lock.release()
            raise
        if make_backup:  # the window will call backup_if_due in the background instead
            backup.backup_quietly(self)

    def _open_read_only(self, flags: str) -> None:
        with storage_errors(self.path, "打开"):
            self.conn = self._connect(read_only_uri(self.path, flags), uri=True)
        self._guarded_open(lambda: self._verify(quick=False))

    def _open_for_writing(self) -> None:
        with storage_errors(self.path, "打开"):
            backup.sweep_leftovers(self.directory)
            if self.path.exists() and not os.access(self.path, os.R_OK | os.W_OK):
                # SQLite would quietly open it read-only and fail at the first save
                readable = os.access(self.path, os.R_OK)
                raise (StoreReadOnly(f"资料库文件是只读的，不能保存修改：{self.path}。可以只读打开查看，"
                                     f"或检查文件权限（the library file is read-only）", readable=True)
                       if readable else
                       StoreUnopenable(f"无法打开资料库：没有读取权限 {self.path}（permission denied）"))
            if not self.path.exists():
                # the library holds the clerk's drafts: readable by the clerk alone
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
                self._created = True
            empty = self.path.stat().st_size == 0
            self.conn = self._connect(str(self.path))
        if empty and not self._created and backup.backups(self.directory):
            self.conn.close()
            raise CorruptDatabase(f"资料库文件是空的，可能在写入时中断：{self.path}（empty file）",
                                  str(self.path), empty=True)

        def prepare() -> None:
            self._verify(quick=self._check_due())
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            # a bulk import (100,000 phrases) grows the WAL file to ~70 MB; without a limit it stays
            # that size on disk for ever after the checkpoint has emptied it
            self.conn.execute(f"PRAGMA journal_size_limit={WAL_SIZE_LIMIT}")
            self._migrate()
        self._guarded_open(prepare)

    def _guarded_open(self, step: Callable[[], None]) -> None:
        """Run an opening step; on any error close the connection and raise the clear message."""
        try:
            with storage_errors(self.path, "打开"):
                step()
        except BaseException:
            self.conn.close()
            raise

    @staticmethod
    def _connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
        conn = sqlite3.connect(target, uri=uri, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=5000")
        return conn

    def _check_due(self) -> bool:
        if self._check_later and not integrity.damage_seen(self.directory):
            return False
        return integrity.check_due(self.directory)

    def _verify(self, *, quick: bool) -> None:
        """Reading the header and the schema finds a file that is not a database; a full
        quick_check (at most daily: it reads every page) finds damage inside it."""
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and not tables & _OUR_TABLES:
            raise NotALibrary(f"这个文件不是成文的资料库（可能是其他程序的数据库）：{self.path}"
                              f"（another program's SQLite file）")
        if version > 0 and not _OUR_TABLES <= tables:
            raise CorruptDatabase(f"资料库文件已损坏（缺少数据表）：{self.path}（schema missing）", str(self.path))
        if version == 0 and not tables and not self._created and backup.backups(self.directory):
            raise CorruptDatabase(f"资料库文件是空的，可能在写入时中断：{self.path}（no schema）",
                                  str(self.path), empty=True)
        if version > SCHEMA_VERSION:
            raise UserError(f"资料库由更新版本的成文创建（版本 {version}），请升级成文后再打开")
        if quick:
            integrity.quick_check(self.conn, self.path)

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        for number in range(version, SCHEMA_VERSION):
            with self.transaction() as conn:
                for statement in _statements(MIGRATIONS[number]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version={number + 1}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception: every write is all or nothing.
        A storage error (disk full, read-only file…) comes out as one typed UserError."""
        if self.read_only:
            raise ReadOnlyStore("以只读方式打开，不能保存修改（opened read-only）")
        if self.conn.in_transaction:  # nested use joins the outer transaction
            yield self.conn
            return
        with storage_errors(self.path, "保存"):
            self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise classify(exc, self.path, "保存") from exc
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        # SQLite rolls back by itself on some errors (SQLITE_FULL, IOERR); a second ROLLBACK
        # would only replace the real error with "no transaction is active"
        if not self.conn.in_transaction:
            return
        try:
            self.conn.execute("ROLLBACK")
        except sqlite3.Error:
            log.warning("rollback failed", exc_info=True)

    def close(self) -> None:
        """Close and release the lock. If closing fails (a full disk), raise CloseFailed and stay
        open, so that the caller can retry or export the edits it still holds."""
        if not self.read_only:
            try:
                self.conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                log.warning("PRAGMA optimize failed at close", exc_info=True)
        try:
            self.conn.close()
        except sqlite3.Error as exc:
            error = classify(exc, self.path, "关闭")
            raise CloseFailed(str(error), readable=True) from exc
        if self._lock:
            self._lock.release()
            self._lock = None


def _wal_size(db_path: Path) -> int:
    try:
        return db_path.with_name(db_path.name + "-wal").stat().st_size
    except OSError:
        return 0


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (triggers contain `;` inside BEGIN … END)."""
    out: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                out.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        out.append(buffer.strip())
    return out


def set_aside(db_path: Path) -> Path:
    """Move a corrupt database (and its -wal/-shm) aside, never deleting it; returns the new name."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.name}.corrupt-{stamp}")
    db_path.replace(target)
    for suffix in ("-wal", "-shm"):
        extra = db_path.with_name(db_path.name + suffix)
        if extra.exists():
            extra.replace(target.with_name(target.name + suffix))
    return target
