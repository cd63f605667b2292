"""成文日期 as written in reports: 2025年2月25日, 二〇二五年二月二十五日, 2025.2.25, 2025-02-25."""

from __future__ import annotations

import datetime as dt
import re

from app.numbering import parse_chinese_number

_ZERO = "〇零○ＯO０"
_CN_DIGITS = {c: 0 for c in _ZERO} | {c: i for i, c in enumerate("零一二三四五六七八九") if i}
_SP = r"[ \t\u3000\u00a0]*"

_ARABIC = rf"(?P<y>\d{{4}}){_SP}年{_SP}(?P<m>\d{{1,2}}){_SP}月{_SP}(?P<d>\d{{1,2}}){_SP}日"
_CHINESE = (rf"(?P<cy>[{_ZERO}一二三四五六七八九]{{4}}){_SP}年{_SP}(?P<cm>[一二三四五六七八九十]{{1,3}}){_SP}月"
            rf"{_SP}(?P<cd>[一二三四五六七八九十]{{1,3}}){_SP}日")
_NUMERIC = r"(?P<ny>\d{4})(?P<sep>[.\-/．])(?P<nm>\d{1,2})(?P=sep)(?P<nd>\d{1,2})"
DATE = re.compile(f"(?:{_ARABIC}|{_CHINESE}|{_NUMERIC})")
_SEP = r"[ \t\u3000\u00a0]{2,}|\t"
_DATE_LINE = re.compile(rf"^(?:(?P<before>.*?)(?:{_SEP}))?(?P<date>{DATE.pattern})(?:(?:{_SEP})(?P<after>.*))?$")


def _date_from_match(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    try:
        if groups.get("y"):
            return dt.date(int(groups["y"]), int(groups["m"]), int(groups["d"]))
        if groups.get("ny"):
            return dt.date(int(groups["ny"]), int(groups["nm"]), int(groups["nd"]))
        if groups.get("cy"):
            year = int("".join(str(_CN_DIGITS[c]) for c in groups["cy"]))
            month = parse_chinese_number(groups["cm"])
            day = parse_chinese_number(groups["cd"])
            if month and day:
                return dt.date(year, month, day)
    except (ValueError, KeyError):
        return None
    return None


def date_line(text: str) -> tuple[dt.date, str] | None:
    """A line that is a date, possibly sharing the line with a signature separated by spaces:
    returns the date and the rest of the line ("" when the date stands alone)."""
    stripped = text.strip()
    match = _DATE_LINE.match(stripped)
    if not match:
        return None
    whole = DATE.fullmatch(match.group("date"))
    date = _date_from_match(whole) if whole else None
    if date is None:
        return None
    rest = (match.group("before") or "").strip() or (match.group("after") or "").strip()
    if match.group("before") and match.group("after"):
        return None
    return date, rest
