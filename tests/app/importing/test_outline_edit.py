"""The clerk's corrections to a recognised outline, headless."""

from __future__ import annotations

from app.importing import parse_text
from app.importing.outline_edit import demote, merge_into_previous, promote, set_part
from app.model import Part

TEXT = ("某局2024年法治政府建设情况报告\n前言。\n一、甲\n甲文。\n（一）子一。子一文。\n（二）子二\n（三）子三\n"
        "二、存在问题\n问题。\n")


def headings(sections, depth=1):
    out = []
    for s in sections:
        out.append((depth, s.heading))
        out += headings(s.children, depth + 1)
    return out


def test_promote_takes_the_following_siblings_along():
    report = parse_text(TEXT)
    child = report.sections[0].children[1]
    assert promote(report, child)
    assert headings(report.sections) == [(1, "甲"), (2, "子一"), (1, "子二"), (2, "子三"), (1, "存在问题")]
    assert child.written_marker is None and child.part is Part.MEASURES
    assert not promote(report, report.sections[0])


def test_demote_into_the_previous_sibling():
    report = parse_text(TEXT)
    problems = report.sections[1]
    assert demote(report, problems)
    assert headings(report.sections)[-1] == (2, "存在问题") and problems.part is None
    assert not demote(report, report.sections[0])


def test_merge_run_in_heading_and_first_section():
    report = parse_text(TEXT)
    assert merge_into_previous(report, report.sections[0].children[0])
    assert report.sections[0].paragraphs == ["甲文。", "（一）子一。子一文。"]
    assert merge_into_previous(report, report.sections[0])
    assert report.preamble == ["前言。", "一、甲", "甲文。", "（一）子一。子一文。"]
    assert headings(report.sections) == [(1, "子二"), (1, "子三"), (1, "存在问题")]
    assert all(s.part is not None for s in report.sections)


def test_set_part_only_on_top_level():
    report = parse_text(TEXT)
    assert set_part(report, report.sections[1], Part.OTHER) and report.sections[1].part is Part.OTHER
    assert not set_part(report, report.sections[0].children[0], Part.OTHER)
