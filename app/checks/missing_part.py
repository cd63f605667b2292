"""missing-part: one of the five required parts that no top-level section covers."""

from __future__ import annotations

from collections.abc import Iterator

from app.checks.context import CheckContext
from app.checks.finding import Finding, Severity
from app.model import Part

KIND = "missing-part"


def check(ctx: CheckContext) -> Iterator[Finding]:
    for part in ctx.report.missing_parts():
        yield Finding(KIND, Severity.WARNING,
                      f"缺少第{int(part)}部分“{part.short_name}”：没有哪个一级标题对应这一部分",
                      excerpt=part.short_name)


def part_of(finding: Finding) -> Part | None:
    """The part a missing-part finding is about (its excerpt is the part's short name)."""
    if finding.kind != KIND:
        return None
    return next((part for part in Part if part.short_name == finding.excerpt), None)
