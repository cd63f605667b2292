"""The checks: what a leader would circle in red, as findings with a place in the report.

Each kind lives in its own module with `KIND` and `check(ctx) -> Iterator[Finding]`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from types import ModuleType

from app.checks import (
    carried_over,
    dates,
    deadline,
    duplicate,
    empty_section,
    length,
    missing_part,
    numbering,
    pairing,
    part_order,
    punctuation,
    years,
)
from app.checks.context import CheckContext, build_context
from app.checks.finding import Finding, Severity, finding_key, finding_to_dict
from app.model import Report

__all__ = ["Finding", "Severity", "KINDS", "KIND_NAMES", "run_checks", "finding_to_dict", "finding_key"]

_MODULES: tuple[ModuleType, ...] = (
    missing_part, part_order, numbering, years, dates, punctuation, pairing,
    duplicate, carried_over, empty_section, length, deadline,
)
CHECKS: dict[str, Callable[[CheckContext], Iterator[Finding]]] = {m.KIND: m.check for m in _MODULES}
KINDS: tuple[str, ...] = tuple(CHECKS)

KIND_NAMES: dict[str, str] = {
    "missing-part": "缺少部分",
    "part-order": "部分顺序",
    "numbering": "标题编号",
    "year": "年份",
    "date": "日期",
    "punctuation": "标点",
    "pairing": "引号括号配对",
    "duplicate": "重复句子",
    "carried-over": "沿用去年文字",
    "empty-section": "空章节",
    "length": "篇幅",
    "deadline": "报送公开期限",
}


def run_checks(report: Report, *, last_year: Report | None = None, today: dt.date | None = None,
               disabled: Iterable[str] = frozenset(), dismissed: Iterable[str] = frozenset()) -> list[Finding]:
    """All findings for `report`, kind by kind in document order, leaving out the kinds in
    `disabled` and the findings whose key is in `dismissed`."""
    ctx = build_context(report, last_year, today or dt.date.today())
    skip, hidden = set(disabled), set(dismissed)
    findings: list[Finding] = []
    for kind, check in CHECKS.items():
        if kind in skip:
            continue
        findings.extend(f for f in check(ctx) if f.key not in hidden)
    return findings
