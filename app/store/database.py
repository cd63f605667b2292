"""The SQLite connection: lock, WAL, foreign keys, migrations, transactions, corruption handling."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import CorruptDatabase, DataDirUnwritable, ReadOnlyStore, UserError
from app.paths import DB_NAME
from app.store import backup
from app.store.lock import DirectoryLock
from app.store.schema import MIGRATIONS, SCHEMA_VERSION


def now_iso() -> str:
    return dt.datetime.now().isoformat(timespec="milliseconds")


def _check_writable(directory: Path) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True)
        probe = directory / ".chengwen-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DataDirUnwritable(f"数据目录不可写：{directory}（{exc.strerror or exc}）") from None


class Database:
    """One open library. Writes go through `transaction()`; reads use `conn` directly."""

    def __init__(self, directory: Path, *, read_only: bool = False, make_backup: bool = True) -> None:
        self.directory = Path(directory)
        self.path = self.directory / DB_NAME
        self.read_only = read_only
        self._lock: DirectoryLock | None = None
        if read_only:
            if not self.path.exists():
                raise UserError(f"数据目录中没有资料库：{self.path}")
            self.conn = self._connect(f"file:{self.path}?mode=ro", uri=True)
            self._verify()
            return
        _check_writable(self.directory)
        self._lock = DirectoryLock(self.directory)
        self._lock.acquire()
        try:
            existed = self.path.exists() and self.path.stat().st_size > 0
            self.conn = self._connect(str(self.path))
            self._verify()
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            if existed and make_backup:
                backup.make_backup(self.conn, self.directory)
            self._migrate()
        except BaseException:
            self._lock.release()
            raise

    @staticmethod
    def _connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
        conn = sqlite3.connect(target, uri=uri, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=5000")
        return conn

    def _verify(self) -> None:
        try:
            result = self.conn.execute("PRAGMA quick_check").fetchone()[0]
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise CorruptDatabase(f"资料库文件已损坏，无法读取：{self.path}（{exc}）", str(self.path)) from None
        if result != "ok":
            self.conn.close()
            raise CorruptDatabase(f"资料库文件已损坏：{self.path}（{result}）", str(self.path))
        if version > SCHEMA_VERSION:
            self.conn.close()
            raise UserError(f"资料库由更新版本的成文创建（版本 {version}），请升级成文后再打开")

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        for number in range(version, SCHEMA_VERSION):
            with self.transaction() as conn:
                for statement in _statements(MIGRATIONS[number]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version={number + 1}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception: every write is all or nothing."""
        if self.read_only:
            raise ReadOnlyStore("以只读方式打开，不能保存修改（opened read-only）")
        if self.conn.in_transaction:  # nested use joins the outer transaction
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        try:
            if not self.read_only:
                self.conn.execute("PRAGMA optimize")
            self.conn.close()
        finally:
            if self._lock:
                self._lock.release()
                self._lock = None


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
