"""The reviewers' kinds in detail (issue 13): number usage, punctuation per GB/T 15834,
figure-mismatch with the ledger, vague results, repeated shortcomings, unanswered plans."""

from __future__ import annotations

import datetime as dt

import pytest

from app.checks import KINDS, LedgerFigure, Severity, run_checks
from app.model import ChecklistItem, Part, Report, Section

TODAY = dt.date(2025, 6, 1)


def only(report: Report, kind: str, **kwargs: object) -> list:
    return run_checks(report, today=TODAY, disabled={k for k in KINDS if k != kind}, **kwargs)  # type: ignore[arg-type]


def one_paragraph(text: str) -> Report:
    return Report(title="某局2024年法治政府建设情况报告", year=2024,
                  sections=[Section("工作情况", [text], part=Part.MEASURES)])


def spans(report: Report, kind: str) -> list[str]:
    text = report.sections[0].paragraphs[0]
    return [text[f.start:f.start + f.length] for f in only(report, kind)]


# ---- number-usage (GB/T 15835) --------------------------------------------------------------------
@pytest.mark.parametrize("text, wrong, right", [
    ("2025年03月召开推进会。", "2025年03月", "2025年3月"),
    ("于3月05日召开推进会。", "05日", "5日"),
    ("开展“12.4”国家宪法日宣传。", "12.4", "12·4"),
    ("围绕12.4国家宪法日开展宣传。", "12.4", "12·4"),
    ("培训约900余人次。", "约900余", "900余"),
    ("参加人员近百余人。", "近百余", "百余"),
    ("二零二四年工作总结。", "二零二四", "二〇二四"),
    ("用3-5年时间完成。", "3-5", "3～5"),
])
def test_number_usage(text: str, wrong: str, right: str) -> None:
    report = one_paragraph(text)
    findings = only(report, "number-usage")
    assert [f.severity for f in findings] == [Severity.WARNING]
    assert spans(report, "number-usage") == [wrong]
    assert f"“{right}”" in findings[0].message


@pytest.mark.parametrize("text", ["2025年3月召开推进会。", "开展“12·4”国家宪法日宣传。", "增长3.5个百分点。",
                                  "培训900余人次，约900人。", "平均用时1.5日。", "2024-12-01导出。",
                                  "二〇二四年工作总结。", "用3～5年时间完成。", "落实《纲要（2021—2025年）》。",
                                  "附近300余人参加。"])
def test_number_usage_leaves_right_usage_alone(text: str) -> None:
    assert only(one_paragraph(text), "number-usage") == []


# ---- punctuation (GB/T 15834) ---------------------------------------------------------------------
@pytest.mark.parametrize("text, wrong", [
    ("学习《意见》、《办法》。", "、"),
    ("开展“宪法宣传周”、“统计开放日”活动。", "、"),
    ("包括统计、执法等等。。。", "。。。"),
    ("包括统计、执法...", "..."),
    ("包括统计、执法…", "…"),
    ("学习《“26个不得”—统计法律底线》。", "—"),
])
def test_punctuation_standard_marks(text: str, wrong: str) -> None:
    report = one_paragraph(text)
    assert spans(report, "punctuation") == [wrong]


@pytest.mark.parametrize("text", ["学习《意见》《办法》。", "包括统计、执法……", "探索机关—高校共建。",
                                  "落实《纲要（2021—2025年）》。", "统计法律底线——“26个不得”。"])
def test_punctuation_standard_marks_right(text: str) -> None:
    assert only(one_paragraph(text), "punctuation") == []


# ---- figure-mismatch ------------------------------------------------------------------------------
def test_same_measure_two_values() -> None:
    report = one_paragraph("开展“双随机一公开”执法检查32家。")
    report.sections.append(Section("小结", ["全年共开展“双随机一公开”执法检查30家。"], part=Part.OTHER))
    findings = only(report, "figure-mismatch")
    assert [(f.severity, f.section) for f in findings] == [(Severity.WARNING, "二、")]
    assert "32" in findings[0].message and "30" in findings[0].message


@pytest.mark.parametrize("text", [
    "给予1家企业行政警告，给予5家企业书面责令改正。",            # different things counted
    "开展新法律法规培训16次，将职业道德教育纳入专业法律知识培训2次。",
    "开展检查32家，其中第3次检查发现问题。",
    "同比增长5%，环比增长3%。",
])
def test_different_measures_are_not_mismatches(text: str) -> None:
    assert only(one_paragraph(text), "figure-mismatch") == []


