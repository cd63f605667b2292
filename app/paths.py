"""Where the library lives: --data-dir, else CHENGWEN_DATA_DIR, else the platform's user data dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DB_NAME = "chengwen.db"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("CHENGWEN_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("chengwen", appauthor=False))


def read_only_uri(path: Path, flags: str = "mode=ro") -> str:
    """The SQLite URI that opens the library file at `path` read-only. The path is percent-encoded:
    a folder named like 资料#2 or 50%进度 (or holding a ?) would otherwise end or change the URI."""
    return f"{Path(path).absolute().as_uri()}?{flags}"
