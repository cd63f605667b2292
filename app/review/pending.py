"""The changes of a reviewed Word file that are neither accepted nor rejected yet, kept in the
report (one list per report: a newer review replaces it) so that the app can show them later."""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.review.compare import Change
from app.store import Store
from app.store.database import now_iso


@dataclass
class PendingReview:
    report_id: int
    source: str          # the reviewed file (its path)
    against: int | None  # the snapshot it was compared with (None: the report as it was then)
    created: str
    changes: list[Change]


def save_pending(store: Store, report_id: int, source: str, against: int | None, changes: list[Change]) -> None:
    with store.db.transaction() as conn:
        if not changes:
            conn.execute("DELETE FROM review_pending WHERE report_id=?", (report_id,))
            return
        conn.execute(
            "INSERT OR REPLACE INTO review_pending (report_id, source, against, created, changes) VALUES (?,?,?,?,?)",
            (report_id, source, against, now_iso(),
             json.dumps([c.stored() for c in changes], ensure_ascii=False)),
        )


def load_pending(store: Store, report_id: int) -> PendingReview | None:
    row = store.db.conn.execute("SELECT * FROM review_pending WHERE report_id=?", (report_id,)).fetchone()
    if row is None:
        return None
    changes = [Change.from_stored(c) for c in json.loads(row["changes"])]
    return PendingReview(report_id, row["source"], row["against"], row["created"], changes)
