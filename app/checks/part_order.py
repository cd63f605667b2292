"""part-order: top-level sections whose parts do not follow the regulation's order 1–5.

The sections out of place are those outside the longest run that is in order, so moving part 3
to the front is one finding (about part 3), not one for every part after it."""

from __future__ import annotations

from collections.abc import Iterator

from app.checks.context import CheckContext
from app.checks.finding import Finding, Severity
from app.model import Part, Section

KIND = "part-order"


def _in_order(parts: list[Part]) -> set[int]:
    """Indexes of a longest non-decreasing subsequence of `parts` (the earliest one on ties)."""
    best = [1] * len(parts)
    previous = [-1] * len(parts)
    for i in range(len(parts)):
        for j in range(i):
            if parts[j] <= parts[i] and best[j] + 1 > best[i]:
                best[i], previous[i] = best[j] + 1, j
    keep: set[int] = set()
    i = max(range(len(parts)), key=lambda k: (best[k], -k), default=-1)
    while i != -1:
        keep.add(i)
        i = previous[i]
    return keep


def check(ctx: CheckContext) -> Iterator[Finding]:
    placed: list[Section] = [s for s in ctx.report.sections if s.part is not None]
    parts: list[Part] = [s.part for s in placed if s.part is not None]
    keep = _in_order(parts)
    for index, section in enumerate(placed):
        if index in keep:
            continue
        part = parts[index]
        after = next((parts[k] for k in sorted(keep) if k > index and parts[k] < part), None)
        before = next((parts[k] for k in sorted(keep, reverse=True) if k < index and parts[k] > part), None)
        other = after if after is not None else before
        if other is None:  # out of the kept order always has a kept neighbour; this only narrows the type
            continue
        where = "之前" if after is not None else "之后"
        yield Finding(KIND, Severity.INFO,
                      f"第{int(part)}部分“{part.short_name}”排在第{int(other)}部分“{other.short_name}”{where}，"
                      "与规定的顺序不同", ctx.number_of(section), section.heading[:20], section.id)
