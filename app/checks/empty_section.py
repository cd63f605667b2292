"""empty-section: a section with neither body text nor sub-sections."""

from __future__ import annotations

from collections.abc import Iterator

from app.checks.context import CheckContext
from app.checks.finding import Finding, Severity

KIND = "empty-section"


def check(ctx: CheckContext) -> Iterator[Finding]:
    for loc in ctx.located:
        section = loc.section
        if section.children or any(p.strip() for p in section.paragraphs):
            continue
        yield Finding(KIND, Severity.WARNING, "这一节还没有正文", ctx.number_of(section),
                      section.heading[:20], section.id)
