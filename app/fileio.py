"""Files written whole or not at all: a temporary file in the target folder, then a rename."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.errors import UserError

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
    if target.is_dir():
        raise UserError(f"无法写入：{target} 是一个文件夹（is a folder）")
    if target.exists() and not _may_overwrite(target):
        raise UserError(f"无法写入 {target}：文件是只读的（file is read-only）")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"无法写入：文件夹不存在 {folder}（folder does not exist）")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix + ".tmp", dir=folder)
    except OSError as exc:
        raise UserError(f"无法写入 {target}：{exc.strerror or exc}（folder not writable）") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        # mkstemp makes the file private (0600); give it the mode of the file it replaces, or the
        # mode any new file of the user's would have
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_UMASK
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.filename and Path(exc.filename) not in (tmp, target, folder):
            # not the output: something the writer itself reads (a template, a font)
            raise UserError(f"导出失败：无法读取 {exc.filename}（{exc.strerror or exc}）") from None
        _raise_write_error(target, exc)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def _raise_write_error(target: Path, exc: OSError) -> None:
    if isinstance(exc, PermissionError):
        raise UserError(f"无法写入 {target}：文件可能正在被其他程序使用或没有权限（{exc.strerror or exc}）") from None
    raise UserError(f"无法写入 {target}：{exc.strerror or exc}") from None
