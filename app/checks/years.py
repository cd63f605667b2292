"""year: the title's year against the report year (error); a year in the text that does not fit
the report year outside a historical reference (≤ report year − 2: warning; the previous year: info)."""

from __future__ import annotations

from collections.abc import Iterator

from app.checks.context import CheckContext, TextUnit, Where, excerpt_around
from app.checks.finding import Finding, Severity
from app.checks.year_mentions import YearContext, year_mentions

KIND = "year"

# Last year's name may sit in a book title (《2024年工作要点》) or a "made in" phrase and still be
# a leftover worth a look; older years there are references and are left alone.
_PREVIOUS_YEAR_CONTEXTS = {YearContext.PLAIN, YearContext.BOOK_TITLE, YearContext.MADE}


def _title_findings(ctx: CheckContext, unit: TextUnit) -> Iterator[Finding]:
    text = unit.text
    for mention in year_mentions(text):
        if mention.context in (YearContext.PLAIN, YearContext.MADE) and mention.year != ctx.year:
            yield Finding(KIND, Severity.ERROR, f"标题中的年度{mention.year}年与报告年度{ctx.year}年不符",
                          None, excerpt_around(text, mention.start, mention.end, margin=8),
                          **unit.at(mention.start, mention.end))
            return


def check(ctx: CheckContext) -> Iterator[Finding]:
    year = ctx.year
    if not year:
        return
    for unit in ctx.units:
        if unit.where is Where.TITLE:
            yield from _title_findings(ctx, unit)
            continue
        for mention in year_mentions(unit.text):
            section_id = unit.section.id if unit.section else None
            excerpt = excerpt_around(unit.text, mention.start, mention.end)
            if mention.year <= year - 2 and mention.context is YearContext.PLAIN:
                yield Finding(KIND, Severity.WARNING,
                              f"出现{mention.year}年，距报告年度{year}年较远；如不是历史引用，请核对是否沿用了旧文字",
                              unit.number, excerpt, section_id, **unit.at(mention.start, mention.end))
            elif mention.year == year - 1 and mention.context in _PREVIOUS_YEAR_CONTEXTS:
                yield Finding(KIND, Severity.INFO,
                              f"出现上一年度{mention.year}年，请确认不是去年报告的旧文字",
                              unit.number, excerpt, section_id, **unit.at(mention.start, mention.end))
