"""roll_forward on a report built in code: structure kept, body moved to reference, years moved
on only where they name the report year or the next one."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import UserError
from app.model import MarkerStyle, Part, Report, Section, Status
from app.rollforward import YearChange, roll_forward
from app.rollforward.checklist import plan_checklist
from app.rollforward.year_shift import shift_years


def last_year() -> Report:
    return Report(
        title="某区统计局2024年法治政府建设情况报告",
        organization="某区统计局",
        year=2024,
        recipient="区委、区政府：",
        preamble=["2024年，某区统计局坚持依法统计，自2018年以来连续开展专项治理，现将有关情况报告如下。"],
        closing=["2025年，我局将继续推进统计法治建设。"],
        signature="某区统计局",
        date=dt.date(2025, 2, 25),
        marker_styles=[MarkerStyle.CHINESE, MarkerStyle.ARABIC],
        sections=[
            Section("2024年工作开展情况", part=Part.MEASURES, written_marker="一、", children=[
                Section("强化学习", ["4月3日召开警示教育大会。", "学习《2024年统计法治工作要点》。"], run_in=True,
                        written_marker="1."),
                Section("落实〔2024〕1号文件和2017年制定出台的方案", ["严格执行津西党办发〔2017〕77号。"],
                        written_marker="2."),
            ]),
            Section("2024年推进法治政府建设存在的不足", ["执法力量薄弱。"], part=Part.SHORTCOMINGS),
            Section("2025年推进法治政府建设的主要安排", ["2025年，我局将坚持依法统计。"], part=Part.PLANS,
                    children=[Section("聚焦队伍建设提高素质、补短板", ["选优配强执法人才库。"]),
                              Section("严格落实", ["每年自学时间不低于36小时。其余内容。"])]),
        ],
    )


def test_structure_and_metadata() -> None:
    rolled = roll_forward(last_year(), add_parts=[])
    new = rolled.report
    assert new.year == 2025 and new.date is None
    assert new.title == "某区统计局2025年法治政府建设情况报告"
    assert (new.organization, new.recipient, new.signature) == ("某区统计局", "区委、区政府：", "某区统计局")
    assert new.marker_styles == [MarkerStyle.CHINESE, MarkerStyle.ARABIC]
    assert [s.heading for s in new.sections] == [
        "2025年工作开展情况", "2025年推进法治政府建设存在的不足", "2026年推进法治政府建设的主要安排"]
    assert [s.part for s in new.sections] == [Part.MEASURES, Part.SHORTCOMINGS, Part.PLANS]
    assert [c.run_in for c in new.sections[0].children] == [True, False]
    for section in new.all_sections():
        assert section.paragraphs == [] and section.status is Status.TODO
        assert section.id is None and section.written_marker is None
    assert new.sections[0].children[0].reference == ["4月3日召开警示教育大会。", "学习《2024年统计法治工作要点》。"]
    assert new.sections[2].reference == ["2025年，我局将坚持依法统计。"]  # last year's text, unchanged


def test_years_that_are_history_stay() -> None:
    new = roll_forward(last_year(), add_parts=[]).report
    assert new.sections[0].children[1].heading == "落实〔2024〕1号文件和2017年制定出台的方案"
    # 开头 and 结尾 are not carried silently: last year's text, years moved on, waits as their reference
    assert new.preamble == [] and new.closing == []
    assert new.preamble_reference == ["2025年，某区统计局坚持依法统计，自2018年以来连续开展专项治理，现将有关情况报告如下。"]
    assert new.closing_reference == ["2026年，我局将继续推进统计法治建设。"]


def test_every_change_is_listed() -> None:
    rolled = roll_forward(last_year(), add_parts=[])
    assert rolled.changes == [
        YearChange("标题", "某区统计局2024年法治政府建设情况报告", "某区统计局2025年法治政府建设情况报告"),
        YearChange("前言第1段", "2024年，某区统计局坚持依法统计，自2018年以来连续开展专项治理，现将有关情况报告如下。",
                   "2025年，某区统计局坚持依法统计，自2018年以来连续开展专项治理，现将有关情况报告如下。"),
        YearChange("一、", "2024年工作开展情况", "2025年工作开展情况"),
        YearChange("二、", "2024年推进法治政府建设存在的不足", "2025年推进法治政府建设存在的不足"),
        YearChange("三、", "2025年推进法治政府建设的主要安排", "2026年推进法治政府建设的主要安排"),
        YearChange("结尾第1段", "2025年，我局将继续推进统计法治建设。", "2026年，我局将继续推进统计法治建设。"),
    ]
    assert str(rolled.changes[2]) == "一、的标题：2024年工作开展情况 → 2025年工作开展情况"


def test_the_last_report_is_not_changed() -> None:
    last = last_year()
    before = repr(last)
    roll_forward(last, organization="另一局")
    assert repr(last) == before


def test_shift_both_years_in_one_pass() -> None:
    assert shift_years("2024年总结和2025年打算，2026年展望", 2024) == "2025年总结和2026年打算，2026年展望"
    assert shift_years("《2024年要点》〔2024〕3号 2021—2025年 2024年第3号", 2024) == \
        "《2024年要点》〔2024〕3号 2021—2025年 2024年第3号"
    assert shift_years("2023年工作总结", 2023, by=2) == "2025年工作总结"  # a skipped year


def test_other_year_and_organization() -> None:
    rolled = roll_forward(last_year(), year=2026, organization="某县统计局", add_parts=[])
    new = rolled.report
    assert new.year == 2026 and new.title == "某县统计局2026年法治政府建设情况报告"
    assert new.sections[2].heading == "2027年推进法治政府建设的主要安排"
    assert new.organization == new.signature == "某县统计局"
    assert any(c.where == "署名" for c in rolled.changes)


@pytest.mark.parametrize("year", [2024, 2023])
def test_year_must_move_forward(year: int) -> None:
    with pytest.raises(UserError, match="应晚于"):
        roll_forward(last_year(), year=year)


def test_checklist_from_part_four() -> None:
    items = roll_forward(last_year()).report.checklist
    assert [i.text for i in items] == ["聚焦队伍建设提高素质、补短板", "严格落实：每年自学时间不低于36小时"]
    assert all(not i.done and i.answered_in is None for i in items)


def test_checklist_from_paragraphs_and_enumerations() -> None:
    report = Report(year=2024, sections=[Section("2025年工作打算", part=Part.PLANS, paragraphs=[
        "一是加强执法检查。二是深化普法宣传；三是提升队伍素质。", "继续做好统计数据质量核查工作。"])])
    assert [i.text for i in plan_checklist(report)] == [
        "一是加强执法检查", "二是深化普法宣传", "三是提升队伍素质", "继续做好统计数据质量核查工作。"]


def test_long_changes_are_shown_around_the_year() -> None:
    long = "2024年，" + "某区统计局坚持依法统计" * 6
    change = YearChange("前言第1段", long, long.replace("2024", "2025", 1))
    before, after = change.shortened(40)
    assert before.startswith("2024年，") and after.startswith("2025年，") and before.endswith("…")
    assert len(before) < 40 and str(change) == f"前言第1段：{before} → {after}"


def test_changes_read_naturally() -> None:
    from app.rollforward.roll import YearChange

    assert str(YearChange("一、", "2024年工作开展情况", "2025年工作开展情况")) == \
        "一、的标题：2024年工作开展情况 → 2025年工作开展情况"
    assert str(YearChange("一、（二）", "2025年安排", "2026年安排")).startswith("一、（二）的标题：")
    assert str(YearChange("标题", "a2024", "a2025")).startswith("标题：")
    assert str(YearChange("前言第1段", "2024年", "2025年")).startswith("前言第1段：")
