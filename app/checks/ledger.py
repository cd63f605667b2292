"""This year's figures from the activity ledger, for figure-mismatch."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

from app.checks.context import LedgerFigure
from app.library.activities import Figure
from app.paths import read_only_uri
from app.store.database import Database

log = logging.getLogger(__name__)

# the ledger's own order (ActivityLedger.activities): the findings name the first activity that has a figure
_QUERY = ("SELECT title, figures FROM activities WHERE year=? AND figures IS NOT NULL AND figures <> '[]' "
          "ORDER BY year, start IS NULL, start, id")


def _figures(conn: sqlite3.Connection, year: int) -> list[LedgerFigure]:
    out = []
    for title, figures in conn.execute(_QUERY, (year,)):
        for data in json.loads(figures or "[]"):
            figure = Figure.from_dict(data)
            if figure.name and figure.unit:
                out.append(LedgerFigure(figure.name, float(figure.value), figure.unit, title))
    return out


def ledger_figures(db: Database, year: int) -> list[LedgerFigure]:
    """Every figure of the ledger's activities of `year` (执法检查 32 家), named by its activity."""
    if not year:
        return []
    return _figures(db.conn, year)


class LedgerFile:
    """The figures read straight from a library file, read-only, by a process that holds no store
    (the checks' worker process): read again only when the file changed since the last read."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._seen: tuple[int, int] | None = None  # (data_version, year) of the figures kept
        self._figures: list[LedgerFigure] = []
        self.reads = 0

    def figures(self, year: int) -> list[LedgerFigure]:
        if not year:
            return []
        try:
            if self._conn is None:
                self._conn = sqlite3.connect(read_only_uri(self.path), uri=True, check_same_thread=False)
            # changes by another connection (the program's) move data_version: otherwise nothing to read
            version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
            if self._seen != (version, year):
                self._figures = _figures(self._conn, year)
                self._seen = (version, year)
                self.reads += 1
        except sqlite3.Error as error:  # a library being replaced, a locked file: check without figures
            log.warning("ledger figures unreadable from %s: %s", self.path, error)
            self.close()
            return []
        return self._figures

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._seen = None
