"""The roll-forward as the library does it: store last year's report, the new draft and the ledger
entries, all in one transaction (the snapshots around it are app.workflows' to take)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.library.activities import Activity, ActivityLedger
from app.library.extraction import extract_activities
from app.model import Part, Report
from app.report_json import report_to_dict
from app.rollforward.roll import YearChange, roll_forward
from app.store import Store


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
    for summary in store.reports.summaries():
        if summary.title == report.title and summary.year == report.year:
            if _content(store.reports.load(summary.id)) == wanted:
                return summary.id
    return None


def _add_ledger_entries(store: Store, source: Report) -> int:
    """Last year's dated activities and figures, into the ledger under last year (once)."""
    ledger = ActivityLedger(store.db)
    found = extract_activities(source, source.year)
    known = {_activity_key(a) for a in ledger.activities(year=source.year)}
    fresh = [a for a in found if _activity_key(a) not in known]
    if fresh:
        ledger.add_many(fresh)
    return len(fresh)


def _activity_key(activity: Activity) -> tuple[str, str, str, str]:
    return (activity.origin, activity.date_text.strip(), activity.title.strip(), activity.description.strip())


def store_new_draft(store: Store, source: Report, *, year: int | None = None,
                    organization: str | None = None, add_parts: list[Part] | None = None) -> NewFromLastYear:
    """Roll `source` forward into a new stored draft for `year` (default: its year + 1), in one
    transaction with storing `source` (origin "import", unless it already is) and adding its
    activities to the ledger. `add_parts` as in roll_forward: the missing required parts to add
    (default all). Takes no snapshots: app.workflows.roll_forward decides those."""
    rolled = roll_forward(source, year, organization, add_parts)
    with store.db.transaction():
        if source.id is None:
            source.id = _stored_copy(store, source) or store.reports.insert(source, origin="import")
        rolled.report.source_report_id = source.id
        new_id = store.reports.insert(rolled.report, origin="rollforward")
        added = _add_ledger_entries(store, source) if source.year else 0
    return NewFromLastYear(new_id, source.id, rolled.changes, added, added_parts=rolled.added_parts)
