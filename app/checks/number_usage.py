"""number-usage: numbers written against GB/T 15835-2011 《出版物上数字用法》 — dates with
leading zeros (2025年03月), a day-named date with a full stop (“12.4” → “12·4”), a doubled
approximation (约900余人), 零 or ○ in a year written in Chinese numerals (二零二四年 → 二〇二四年),
and a range with a hyphen inside Chinese text (3-5年 → 3～5年)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from app.checks.context import CheckContext, Where
from app.checks.finding import Finding, Severity, make_finding
from app.checks.text import HAN as _HAN

KIND = "number-usage"

# Each pattern starts with what it must see (a 0, a digit, a hyphen) so the scan of a long report
# is fast; the context is tested in code around the match.
_LEADING_ZERO = re.compile(r"0[1-9](?=[月日])")
_DOT = re.compile(r"\.(?=\d)")
_DOTTED_DAY = re.compile(r"(1[0-2]|[1-9])\.([12]\d|3[01]|[1-9])(?!\d)")
_NAMED_DAY = re.compile(rf"[{_HAN}]{{0,6}}?(?:宣传日|纪念日|宪法日|权益日|开放日|活动日|主题日|节)")
_DOUBLE_APPROX = re.compile(r"[约近]\s*((?:\d+(?:\.\d+)?|[一二三四五六七八九十百千万两]+)\s*[万千百]?\s*(?:余|多))")
_ZERO = re.compile("[零○Ｏ]")
_YEAR = re.compile(r"[〇零○Ｏ一二三四五六七八九]{4}(?=年)")
_RANGE = re.compile(rf"[-－]\s*(\d+(?:\.\d+)?)(?![\d\-－])(?=\s*[{_HAN}%％])")
_RANGE_START = re.compile(r"(?<![\d\-－.])(\d+(?:\.\d+)?)\s*$")


def _leading_zero(text: str) -> Iterator[tuple[int, int, str, str]]:
    """2025年03月, 3月05日, 03月5日 (not 2025-03 or 103月)."""
    for m in _LEADING_ZERO.finditer(text):
        start, before = m.start(), text[max(0, m.start() - 5):m.start()]
        if re.fullmatch(r".?(?<!\d)\d{4}年", before):
            start -= 5
        elif not before.endswith("月") and (before[-1:].isdigit() or before.endswith(".")):
            continue
        yield start, m.end() + 1, "日期中的月、日不加前导零，应写作“{right}”", \
            re.sub(r"(?<!\d)0(?=\d)", "", text[start:m.end() + 1])


def _dotted_day(text: str) -> Iterator[tuple[int, int, str, str]]:
    """12.4 named as a day: found from each full stop before a digit (a fast literal scan)."""
    for dot in _DOT.finditer(text):
        m = _DOTTED_DAY.search(text, max(0, dot.start() - 2), dot.end() + 2)
        if m is None or m.start() + len(m.group(1)) != dot.start():
            continue
        start, end = m.span()
        if text[end:end + 1].isdigit():
            continue  # 12.315: more digits than a day has
        if start and (text[start - 1].isdigit() or text[start - 1] == "."):
            continue
        quoted = text[start - 1:start] in ("“", '"') and text[end:end + 1] in ("”", '"')
        if quoted or _NAMED_DAY.match(text, end):
            yield start, end, "以月日命名的日子用间隔号，应写作“{right}”", m.group(0).replace(".", "·")


def _double_approx(text: str) -> Iterator[tuple[int, int, str, str]]:
    for m in _DOUBLE_APPROX.finditer(text):
        start = m.start()
        before = text[start - 1:start + 1] if start else ""
        if before in ("附近", "最近"):
            continue
        if before in ("大约", "将近", "接近"):
            start -= 1
        # keep the figure with 余/多 (900余人): the 约/近 is the redundant half
        yield start, m.end(), "“约”“近”与“余”“多”不能同时使用，应写作“{right}”", m.group(1)


def _year_zero(text: str) -> Iterator[tuple[int, int, str, str]]:
    """二零二四年: found from the rare 零/○ rather than by scanning every numeral."""
    seen: set[int] = set()
    for zero in _ZERO.finditer(text):
        window = max(0, zero.start() - 3)
        for m in _YEAR.finditer(text, window, zero.end() + 4):
            if m.start() <= zero.start() < m.end() and m.start() not in seen:
                seen.add(m.start())
                yield m.start(), m.end(), "汉字数字年份中的零应写作“〇”，应写作“{right}”", \
                    re.sub("[零○Ｏ]", "〇", m.group(0))


def _hyphen_range(text: str) -> Iterator[tuple[int, int, str, str]]:
    for m in _RANGE.finditer(text):
        first = _RANGE_START.search(text, max(0, m.start() - 12), m.start())
        if first is not None:
            yield first.start(), m.end(), "数值范围用浪纹线或一字线，不用连字符，应写作“{right}”", \
                f"{first.group(1)}～{m.group(1)}"


_RULES: tuple[Callable[[str], Iterator[tuple[int, int, str, str]]], ...] = (
    _leading_zero, _dotted_day, _double_approx, _year_zero, _hyphen_range)


def check(ctx: CheckContext) -> Iterator[Finding]:
    text = ctx.joined()
    found = sorted(hit for rule in _RULES for hit in rule(text))
    for start, end, template, right in found:
        placed = ctx.locate(start, end)
        if placed is None:
            continue
        unit, a, b = placed
        section = unit.number if unit.where in (Where.HEADING, Where.PARAGRAPH) else None
        yield make_finding(KIND, Severity.WARNING, template, section=section,
                           excerpt=unit.text[max(0, a - 4):b + 4].strip(), **unit.span(a, b), right=right)
