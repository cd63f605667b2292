"""missing-part: one of the five required parts that no top-level section covers."""

from __future__ import annotations

from collections.abc import Iterator

from app.checks.context import CheckContext
from app.checks.finding import Finding, Severity

KIND = "missing-part"


def check(ctx: CheckContext) -> Iterator[Finding]:
    for part in ctx.report.missing_parts():
        yield Finding(KIND, Severity.WARNING,
                      f"缺少第{int(part)}部分“{part.short_name}”：没有哪个一级标题对应这一部分",
                      excerpt=part.short_name)
