"""Roll-forward of the two real reports, pure and through the library."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.checks import Severity, run_checks
from app.model import Part, Status
from app.report_json import report_to_dict
from app.rollforward import roll_forward
from app.workflows import INITIAL_SNAPSHOT
from app.workflows import roll_forward as new_from_last_year

XIQING, NANYANG = "xiqing-tongji-2024.txt", "nanyang-tongji-2024.txt"


def parse(fixture_path, name: str):
    from app.importing import parse_file
    return parse_file(fixture_path(name))


def body_paragraphs(report) -> list[str]:
    return [p for s in report.all_sections() for p in s.paragraphs]


def test_xiqing(fixture_path) -> None:
    last = parse(fixture_path, XIQING)
    rolled = roll_forward(last, add_parts=[])  # last year's structure as it was (--keep-structure)
    new = rolled.report
    assert new.year == 2025 and new.date is None
    assert new.title == "西青区统计局2025年法治政府建设情况报告"
    assert [s.heading for s in new.sections] == [
        "2025年工作开展情况", "2025年推进法治政府建设存在的不足", "2026年推进法治政府建设的主要安排"]
    assert [len(s.children) for s in new.sections] == [6, 3, 4]
    assert body_paragraphs(new) == []
    assert all(s.status is Status.TODO for s in new.all_sections())
    for old, fresh in zip(last.all_sections(), new.all_sections()):
        assert fresh.reference == [p for p in old.paragraphs if p.strip()]
        assert fresh.run_in == old.run_in and fresh.part == old.part
    assert new.preamble == [] and new.preamble_status is Status.TODO
    assert new.preamble_reference[0].startswith("2025年，西青区统计局")
    assert [c.text for c in new.checklist] == [
        "聚焦统计工作决策部署落地见效、强担当", "聚焦创新普法拓展渠道、出精品",
        "聚焦统计法治建设抓规范、强保障", "聚焦队伍建设提高素质、补短板"]
    assert [c.where for c in rolled.changes] == ["标题", "前言第1段", "一、", "二、", "三、"]
    # 〔2017〕77号 and the book titles are only in last year's body: kept word for word in the reference
    reference = "".join(p for s in new.all_sections() for p in s.reference)
    assert "津西党办发〔2017〕77号" in reference and "严格执行2017年制定出台的" in reference


def test_nanyang(fixture_path) -> None:
    last = parse(fixture_path, NANYANG)
    rolled = roll_forward(last, add_parts=[])
    new = rolled.report
    assert new.title == "南阳市统计局关于2025年法治政府建设情况的报告"
    assert new.sections[5].heading == "2026年的工作打算"
    # a year inside a book title is never changed (the year check points at it instead)
    assert new.sections[3].children[0].heading == "研究制定《2024年全市统计法治工作要点》"
    assert new.signature == "南阳市统计局" and new.date is None
    assert new.closing == [] and new.closing_status is Status.TODO
    assert new.closing_reference[0].startswith("2026年，市统计局将继续")
    assert "连续三年荣获" in new.preamble_reference[0]
    assert body_paragraphs(new) == []
    assert len(new.checklist) == 5
    assert new.checklist[2].text == "加大统计执法检查力度"
    assert {c.where for c in rolled.changes} == {"标题", "前言第1段", "六、", "结尾第1段"}
    year_findings = [f for f in run_checks(new, last_year=last, today=dt.date(2026, 6, 1)) if f.kind == "year"]
    assert [(f.severity, f.section) for f in year_findings] == [(Severity.INFO, "四、1.")]


@pytest.mark.parametrize("name, items", [(XIQING, 4), (NANYANG, 5)])
def test_new_from_last_year_in_the_library(store, fixture_path, name: str, items: int) -> None:
    last = parse(fixture_path, name)
    result = new_from_last_year(store, last, year=2025, organization=None)
    assert last.id == result.source_id and store.reports.exists(result.source_id)
    new = store.reports.load(result.report_id)
    assert new.source_report_id == result.source_id and new.year == 2025
    assert len(new.checklist) == items
    assert result.added_parts == [Part.LEADERSHIP, Part.OTHER]
    carried = [s for s in new.all_sections() if s.part not in result.added_parts]
    assert body_paragraphs(new) == [] and all(s.reference for s in carried if not s.children)
    origins = dict(store.db.conn.execute("SELECT id, origin FROM reports").fetchall())
    assert origins == {result.source_id: "import", result.report_id: "rollforward"}
    snapshots = store.snapshots.for_report(result.report_id)
    assert [s.label for s in snapshots] == [INITIAL_SNAPSHOT]
    assert store.snapshots.content(snapshots[0].id).title == new.title
    assert [str(c) for c in result.changes] and result.changes == roll_forward(last).changes
    exported = json.loads(json.dumps(report_to_dict(new, stored=True), ensure_ascii=False))
    assert exported["checklist"][0] == {"text": new.checklist[0].text, "done": False, "answered_in": None}


def test_ledger_gets_last_years_activities_once(store, fixture_path) -> None:
    last = parse(fixture_path, XIQING)
    first = new_from_last_year(store, last, year=2025, organization=None)
    count = store.db.conn.execute("SELECT COUNT(*) FROM activities WHERE year=2024").fetchone()[0]
    assert first.activities_added == count > 0
    # the same file rolled forward again: last year's report is not stored twice, nothing added twice,
    # the first draft is snapshotted before the second one is made beside it
    again = new_from_last_year(store, parse(fixture_path, XIQING), year=2025, organization=None)
    assert again.source_id == first.source_id and again.report_id != first.report_id
    assert again.activities_added == 0
    assert store.db.conn.execute("SELECT COUNT(*) FROM activities").fetchone()[0] == count
    assert [s.label for s in store.snapshots.for_report(first.report_id)][0].startswith("以去年报告新建2025年报告之前")
    assert store.reports.load(first.report_id).title == store.reports.load(again.report_id).title


def test_stored_source_rolls_forward_by_id(store, fixture_path) -> None:
    last = parse(fixture_path, NANYANG)
    source_id = store.reports.insert(last, origin="import")
    result = new_from_last_year(store, store.reports.load(source_id), year=2025, organization="南阳市统计局办公室")
    assert result.source_id == source_id
    new = store.reports.load(result.report_id)
    assert new.organization == new.signature == "南阳市统计局办公室"
    assert len(store.reports.summaries()) == 2


@pytest.mark.parametrize("name", [XIQING, NANYANG])
def test_roll_forward_adds_parts_3_and_5(fixture_path, name: str) -> None:
    """Both real reports lack parts 3 and 5: the draft gets them, empty and 待写, part 3 before next
    year's plans and part 5 last; everything carried over keeps its order."""
    last = parse(fixture_path, name)
    kept = roll_forward(last, add_parts=[]).report
    rolled = roll_forward(last)
    new = rolled.report
    assert last.missing_parts() == [Part.LEADERSHIP, Part.OTHER]
    assert rolled.added_parts == [Part.LEADERSHIP, Part.OTHER] and new.missing_parts() == []
    parts = [s.part for s in new.sections]
    assert parts.index(Part.LEADERSHIP) == parts.index(Part.PLANS) - 1
    assert parts[-1] is Part.OTHER
    for part in rolled.added_parts:
        [added] = [s for s in new.sections if s.part is part]
        assert added.status is Status.TODO and added.paragraphs == [] and added.children == [] and added.reference == []
    assert [s.heading for s in new.sections if s.part not in rolled.added_parts] == [s.heading for s in kept.sections]
    # the year changes name the sections by this year's numbers (they moved with the parts added)
    from app.numbering import located_sections
    by_number = {loc.number: loc.section for loc in located_sections(new)}
    headings = [c for c in rolled.changes if c.where in by_number or c.where.endswith("、")]
    assert headings and all(by_number[c.where].heading == c.after for c in headings)


def test_roll_forward_adds_only_the_parts_asked_for(fixture_path) -> None:
    last = parse(fixture_path, XIQING)
    rolled = roll_forward(last, add_parts=[Part.OTHER, Part.MEASURES])  # part 1 is not missing
    assert rolled.added_parts == [Part.OTHER]
    assert rolled.report.missing_parts() == [Part.LEADERSHIP]
