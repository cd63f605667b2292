"""The checks: what a leader would circle in red, as findings with a place in the report.

Each kind lives in its own module with `KIND` and `check(ctx) -> Iterator[Finding]`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import ModuleType

from app.checks import (
    carried_over,
    dates,
    deadline,
    duplicate,
    empty_section,
    figure_mismatch,
    length,
    missing_part,
    number_usage,
    numbering,
    pairing,
    part_order,
    punctuation,
    repeated_shortcoming,
    unanswered_plan,
    vague_results,
    wording,
    years,
)
from app.checks.context import CheckContext, LedgerFigure, build_context
from app.checks.finding import Finding, Severity, finding_key, finding_to_dict
from app.checks.ledger import ledger_figures
from app.checks.wording_rules import WordingRule
from app.model import Report

__all__ = ["Finding", "Severity", "KINDS", "KIND_NAMES", "LedgerFigure", "run_checks", "finding_to_dict",
           "finding_key", "ledger_figures"]

_MODULES: tuple[ModuleType, ...] = (
    missing_part, part_order, numbering, years, dates, punctuation, pairing,
    duplicate, carried_over, empty_section, length, deadline,
    # what reviewers criticise (issue 13)
    repeated_shortcoming, vague_results, unanswered_plan, wording, number_usage, figure_mismatch,
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
    "repeated-shortcoming": "不足年年相同",
    "vague-results": "成效空泛",
    "unanswered-plan": "去年打算无下文",
    "wording": "用语规范",
    "number-usage": "数字用法",
    "figure-mismatch": "数据不一致",
}


def run_checks(report: Report, *, last_year: Report | None = None, today: dt.date | None = None,
               disabled: Iterable[str] = frozenset(), dismissed: Iterable[str] = frozenset(),
               wording_rules: Sequence[WordingRule] | None = None,
               ledger: Sequence[LedgerFigure] = ()) -> list[Finding]:
    """All findings for `report`, kind by kind in document order, leaving out the kinds in
    `disabled` and the findings whose key is in `dismissed`. `last_year` is the report it was
    rolled forward from (or any report of last year); `wording_rules` defaults to the built-in
    ones (app.checks.wording_rules.active_rules gives a library's); `ledger` holds this year's
    figures from the activity ledger (app.checks.ledger_figures)."""
    ctx = build_context(report, last_year, today or dt.date.today(), wording_rules=wording_rules, ledger=ledger)
    skip, hidden = set(disabled), set(dismissed)
    findings: list[Finding] = []
    for kind, check in CHECKS.items():
        if kind in skip:
            continue
        findings.extend(f for f in check(ctx) if f.key not in hidden)
    return findings
