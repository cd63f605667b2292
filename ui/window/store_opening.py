"""Opening the library at start-up, with a clear way out of every bad case: another copy holds
it (offer read-only), the file is corrupt (set it aside, offer the newest backup or a fresh
library), the directory cannot be written (say so)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.errors import CorruptDatabase, DataDirLocked, DataDirUnwritable, UserError
from app.paths import DB_NAME, data_dir
from app.store import Store
from app.store.backup import backups, restore_newest_backup
from app.store.database import set_aside
from app.store.lock import DirectoryLock
from ui.common import messages
from ui.common.translate import QT_TRANSLATE_NOOP

MAX_ATTEMPTS = 3  # a restored backup could be bad too; never loop for ever

IN_USE = QT_TRANSLATE_NOOP("StoreOpening", "资料库正在使用")
IN_USE_DETAIL = QT_TRANSLATE_NOOP("StoreOpening", "可能在另一个窗口或另一台电脑上开着成文。可以只读打开（只能查看，不能修改），或者退出。")  # noqa: E501 — one message, kept whole for the translators
READ_ONLY = QT_TRANSLATE_NOOP("StoreOpening", "只读打开")
QUIT = QT_TRANSLATE_NOOP("StoreOpening", "退出")
CANNOT_SET_ASIDE = QT_TRANSLATE_NOOP("StoreOpening", "资料库文件已损坏，也无法移到一旁：%1")
FROM_BACKUP = QT_TRANSLATE_NOOP("StoreOpening", "从最近的备份恢复")
FRESH = QT_TRANSLATE_NOOP("StoreOpening", "新建空资料库")
SET_ASIDE_AS = QT_TRANSLATE_NOOP("StoreOpening", "损坏的文件没有删除，已改名保存为：\n%1")
NEWEST_BACKUP = QT_TRANSLATE_NOOP("StoreOpening", "最近的备份：%1")
CORRUPT = QT_TRANSLATE_NOOP("StoreOpening", "资料库已损坏")
UNWRITABLE_HINT = QT_TRANSLATE_NOOP("StoreOpening", "请检查数据目录的权限或磁盘空间，或用 --data-dir 指定另一个目录。")
CANNOT_OPEN = QT_TRANSLATE_NOOP("StoreOpening", "无法打开资料库：%1")
CANNOT_START = QT_TRANSLATE_NOOP("StoreOpening", "成文无法启动")


def _tr(text: str) -> str:
    return QCoreApplication.translate("StoreOpening", text)


def _ask(parent: QWidget | None, icon: messages.Icon, title: str, text: str, detail: str,
         choices: list[tuple[str, str]], name: str) -> str | None:
    """A message box with named buttons; returns the key of the button pressed (None: closed)."""
    roles = [(key, label, messages.Role.RejectRole if key == "quit" else messages.Role.AcceptRole)
             for key, label in choices]
    return messages.choose(parent, icon, title, text, roles, detail=detail, name=name)


def open_store(directory: str | Path | None, parent: QWidget | None = None) -> Store | None:
    """The open library, or None when the clerk chose to quit or nothing can be opened."""
    path = data_dir(directory)
    for _attempt in range(MAX_ATTEMPTS):
        try:
            return Store(path, make_backup=True)
        except DataDirLocked as exc:
            choice = _ask(parent, messages.Icon.Warning, _tr(IN_USE), str(exc),
                          _tr(IN_USE_DETAIL),
                          [("read_only", _tr(READ_ONLY)), ("quit", _tr(QUIT))], "lockedBox")
            if choice != "read_only":
                return None
            try:
                return Store(path, read_only=True)
            except UserError as inner:
                _fail(parent, str(inner))
                return None
        except CorruptDatabase as exc:
            # hold the directory while the clerk decides, so that a `chengwen` run in the
            # meantime cannot start a fresh library in the broken one's place
            guard = DirectoryLock(path)
            try:
                guard.acquire()
            except DataDirLocked:
                continue  # another copy got there first: the next attempt offers read-only
            try:
                if not _recover(parent, path, exc):
                    return None
            finally:
                guard.release()
        except DataDirUnwritable as exc:
            _fail(parent, str(exc), _tr(UNWRITABLE_HINT))
            return None
        except UserError as exc:
            _fail(parent, str(exc))
            return None
    _fail(parent, _tr(CANNOT_OPEN).replace("%1", str(path)))
    return None


def _recover(parent: QWidget | None, path: Path, exc: CorruptDatabase) -> bool:
    """Set the broken file aside and put the newest backup or nothing in its place, as the
    clerk chooses; False when the clerk chose to quit or recovery failed."""
    db_path = Path(exc.path) if exc.path else path / DB_NAME
    try:
        aside = set_aside(db_path)
    except OSError as move_error:
        _fail(parent, _tr(CANNOT_SET_ASIDE).replace("%1", str(move_error)))
        return False
    newest = backups(path)
    choices = [("backup", _tr(FROM_BACKUP))] if newest else []
    choices += [("fresh", _tr(FRESH)), ("quit", _tr(QUIT))]
    detail = _tr(SET_ASIDE_AS).replace("%1", str(aside))
    if newest:
        detail += "\n\n" + _tr(NEWEST_BACKUP).replace("%1", newest[-1].name)
    choice = _ask(parent, messages.Icon.Critical, _tr(CORRUPT), str(exc), detail, choices, "corruptBox")
    if choice == "backup":
        try:
            restore_newest_backup(path, db_path)
        except OSError as copy_error:
            _fail(parent, _tr(CANNOT_OPEN).replace("%1", str(copy_error)))
            return False
        return True
    return choice == "fresh"


def _fail(parent: QWidget | None, text: str, detail: str = "") -> None:
    messages.error(parent, _tr(CANNOT_START), text, detail=detail, name="failBox")
