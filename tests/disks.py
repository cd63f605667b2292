"""A disk that can be filled: a small tmpfs when the tests run as root (as in CI), otherwise a
fault-injecting shim (SQLite's max_page_count gives SQLITE_FULL, os.write raises ENOSPC).

Shared by the core's fault suite (tests/app/faults) and the window's (tests/ui/window/test_faults.py):
import `disk` into a test module (or a conftest) to use the fixture."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _can_mount() -> bool:
    return os.name == "posix" and os.geteuid() == 0 and shutil.which("mount") is not None


class Disk:
    """A data directory on a disk the test can fill and free again."""

    def __init__(self, directory: Path, monkeypatch: pytest.MonkeyPatch, real: bool) -> None:
        self.directory = directory
        self.real = real
        self._monkeypatch = monkeypatch
        self._filler = directory.parent / "filler"

    def fill(self, conn: sqlite3.Connection | None = None) -> None:
        if self.real:
            with self._filler.open("ab", buffering=0) as handle:
                for size in (65536, 4096, 1):  # smaller and smaller, to the last byte
                    try:
                        while True:
                            handle.write(b"\0" * size)
                    except OSError as exc:
                        assert exc.errno == errno.ENOSPC
            return
        if conn is not None:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count={pages}")

        real_write = os.write

        def full_write(fd: int, data: bytes) -> int:
            if data:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return real_write(fd, data)
        self._monkeypatch.setattr(os, "write", full_write)

    def free(self, conn: sqlite3.Connection | None = None) -> None:
        if self.real:
            self._filler.unlink(missing_ok=True)
            return
        self._monkeypatch.undo()
        if conn is not None:
            conn.execute("PRAGMA max_page_count=1073741823")


@pytest.fixture
def disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Disk]:
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = False
    if _can_mount():
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount_point)],
                              capture_output=True, check=False)
        mounted = done.returncode == 0
    directory = mount_point / "data"
    directory.mkdir()
    try:
        yield Disk(directory, monkeypatch, mounted)
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, check=False)


def make_immutable(path: Path) -> bool:
    """chattr +i (works for root, who ignores chmod); False where chattr is not available."""
    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False).returncode == 0


def make_mutable(path: Path) -> None:
    subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=False)
