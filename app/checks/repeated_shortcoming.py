"""repeated-shortcoming: a shortcoming of this year's part 2 that restates one of last year's
(问题年年一样、整改不到位).

A point is a sub-section's heading, the first sentence of its body, or — in a part 2 written as
one section — each item (一是……；二是……). A point of this year that is the same or nearly the
same as one of last year's (masked years and figures, character-bigram similarity) flags its
section once."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.checks.context import CheckContext, TextUnit, Where
from app.checks.finding import Finding, Severity, make_finding
from app.checks.text import bigrams, dice, masked, sentences
from app.model import Part

KIND = "repeated-shortcoming"

SIMILARITY = 0.75   # Dice on bigrams: rewording a few characters stays above, a new point falls below
MIN_POINT = 8       # shorter points (存在的不足) are the part's title, not a shortcoming
_ITEM = re.compile(r"[一二三四五六七八九十]+是")


def _points(unit: TextUnit) -> Iterator[tuple[int, int]]:
    """The spans of the unit's main points: a heading below the top level, the first sentence
    of a sub-section's body, each 一是/二是 item's first sentence — or, in a part 2 written as one
    section of plain paragraphs, each paragraph's first sentence."""
    if unit.where is Where.HEADING:
        if unit.depth > 1:
            yield 0, len(unit.text)
        return
    text = unit.text
    starts = [m.start() for m in _ITEM.finditer(text)]
    if not starts:
        assert unit.section is not None
        if (unit.depth > 1 and unit.index == first_paragraph(unit)) or (unit.depth == 1 and not unit.section.children):
            starts = [0]
    for start in starts:
        for s, e in sentences(text[start:]):
            yield start + s, start + e
            break


def first_paragraph(unit: TextUnit) -> int:
    assert unit.section is not None
    return next(i for i, p in enumerate(unit.section.paragraphs) if p.strip())


def _shortcoming_units(ctx: CheckContext) -> Iterator[TextUnit]:
    for unit in ctx.units:
        if unit.top_part is Part.SHORTCOMINGS and unit.where in (Where.HEADING, Where.PARAGRAPH):
            yield unit


def check(ctx: CheckContext) -> Iterator[Finding]:
    last = ctx.last
    if last is None:
        return
    known: list[tuple[str, set[str], str]] = []   # masked point, its bigrams, last year's place
    exact: dict[str, str] = {}
    for unit in _shortcoming_units(last):
        for start, end in _points(unit):
            point = masked(unit.text[start:end])
            if len(point) >= MIN_POINT:
                known.append((point, bigrams(point), unit.number or ""))
                exact.setdefault(point, unit.number or "")
    if not known:
        return
    flagged: set[int] = set()
    for unit in _shortcoming_units(ctx):
        assert unit.section is not None
        if id(unit.section) in flagged:
            continue
        for start, end in _points(unit):
            point = masked(unit.text[start:end])
            if len(point) < MIN_POINT:
                continue
            place = exact.get(point)
            if place is None:
                pairs = bigrams(point)
                place = next((p for _, b, p in known if dice(pairs, b) >= SIMILARITY), None)
            if place is not None:
                flagged.add(id(unit.section))
                yield make_finding(
                    KIND, Severity.WARNING,
                    "这一不足与去年报告“{place}”所列基本相同，请写明去年以来采取了哪些整改措施、为什么仍然存在",
                    section=unit.number, excerpt=unit.text[start:end][:40], **unit.span(start, end),
                    place=place)
                break
