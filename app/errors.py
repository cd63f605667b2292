"""User errors: shown as one line (exit 1 from the CLI, a message box in the app), never a traceback.

Messages are written in Chinese with an English gloss in full-width brackets for the shell:
"没有编号为 7 的报告（no report with id 7）". The Chinese desktop app shows the Chinese alone.
"""

from __future__ import annotations

import re

# a full-width bracket holding no Chinese but some Latin letters: the English gloss
_GLOSS = re.compile(r"（[^（）\u4e00-\u9fff]*[A-Za-z][^（）\u4e00-\u9fff]*）")
_bilingual = True


def set_bilingual(on: bool) -> None:
    """False: messages drop their English glosses (the app in Chinese). True: keep them (CLI, English UI)."""
    global _bilingual
    _bilingual = on


class UserError(Exception):
    """Something the user can fix: a bad file, an unknown id, a path that cannot be written."""

    def __str__(self) -> str:
        text = super().__str__()
        return text if _bilingual else _GLOSS.sub("", text)


class NotFound(UserError):
    pass


class DataDirLocked(UserError):
    """Another running Chengwen holds the data directory."""


class DataDirUnwritable(UserError):
    pass


class CorruptDatabase(UserError):
    """The database file is damaged (SQLITE_CORRUPT / SQLITE_NOTADB) or empty: it has been left
    where it is, untouched, for the caller to set aside once the clerk has chosen."""

    def __init__(self, message: str, path: str, *, empty: bool = False) -> None:
        super().__init__(message)
        self.path = path
        self.empty = empty


class ReadOnlyStore(UserError):
    pass


class NotALibrary(UserError):
    """The library path holds something that is not Chengwen's library: a folder, a dangling
    link, another program's SQLite file. Never set aside: it is not ours to move."""


class StorageError(UserError):
    """Reading or writing the library failed for a reason outside it (disk, permissions, device).

    `readable` says whether opening read-only is worth offering."""

    def __init__(self, message: str, *, readable: bool = False) -> None:
        super().__init__(message)
        self.readable = readable


class DiskFull(StorageError):
    """No space left: nothing was written; edits the caller still holds are not lost."""


class StoreUnopenable(StorageError):
    """The library file cannot be opened (missing permission, I/O error, device gone)."""


class StoreReadOnly(StorageError):
    """The library file or its folder cannot be written (read-only file, disk or mount)."""


class CloseFailed(StorageError):
    """Closing the library failed: it is still open, the edits are still in memory; the caller
    may retry `close()` after freeing space, or export elsewhere."""
