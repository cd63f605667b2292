"""punctuation: half-width , ; : ? ! ( ) between Chinese characters; doubled 。。 ，，; a heading
whose closing 。 differs from its siblings'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.checks.context import CheckContext, Where, excerpt_around
from app.checks.finding import Finding, Severity
from app.model import Section

KIND = "punctuation"

_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_CJK = _HAN + "\u3000-\u303f\uff01-\uff5e“”‘’"  # Han, CJK and full-width punctuation, quotes
_HALF_MARK = re.compile(rf"(?<=[{_CJK}])\s*[,;:?!]\s*(?=[{_CJK}])")
# A half-width pair (……) next to or around Chinese text, as one finding.
_HALF_PAIR = re.compile(rf"(?<=[{_CJK}])\([^()\n]{{0,40}}\)|\([^()\n]*[{_HAN}][^()\n]*\)")
_HALF_LONE = re.compile(rf"(?<=[{_CJK}])[()](?=[{_CJK}])")
_DOUBLED = re.compile(r"([。，、；：！？])\1+")
_FULL_NAMES = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


def _half_width(text: str) -> Iterator[tuple[int, int, str]]:
    spans: list[tuple[int, int]] = []
    for match in _HALF_PAIR.finditer(text):
        spans.append(match.span())
        yield match.start(), match.end(), "半角括号( )应改为全角（ ）"
    for match in _HALF_MARK.finditer(text):
        mark = match.group(0).strip()
        yield match.start(), match.end(), f"半角“{mark}”应改为全角“{_FULL_NAMES[mark]}”"
    for match in _HALF_LONE.finditer(text):
        if not any(a <= match.start() < b for a, b in spans):
            yield match.start(), match.end(), f"半角“{match.group(0)}”应改为全角“{_FULL_NAMES[match.group(0)]}”"


def _heading_stops(ctx: CheckContext, siblings: list[Section]) -> Iterator[Finding]:
    """Headings on their own line end alike: all with 。 or none."""
    own_line = [s for s in siblings if not s.run_in and s.heading.strip()]
    if len(own_line) >= 2:
        with_stop = [s for s in own_line if s.heading.rstrip().endswith("。")]
        without = [s for s in own_line if not s.heading.rstrip().endswith("。")]
        if with_stop and without:
            odd = with_stop if len(with_stop) <= len(without) else without
            for section in odd:
                ends = "以句号结尾" if section in with_stop else "没有句号"
                yield Finding(KIND, Severity.WARNING, f"标题{ends}，与同级其他标题不一致",
                              ctx.number_of(section), section.heading.strip()[-12:], section.id)
    for section in siblings:
        yield from _heading_stops(ctx, section.children)


def check(ctx: CheckContext) -> Iterator[Finding]:
    for unit in ctx.units:
        section_id = unit.section.id if unit.section else None
        text = unit.text
        found = sorted(_half_width(text)) if any(c in text for c in ",;:?!()") else []
        for start, end, message in found:
            yield Finding(KIND, Severity.WARNING, message, unit.number, excerpt_around(text, start, end, 4),
                          section_id)
        for match in _DOUBLED.finditer(text):
            yield Finding(KIND, Severity.WARNING, f"标点重复：“{match.group(0)}”", unit.number,
                          excerpt_around(text, match.start(), match.end(), 4), section_id)
        if unit.where is Where.TITLE and text.rstrip().endswith("。"):
            yield Finding(KIND, Severity.WARNING, "标题末尾不用句号", None, text.strip()[-12:])
    yield from _heading_stops(ctx, ctx.report.sections)
