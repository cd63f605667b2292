"""The versions a comparison can be made between: a snapshot (with its sections' ids, so that
sections are matched by identity) or the report as it is now."""

from __future__ import annotations

import json
from typing import Any

from app.errors import NotFound, UserError
from app.model import Report, Section
from app.store import Store


def snapshot_report(store: Store, snapshot_id: int, report_id: int | None = None) -> Report:
    """The report as it was in a snapshot, its sections carrying the ids they had then."""
    info = store.snapshots.info(snapshot_id)
    if report_id is not None and info.report_id != report_id:
        raise UserError(f"快照 {snapshot_id} 不属于报告 {report_id}（snapshot {snapshot_id} belongs to report "
                        f"{info.report_id}）")
    report = store.snapshots.content(snapshot_id)
    row = store.db.conn.execute("SELECT data FROM snapshots WHERE id=?", (snapshot_id,)).fetchone()
    _copy_ids(json.loads(row["data"]).get("sections", []), report.sections)
    return report


def _copy_ids(data: list[dict[str, Any]], sections: list[Section]) -> None:
    for item, section in zip(data, sections, strict=False):
        section_id = item.get("id")
        section.id = section_id if isinstance(section_id, int) else None
        _copy_ids(item.get("children", []), section.children)


def newest_snapshot(store: Store, report_id: int) -> int:
    infos = store.snapshots.for_report(report_id)
    if not infos:
        raise NotFound(f"报告 {report_id} 还没有快照，无从比较（report {report_id} has no snapshot to compare with）")
    return infos[0].id


def version(store: Store, report_id: int, snapshot_id: int | None) -> Report:
    """A snapshot of the report, or the report now (None)."""
    if snapshot_id is None:
        return store.reports.load(report_id)
    return snapshot_report(store, snapshot_id, report_id)


def export_snapshot(store: Store, report_id: int, file_name: str) -> int | None:
    """The snapshot taken when the report was exported to Word as `file_name`; else the newest
    taken at any Word export (a returned file is often renamed); None when there is none."""
    exports = [i for i in store.snapshots.for_report(report_id)
               if i.label.startswith("导出") and ("Word" in i.label or i.label.endswith(".docx"))]
    for info in exports:
        if info.label.endswith("：" + file_name):
            return info.id
    return exports[0].id if exports else None
