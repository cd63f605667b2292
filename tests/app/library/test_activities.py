"""Ledger storage, written dates, house-style sentences, coverage."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import NotFound, UserError
from app.library.activities import Activity, ActivityLedger, Figure, activity_sentence, figures_text, parse_figures
from app.library.coverage import unmentioned
from app.library.dates import parse_date_text
from app.model import Part, Report, Section

D = dt.date


@pytest.mark.parametrize("text, start, end", [
    ("4月3日", D(2024, 4, 3), D(2024, 4, 3)),
    ("4月3日至5日", D(2024, 4, 3), D(2024, 4, 5)),
    ("4月30日至5月2日", D(2024, 4, 30), D(2024, 5, 2)),
    ("7-9月", D(2024, 7, 1), D(2024, 9, 30)),
    ("7月至9月", D(2024, 7, 1), D(2024, 9, 30)),
    ("12月", D(2024, 12, 1), D(2024, 12, 31)),
    ("2月", D(2024, 2, 1), D(2024, 2, 29)),
    ("2023年4月3日", D(2023, 4, 3), D(2023, 4, 3)),
    ("7月底", D(2024, 7, 21), D(2024, 7, 31)),
    ("1月15日、1月18日", D(2024, 1, 15), D(2024, 1, 18)),
])
def test_parse_date_text(text: str, start: dt.date, end: dt.date) -> None:
    assert parse_date_text(text, 2024) == (start, end)


@pytest.mark.parametrize("text", ["9月31日", "13月", "全年", "", "9-7月"])
def test_parse_date_text_not_a_date(text: str) -> None:
    assert parse_date_text(text, 2024) == (None, None)


def test_ledger_add_list_update_delete(store) -> None:
    ledger = ActivityLedger(store.db)
    first = ledger.add(Activity(year=2024, date_text="4月3日", title="组织召开警示教育大会", category="学法",
                                part=Part.MEASURES, figures=[Figure("参会人员", 120, "人")]))
    assert first.start == D(2024, 4, 3)  # parsed from the date as written
    ledger.add_many([Activity(year=2024, date_text="12月", title="宪法宣传周"),
                     Activity(year=2023, date_text="7-9月", title="执法检查", category="执法检查")])
    assert [a.title for a in ledger.activities(year=2024)] == ["组织召开警示教育大会", "宪法宣传周"]
    assert [a.title for a in ledger.activities(category="执法检查")] == ["执法检查"]
    assert [a.title for a in ledger.activities(part=Part.MEASURES)] == ["组织召开警示教育大会"]
    assert ledger.years() == [2023, 2024]
    stored = ledger.get(first.id)
    assert stored.to_dict() == {
        "id": first.id, "year": 2024, "date": "4月3日", "start": "2024-04-03", "end": "2024-04-03",
        "category": "学法", "title": "组织召开警示教育大会", "description": "", "part": 1,
        "figures": [{"name": "参会人员", "value": 120, "unit": "人"}], "origin": "entered"}
    stored.title = "召开全局警示教育大会"
    ledger.update(stored)
    assert ledger.get(first.id).title == "召开全局警示教育大会"
    ledger.delete(first.id)
    with pytest.raises(NotFound):
        ledger.get(first.id)


def test_add_many_is_all_or_nothing(store) -> None:
    ledger = ActivityLedger(store.db)
    with pytest.raises(UserError):
        ledger.add_many([Activity(year=2024, title="好的"), Activity(year=2024, title="  ")])
    assert ledger.activities() == []


def test_figures_text_round_trip() -> None:
    figures = [Figure("执法检查", 32, "家"), Figure("培训", 900, "人次"), Figure("", 1.5, "万元")]
    assert figures_text(figures) == "执法检查=32家；培训=900人次；1.5万元"
    assert parse_figures(figures_text(figures)) == figures
    assert parse_figures("培训：16次; 900余人次") == [Figure("培训", 16, "次"), Figure("", 900, "人次")]
    with pytest.raises(UserError):
        parse_figures("很多")


def test_activity_sentence_house_style() -> None:
    assert activity_sentence(Activity(year=2024, date_text="4月3日", title="组织召开统计局警示教育大会")) == \
        "4月3日，组织召开统计局警示教育大会。"
    assert activity_sentence(Activity(year=2024, date_text="7-9月", title="开展执法检查。",
                                      figures=[Figure("检查企业", 316, "家")])) == "7-9月，开展执法检查，检查企业316家。"
    assert activity_sentence(Activity(year=2024, title="开展“双随机一公开”执法检查32家",
                                      figures=[Figure("执法检查", 32, "家")])) == "开展“双随机一公开”执法检查32家。"


def test_unmentioned_activities() -> None:
    report = Report(year=2024, sections=[Section("主要举措", [
        "4月3日，组织召开统计局警示教育大会。全年开展“双随机一公开”执法检查。"], part=Part.MEASURES)])
    activities = [
        Activity(year=2024, date_text="4月3日", title="组织召开统计局警示教育大会"),
        Activity(year=2024, date_text="5月8日", title="双随机一公开执法检查"),       # key words are there
        Activity(year=2024, date_text="9月20日", title="统计法进社区宣传活动"),     # not mentioned
        Activity(year=2023, date_text="9月20日", title="去年的活动"),               # another year
    ]
    assert [a.title for a in unmentioned(report, activities)] == ["统计法进社区宣传活动"]


def test_ledger_knows_what_it_holds(store) -> None:
    ledger = ActivityLedger(store.db)
    ledger.add_many([Activity(year=2024, date_text="4月3日", title="组织召开警示教育大会"),
                     Activity(year=2024, title="开展执法检查32家")])
    # spaces, full-width forms and a closing full stop do not make another activity
    assert ledger.contains(Activity(year=2024, date_text=" 4月3日", title="组织召开 警示教育大会。"))
    assert ledger.contains(Activity(year=2024, title="开展执法检查３２家"))
    assert not ledger.contains(Activity(year=2023, date_text="4月3日", title="组织召开警示教育大会"))
    assert not ledger.contains(Activity(year=2024, date_text="4月4日", title="组织召开警示教育大会"))
    assert not ledger.contains(Activity(year=2024, date_text="4月3日", title="组织召开廉政教育大会"))
    proposed = [Activity(year=2024, date_text="4月3日", title="组织召开警示教育大会"),
                Activity(year=2024, date_text="5月1日", title="新的活动"),
                Activity(year=2024, date_text="5月1日", title="新的活动"),      # a repeat within the batch
                Activity(year=2025, date_text="4月3日", title="组织召开警示教育大会")]
    assert ledger.missing(proposed) == [proposed[1], proposed[3]]
