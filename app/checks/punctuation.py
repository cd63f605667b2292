"""punctuation: half-width , ; : ? ! ( ) between Chinese characters; doubled 。。 ，，; a heading
whose closing 。 differs from its siblings'; and GB/T 15834-2011 《标点符号用法》: a 顿号 between
adjacent 《》 or “” items (《意见》、《办法》), 。。。 or ... or a lone … for the 省略号 ……, a lone —
for the 破折号 ——."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.checks.context import CheckContext, TextUnit, Where, excerpt_around
from app.checks.finding import Finding, Severity, make_finding
from app.model import Section

KIND = "punctuation"

_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_CJK = _HAN + "\u3000-\u303f\uff01-\uff5e“”‘’"  # Han, CJK and full-width punctuation, quotes
_HALF_MARK = re.compile(rf"(?<=[{_CJK}])\s*[,;:?!]\s*(?=[{_CJK}])")
# A half-width pair (……) next to or around Chinese text, as one finding.
_HALF_PAIR = re.compile(rf"(?<=[{_CJK}])\([^()\n]{{0,40}}\)|\([^()\n]*[{_HAN}][^()\n]*\)")
_HALF_LONE = re.compile(rf"(?<=[{_CJK}])[()](?=[{_CJK}])")
_DOUBLED = re.compile(r"([。，、；：！？])\1+")
_LISTED = re.compile(r"(?<=[》”])、(?=[《“])")
_ELLIPSIS = re.compile(r"。{3,}|\.{3,}|…{3,}|(?<!…)…(?!…)")
# A lone — where a dash is meant: next to a quotation mark, bracket or space (《“26个不得”—统计
#法律底线》). Between two words it is the 一字线 connector of GB/T 15834 4.13 (机关—高校, 2021—2025年).
_DASH = re.compile(r"(?<=[”’》）)\s])—(?!—)|(?<!—)—(?=[“‘《（(\s])")
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


def _standard_marks(unit: TextUnit) -> Iterator[Finding]:
    text = unit.text
    hits: list[tuple[int, int, str, str]] = []
    if "、" in text:
        hits.extend((m.start(), m.end(), "并列的书名号或引号之间不用顿号，请删去“、”", "")
                    for m in _LISTED.finditer(text))
    if "…" in text or "。。。" in text or "..." in text:
        hits.extend((m.start(), m.end(), "省略号应写作“……”（两个“…”），不用“{wrong}”", m.group(0))
                    for m in _ELLIPSIS.finditer(text))
    if "—" in text:
        hits.extend((m.start(), m.end(), "破折号应写作“——”（两个“—”），不用单个“—”", "")
                    for m in _DASH.finditer(text))
    for start, end, template, wrong in sorted(hits):
        yield make_finding(KIND, Severity.WARNING, template, {"wrong": wrong} if wrong else None,
                           section=unit.number, excerpt=excerpt_around(text, start, end, 4), **unit.span(start, end))


def check(ctx: CheckContext) -> Iterator[Finding]:
    for unit in ctx.units:
        section_id = unit.section.id if unit.section else None
        text = unit.text
        found = sorted(_half_width(text)) if any(c in text for c in ",;:?!()") else []
        for start, end, message in found:
            yield Finding(KIND, Severity.WARNING, message, unit.number, excerpt_around(text, start, end, 4),
                          section_id, **unit.at(start, end))
        yield from _standard_marks(unit)
        for match in _DOUBLED.finditer(text):
            if match.group(0).startswith("。。。"):
                continue  # an ellipsis written with full stops, said above
            yield make_finding(KIND, Severity.WARNING, "标点重复：“{marks}”", section=unit.number,
                               excerpt=excerpt_around(text, match.start(), match.end(), 4),
                               **unit.span(*match.span()), marks=match.group(0))
        if unit.where is Where.TITLE and text.rstrip().endswith("。"):
            yield Finding(KIND, Severity.WARNING, "标题末尾不用句号", None, text.strip()[-12:])
    yield from _heading_stops(ctx, ctx.report.sections)
