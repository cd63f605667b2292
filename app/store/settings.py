"""Small user settings (last report, recent files, remembered organization…) kept in the library,
so the program never writes outside the data directory."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from app.paths import DB_NAME
from app.store.database import Database


class Settings:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        row = self.db.conn.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set(self, key: str, value: Any) -> None:
        if self.db.read_only:
            return  # a read-only window still works; it just does not remember
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )


def peek(directory: Path, key: str, default: Any = None) -> Any:
    """A setting read straight from the file, before the library is opened (and whether or not
    another copy holds it): the interface language is needed for the very first message."""
    path = directory / DB_NAME
    if not path.exists():
        return default
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
        finally:
            conn.close()
        return json.loads(row[0]) if row else default
    except (sqlite3.Error, ValueError):
        return default  # a damaged or foreign file: the opening itself will say so
