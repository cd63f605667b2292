"""wording: phrases of the wording rules — mis-wordings of canonical formulations, confusable
pairs (截止目前 → 截至目前), outdated names (法制办) — each with what to write and why."""

from __future__ import annotations

from collections.abc import Iterator

from app.checks.context import CheckContext, Where
from app.checks.finding import Finding, Severity, make_finding
from app.checks.wording_rules import builtin_rules

KIND = "wording"


def check(ctx: CheckContext) -> Iterator[Finding]:
    rules = builtin_rules() if ctx.wording_rules is None else ctx.wording_rules
    text = ctx.joined()
    found = []
    for rule in rules:
        for match in rule.regex.finditer(text):
            placed = ctx.locate(*match.span())
            if placed is not None and match.end() > match.start():
                found.append((match.start(), rule, placed))
    found.sort(key=lambda item: item[0])
    for _, rule, (unit, start, end) in found:
        section = unit.number if unit.where in (Where.HEADING, Where.PARAGRAPH) else None
        why = f"（{rule.reason}）" if rule.reason else ""
        yield make_finding(KIND, Severity.WARNING, "“{wrong}”应为“{right}”{why}",
                           section=section, excerpt=unit.text[max(0, start - 4):end + 4].strip(),
                           **unit.span(start, end), wrong=unit.text[start:end], right=rule.suggestion, why=why)
