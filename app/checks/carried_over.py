"""carried-over: text copied from last year with only the years and figures changed (照搬去年).

A paragraph is flagged when it is identical to one of last year's (or to the section's reference
after a roll-forward), or when one of its sentences of 20 or more characters is identical to a
sentence of last year's report once years and figures are masked. One finding per paragraph,
placed on the first such sentence and naming the section of last year it comes from."""

from __future__ import annotations

from collections.abc import Iterator

from app.checks.context import CheckContext, TextUnit, Where
from app.checks.finding import Finding, Severity, make_finding
from app.checks.text import masked_sentences, squeeze

KIND = "carried-over"

MIN_LENGTH = 8            # a whole paragraph this long, copied unchanged
MIN_SENTENCE = 20         # a sentence this long, copied with new years and figures
_BODY = (Where.PARAGRAPH, Where.PREAMBLE, Where.CLOSING)


def _place(unit: TextUnit) -> str:
    return unit.number or {"preamble": "开头", "closing": "结尾"}.get(unit.where.value, "")


def _last_year_paragraphs(ctx: CheckContext) -> dict[str, str]:
    """Last year's paragraphs, each with where it stood."""
    paragraphs: dict[str, str] = {}
    if ctx.last is not None:
        for unit in ctx.last.units:
            if unit.where in _BODY:
                paragraphs.setdefault(squeeze(unit.text), _place(unit))
    return paragraphs


def _last_year_sentences(ctx: CheckContext) -> dict[str, str]:
    """Last year's long sentences, masked, each with where it stood."""
    masked_last: dict[str, str] = {}
    if ctx.last is not None:
        for unit in ctx.last.units:
            if unit.where in _BODY:
                for start, end, piece in masked_sentences(unit.text):
                    if end - start >= MIN_SENTENCE:
                        masked_last.setdefault(piece, _place(unit))
    return masked_last


def _copied(unit: TextUnit, masked_last: dict[str, str]) -> tuple[int, int, str] | None:
    for start, end, piece in masked_sentences(unit.text):
        if end - start < MIN_SENTENCE:
            continue
        place = masked_last.get(piece)
        if place is not None:
            return start, end, place
    return None


def check(ctx: CheckContext) -> Iterator[Finding]:
    last_paragraphs = _last_year_paragraphs(ctx)
    masked_last: dict[str, str] | None = None   # made when a paragraph is not copied whole
    references: dict[int, set[str]] = {}
    for unit in ctx.units:
        if unit.where is not Where.PARAGRAPH or unit.section is None:
            continue
        text = squeeze(unit.text)
        if len(text) < MIN_LENGTH:
            continue
        reference = references.get(id(unit.section))
        if reference is None:
            reference = references[id(unit.section)] = {squeeze(r) for r in unit.section.reference}
        place = last_paragraphs.get(text)
        if place is not None or text in reference:
            start = len(unit.text) - len(unit.text.lstrip())
            source = f"去年报告“{place}”" if place else "去年报告"
            yield make_finding(KIND, Severity.WARNING, "与{source}中的段落完全相同，照搬的文字请改写或更新",
                               {"source": source}, section=unit.number, excerpt=unit.text.strip()[:40],
                               **unit.span(start, len(unit.text.rstrip())))
            continue
        if ctx.last is None:
            continue
        if masked_last is None:
            masked_last = _last_year_sentences(ctx)
        copied = _copied(unit, masked_last)
        if copied is not None:
            start, end, place = copied
            yield make_finding(KIND, Severity.WARNING,
                               "这句与去年报告“{place}”中的句子只差年份或数字，请改写，写出今年的新情况",
                               section=unit.number, excerpt=unit.text[start:end][:40],
                               **unit.span(start, end), place=place)
