"""The one error boundary for storage: every sqlite3 and OS error from opening, transactions and
closing becomes one typed UserError with a clear message. Only SQLITE_CORRUPT and SQLITE_NOTADB
mean the file is damaged; a full disk, a read-only file or a missing permission never does."""

from __future__ import annotations

import errno
import logging
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import (
    CorruptDatabase,
    DiskFull,
    StorageError,
    StoreReadOnly,
    StoreUnopenable,
    UserError,
)

log = logging.getLogger(__name__)

# primary result codes (the low byte of an extended code)
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

FULL_BELOW = 256 * 1024  # free bytes under which an I/O error is taken for a full disk
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY_ERRNOS = {errno.EROFS}
_DENIED_ERRNOS = {errno.EACCES, errno.EPERM}


def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of an sqlite3 error, None for others (and for errors
    raised by the sqlite3 module itself, such as a closed connection)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_corruption(exc: BaseException) -> bool:
    return sqlite_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def _os_detail(exc: OSError) -> str:
    return exc.strerror or str(exc)


def classify(exc: BaseException, path: Path, action: str) -> UserError:
    """The clear message for `exc`, raised while `action` (打开/保存/关闭…) the library at `path`."""
    if isinstance(exc, UserError):
        return exc
    if _is_full(exc, path):
        return _disk_full(path, action)
    if isinstance(exc, OSError):
        if exc.errno in _FULL_ERRNOS:
            return _disk_full(path, action)
        if exc.errno in _READ_ONLY_ERRNOS:
            return _read_only(path, action)
        if exc.errno in _DENIED_ERRNOS:
            return StoreUnopenable(f"无法{action}资料库：没有权限 {path}（permission denied: {_os_detail(exc)}）")
        return StoreUnopenable(f"无法{action}资料库 {path}：{_os_detail(exc)}（I/O error）")
    code = sqlite_code(exc)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return CorruptDatabase(f"资料库文件已损坏，无法读取：{path}（{exc}）", str(path))
    if code == SQLITE_FULL:
        return _disk_full(path, action)
    if code == SQLITE_READONLY:
        return _read_only(path, action)
    if code == SQLITE_PERM:
        return StoreUnopenable(f"无法{action}资料库：没有权限 {path}（permission denied）", readable=True)
    if code == SQLITE_CANTOPEN:
        return StoreUnopenable(f"无法打开资料库：{path}，请检查文件和文件夹的权限（cannot open: {exc}）")
    if code == SQLITE_IOERR:
        return StoreUnopenable(f"{action}资料库时读写出错：{path}，请检查磁盘或存储设备（I/O error: {exc}）",
                               readable=True)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return StorageError(f"资料库正被其他程序占用，请稍后再试：{path}（database is busy）")
    if code == SQLITE_NOMEM:
        return StorageError(f"内存不足，无法{action}资料库（out of memory）")
    return StorageError(f"无法{action}资料库 {path}：{exc}（storage error）")


def _is_full(exc: BaseException, path: Path) -> bool:
    """A disk I/O error on a disk with no room left is a full disk (SQLite reports a failed
    write of its shared-memory or journal file as IOERR, not FULL)."""
    if sqlite_code(exc) != SQLITE_IOERR and not (isinstance(exc, OSError) and exc.errno == errno.EIO):
        return False
    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW
    except OSError:
        return False


def _disk_full(path: Path, action: str) -> DiskFull:
    return DiskFull(f"磁盘已满，无法{action}资料库：{path}。资料库没有损坏，请腾出磁盘空间后再试"
                    f"（disk full; the library is intact）", readable=True)


def _read_only(path: Path, action: str) -> StoreReadOnly:
    return StoreReadOnly(f"资料库是只读的，无法{action}：{path}。可以只读打开查看，或检查文件权限"
                         f"（the library is read-only）", readable=True)


@contextmanager
def storage_errors(path: Path, action: str) -> Iterator[None]:
    """Turn any sqlite3 or OS error inside the block into one typed UserError (logged in full)."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        error = classify(exc, path, action)
        log.info("storage error while %s %s: %r", action, path, exc, exc_info=True)
        raise error from exc
