"""The roll-forward as the library does it: store last year's report, the new draft, the ledger
entries and the snapshots, all in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.library.activities import Activity, ActivityLedger
from app.library.extraction import extract_activities
from app.model import Part, Report
from app.report_json import report_to_dict
from app.rollforward.roll import YearChange, roll_forward
from app.store import Store

INITIAL_SNAPSHOT = "去年→今年 初始"


@dataclass
class NewFromLastYear:
    report_id: int
    source_id: int
    changes: list[YearChange] = field(default_factory=list)
    activities_added: int = 0
    snapshots: list[int] = field(default_factory=list)   # ids of every snapshot taken
    added_parts: list[Part] = field(default_factory=list)  # required parts last year's report lacked


def _content(report: Report) -> dict:
    data = report_to_dict(report)
    data.pop("warnings", None)
    return data


def _stored_copy(store: Store, report: Report) -> int | None:
    """The id of a stored report with the same content (the same file rolled forward twice)."""
    wanted = _content(report)
    for summary in store.reports.list():
        if summary.title == report.title and summary.year == report.year:
            if _content(store.reports.load(summary.id)) == wanted:
                return summary.id
    return None


def _add_ledger_entries(store: Store, source: Report) -> int:
    """Last year's dated activities and figures, into the ledger under last year (once)."""
    ledger = ActivityLedger(store.db)
    found = extract_activities(source, source.year)
    known = {_activity_key(a) for a in ledger.list(year=source.year)}
    fresh = [a for a in found if _activity_key(a) not in known]
    if fresh:
        ledger.add_many(fresh)
    return len(fresh)


def _activity_key(activity: Activity) -> tuple[str, str, str, str]:
    return (activity.origin, activity.date_text.strip(), activity.title.strip(), activity.description.strip())


def new_from_last_year(store: Store, source: Report, *, year: int | None = None,
                       organization: str | None = None, add_parts: list[Part] | None = None) -> NewFromLastYear:
    """Roll `source` forward into a new stored draft for `year` (default: its year + 1).

    `source` is stored first (origin "import") unless it already is; an existing report for the
    same year and organization is snapshotted and left alone (the new draft is a new report).
    `add_parts` as in roll_forward: the missing required parts to add (default all)."""
    rolled = roll_forward(source, year, organization, add_parts)
    snapshots: list[int] = []
    with store.db.transaction():
        if source.id is None:
            source.id = _stored_copy(store, source) or store.reports.insert(source, origin="import")
        rolled.report.source_report_id = source.id
        for summary in store.reports.list():
            # a draft for the same year and organization is not overwritten (the new one is made
            # beside it), but it is snapshotted first so that nothing can be lost in the mix-up
            if (summary.year == rolled.report.year and summary.id != source.id
                    and summary.organization == rolled.report.organization):
                snapshots.append(store.snapshots.take(
                    summary.id, f"以去年报告新建{rolled.report.year}年报告之前", automatic=True))
        new_id = store.reports.insert(rolled.report, origin="rollforward")
        added = _add_ledger_entries(store, source) if source.year else 0
        snapshots.append(store.snapshots.take(new_id, INITIAL_SNAPSHOT, automatic=True))
    return NewFromLastYear(new_id, source.id, rolled.changes, added, snapshots=snapshots, added_parts=rolled.added_parts)
