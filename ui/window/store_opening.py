"""Opening the library at start-up, with a clear way out of every bad case. Only real damage
(CorruptDatabase) offers to set the file aside — and only after the clerk has chosen; a full disk,
a read-only file, a file that cannot be opened or is not a library each get their own message
that says what to do, with "open read-only" where reading works. Nothing is moved or opened
empty without the clerk's word, and no error reaches the clerk as a traceback."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.errors import (
    CorruptDatabase,
    DataDirLocked,
    DataDirUnwritable,
    DiskFull,
    NotALibrary,
    StorageError,
    StoreReadOnly,
    UserError,
)
from app.paths import DB_NAME, data_dir
from app.store import Store
from app.store.backup import backups, restore_newest_backup
from app.store.database import set_aside
from app.store.lock import DirectoryLock
from ui.common import messages
from ui.common.translate import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5  # a restored backup could be bad too, a retry could fail again: never loop for ever

IN_USE = QT_TRANSLATE_NOOP("StoreOpening", "资料库正在使用")
IN_USE_DETAIL = QT_TRANSLATE_NOOP("StoreOpening", "可能在另一个窗口或另一台电脑上开着成文。可以只读打开（只能查看，不能修改），或者退出。")  # noqa: E501 — one message, kept whole for the translators
READ_ONLY = QT_TRANSLATE_NOOP("StoreOpening", "只读打开")
RETRY = QT_TRANSLATE_NOOP("StoreOpening", "重试")
QUIT = QT_TRANSLATE_NOOP("StoreOpening", "退出")
CANNOT_SET_ASIDE = QT_TRANSLATE_NOOP("StoreOpening", "损坏的资料库文件无法移到一旁，没有做任何改动：%1")
FROM_BACKUP = QT_TRANSLATE_NOOP("StoreOpening", "从最近的备份恢复")
FRESH = QT_TRANSLATE_NOOP("StoreOpening", "移到一旁，新建空资料库")
CORRUPT_DETAIL = QT_TRANSLATE_NOOP("StoreOpening", "损坏的文件不会删除：无论选哪一项，它都会改名保存在原来的文件夹里（chengwen.db.corrupt-日期），以便日后找人修复。")  # noqa: E501
NEWEST_BACKUP = QT_TRANSLATE_NOOP("StoreOpening", "最近的备份：%1")
RESTORED = QT_TRANSLATE_NOOP("StoreOpening", "已从 %1 的备份恢复，此后的修改不在其中。")
NO_BACKUP = QT_TRANSLATE_NOOP("StoreOpening", "没有可用的备份。")
CORRUPT = QT_TRANSLATE_NOOP("StoreOpening", "资料库已损坏")
EMPTY = QT_TRANSLATE_NOOP("StoreOpening", "资料库文件是空的")
SET_ASIDE_AS = QT_TRANSLATE_NOOP("StoreOpening", "损坏的文件已改名保存为：%1")
DISK_FULL = QT_TRANSLATE_NOOP("StoreOpening", "磁盘已满")
DISK_FULL_DETAIL = QT_TRANSLATE_NOOP("StoreOpening", "资料库没有损坏，什么也没有丢失。请删除不需要的文件或清空回收站，腾出空间后点“重试”；也可以先只读打开，查看和导出报告。")  # noqa: E501
READ_ONLY_TITLE = QT_TRANSLATE_NOOP("StoreOpening", "资料库是只读的")
READ_ONLY_DETAIL = QT_TRANSLATE_NOOP("StoreOpening", "可以只读打开，查看和导出报告。要修改报告，请让管理员恢复资料库文件和所在文件夹的写入权限，或把数据目录复制到可写的位置，再用 --data-dir 指定它。")  # noqa: E501
UNOPENABLE_TITLE = QT_TRANSLATE_NOOP("StoreOpening", "无法打开资料库")
UNOPENABLE_DETAIL = QT_TRANSLATE_NOOP("StoreOpening", "资料库文件本身没有被改动。请检查文件和数据目录的权限、磁盘或移动存储设备是否正常，然后点“重试”。")  # noqa: E501
NOT_A_LIBRARY_TITLE = QT_TRANSLATE_NOOP("StoreOpening", "这不是成文的资料库")
NOT_A_LIBRARY_DETAIL = QT_TRANSLATE_NOOP("StoreOpening", "成文不会移动或修改它。请把它移到别处，或者用 --data-dir 指定另一个数据目录。")  # noqa: E501
UNWRITABLE_HINT = QT_TRANSLATE_NOOP("StoreOpening", "请检查数据目录的权限或磁盘空间，或用 --data-dir 指定另一个目录。")
CANNOT_OPEN = QT_TRANSLATE_NOOP("StoreOpening", "无法打开资料库：%1")
CANNOT_START = QT_TRANSLATE_NOOP("StoreOpening", "成文无法启动")
WHY_READ_ONLY_LOCKED = QT_TRANSLATE_NOOP("StoreOpening", "另一个成文正在使用这个资料库：这里只能查看，不能修改")
WHY_READ_ONLY_FULL = QT_TRANSLATE_NOOP("StoreOpening", "磁盘已满：这里只能查看和导出，不能修改。腾出空间后重新启动成文即可修改。")
WHY_READ_ONLY_FILE = QT_TRANSLATE_NOOP("StoreOpening", "资料库文件是只读的：这里只能查看和导出，不能修改")
WHY_READ_ONLY_OTHER = QT_TRANSLATE_NOOP("StoreOpening", "资料库无法写入：这里只能查看和导出，不能修改")


def _tr(text: str) -> str:
    return QCoreApplication.translate("StoreOpening", text)


@dataclass
class OpenedLibrary:
    """The open library; when it is read-only, why (for the window's 只读 label); what was done
    to get it open (a damaged file set aside: where it went), for the status bar."""
    store: Store
    read_only_reason: str = ""
    notice: str = ""


def open_store(directory: str | Path | None, parent: QWidget | None = None) -> Store | None:
    """The open library, or None when the clerk chose to quit or nothing can be opened."""
    opened = open_library(directory, parent)
    return opened.store if opened is not None else None


def open_library(directory: str | Path | None, parent: QWidget | None = None) -> OpenedLibrary | None:
    """Open the library without making a backup or the daily quick_check (the window's Upkeep
    does both in the background); ask the clerk whenever something is wrong. None: quit."""
    path = data_dir(directory)
    notice = ""
    for _attempt in range(MAX_ATTEMPTS):
        try:
            return OpenedLibrary(Store(path, check_later=True), notice=notice)  # Upkeep checks it
        except DataDirLocked as exc:
            choice = _ask(parent, messages.Icon.Warning, _tr(IN_USE), str(exc), _tr(IN_USE_DETAIL),
                          [("read_only", _tr(READ_ONLY)), ("quit", _tr(QUIT))], "lockedBox")
            return _read_only(parent, path, _tr(WHY_READ_ONLY_LOCKED)) if choice == "read_only" else None
        except CorruptDatabase as exc:
            # hold the directory while the clerk decides, so that a `chengwen` run in the
            # meantime cannot start a fresh library in the broken one's place
            guard = DirectoryLock(path)
            try:
                guard.acquire()
            except DataDirLocked:
                continue  # another copy got there first: the next attempt offers read-only
            try:
                recovered = _recover(parent, path, exc)
                if recovered is None:
                    return None
                notice = recovered
            finally:
                guard.release()
        except DataDirUnwritable as exc:
            _fail(parent, str(exc), _tr(UNWRITABLE_HINT))
            return None
        except NotALibrary as exc:
            _fail(parent, str(exc), _tr(NOT_A_LIBRARY_DETAIL), title=_tr(NOT_A_LIBRARY_TITLE))
            return None
        except StorageError as exc:
            log.info("the library did not open: %s", exc)
            choice = _storage_choice(parent, exc)
            if choice == "read_only":
                return _read_only(parent, path, _why_read_only(exc))
            if choice != "retry":
                return None
        except UserError as exc:
            _fail(parent, str(exc))
            return None
        except (sqlite3.Error, OSError) as exc:  # the store's boundary should have named it: say it in one line
            log.error("the library did not open", exc_info=True)
            _fail(parent, _tr(CANNOT_OPEN).replace("%1", str(exc) or type(exc).__name__))
            return None
    _fail(parent, _tr(CANNOT_OPEN).replace("%1", str(path)))
    return None


def _ask(parent: QWidget | None, icon: messages.Icon, title: str, text: str, detail: str,
         choices: list[tuple[str, str]], name: str) -> str | None:
    """A message box with named buttons; returns the key of the button pressed (None: closed)."""
    roles = [(key, label, messages.Role.RejectRole if key == "quit" else messages.Role.AcceptRole)
             for key, label in choices]
    return messages.choose(parent, icon, title, text, roles, detail=detail, name=name)


def _storage_choice(parent: QWidget | None, exc: StorageError) -> str | None:
    """The full disk, the read-only file, the file that cannot be opened: each its own box."""
    if isinstance(exc, DiskFull):
        title, detail, name, retry = _tr(DISK_FULL), _tr(DISK_FULL_DETAIL), "diskFullBox", True
    elif isinstance(exc, StoreReadOnly):
        title, detail, name, retry = _tr(READ_ONLY_TITLE), _tr(READ_ONLY_DETAIL), "readOnlyBox", False
    else:
        title, detail, name, retry = _tr(UNOPENABLE_TITLE), _tr(UNOPENABLE_DETAIL), "unopenableBox", True
    choices = [("retry", _tr(RETRY))] if retry else []
    if exc.readable:
        choices.insert(0, ("read_only", _tr(READ_ONLY)))
    choices.append(("quit", _tr(QUIT)))
    return _ask(parent, messages.Icon.Warning, title, str(exc), detail, choices, name)


def _why_read_only(exc: StorageError) -> str:
    if isinstance(exc, DiskFull):
        return _tr(WHY_READ_ONLY_FULL)
    return _tr(WHY_READ_ONLY_FILE) if isinstance(exc, StoreReadOnly) else _tr(WHY_READ_ONLY_OTHER)


def _read_only(parent: QWidget | None, path: Path, reason: str) -> OpenedLibrary | None:
    try:
        return OpenedLibrary(Store(path, read_only=True), reason)
    except (UserError, sqlite3.Error, OSError) as inner:
        log.info("the library did not open read-only either: %s", inner, exc_info=not isinstance(inner, UserError))
        _fail(parent, str(inner))
        return None


def _recover(parent: QWidget | None, path: Path, exc: CorruptDatabase) -> str | None:
    """Ask first; then set the broken file aside and put the newest backup or nothing in its
    place, as the clerk chose. Where the broken file went; None when the clerk chose to quit or
    recovery failed."""
    db_path = Path(exc.path) if exc.path else path / DB_NAME
    found = backups(path)
    choices = [("backup", _tr(FROM_BACKUP))] if found else []
    choices += [("fresh", _tr(FRESH)), ("quit", _tr(QUIT))]
    detail = _tr(CORRUPT_DETAIL) + "\n\n"
    detail += _tr(NEWEST_BACKUP).replace("%1", _when(found[-1])) if found else _tr(NO_BACKUP)
    title = _tr(EMPTY) if exc.empty else _tr(CORRUPT)
    choice = _ask(parent, messages.Icon.Critical, title, str(exc), detail, choices, "corruptBox")
    if choice not in ("backup", "fresh"):
        return None
    try:
        aside = set_aside(db_path)
    except OSError as move_error:
        _fail(parent, _tr(CANNOT_SET_ASIDE).replace("%1", move_error.strerror or str(move_error)))
        return None
    log.warning("damaged library %s set aside as %s (%s)", db_path, aside, choice)
    if choice == "backup":
        try:
            restore_newest_backup(path, db_path)
        except OSError as copy_error:
            log.warning("restoring the newest backup failed", exc_info=True)
            try:  # put the damaged file back: an empty library must never appear in its place
                aside.replace(db_path)
                where = ""
            except OSError:
                where = _tr(SET_ASIDE_AS).replace("%1", str(aside))
            _fail(parent, _tr(CANNOT_OPEN).replace("%1", copy_error.strerror or str(copy_error)), where)
            return None
        return _tr(RESTORED).replace("%1", _when(found[-1])) + _tr(SET_ASIDE_AS).replace("%1", str(aside))
    return _tr(SET_ASIDE_AS).replace("%1", str(aside))


def _when(backup: Path) -> str:
    """When a backup was made, as the clerk reads a time (its file name is for the program)."""
    try:
        return dt.datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    except OSError:
        return backup.name


def _fail(parent: QWidget | None, text: str, detail: str = "", *, title: str = "") -> None:
    messages.error(parent, title or _tr(CANNOT_START), text, detail=detail, name="failBox")
