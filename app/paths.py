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
