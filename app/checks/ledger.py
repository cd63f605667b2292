"""This year's figures from the activity ledger, for figure-mismatch."""

from __future__ import annotations

from app.checks.context import LedgerFigure
from app.library.activities import ActivityLedger
from app.store.database import Database


def ledger_figures(db: Database, year: int) -> list[LedgerFigure]:
    """Every figure of the ledger's activities of `year` (执法检查 32 家), named by its activity."""
    if not year:
        return []
    return [LedgerFigure(f.name, float(f.value), f.unit, a.title)
            for a in ActivityLedger(db).activities(year=year) for f in a.figures if f.name and f.unit]
