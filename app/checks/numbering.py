"""numbering: gaps and repeats in written markers, a marker kind used at two levels or in the
wrong order (warning), and a skipped level such as 1. directly under 一、 (info).

A stored report's numbers are derived from position, so gaps and repeats can only come from the
markers as written in an imported file."""

from __future__ import annotations

from collections.abc import Iterator

from app.checks.context import CheckContext
from app.checks.finding import Finding, Severity
from app.importing.markers import parse_marker
from app.model import MarkerStyle, Section
from app.numbering import heading_marker

KIND = "numbering"

# The standard's order of heading levels (GB/T 9704): 一、 （一） 1. （1）; ① after that.
_RANK = {
    MarkerStyle.CHINESE: 1,
    MarkerStyle.PAREN_CHINESE: 2,
    MarkerStyle.ARABIC: 3,
    MarkerStyle.ARABIC_COMMA: 3,
    MarkerStyle.PAREN_ARABIC: 4,
    MarkerStyle.CIRCLED: 5,
}
_STANDARD = {1: MarkerStyle.CHINESE, 2: MarkerStyle.PAREN_CHINESE, 3: MarkerStyle.ARABIC,
             4: MarkerStyle.PAREN_ARABIC, 5: MarkerStyle.CIRCLED}


def _shown(style: MarkerStyle) -> str:
    return heading_marker(style, 1)


def _group_style(ctx: CheckContext, siblings: list[Section], depth: int) -> MarkerStyle:
    for section in siblings:
        parsed = parse_marker(section.written_marker) if section.written_marker else None
        if parsed:
            return parsed[0]
    return ctx.report.marker_style(depth)


def _sequence(ctx: CheckContext, siblings: list[Section]) -> Iterator[Finding]:
    """Gaps and repeats among the markers as written."""
    previous = 0
    for section in siblings:
        parsed = parse_marker(section.written_marker) if section.written_marker else None
        if not parsed:
            return  # derived numbering cannot have gaps
        value = parsed[1]
        excerpt = f"{section.written_marker}{section.heading[:16]}"
        if value == previous or value < previous:
            yield Finding(KIND, Severity.WARNING, f"编号“{section.written_marker}”重复或倒退（前一个是第{previous}个）",
                          ctx.number_of(section), excerpt, section.id)
        elif value > previous + 1:
            missing = heading_marker(parsed[0], previous + 1)
            yield Finding(KIND, Severity.WARNING, f"编号跳号：“{section.written_marker}”之前缺少“{missing}”",
                          ctx.number_of(section), excerpt, section.id)
        previous = value


def check(ctx: CheckContext) -> Iterator[Finding]:
    reported: set[tuple[str, int, int]] = set()

    def visit(siblings: list[Section], depth: int, ancestors: list[MarkerStyle]) -> Iterator[Finding]:
        if not siblings:
            return
        style = _group_style(ctx, siblings, depth)
        first = siblings[0]
        where = (ctx.number_of(first), f"{first.written_marker or ''}{first.heading[:16]}", first.id)
        rank = _RANK[style]
        parent_rank = _RANK[ancestors[-1]] if ancestors else 0
        if any(_RANK[a] == rank for a in ancestors):
            if ("same", rank, depth) not in reported:
                reported.add(("same", rank, depth))
                yield Finding(KIND, Severity.WARNING,
                              f"“{_shown(style)}”式编号在第{depth}级又用了一次，与上级标题同一种编号", *where)
        elif rank < parent_rank:
            if ("order", rank, parent_rank) not in reported:
                reported.add(("order", rank, parent_rank))
                yield Finding(KIND, Severity.WARNING,
                              f"“{_shown(style)}”式编号用在“{_shown(ancestors[-1])}”之下，层级顺序颠倒", *where)
        elif rank > parent_rank + 1:
            if ("skip", parent_rank, rank) not in reported:
                reported.add(("skip", parent_rank, rank))
                above = f"“{_shown(ancestors[-1])}”之下" if ancestors else "第一级"
                yield Finding(KIND, Severity.INFO,
                              f"{above}直接用“{_shown(style)}”，跳过了“{_shown(_STANDARD[parent_rank + 1])}”一级",
                              *where)
        yield from _sequence(ctx, siblings)
        for section in siblings:
            yield from visit(section.children, depth + 1, [*ancestors, style])

    yield from visit(ctx.report.sections, 1, [])
