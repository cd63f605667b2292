"""vague-results: a leaf section of part 1 that reports results without anything to show for them
(成效不具体、内容空泛): 80 or more characters but no figure with a measure word (6次, 三项,
900余人次), no date, no document title in 《》 and no named event in “”."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.checks.context import CheckContext
from app.checks.finding import Finding, Severity, make_finding
from app.checks.text import DATE, FIGURE, squeeze
from app.model import Part

KIND = "vague-results"

MIN_CHARACTERS = 80
_NAMED = re.compile(r"《[^《》]+》|“[^“”]+”")


def _concrete(text: str) -> bool:
    return bool(FIGURE.search(text) or DATE.search(text) or _NAMED.search(text))


def check(ctx: CheckContext) -> Iterator[Finding]:
    for loc in ctx.located:
        section = loc.section
        if section.children or not section.paragraphs:
            continue
        top = ctx.report.sections[loc.path[0] - 1]
        if top.part is not Part.MEASURES:
            continue
        body = "\n".join(section.paragraphs)
        if len(squeeze(body)) < MIN_CHARACTERS or _concrete(body) or _concrete(section.heading):
            continue
        index = next(i for i, p in enumerate(section.paragraphs) if p.strip())
        first = section.paragraphs[index]
        start = len(first) - len(first.lstrip())
        yield make_finding(KIND, Severity.WARNING,
                           "成效写得空泛：{count}字中没有数字、日期、文件名或活动名，请补上做了几次、多少人、"
                           "哪天、依据哪个文件等具体内容",
                           section=ctx.number_of(section), excerpt=first.strip()[:40],
                           section_id=section.id, paragraph=index, start=start,
                           length=len(first.rstrip()) - start, count=len(squeeze(body)))
