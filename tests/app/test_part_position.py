"""Where the regulation puts a missing part, and the template's empty section for it."""

from __future__ import annotations

import pytest

from app.model import Part, Report, Section, Status
from app.template import add_missing_parts, part_guidance, part_position, part_section


def report_of(*parts: Part | None) -> Report:
    return Report(year=2025, sections=[Section(heading=f"节{i}", part=p) for i, p in enumerate(parts)])


@pytest.mark.parametrize("parts, part, row", [
    ((Part.MEASURES, Part.SHORTCOMINGS, Part.PLANS), Part.LEADERSHIP, 2),
    ((Part.MEASURES, Part.SHORTCOMINGS, Part.PLANS), Part.OTHER, 3),
    ((Part.MEASURES, Part.MEASURES, Part.SHORTCOMINGS, Part.PLANS, Part.OTHER), Part.LEADERSHIP, 3),
    ((Part.SHORTCOMINGS, Part.PLANS), Part.MEASURES, 0),
    ((None, Part.PLANS), Part.MEASURES, 1),  # a section without a part says nothing
    ((Part.MEASURES, None, Part.PLANS), Part.SHORTCOMINGS, 1),  # right after part 1
    ((), Part.LEADERSHIP, 0),
    ((Part.LEADERSHIP, Part.MEASURES, Part.PLANS), Part.SHORTCOMINGS, 2),  # part 3 put first stays first
])
def test_part_position(parts, part: Part, row: int) -> None:
    assert part_position(report_of(*parts), part) == row


def test_part_section_is_empty_and_filled_for_the_year() -> None:
    section = part_section(Part.PLANS, 2025)
    assert section.heading == "2026年推进法治政府建设的主要安排"
    assert section.part is Part.PLANS and section.status is Status.TODO and not section.paragraphs
    assert all(part_guidance()[p] for p in Part)  # the editor has guidance for each added part
    assert part_section(Part.PLANS, 0).heading == "下一年度推进法治政府建设的主要安排"  # no year: no "1年"
    assert part_section(Part.MEASURES, 0).heading == "本年度推进法治政府建设的主要举措和成效"


def test_add_missing_parts_keeps_the_order() -> None:
    report = report_of(Part.PLANS, Part.MEASURES)
    assert add_missing_parts(report) == [Part.SHORTCOMINGS, Part.LEADERSHIP, Part.OTHER]
    # each after the last earlier part: the clerk's odd order is not rearranged
    assert [s.part for s in report.sections] == [Part.PLANS, Part.MEASURES, Part.SHORTCOMINGS, Part.LEADERSHIP,
                                                 Part.OTHER]
    assert add_missing_parts(report) == []
