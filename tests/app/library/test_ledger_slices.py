"""Reading the ledger a slice at a time: the ids in the ledger's order, then the activities by id."""

from __future__ import annotations

from app.library.activities import Activity, ActivityLedger
from app.model import Part


def test_ids_then_slices_give_what_activities_gives(store) -> None:
    ledger = ActivityLedger(store.db)
    ledger.add_many([Activity(year=2024, date_text="9月1日", title="九月", part=Part.MEASURES),
                     Activity(year=2024, title="没有日期"),
                     Activity(year=2024, date_text="3月1日", title="三月", category="普法宣传"),
                     Activity(year=2023, date_text="1月1日", title="去年")])
    for filters in ({}, {"year": 2024}, {"part": Part.MEASURES}, {"category": "普法宣传"}):
        ids = ledger.activity_ids(**filters)
        slices = [*ledger.by_ids(ids[:2]), *ledger.by_ids(ids[2:])]
        assert slices == ledger.activities(**filters)
    ids = ledger.activity_ids(year=2024)
    assert [a.title for a in ledger.by_ids(ids)] == ["三月", "九月", "没有日期"]
    ledger.delete(ids[1])
    assert [a.title for a in ledger.by_ids(list(reversed(ids)))] == ["没有日期", "三月"]  # order as asked, gone left out
    assert ledger.by_ids([]) == []
