"""An exclusive lock on the data directory, held for as long as the store is open.

The OS drops it when the process dies (even by SIGKILL), so a crash never leaves a stale lock.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.errors import DataDirLocked

LOCK_NAME = "chengwen.lock"


class DirectoryLock:
    def __init__(self, directory: Path) -> None:
        self.path = directory / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise DataDirLocked(
                f"另一个成文程序正在使用数据目录 {self.path.parent}（another Chengwen is using this data directory）"
            ) from None
        try:
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
        except OSError:
            os.close(fd)  # a full disk: let go of the lock with the error, never keep it
            raise
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        if sys.platform == "win32":
            import msvcrt

            try:
                os.lseek(self._fd, 0, os.SEEK_SET)
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
            except OSError:
                pass
        os.close(self._fd)  # closing drops a flock
        self._fd = None
