"""The checks on the two real reports: no error or warning except missing-part for parts 3 and 5.

The info findings, and why they are right:
- Xiqing 一、（三）: 2023年 — last year named in this year's text ("对2023年统计执法检查……进行通报"):
  legitimate here, but exactly what a leftover from last year's report would look like.
- Xiqing 二、: the 不足 part is 114 characters beside 1,400-odd in the other parts — a thin
  shortcomings part is what reviewers criticise.
- Nanyang 一、1.: "1." directly under "一、" skips the （一） level of GB/T 9704.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.checks import Severity, run_checks

TODAY = dt.date(2025, 6, 1)  # the deadlines have passed: no reminder


def parse(fixture_path, name: str):
    from app.importing import parse_file
    return parse_file(fixture_path(name))


@pytest.mark.parametrize("name, infos", [
    ("xiqing-tongji-2024.txt", [("year", "一、（三）"), ("length", "二、")]),
    ("nanyang-tongji-2024.txt", [("numbering", "一、1.")]),
])
def test_fixture_findings(fixture_path, name: str, infos: list[tuple[str, str]]) -> None:
    findings = run_checks(parse(fixture_path, name), today=TODAY)
    serious = [(f.kind, f.excerpt) for f in findings if f.severity is not Severity.INFO]
    assert serious == [("missing-part", "第一责任人履职情况"), ("missing-part", "其他需要报告的情况")]
    assert [(f.kind, f.section) for f in findings if f.severity is Severity.INFO] == infos


def test_fixture_deadline_reminder(fixture_path) -> None:
    report = parse(fixture_path, "nanyang-tongji-2024.txt")  # dated 2025-02-25, in time
    findings = run_checks(report, today=dt.date(2025, 3, 10), disabled={"numbering"})
    assert [(f.kind, f.severity) for f in findings if f.kind == "deadline"] == [("deadline", Severity.INFO)]
    assert "4月1日" in next(f.message for f in findings if f.kind == "deadline")
