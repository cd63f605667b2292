"""字数目标: how a count compares with the clerk's target for a part or the whole report. One rule
for the tree's colours and for the `length` check."""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import Enum

from app.model import Part, Report, Section

TOLERANCE = 0.2  # within a fifth of the target either way is "on target": a target is a guide, not a quota


class TargetState(str, Enum):
    UNDER = "under"
    ON = "on"
    OVER = "over"


def target_state(count: int, target: int) -> TargetState:
    """Far under, near, or far over `target` (far: more than TOLERANCE of it away)."""
    if count > target * (1 + TOLERANCE):
        return TargetState.OVER
    if count < target * (1 - TOLERANCE):
        return TargetState.UNDER
    return TargetState.ON


def part_sizes(report: Report, size: Callable[[Section], int]) -> dict[Part, int]:
    """Each covered part's size: the sum of `size` over the top-level sections of that part (a
    report may spread part 1 over several themed sections)."""
    sizes: dict[Part, int] = {}
    for section in report.sections:
        if section.part is not None:
            sizes[section.part] = sizes.get(section.part, 0) + size(section)
    return sizes


def sections_of_part(report: Report, part: Part) -> list[Section]:
    return [s for s in report.sections if s.part is part]


_NOT_COUNTED = re.compile(r"[\W_]+")  # as the length check counts: letters and digits, Han included


def body_characters(section: Section) -> int:
    """Body characters of a section and its sub-sections, headings excluded."""
    return (sum(len(_NOT_COUNTED.sub("", p)) for p in section.paragraphs)
            + sum(body_characters(child) for child in section.children))
