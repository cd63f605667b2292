"""One planted error of every kind: each found exactly once, nothing else flagged."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

import pytest

from app.checks import KINDS, finding_to_dict, run_checks
from app.model import Part, Report, Section
from tests.app.checks.sample import clean_report, sentence

TODAY = dt.date(2025, 6, 1)  # after the publication deadline, so no reminder is due


def part(report: Report, which: Part) -> Section:
    return next(s for s in report.sections if s.part is which)


def _plant_missing_part(report: Report) -> None:
    report.sections.remove(part(report, Part.OTHER))


def _plant_part_order(report: Report) -> None:
    two, three = report.sections.index(part(report, Part.SHORTCOMINGS)), report.sections.index(part(report, Part.LEADERSHIP))
    report.sections[two], report.sections[three] = report.sections[three], report.sections[two]


def _plant_numbering(report: Report) -> None:
    for child, marker in zip(part(report, Part.MEASURES).children, ["（一）", "（三）", "（四）"]):
        child.written_marker = marker


def _plant_year(report: Report) -> None:
    part(report, Part.MEASURES).children[0].paragraphs.append("对2021年查处的问题开展回头看。")


def _plant_date(report: Report) -> None:
    part(report, Part.MEASURES).children[2].paragraphs.append("9月31日，举办统计开放日活动。")


def _plant_punctuation(report: Report) -> None:
    part(report, Part.PLANS).children[1].paragraphs[0] += "加强学习,提高能力。"


def _plant_pairing(report: Report) -> None:
    part(report, Part.LEADERSHIP).paragraphs[0] += "开展“法律进企业活动。"


def _plant_duplicate(report: Report) -> None:
    part(report, Part.PLANS).children[0].paragraphs.append(sentence(3, 2))


def _plant_carried_over(report: Report) -> Report:
    return Report(title="某区统计局2023年法治政府建设情况报告", year=2023,
                  sections=[Section("不足", [part(report, Part.SHORTCOMINGS).paragraphs[0]])])


def _plant_empty_section(report: Report) -> None:
    part(report, Part.PLANS).children[2].paragraphs.clear()


def _plant_length(report: Report) -> None:
    part(report, Part.MEASURES).children[1].paragraphs = ["检查32家。"]


def _plant_deadline(report: Report) -> None:
    report.date = dt.date(2025, 3, 10)


PLANTERS: dict[str, Callable[[Report], Report | None]] = {
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
}


def test_every_kind_has_a_planter() -> None:
    assert set(PLANTERS) == set(KINDS)


def test_clean_report_has_no_findings() -> None:
    assert run_checks(clean_report(), today=TODAY) == []


@pytest.mark.parametrize("kind", list(PLANTERS))
def test_each_planted_error_alone(kind: str) -> None:
    report = clean_report()
    last_year = PLANTERS[kind](report)
    findings = run_checks(report, last_year=last_year, today=TODAY)
    assert [f.kind for f in findings] == [kind], [finding_to_dict(f) for f in findings]


def test_all_planted_errors_together() -> None:
    report = clean_report()
    # the report the carried-over planter copies from must be taken before other planters edit it
    last_year = PLANTERS["carried-over"](report)
    for kind, plant in PLANTERS.items():
        if kind != "carried-over":
            plant(report)
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
