"""Each kind's rules in detail, on small reports."""

from __future__ import annotations

import datetime as dt

import pytest

from app.checks import KINDS, Severity, finding_to_dict, run_checks
from app.checks.pairing import first_unpaired
from app.checks.year_mentions import YearContext, year_mentions
from app.model import MarkerStyle, Part, Report, Section
from tests.app.checks.sample import clean_report

TODAY = dt.date(2025, 6, 1)


def only(report: Report, kind: str, **kwargs: object) -> list:
    return run_checks(report, today=TODAY, disabled={k for k in _ALL if k != kind}, **kwargs)  # type: ignore[arg-type]


_ALL = KINDS


def one_paragraph(text: str, *, year: int = 2024, date: dt.date | None = None) -> Report:
    return Report(title=f"某局{year}年法治政府建设情况报告", year=year, date=date,
                  sections=[Section("工作情况", [text], part=Part.MEASURES)])


# ---- year -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, context", [
    ("津西党办发〔2017〕77号", YearContext.DOC_NUMBER),
    ("国统字[2019]第3号", YearContext.DOC_NUMBER),
    ("2017年第3号公告", YearContext.DOC_NUMBER),
    ("学习《2019年统计法治工作要点》", YearContext.BOOK_TITLE),
    ("自2018年以来", YearContext.SINCE),
    ("2019年以来", YearContext.SINCE),
    ("2018年起", YearContext.SINCE),
    ("2021—2025年规划", YearContext.RANGE),
    ("2021年至2025年", YearContext.RANGE),
    ("严格执行2017年制定出台的方案", YearContext.MADE),
    ("2022年、2023年连续三年获评优秀单位", YearContext.SERIES),
    ("对2021年的问题开展回头看", YearContext.PLAIN),
])
def test_year_contexts(text: str, context: YearContext) -> None:
    assert year_mentions(text)[0].context is context


def test_counts_are_not_years() -> None:
    assert year_mentions("累计培训2000余人次，发放2019份") == []


@pytest.mark.parametrize("text", [
    "严格执行2017年制定出台的《实施方案》（津西党办发〔2017〕77号）规定。",
    "学习《2019年全市统计工作要点》。",
    "自2018年以来持续开展专项治理。",
    "2019年以来累计查处案件12件。",
    "2020年、2021年、2022年连续三年荣获优秀单位。",
    "落实《法治政府建设实施纲要（2021—2025年）》。",
])
def test_historical_references_are_not_flagged(text: str) -> None:
    assert only(one_paragraph(text), "year") == []


def test_old_year_warning_and_previous_year_info() -> None:
    old = only(one_paragraph("对2022年查处的问题开展回头看。"), "year")
    assert [(f.severity, f.section) for f in old] == [(Severity.WARNING, "一、")]
    assert "2022年" in old[0].excerpt
    previous = only(one_paragraph("对2023年查处的问题开展回头看。"), "year")
    assert [f.severity for f in previous] == [Severity.INFO]
    assert only(one_paragraph("2024年完成、2025年计划、到2035年基本建成。"), "year") == []


def test_title_year_against_report_year() -> None:
    report = one_paragraph("正文。", year=2025)
    report.title = "某局2024年法治政府建设情况报告"
    findings = only(report, "year")
    assert [(f.severity, f.section) for f in findings] == [(Severity.ERROR, None)]
    assert "2024" in findings[0].excerpt


# ---- date -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, bad", [
    ("9月31日召开会议。", True), ("2月30日召开会议。", True), ("13月1日", True), ("4月0日", True),
    ("2月29日召开会议。", False),   # 2024 is a leap year
    ("2023年2月29日", True), ("12月31日", False),
])
def test_impossible_dates(text: str, bad: bool) -> None:
    findings = only(one_paragraph(text), "date")
    assert [f.severity for f in findings] == ([Severity.ERROR] if bad else [])


