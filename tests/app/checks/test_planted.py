"""One planted error of every kind: each found exactly once, nothing else flagged.

The report is checked against last year's (sample.last_year_report), as after a roll-forward."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

import pytest

from app.checks import KINDS, finding_to_dict, run_checks
from app.checks.context import build_context
from app.model import Part, Report, Section
from tests.app.checks.sample import clean_report, last_year_report, sentence, vague_text

TODAY = dt.date(2025, 6, 1)  # after the publication deadline, so no reminder is due


def part(report: Report, which: Part) -> Section:
    return next(s for s in report.sections if s.part is which)


def _plant_missing_part(report: Report, last: Report) -> None:
    report.sections.remove(part(report, Part.OTHER))


def _plant_part_order(report: Report, last: Report) -> None:
    two, three = report.sections.index(part(report, Part.SHORTCOMINGS)), report.sections.index(part(report, Part.LEADERSHIP))
    report.sections[two], report.sections[three] = report.sections[three], report.sections[two]


def _plant_numbering(report: Report, last: Report) -> None:
    for child, marker in zip(part(report, Part.MEASURES).children, ["（一）", "（三）", "（四）"]):
        child.written_marker = marker


def _plant_year(report: Report, last: Report) -> None:
    part(report, Part.MEASURES).children[0].paragraphs.append("对2021年查处的问题开展回头看。")


def _plant_date(report: Report, last: Report) -> None:
    part(report, Part.MEASURES).children[2].paragraphs.append("9月31日，举办统计开放日活动。")


def _plant_punctuation(report: Report, last: Report) -> None:
    part(report, Part.PLANS).children[1].paragraphs[0] += "加强学习,提高能力。"


def _plant_pairing(report: Report, last: Report) -> None:
    part(report, Part.LEADERSHIP).paragraphs[0] += "开展“法律进企业活动。"


def _plant_duplicate(report: Report, last: Report) -> None:
    part(report, Part.PLANS).children[0].paragraphs.append(sentence(3, 2))


def _plant_carried_over(report: Report, last: Report) -> None:
    # this year's 不足 paragraph repeats a sentence of last year's 一、（一） with a new figure
    last.sections[0].children[0].paragraphs.append(sentence(5, 0).replace("1次", "7次"))


def _plant_repeated_shortcoming(report: Report, last: Report) -> None:
    part(report, Part.SHORTCOMINGS).paragraphs.append("一是部分基层单位的统计台账登记还不够规范。")


def _plant_vague_results(report: Report, last: Report) -> None:
    part(report, Part.MEASURES).children[0].paragraphs[0] = vague_text()


def _plant_unanswered_plan(report: Report, last: Report) -> None:
    part(last, Part.PLANS).children.append(Section("建设统计数据质量追溯平台", ["完成平台建设并投入使用。"]))


def _plant_wording(report: Report, last: Report) -> None:
    part(report, Part.PLANS).children[0].paragraphs[0] += "截止目前，各项任务均已按期完成。"


def _plant_number_usage(report: Report, last: Report) -> None:
    part(report, Part.LEADERSHIP).paragraphs[0] += "组织统计业务培训约200余人次。"


def _plant_figure_mismatch(report: Report, last: Report) -> None:
    part(report, Part.LEADERSHIP).paragraphs[0] += "全年开展执法检查32家。"
    part(report, Part.MEASURES).children[2].paragraphs[0] += "全年开展执法检查30家。"


def _plant_empty_section(report: Report, last: Report) -> None:
    part(report, Part.PLANS).children[2].paragraphs.clear()


def _plant_length(report: Report, last: Report) -> None:
    part(report, Part.MEASURES).children[1].paragraphs = ["检查32家。"]


def _plant_deadline(report: Report, last: Report) -> None:
    report.date = dt.date(2025, 3, 10)


PLANTERS: dict[str, Callable[[Report, Report], None]] = {
    "missing-part": _plant_missing_part,
    "part-order": _plant_part_order,
    "numbering": _plant_numbering,
    "year": _plant_year,
    "date": _plant_date,
    "punctuation": _plant_punctuation,
    "pairing": _plant_pairing,
    "duplicate": _plant_duplicate,
    "carried-over": _plant_carried_over,
    "empty-section": _plant_empty_section,
    "length": _plant_length,
    "deadline": _plant_deadline,
    "repeated-shortcoming": _plant_repeated_shortcoming,
    "vague-results": _plant_vague_results,
    "unanswered-plan": _plant_unanswered_plan,
    "wording": _plant_wording,
    "number-usage": _plant_number_usage,
    "figure-mismatch": _plant_figure_mismatch,
}


def test_every_kind_has_a_planter() -> None:
    assert set(PLANTERS) == set(KINDS)


def test_clean_report_has_no_findings() -> None:
    assert run_checks(clean_report(), today=TODAY) == []
    assert run_checks(clean_report(), last_year=last_year_report(), today=TODAY) == []


@pytest.mark.parametrize("kind", list(PLANTERS))
def test_each_planted_error_alone(kind: str) -> None:
    report, last_year = clean_report(), last_year_report()
    PLANTERS[kind](report, last_year)
    findings = run_checks(report, last_year=last_year, today=TODAY)
    assert [f.kind for f in findings] == [kind], [finding_to_dict(f) for f in findings]


def test_all_planted_errors_together() -> None:
    report, last_year = clean_report(), last_year_report()
    for plant in PLANTERS.values():
        plant(report, last_year)
    findings = run_checks(report, last_year=last_year, today=TODAY)
    assert Counter(f.kind for f in findings) == Counter(KINDS), [finding_to_dict(f) for f in findings]
    by_kind = {f.kind: f for f in findings}
    assert by_kind["date"].severity == "error"
    assert by_kind["year"].severity == "warning"
    assert by_kind["part-order"].severity == "info"
    assert by_kind["length"].severity == "info"
    assert by_kind["deadline"].severity == "warning"
    assert by_kind["missing-part"].severity == "warning"
    # each finding names its place
    assert by_kind["date"].section == "一、（三）"
    assert by_kind["pairing"].section == "二、"   # part 3 now comes second
    assert "9月31日" in by_kind["date"].excerpt
    assert by_kind["punctuation"].section == "四、（二）"
    assert by_kind["punctuation"].excerpt in part(report, Part.PLANS).children[1].paragraphs[0]
    for kind in ("repeated-shortcoming", "vague-results", "unanswered-plan", "wording", "number-usage",
                 "figure-mismatch", "carried-over"):
        assert by_kind[kind].severity == "warning", kind
        assert by_kind[kind].message == by_kind[kind].template.format(**dict(by_kind[kind].values))
    assert "建设统计数据质量追溯平台" in by_kind["unanswered-plan"].message
    assert by_kind["carried-over"].section == "三、" and "一、（一）" in by_kind["carried-over"].message
    # the spans select exactly the offending text
    numbers = build_context(report, None, TODAY).numbers
    for kind, text in (("wording", "截止"), ("number-usage", "约200余"), ("figure-mismatch", "32家"),
                       ("repeated-shortcoming", "一是部分基层单位的统计台账登记还不够规范。")):
        finding = by_kind[kind]
        section = next(s for s in report.all_sections() if numbers[id(s)] == finding.section)
        paragraph = section.paragraphs[finding.paragraph]
        assert paragraph[finding.start:finding.start + finding.length] == text, kind


def spanned_text(report: Report, finding, numbers: dict[int, str]) -> str:
    """The characters a finding's span selects, looked up from where it says it is."""
    if finding.where == "title":
        text = report.title
    elif finding.where in ("preamble", "closing"):
        text = getattr(report, finding.where)[finding.paragraph]
    else:
        section = next(s for s in report.all_sections() if numbers[id(s)] == finding.section)
        text = section.heading if finding.where == "heading" else section.paragraphs[finding.paragraph]
    assert 0 <= finding.start and finding.length > 0 and finding.start + finding.length <= len(text)
    return text[finding.start:finding.start + finding.length]


def test_every_span_selects_text_of_its_excerpt(fixture_path) -> None:
    from app.importing import parse_file

    report, last_year = clean_report(), last_year_report()
    for plant in PLANTERS.values():
        plant(report, last_year)
    reports = [(report, last_year)] + [(parse_file(fixture_path(n)), None) for n in
                                       ("xiqing-tongji-2024.txt", "nanyang-tongji-2024.txt")]
    spans = 0
    for checked, last in reports:
        numbers = build_context(checked, None, TODAY).numbers
        for finding in run_checks(checked, last_year=last, today=TODAY):
            if finding.start is None:
                continue
            spans += 1
            text = spanned_text(checked, finding, numbers)
            assert text.strip() == text and (text[:12] in finding.excerpt or finding.excerpt in text), finding
    assert spans >= 20
