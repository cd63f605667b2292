"""date: impossible dates such as 9月31日 or 2月30日 (error) and dates later than the report's own
date (warning). A date without a year is read as in the report year; plans (part 4) may name
later dates and are not compared."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from app.checks.context import CheckContext, excerpt_around
from app.checks.finding import Finding, Severity
from app.model import Part

KIND = "date"

_DATE = re.compile(r"(?:(?<!\d)((?:19|20)\d{2})\s*年\s*)?(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _stripped(text: str, match: re.Match[str]) -> tuple[int, int]:
    """The match's span without the spaces at its ends."""
    start, end = match.span()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _days_in(year: int | None, month: int) -> int:
    # Without a year, 2月29日 may be right: give it the benefit of a leap year.
    return calendar.monthrange(year if year else 2000, month)[1]


def check(ctx: CheckContext) -> Iterator[Finding]:
    report_date = ctx.report.date
    for unit in ctx.units:
        if "月" not in unit.text:
            continue
        for match in _DATE.finditer(unit.text):
            written_year = int(match.group(1)) if match.group(1) else None
            month, day = int(match.group(2)), int(match.group(3))
            year = written_year or ctx.year or None
            excerpt = excerpt_around(unit.text, match.start(), match.end(), margin=4)
            section_id = unit.section.id if unit.section else None
            if not 1 <= month <= 12 or not 1 <= day <= _days_in(year, month):
                yield Finding(KIND, Severity.ERROR, f"日期不存在：{match.group(0).strip()}",
                              unit.number, excerpt, section_id, **unit.at(*_stripped(unit.text, match)))
                continue
            if report_date is None or year is None or unit.top_part is Part.PLANS:
                continue
            date = dt.date(year, month, day)
            if date > report_date:
                yield Finding(KIND, Severity.WARNING,
                              f"{match.group(0).strip()}晚于报告的成文日期"
                              f"{report_date.year}年{report_date.month}月{report_date.day}日",
                              unit.number, excerpt, section_id, **unit.at(*_stripped(unit.text, match)))
