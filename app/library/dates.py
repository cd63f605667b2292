"""Dates as a clerk writes them in a ledger or a report: 4月3日, 4月3日至5日, 7-9月, 7月至9月, 12月,
7月底, 2024年4月3日, 1月15日、1月18日 — and the (start, end) they cover."""

from __future__ import annotations

import calendar
import datetime as dt
import re

_DASH = r"(?:至|到|—|–|-|－|～|~)"
_PERIOD = {"初": (1, 10), "上旬": (1, 10), "中旬": (11, 20), "下旬": (21, None), "底": (21, None), "末": (21, None)}

# One date or range; the whole pattern also serves extraction (app/library/extraction.py).
DATE_PATTERN = re.compile(
    r"(?<![\d.])(?:(?P<y>(?:19|20)\d\d)年)?(?P<m>1[0-2]|0?[1-9])月"
    r"(?:(?P<d>3[01]|[12]\d|0?[1-9])(?:日|号)"
    rf"(?:{_DASH}(?:(?P<m2>1[0-2]|0?[1-9])月)?(?P<d2>3[01]|[12]\d|0?[1-9])(?:日|号))?"
    rf"|{_DASH}(?P<m3>1[0-2]|0?[1-9])月(?P<p3>初|上旬|中旬|下旬|底|末)?"
    r"|(?P<p>初|上旬|中旬|下旬|底|末))?"
)
# 7-9月: the first month has no 月
MONTH_RANGE_PATTERN = re.compile(rf"(?<![\d.])(?:(?P<y>(?:19|20)\d\d)年)?(?P<m>1[0-2]|0?[1-9]){_DASH}(?P<m2>1[0-2]|0?[1-9])月")
_LIST_SEPARATOR = re.compile(r"\s*(?:、|，|,|和|及|与)\s*")


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _period(year: int, month: int, period: str | None, *, end: bool) -> dt.date:
    if not period:
        return dt.date(year, month, _month_end(year, month) if end else 1)
    first, last = _PERIOD[period]
    return dt.date(year, month, (last or _month_end(year, month)) if end else first)


def match_range(match: re.Match[str], year: int) -> tuple[dt.date, dt.date] | None:
    """The (start, end) of one DATE_PATTERN or MONTH_RANGE_PATTERN match; None if the date is
    impossible (9月31日)."""
    groups = match.groupdict()
    y = int(groups["y"]) if groups.get("y") else year
    m = int(groups["m"])
    try:
        if match.re is MONTH_RANGE_PATTERN:
            start, end = dt.date(y, m, 1), _period(y, int(groups["m2"]), None, end=True)
        elif groups.get("d"):
            start = dt.date(y, m, int(groups["d"]))
            end = start
            if groups.get("d2"):
                end = dt.date(y, int(groups["m2"]) if groups.get("m2") else m, int(groups["d2"]))
        elif groups.get("m3"):
            start = dt.date(y, m, 1)
            end = _period(y, int(groups["m3"]), groups.get("p3"), end=True)
        else:
            start = _period(y, m, groups.get("p"), end=False)
            end = _period(y, m, groups.get("p"), end=True)
    except ValueError:
        return None
    if end < start:
        return None
    return start, end


def parse_date_text(text: str, year: int) -> tuple[dt.date | None, dt.date | None]:
    """(start, end) of a written date, in `year` unless the text names one; (None, None) when
    the text is not a date (全年, 9月31日). Lists (1月15日、1月18日) span first to last."""
    text = (text or "").strip().replace(" ", "")
    if not text:
        return None, None
    pieces = [p for p in _LIST_SEPARATOR.split(text) if p]
    ranges: list[tuple[dt.date, dt.date]] = []
    for piece in pieces:
        found = None
        for pattern in (MONTH_RANGE_PATTERN, DATE_PATTERN):
            match = pattern.fullmatch(piece)
            if match:
                found = match_range(match, year)
                break
        if found is None:
            return None, None
        ranges.append(found)
    return min(r[0] for r in ranges), max(r[1] for r in ranges)


def date_text_of(day: dt.date) -> str:
    """4月3日: the form a ledger shows."""
    return f"{day.month}月{day.day}日"
