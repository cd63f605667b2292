"""The two real reports, each checked against a roll-forward of itself with edits of our own.

The edits are what a hurried clerk does: the first sub-section of the measures keeps last year's
text with the years moved on; the other measures are written new, each taking up some of last
year's plans (the checklist); the shortcomings are left as last year's; the plans are new.

The warnings, and why each is right:
- missing-part ×2: neither report has a section for parts 3 and 5 (as in test_fixtures).
- carried-over on the first measure's paragraphs: last year's text with only the years changed.
- carried-over on the shortcomings' paragraphs and repeated-shortcoming on each of their
  sections: the same shortcomings as last year, word for word.
- what the kept text already had: Nanyang's heading 四、4. (headings are kept by the roll-forward)
  “9.20”、“12.4”、“12.8”: three day names with a full stop for the 间隔号 (number-usage) and two
  顿号 between adjacent quoted items (punctuation), as in test_fixtures.
Nothing at error; no unanswered-plan, for every plan is taken up; no vague-results, for the new
text has figures and dates."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from app.checks import Severity, run_checks
from app.importing import parse_file
from app.model import Part, Report, Section
from app.rollforward.roll import roll_forward
from app.rollforward.year_shift import shift_years

TODAY = dt.date(2026, 6, 1)


def leaves(section: Section) -> list[Section]:
    return [s for s in section.walk() if not s.children]


def edited_draft(last: Report) -> Report:
    draft = roll_forward(last).report
    draft.date = dt.date(2026, 2, 20)
    measures = [leaf for s in draft.sections if s.part is Part.MEASURES for leaf in leaves(s)]
    for section in draft.all_sections():
        section.paragraphs = [shift_years(p, last.year) for p in section.reference]
    for top in draft.sections:
        if top.part is Part.MEASURES:
            for section in top.walk():
                if section is not measures[0]:
                    section.paragraphs = []
    for index, item in enumerate(draft.checklist):
        target = measures[1 + index % (len(measures) - 1)]
        target.paragraphs.append(f"关于去年“{item.text}”的安排，{index % 12 + 1}月{index + 3}日制定落实方案并推进实施。")
    for number, section in enumerate(measures[1:], start=1):
        if not section.paragraphs:
            section.paragraphs = [f"4月{number}日，组织开展本节所列工作，形成第{number}份工作台账。"]
    for top in draft.sections:
        if not top.reference and not top.paragraphs and not top.children:  # a part the roll-forward added
            top.paragraphs = [f"{top.heading}的情况已按要求写明，具体见本部分各项工作。"]
    for top in draft.sections:
        if top.part is Part.PLANS:
            for number, section in enumerate(top.walk(), start=1):
                section.paragraphs = [f"2026年，计划开展第{number}项重点任务，按季度推进落实。"]
    return draft


def shortcoming_sections(report: Report) -> list[Section]:
    return [section for s in report.sections if s.part is Part.SHORTCOMINGS for section in s.walk()]


@pytest.mark.parametrize("name", ["xiqing-tongji-2024.txt", "nanyang-tongji-2024.txt"])
def test_real_report_against_its_own_roll_forward(fixture_path, name: str) -> None:
    last = parse_file(fixture_path(name))
    draft = edited_draft(last)
    findings = run_checks(draft, last_year=last, today=TODAY)
    assert not [f for f in findings if f.severity is Severity.ERROR]
    kinds = Counter(f.kind for f in findings if f.severity is Severity.WARNING)
    assert kinds["unanswered-plan"] == 0 and kinds["vague-results"] == 0
    assert kinds["missing-part"] == 0  # the roll-forward added parts 3 and 5 (empty, 待写)
    shortcomings = shortcoming_sections(draft)
    repeated = [f for f in findings if f.kind == "repeated-shortcoming"]
    assert len(repeated) == len([s for s in shortcomings if s.paragraphs and not s.children]) >= 1
    measures = [leaf for s in draft.sections if s.part is Part.MEASURES for leaf in leaves(s)]
    carried = [f for f in findings if f.kind == "carried-over"]
    copied = [p for p in measures[0].paragraphs if len(p) >= 20] + [p for s in shortcomings for p in s.paragraphs]
    assert len(carried) == len(copied)
    rest = {f.kind for f in findings if f.severity is Severity.WARNING} - {
        "missing-part", "carried-over", "repeated-shortcoming"}
    assert rest <= {"punctuation", "number-usage"}


def test_unedited_plans_are_unanswered(fixture_path) -> None:
    last = parse_file(fixture_path("xiqing-tongji-2024.txt"))
    draft = edited_draft(last)
    answered = draft.checklist[0].text
    for section in draft.all_sections():
        section.paragraphs = [p for p in section.paragraphs if answered not in p]
    unanswered = [f for f in run_checks(draft, last_year=last, today=TODAY) if f.kind == "unanswered-plan"]
    assert [f.excerpt for f in unanswered] == [answered[:40]]
