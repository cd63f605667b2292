"""carried-over: a paragraph identical to one in last year's report (copied in from the reference
and not edited since)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.checks.context import CheckContext, Where
from app.checks.finding import Finding, Severity
from app.model import Report

KIND = "carried-over"

_SPACE = re.compile(r"\s+")
MIN_LENGTH = 8


def _normal(text: str) -> str:
    return _SPACE.sub("", text)


def _last_year_paragraphs(report: Report | None) -> set[str]:
    if report is None:
        return set()
    return {_normal(p) for s in report.all_sections() for p in s.paragraphs}


def check(ctx: CheckContext) -> Iterator[Finding]:
    last = _last_year_paragraphs(ctx.last_year)
    references: dict[int, set[str]] = {}
    for unit in ctx.units:
        if unit.where is not Where.PARAGRAPH or unit.section is None:
            continue
        text = _normal(unit.text)
        if len(text) < MIN_LENGTH:
            continue
        reference = references.get(id(unit.section))
        if reference is None:
            reference = references[id(unit.section)] = {_normal(r) for r in unit.section.reference}
        if text in last or text in reference:
            yield Finding(KIND, Severity.WARNING, "与去年报告中的段落完全相同，照搬的文字请改写或更新",
                          unit.number, unit.text.strip()[:40], unit.section.id)
