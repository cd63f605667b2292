"""The length check against the clerk's 字数目标 (and the target rule it shares with the tree)."""

from __future__ import annotations

from app.checks import run_checks
from app.model import CharTargets, Part, Report, Section
from app.report_json import report_from_dict, report_to_dict
from app.targets import TargetState, target_state


def report(sizes: dict[Part, int], targets: CharTargets | None = None) -> Report:
    made = Report(title="某局2025年法治政府建设情况报告", year=2025,
                  sections=[Section(f"第{int(p)}部分", ["字" * n], part=p) for p, n in sizes.items()])
    made.targets = targets or CharTargets()
    return made


def length_messages(r: Report) -> list[tuple[str | None, str]]:
    return [(f.section, f.message) for f in run_checks(r) if f.kind == "length"]


def test_target_state() -> None:
    assert target_state(1000, 1000) is TargetState.ON
    assert target_state(1200, 1000) is TargetState.ON and target_state(1201, 1000) is TargetState.OVER
    assert target_state(800, 1000) is TargetState.ON and target_state(799, 1000) is TargetState.UNDER


def test_targets_replace_the_sibling_comparison() -> None:
    sizes = {Part.MEASURES: 3000, Part.SHORTCOMINGS: 100, Part.LEADERSHIP: 600, Part.PLANS: 700, Part.OTHER: 500}
    without = length_messages(report(sizes))
    assert [s for s, _ in without] == ["二、"]  # 100 next to 600/700/500: far shorter than the others
    # the clerk wants a short part 2 and a long part 1: part 2 is judged by its target now
    targets = CharTargets(None, {Part.SHORTCOMINGS: 120, Part.MEASURES: 2000})
    found = length_messages(report(sizes, targets))
    assert found == [("一、", "第1部分“主要举措和成效”共3000字，超出字数目标（2000字）较多")]


def test_a_part_far_under_its_target_and_the_whole_report() -> None:
    sizes = {Part.MEASURES: 1000, Part.SHORTCOMINGS: 400}
    found = length_messages(report(sizes, CharTargets(5000, {Part.MEASURES: 1000, Part.SHORTCOMINGS: 1000})))
    assert found == [("二、", "第2部分“不足和原因”共400字，离字数目标（1000字）还差较多"),
                     (None, "全文正文共1400字，离字数目标（5000字）还差较多")]


def test_a_part_spread_over_several_sections_is_counted_whole() -> None:
    r = report({Part.MEASURES: 600})
    r.sections.append(Section("又一项举措", ["字" * 600], part=Part.MEASURES))
    r.targets = CharTargets(None, {Part.MEASURES: 1200})
    assert length_messages(r) == []
    r.targets = CharTargets(None, {Part.MEASURES: 600})
    assert [s for s, _ in length_messages(r)] == ["一、"]


def test_targets_in_the_json_export() -> None:
    r = report({Part.MEASURES: 10}, CharTargets(3000, {Part.LEADERSHIP: 800}))
    data = report_to_dict(r, stored=True)
    assert data["targets"] == {"total": 3000, "parts": {"3": 800}}
    assert "targets" not in report_to_dict(r)  # a parsed file has no targets
    assert report_from_dict(data).targets == r.targets
    assert report_to_dict(report({}), stored=True)["targets"] == {}