def test_dates_after_the_report_date_but_not_in_plans() -> None:
    report = one_paragraph("2025年3月5日召开会议，12月9日举办讲座。", date=dt.date(2025, 2, 25))
    report.sections.append(Section("2025年工作打算", ["计划于2025年12月4日开展宣传。"], part=Part.PLANS))
    findings = only(report, "date")
    assert [(f.severity, f.excerpt) for f in findings] == [(Severity.WARNING, "2025年3月5日召开会议")]


# ---- punctuation and pairing ---------------------------------------------------------------
@pytest.mark.parametrize("text, count", [
    ("加强学习,提高能力。", 1), ("主要有:一是学习。", 1), ("是否到位?还需检查。", 1),
    ("印发《方案(试行)》。", 1), ("会议于9:30开始，共3,000人。", 0), ("English, text; fine.", 0),
    ("完成任务。。下一步", 1), ("加强学习，，提高能力", 1), ("等等……", 0),
])
def test_punctuation_in_text(text: str, count: int) -> None:
    assert len(only(one_paragraph(text), "punctuation")) == count


def test_heading_full_stop_differs_from_siblings() -> None:
    report = Report(year=2024, sections=[Section("工作情况", part=Part.MEASURES, children=[
        Section("强化学习", ["正文内容。"]), Section("严格执法。", ["正文内容。"]), Section("普法宣传", ["正文内容。"]),
    ])])
    findings = only(report, "punctuation")
    assert [(f.section, f.section_id) for f in findings] == [("一、（二）", None)]
    # run-in headings always end with 。 and are not compared
    for child in report.sections[0].children:
        child.run_in = True
    assert only(report, "punctuation") == []


@pytest.mark.parametrize("text, unpaired", [
    ("开展“法律进企业”活动", None), ("学习《意见》《办法》（以下简称“两办法”）", None),
    ("开展“法律进企业活动", "“"), ("学习《意见", "《"), ("完成）任务", "）"),
    ("“引用‘内层’完”", None), ("“内层《书名”》", "《"), ("【注】与【备", "【"),
])
def test_pairing(text: str, unpaired: str | None) -> None:
    found = first_unpaired(text)
    assert (found[1] if found else None) == unpaired
    assert len(only(one_paragraph(text), "pairing")) == (0 if unpaired is None else 1)


# ---- numbering ------------------------------------------------------------------------------
def test_gaps_and_repeats_come_from_written_markers() -> None:
    report = Report(year=2024, sections=[
        Section("甲", ["正文。"], part=Part.MEASURES, written_marker="一、"),
        Section("乙", ["正文。"], part=Part.MEASURES, written_marker="三、"),
        Section("丙", ["正文。"], part=Part.MEASURES, written_marker="三、"),
    ])
    findings = only(report, "numbering")
    assert [(f.severity, f.section) for f in findings] == [(Severity.WARNING, "三、"), (Severity.WARNING, "三、")]
    assert "缺少“二、”" in findings[0].message and "重复" in findings[1].message
    for section in report.sections:
        section.written_marker = None  # a stored report: numbers are derived, there is no gap
    assert only(report, "numbering") == []


def test_skipped_level_is_info_once() -> None:
    report = Report(year=2024, marker_styles=[MarkerStyle.CHINESE, MarkerStyle.ARABIC], sections=[
        Section("甲", part=Part.MEASURES, children=[Section("子一", ["正文。"]), Section("子二", ["正文。"])]),
        Section("乙", part=Part.SHORTCOMINGS, children=[Section("子一", ["正文。"])]),
    ])
    findings = only(report, "numbering")
    assert [(f.severity, f.section) for f in findings] == [(Severity.INFO, "一、1.")]
    assert "跳过了“（一）”" in findings[0].message


def test_same_marker_kind_at_two_levels() -> None:
    report = Report(year=2024, sections=[
        Section("甲", part=Part.MEASURES, written_marker="一、", children=[
            Section("子一", ["正文。"], written_marker="一、"), Section("子二", ["正文。"], written_marker="二、")]),
    ])
    findings = only(report, "numbering")
    assert [(f.severity, f.section) for f in findings] == [(Severity.WARNING, "一、一、")]


