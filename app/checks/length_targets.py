"""The `length` check's findings against the clerk's 字数目标 (app/targets.py), when set: a part
or the whole report far over or far under its target (info)."""

from __future__ import annotations

from collections.abc import Iterator

from app.checks.context import CheckContext
from app.checks.finding import Finding, Severity
from app.model import Part, Section
from app.targets import TargetState, part_sizes, sections_of_part, target_state

KIND = "length"


def parts_with_targets(ctx: CheckContext) -> set[Part]:
    """The parts judged against a target (the sibling comparison leaves them alone)."""
    return set(ctx.report.targets.parts)


def target_findings(ctx: CheckContext, sizes: dict[int, int]) -> Iterator[Finding]:
    """`sizes`: id(section) → body characters with descendants, as the length check counts them."""
    report = ctx.report
    totals = part_sizes(report, lambda s: sizes[id(s)])
    for part, target in sorted(report.targets.parts.items()):
        size = totals.get(part, 0)
        if not size:
            continue  # absent or empty: missing-part's and empty-section's business
        first: Section = sections_of_part(report, part)[0]
        state = target_state(size, target)
        if state is not TargetState.ON:
            yield Finding(KIND, Severity.INFO, _message(f"第{int(part)}部分“{part.short_name}”", size, target, state),
                          ctx.number_of(first), first.heading[:20], first.id)
    if report.targets.total is not None:
        size = sum(sizes[id(s)] for s in report.sections)
        state = target_state(size, report.targets.total)
        if size and state is not TargetState.ON:
            yield Finding(KIND, Severity.INFO, _message("全文正文", size, report.targets.total, state))


def _message(what: str, size: int, target: int, state: TargetState) -> str:
    if state is TargetState.OVER:
        return f"{what}共{size}字，超出字数目标（{target}字）较多"
    return f"{what}共{size}字，离字数目标（{target}字）还差较多"
