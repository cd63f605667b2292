"""Files written whole or not at all: a temporary file in the target folder, checked complete,
then a rename. Temporary files are named `.chengwen-<pid>-<random>.tmp`, so that those a killed
Chengwen left behind can be recognised and swept safely."""

from __future__ import annotations

import errno
import logging
import os
import re
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from app.errors import UserError

log = logging.getLogger(__name__)

NAME_MAX = 255  # bytes in one file name on the file systems we write to
TEMP_PREFIX = ".chengwen-"
_TEMP = re.compile(r"^\.chengwen-(\d+)-[A-Za-z0-9_]+\.tmp$")
STALE_AFTER = 60  # seconds: a temp file younger than this may belong to a process just starting
_ZIP_SUFFIXES = {".docx", ".xlsx", ".xlsm", ".zip"}

# read once, while the program is still single-threaded: os.umask can only be read by setting it
_UMASK = os.umask(0)
os.umask(_UMASK)


def _may_overwrite(path: Path) -> bool:
    """A file marked read-only is not replaced, even where the rename would succeed (POSIX lets
    a rename replace a read-only file; Windows and Word refuse)."""
    return bool(path.stat().st_mode & 0o222) and os.access(path, os.W_OK)


def atomic_write(path: Path | str, write: Callable[[Path], object]) -> Path:
    """Call `write(tmp)` to produce the file at a temporary name beside `path`, then rename it
    into place. On any failure nothing is left behind and a UserError says why."""
    target = Path(path)
    if len(os.fsencode(target.name)) > NAME_MAX:
        raise UserError(f"文件名太长，请改短一些：{target.name[:40]}…（file name too long）")
    if target.is_dir():
        raise UserError(f"无法写入：{target} 是一个文件夹（is a folder）")
    if target.exists() and not _may_overwrite(target):
        raise UserError(f"无法写入 {target}：文件是只读的（file is read-only）")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"无法写入：文件夹不存在 {folder}（folder does not exist）")
    sweep_temp_files(folder)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UserError(f"无法写入 {target}：{exc.strerror or exc}（folder not writable）") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        _check_complete(tmp, target)
        # mkstemp makes the file private (0600); give it the mode of the file it replaces, or the
        # mode any new file of the user's would have
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_UMASK
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        _release(exc)
        tmp.unlink(missing_ok=True)
        if exc.filename and Path(exc.filename) not in (tmp, target, folder):
            # not the output: something the writer itself reads (a template, a font)
            raise UserError(f"导出失败：无法读取 {exc.filename}（{exc.strerror or exc}）") from None
        _raise_write_error(target, exc)
    except UserError as exc:
        _release(exc)
        tmp.unlink(missing_ok=True)
        if str(tmp) in str(exc):  # a writer names the file it was given: name the clerk's instead
            raise UserError(str(exc).replace(str(tmp), str(target))) from None
        raise
    except BaseException as exc:
        _release(exc)
        tmp.unlink(missing_ok=True)
        raise
    return target


def _check_complete(tmp: Path, target: Path) -> None:
    """Some writers hide write errors (Qt's QPdfWriter): make sure the file is whole and on disk
    before it replaces anything."""
    suffix = target.suffix.lower()
    with tmp.open("rb") as handle:
        os.fsync(handle.fileno())  # a delayed write error (a full disk) surfaces here
        size = handle.seek(0, os.SEEK_END)
        if suffix == ".pdf":
            handle.seek(max(0, size - 1024))
            complete = b"%%EOF" in handle.read()
        elif suffix in _ZIP_SUFFIXES:
            complete = zipfile.is_zipfile(handle)
        else:
            return
    if not complete:
        raise UserError(f"无法写入 {target}：写出的文件不完整，可能是磁盘已满（incomplete file; disk full?）")


def _release(exc: BaseException) -> None:
    """Let go of what the failed writer still holds (a half-written ZipFile closes itself when
    collected, fails again on the full disk and prints 'Exception ignored'): collect it now and
    log that second failure instead."""
    previous = sys.unraisablehook

    def to_log(unraisable: Any) -> None:
        log.info("while cleaning up a failed write: %r", unraisable.exc_value)
    sys.unraisablehook = to_log
    try:
        error: BaseException | None = exc
        while error is not None:
            if error.__traceback__ is not None:
                traceback.clear_frames(error.__traceback__)
            error = error.__context__
    finally:
        sys.unraisablehook = previous


def fit_file_name(name: str, limit: int = NAME_MAX) -> str:
    """`name` shortened (keeping its suffix, never splitting a character) to `limit` bytes."""
    if len(os.fsencode(name)) <= limit:
        return name
    stem, suffix = os.path.splitext(name)
    room = limit - len(os.fsencode(suffix))
    while stem and len(os.fsencode(stem)) > room:
        stem = stem[:-1]
    return stem.rstrip(" .") + suffix


def sweep_temp_files(folder: Path) -> int:
    """Remove temp files a killed Chengwen left in `folder`: only ours by name, only those whose
    process is gone and that are older than a minute."""
    removed = 0
    for path in _temp_files(folder):
        match = _TEMP.match(path.name)
        if match is None or _running(int(match.group(1))):
            continue
        try:
            if time.time() - path.lstat().st_mtime > STALE_AFTER:
                path.unlink()
                removed += 1
        except OSError:
            log.warning("cannot remove stale temp file %s", path, exc_info=True)
    return removed


def _temp_files(folder: Path) -> Iterator[Path]:
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith(TEMP_PREFIX) and entry.is_file(follow_symlinks=False):
                    yield Path(entry.path)
    except OSError:
        return


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return True  # os.kill(pid, 0) would end the process there: never guess
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # exists (another user's) or cannot tell: leave it
    return True


def _raise_write_error(target: Path, exc: OSError) -> None:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        raise UserError(f"磁盘已满，无法写入 {target}：请腾出空间或换一个位置保存（disk full）") from None
    if isinstance(exc, PermissionError):
        raise UserError(f"无法写入 {target}：文件可能正在被其他程序使用或没有权限（{exc.strerror or exc}）") from None
    raise UserError(f"无法写入 {target}：{exc.strerror or exc}") from None
