"""The checks on the two real reports as they are: no error; the warnings below, each right.

Warnings besides missing-part for parts 3 and 5 (neither report has a section for them):
- Xiqing 一、（三）, punctuation: 《“26个不得”—统计法律底线》 — a single — where the dash ——
  is meant (GB/T 15834 4.9); between two words (机关—高校) it is the 一字线 connector and is left.
- Xiqing 一、（四）, punctuation: “宪法宣传周”“统计开放日”、“12.4” — a 顿号 between adjacent quoted
  items (GB/T 15834 4.5.3.5: not used between 并列的引号/书名号).
- Xiqing 一、（四）, number-usage ×2: “12.4” and “12.8” name days by their date: GB/T 15835 writes
  them with the 间隔号, “12·4” “12·8”.
- Nanyang 二、3., number-usage: 7-9月 — a range written with a hyphen; GB/T 15835 uses 7～9月.
- Nanyang 四、4., punctuation ×2: “9.20”、“12.4”、“12.8” — 顿号 between adjacent quoted items.
- Nanyang 四、4. ×3 and 六、2. ×2, number-usage: “9.20” “12.4” “12.8” — day names with a full stop.

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


MISSING = [("missing-part", None), ("missing-part", None)]


@pytest.mark.parametrize("name, warnings, infos", [
    ("xiqing-tongji-2024.txt",
     [*MISSING, ("punctuation", "一、（三）"), ("punctuation", "一、（四）"),
      ("number-usage", "一、（四）"), ("number-usage", "一、（四）")],
     [("year", "一、（三）"), ("length", "二、")]),
    ("nanyang-tongji-2024.txt",
     [*MISSING, ("punctuation", "四、4."), ("punctuation", "四、4."), ("number-usage", "二、3."),
      *[("number-usage", "四、4.")] * 3, *[("number-usage", "六、2.")] * 2],
     [("numbering", "一、1.")]),
])
def test_fixture_findings(fixture_path, name: str, warnings: list[tuple[str, str | None]],
                          infos: list[tuple[str, str]]) -> None:
    findings = run_checks(parse(fixture_path, name), today=TODAY)
    assert not [f for f in findings if f.severity is Severity.ERROR]
    assert [(f.kind, f.section) for f in findings if f.severity is Severity.WARNING] == warnings
    assert [(f.kind, f.section) for f in findings if f.severity is Severity.INFO] == infos


def test_fixture_deadline_reminder(fixture_path) -> None:
    report = parse(fixture_path, "nanyang-tongji-2024.txt")  # dated 2025-02-25, in time
    findings = run_checks(report, today=dt.date(2025, 3, 10), disabled={"numbering"})
    assert [(f.kind, f.severity) for f in findings if f.kind == "deadline"] == [("deadline", Severity.INFO)]
    assert "4月1日" in next(f.message for f in findings if f.kind == "deadline")
