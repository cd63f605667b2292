"""deadline: reports go to the Party committee and government by 1 March and are published by
1 April of the year after the report year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from app.checks.context import CheckContext
from app.checks.finding import Finding, Severity

KIND = "deadline"


def check(ctx: CheckContext) -> Iterator[Finding]:
    year = ctx.year
    if not year:
        return
    report_by = dt.date(year + 1, 3, 1)
    publish_by = dt.date(year + 1, 4, 1)
    date = ctx.report.date
    if date is not None and date > report_by:
        yield Finding(KIND, Severity.WARNING,
                      f"成文日期{date.year}年{date.month}月{date.day}日晚于{year + 1}年3月1日的报送期限"
                      f"（报告还须于4月1日前公开）", excerpt=date.isoformat())
        return
    # The publication reminder matters from the new year (or once the report is dated) to 1 April.
    if ctx.today <= publish_by and (date is not None or ctx.today >= dt.date(year + 1, 1, 1)):
        if date is None:
            message = f"报告须于{year + 1}年3月1日前报送本级党委和政府，4月1日前向社会公开（涉密除外）"
        else:
            message = f"报告须于{year + 1}年4月1日前通过报刊、网站等向社会公开（涉密除外）"
        yield Finding(KIND, Severity.INFO, message, excerpt=f"{year + 1}-04-01")
