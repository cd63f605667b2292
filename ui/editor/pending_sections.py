"""The sections edited since the last save, written one short transaction each; a section whose
write fails stays pending for the next attempt."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

from app.errors import UserError
from app.model import Section

Write = Callable[[Section], None]


class PendingSections:
    def __init__(self, write: Write) -> None:
        self._write = write
        self._pending: dict[int, Section] = {}
        self.last_save_ms = 0.0

    def __bool__(self) -> bool:
        return bool(self._pending)

    def add(self, section: Section) -> None:
        self._pending[id(section)] = section

    def forget(self, sections: list[Section]) -> None:
        for section in sections:
            self._pending.pop(id(section), None)

    def clear(self) -> None:
        self._pending.clear()

    def save(self) -> Exception | None:
        """Write every pending section; the first error, or None when all were saved."""
        started = time.perf_counter()
        pending = list(self._pending.values())
        self._pending.clear()
        error: Exception | None = None
        for section in pending:
            if section.id is None:
                continue
            try:
                self._write(section)
            except (sqlite3.Error, UserError, OSError) as exc:
                error = error or exc
                self._pending[id(section)] = section  # kept for the next attempt
        self.last_save_ms = (time.perf_counter() - started) * 1000
        return error
