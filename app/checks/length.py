"""length: a section far shorter or far longer than the sections beside it (info).

A section is compared with its siblings: the others at its level under the same heading. At the
top level the measures (part 1) are the bulk of every report by design, so a part-1 section is
never "too long" there; a thin part next to them (a 不足 section of three lines) still shows.
When the clerk has set 字数目标, a part with a target is measured against it instead, and the
whole report against its target (length_targets.py)."""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterator

from app.checks.context import CheckContext
from app.checks.finding import Finding, Severity
from app.checks.length_targets import parts_with_targets, target_findings
from app.model import Part, Section

KIND = "length"

# Letters and digits, Han included, count (as in app.counting); this regex is its fast equivalent.
_NOT_COUNTED = re.compile(r"[\W_]+")

FACTOR = 5            # "far": five times shorter or longer than the median of the others
MIN_SIBLINGS = 3      # with two, neither is "the others"
MIN_MEDIAN_SHORT = 150  # characters; below this, short sections are simply short
MIN_LONG = 1000       # characters; a long section is only worth a note from this length


def _siblings(ctx: CheckContext, siblings: list[Section], sizes: dict[int, int], top: bool) -> Iterator[Finding]:
    targeted = parts_with_targets(ctx) if top else set()  # those are measured against their 字数目标
    written = [s for s in siblings if sizes[id(s)] > 0]  # empty ones are empty-section's business
    if len(written) >= MIN_SIBLINGS:
        for section in (s for s in written if s.part not in targeted):
            size = sizes[id(section)]
            median = statistics.median(sizes[id(o)] for o in written if o is not section)
            if median >= MIN_MEDIAN_SHORT and size * FACTOR < median:
                yield Finding(KIND, Severity.INFO,
                              f"篇幅远短于同级各节（{size}字，同级一般{int(median)}字）",
                              ctx.number_of(section), section.heading[:20], section.id)
            elif size >= MIN_LONG and size > median * FACTOR and not (top and section.part is Part.MEASURES):
                yield Finding(KIND, Severity.INFO,
                              f"篇幅远长于同级各节（{size}字，同级一般{int(median)}字）",
                              ctx.number_of(section), section.heading[:20], section.id)
    for section in siblings:
        if section.children:
            yield from _siblings(ctx, section.children, sizes, False)


def _body_size(section: Section, sizes: dict[int, int]) -> int:
    """Characters of body text in the section and its descendants (headings do not count)."""
    own = sum(len(_NOT_COUNTED.sub("", p)) for p in section.paragraphs)
    total = own + sum(_body_size(child, sizes) for child in section.children)
    sizes[id(section)] = total
    return total


def check(ctx: CheckContext) -> Iterator[Finding]:
    sizes: dict[int, int] = {}
    for section in ctx.report.sections:
        _body_size(section, sizes)
    yield from _siblings(ctx, ctx.report.sections, sizes, True)
    yield from target_findings(ctx, sizes)
