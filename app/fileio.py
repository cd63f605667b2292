"""Files written whole or not at all: a temporary file in the target folder, then a rename."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.errors import UserError


def _may_overwrite(path: Path) -> bool:
    """A file marked read-only is not replaced, even where the rename would succeed (POSIX lets
    a rename replace a read-only file; Windows and Word refuse)."""
    return bool(path.stat().st_mode & 0o222) and os.access(path, os.W_OK)


def atomic_write(path: Path | str, write: Callable[[Path], None]) -> Path:
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
        os.replace(tmp, target)
    except PermissionError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"无法写入 {target}：文件可能正在被其他程序使用或没有权限（{exc.strerror or exc}）") from None
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"无法写入 {target}：{exc.strerror or exc}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
