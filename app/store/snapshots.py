"""Named snapshots of a whole report; restoring first snapshots the current state."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from app.errors import NotFound
from app.model import Report
from app.report_json import report_from_dict, report_to_dict
from app.store.database import Database, now_iso
from app.store.reports import ReportStore


@dataclass(frozen=True)
class SnapshotInfo:
    id: int
    report_id: int
    label: str
    automatic: bool
    created: str


class SnapshotStore:
    def __init__(self, db: Database, reports: ReportStore) -> None:
        self.db = db
        self.reports = reports

    def take(self, report_id: int, label: str = "", *, automatic: bool = False, report: Report | None = None) -> int:
        """Snapshot the stored report; `report` saves loading it again when the caller holds exactly
        what was just stored (an import: its ids set by ReportStore.insert)."""
        if report is None or report.id != report_id:
            report = self.reports.load(report_id)
        data = json.dumps(report_to_dict(report, stored=True, notes=True), ensure_ascii=False)
        with self.db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO snapshots (report_id, label, automatic, created, data) VALUES (?,?,?,?,?)",
                (report_id, label, int(automatic), now_iso(), data),
            )
            if automatic:
                self.thin_automatic(report_id)
        return int(cur.lastrowid)  # type: ignore[arg-type]

    def thin_automatic(self, report_id: int, now: dt.datetime | None = None) -> int:
        """Keep automatic snapshots at a density that falls with age: all from the last ten
        minutes, one per ten minutes for the last hour, one per day for a month, one per week
        after that (the newest of each slot). Named snapshots are never removed. Returns the
        number removed."""
        now = now or dt.datetime.now()
        rows = self.db.conn.execute(
            "SELECT id, created FROM snapshots WHERE report_id=? AND automatic=1 ORDER BY created DESC, id DESC",
            (report_id,),
        ).fetchall()
        seen: set[tuple[str, int]] = set()
        doomed: list[int] = []
        for row in rows:
            age = now - dt.datetime.fromisoformat(row["created"])
            seconds = age.total_seconds()
            if seconds < 600:
                continue
            if seconds < 3600:
                slot = ("10min", int(seconds // 600))
            elif age.days < 30:
                slot = ("day", age.days)
            else:
                slot = ("week", age.days // 7)
            if slot in seen:
                doomed.append(row["id"])
            seen.add(slot)
        if doomed:
            with self.db.transaction() as conn:
                conn.executemany("DELETE FROM snapshots WHERE id=?", [(i,) for i in doomed])
        return len(doomed)

    def for_report(self, report_id: int) -> list[SnapshotInfo]:
        if not self.reports.exists(report_id):
            raise NotFound(f"没有编号为 {report_id} 的报告（no report with id {report_id}）")
        rows = self.db.conn.execute(
            "SELECT id, report_id, label, automatic, created FROM snapshots WHERE report_id=? ORDER BY id DESC",
            (report_id,),
        ).fetchall()
        return [SnapshotInfo(r["id"], r["report_id"], r["label"], bool(r["automatic"]), r["created"]) for r in rows]

    def info(self, snapshot_id: int) -> SnapshotInfo:
        r = self.db.conn.execute(
            "SELECT id, report_id, label, automatic, created FROM snapshots WHERE id=?", (snapshot_id,)
        ).fetchone()
        if r is None:
            raise NotFound(f"没有编号为 {snapshot_id} 的快照（no snapshot with id {snapshot_id}）")
        return SnapshotInfo(r["id"], r["report_id"], r["label"], bool(r["automatic"]), r["created"])

    def content(self, snapshot_id: int) -> Report:
        """The report as it was in the snapshot (unsaved objects, for preview)."""
        row = self.db.conn.execute("SELECT data, report_id FROM snapshots WHERE id=?", (snapshot_id,)).fetchone()
        if row is None:
            raise NotFound(f"没有编号为 {snapshot_id} 的快照（no snapshot with id {snapshot_id}）")
        report = report_from_dict(json.loads(row["data"]))
        report.id = row["report_id"]
        return report