# ---- the rest --------------------------------------------------------------------------------
def test_part_order_names_the_one_section_out_of_place() -> None:
    report = clean_report()
    report.sections.insert(0, report.sections.pop(2))  # 第一责任人 first, as some reports do
    findings = run_checks(report, today=TODAY)
    assert [(f.kind, f.severity, f.section) for f in findings] == [("part-order", Severity.INFO, "一、")]
    assert "第3部分" in findings[0].message and "第1部分" in findings[0].message


def test_carried_over_from_reference_until_edited() -> None:
    report = clean_report()
    section = report.sections[1]
    section.reference = list(section.paragraphs)   # copied in from last year's text
    assert [f.kind for f in run_checks(report, today=TODAY)] == ["carried-over"]
    section.paragraphs[0] = section.paragraphs[0].replace("取得明显成效", "成效显著")
    assert run_checks(report, today=TODAY) == []


def test_duplicate_sentence_found_once_at_second_place() -> None:
    report = clean_report()
    repeated = "全面落实行政执法三项制度，规范执法行为。"
    report.sections[1].paragraphs.append(repeated)
    report.sections[4].paragraphs.append(repeated)
    findings = run_checks(report, today=TODAY)
    assert [(f.kind, f.section) for f in findings] == [("duplicate", "五、")]
    assert "二、" in findings[0].message


@pytest.mark.parametrize("date, today, expected", [
    (dt.date(2025, 2, 20), dt.date(2025, 2, 21), [("deadline", Severity.INFO)]),   # publish by 1 April
    (dt.date(2025, 3, 2), dt.date(2025, 3, 2), [("deadline", Severity.WARNING)]),  # reported late
    (None, dt.date(2025, 1, 10), [("deadline", Severity.INFO)]),                   # undated, in the window
    (None, dt.date(2024, 11, 1), []),                                              # too early to remind
    (dt.date(2025, 2, 20), dt.date(2025, 4, 2), []),                               # the window has passed
])
def test_deadlines(date: dt.date | None, today: dt.date, expected: list) -> None:
    report = clean_report()
    report.date = date
    findings = run_checks(report, today=today, disabled={"date"})
    assert [(f.kind, f.severity) for f in findings] == expected


def test_disabled_dismissed_and_stable_keys() -> None:
    report = clean_report()
    report.sections[1].paragraphs[0] += "加强学习,提高能力。"
    report.sections[2].paragraphs.clear()
    first = run_checks(report, today=TODAY)
    assert {f.kind for f in first} == {"punctuation", "empty-section"}
    assert {f.kind for f in run_checks(report, today=TODAY, disabled={"punctuation"})} == {"empty-section"}
    punct = next(f for f in first if f.kind == "punctuation")
    # the key stays the same when the report is edited elsewhere, so the dismissal holds
    report.sections[0].children[0].paragraphs.append("新增一句话，内容与别处不同。")
    again = run_checks(report, today=TODAY, dismissed={punct.key})
    assert [f.kind for f in again] == ["empty-section"]
    shown = finding_to_dict(punct)
    assert {k: shown[k] for k in ("kind", "severity", "message", "section", "excerpt")} == {
        "kind": "punctuation", "severity": "warning", "message": punct.message, "section": "二、",
        "excerpt": punct.excerpt}
    # the span selects exactly the offending mark
    paragraph = report.sections[1].paragraphs[shown["paragraph"]]
    assert paragraph[shown["start"]:shown["start"] + shown["length"]] == ","


def test_levels_in_the_wrong_order() -> None:
    report = Report(year=2024, marker_styles=[MarkerStyle.CHINESE, MarkerStyle.ARABIC, MarkerStyle.PAREN_CHINESE],
                    sections=[Section("甲", part=Part.MEASURES, children=[
                        Section("子", children=[Section("孙", ["正文。"])])])])
    findings = only(report, "numbering")
    assert [(f.severity, f.section) for f in findings] == [(Severity.INFO, "一、1."), (Severity.WARNING, "一、1.（一）")]
    assert "颠倒" in findings[1].message