def test_ledger_disagreement_is_info() -> None:
    report = one_paragraph("开展“双随机一公开”执法检查32家。")
    ledger = [LedgerFigure("执法检查", 30, "家", "双随机一公开检查")]
    findings = only(report, "figure-mismatch", ledger=ledger)
    assert [(f.severity, f.section) for f in findings] == [(Severity.INFO, "一、")]
    assert "双随机一公开检查" in findings[0].message
    assert only(report, "figure-mismatch", ledger=[LedgerFigure("执法检查", 32, "家")]) == []
    assert only(report, "figure-mismatch", ledger=[LedgerFigure("培训", 3, "次")]) == []


# ---- vague-results ---------------------------------------------------------------------------------
VAGUE = "坚持把依法行政摆在突出位置，持续推动统计执法取得新进展，不断提升干部法治素养，营造了良好氛围。" * 2


@pytest.mark.parametrize("concrete", ["全年开展培训三次。", "4月3日召开推进会。", "学习《统计法》。",
                                      "开展“统计开放日”活动。", "培训900余人次。"])
def test_vague_results_needs_nothing_concrete(concrete: str) -> None:
    assert [f.section for f in only(one_paragraph(VAGUE), "vague-results")] == ["一、"]
    assert only(one_paragraph(VAGUE + concrete), "vague-results") == []
    assert only(one_paragraph(VAGUE[:60]), "vague-results") == []     # too short to judge
    report = one_paragraph("")
    report.sections = [Section("不足", [VAGUE], part=Part.SHORTCOMINGS)]
    assert only(report, "vague-results") == []                          # only part 1


# ---- repeated-shortcoming and unanswered-plan -------------------------------------------------------
def two_years(this_part2: Section, last_part2: Section, plans: list[Section] | None = None,
              measures: str = "开展统计执法检查32家。") -> tuple[Report, Report]:
    this = Report(year=2024, sections=[Section("工作", [measures], part=Part.MEASURES), this_part2])
    last = Report(year=2023, sections=[Section("工作", ["上年度完成各项任务。"], part=Part.MEASURES), last_part2,
                                       Section("打算", children=plans or [], part=Part.PLANS)])
    return this, last


def test_repeated_shortcoming_by_heading_and_by_item() -> None:
    this, last = two_years(
        Section("不足", part=Part.SHORTCOMINGS, children=[Section("统计执法力量还较为薄弱", ["人员少。"]),
                                                         Section("信息公开渠道有待拓展", ["渠道单一。"])]),
        Section("不足", part=Part.SHORTCOMINGS, children=[Section("统计执法力量较为薄弱", ["人员少。"])]))
    findings = only(this, "repeated-shortcoming", last_year=last)
    assert [(f.section, f.severity) for f in findings] == [("二、（一）", Severity.WARNING)]
    assert "“二、（一）”" in findings[0].message and "整改" in findings[0].message
    this, last = two_years(Section("不足", ["一是部分企业依法统计意识仍然不强；二是执法装备不足。"], part=Part.SHORTCOMINGS),
                           Section("不足", ["一是部分企业依法统计意识不强。"], part=Part.SHORTCOMINGS))
    assert [f.excerpt for f in only(this, "repeated-shortcoming", last_year=last)] == ["一是部分企业依法统计意识仍然不强；"]
    assert only(this, "repeated-shortcoming") == []      # no last year, nothing to compare
    this, last = two_years(Section("不足", ["执法人员数量偏少，难以满足执法检查需要。新的问题。"], part=Part.SHORTCOMINGS),
                           Section("不足", ["执法人员数量偏少，难以满足执法检查的需要。"], part=Part.SHORTCOMINGS))
    assert [f.section for f in only(this, "repeated-shortcoming", last_year=last)] == ["二、"]


def test_unanswered_plan_by_meaning_or_by_checklist() -> None:
    plans = [Section("深化统计普法宣传", ["开展宣传。"]), Section("建设统计数据质量追溯平台", ["建成平台。"])]
    this, last = two_years(Section("不足", ["无。"], part=Part.SHORTCOMINGS), Section("不足", ["无。"], part=Part.SHORTCOMINGS),
                           plans, measures="聚焦普法宣传，开展统计法宣传进企业活动6次。")
    findings = only(this, "unanswered-plan", last_year=last)
    assert [f.excerpt for f in findings] == ["建设统计数据质量追溯平台"]
    this.checklist = [ChecklistItem("建设统计数据质量追溯平台", done=True)]
    assert only(this, "unanswered-plan", last_year=last) == []
    # without last year's report the checklist is the list of plans
    this.checklist = [ChecklistItem("建设统计数据质量追溯平台"), ChecklistItem("深化统计普法宣传")]
    assert [f.excerpt for f in only(this, "unanswered-plan")] == ["建设统计数据质量追溯平台"]
