"""check: the findings for a stored report or a report file."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass, field

from app.checks import KINDS, Finding, LedgerFigure, finding_to_dict, ledger_figures, run_checks
from app.checks.preferences import disabled_kinds, dismissed_keys
from app.checks.wording_rules import WordingRule, active_rules
from app.cli.common import is_file_argument, load_report_argument, open_store, print_json, report_id
from app.errors import NotFound, UserError
from app.model import Report
from app.paths import DB_NAME, data_dir


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("check", parents=[common], help="check a report: parts, numbering, years, dates, "
                                                       "punctuation, duplicates, deadlines…")
    p.add_argument("report", metavar="ID|FILE")
    p.add_argument("--last-year", default=None, metavar="ID|FILE",
                   help="last year's report (default: the report it was rolled forward from)")
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    p.add_argument("--skip", action="append", default=[], metavar="KIND",
                   help=f"leave out a kind (repeatable): {', '.join(KINDS)}")
    p.add_argument("--all", action="store_true", help="also show findings dismissed in the app")
    p.add_argument("--today", default=None, metavar="YYYY-MM-DD", help="the date the deadlines are measured from")
    p.set_defaults(handler=cmd_check)


def _today(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(f"日期格式应为 YYYY-MM-DD：{text}（bad --today）") from None


@dataclass
class _Loaded:
    report: Report
    last_year: Report | None = None
    disabled: set[str] = field(default_factory=set)
    dismissed: set[str] = field(default_factory=set)
    rules: list[WordingRule] | None = None      # None: the built-in wording rules
    ledger: list[LedgerFigure] = field(default_factory=list)


def _library_exists(args: argparse.Namespace) -> bool:
    return (data_dir(args.data_dir) / DB_NAME).exists()


def _load(args: argparse.Namespace) -> _Loaded:
    """The report, last year's (given, or the one it was rolled forward from), and from the library
    the disabled kinds, dismissed keys, wording rules and this year's ledger figures."""
    if is_file_argument(args.report):
        loaded = _Loaded(load_report_argument(args, args.report))
        if _library_exists(args):
            with open_store(args, read_only=True) as store:
                loaded.rules = active_rules(store.settings)
    else:
        number = report_id(args.report)
        if not _library_exists(args):
            raise NotFound(f"没有编号为 {number} 的报告（no report with id {number}）")
        with open_store(args, read_only=True) as store:
            report = store.reports.load(number)
            loaded = _Loaded(report, disabled=disabled_kinds(store.settings, number),
                             dismissed=set() if args.all else dismissed_keys(store.settings, number),
                             rules=active_rules(store.settings), ledger=ledger_figures(store.db, report.year))
            if report.source_report_id is not None and store.reports.exists(report.source_report_id):
                loaded.last_year = store.reports.load(report.source_report_id)
    if args.last_year:
        last_year = load_report_argument(args, args.last_year)
        this, last = loaded.report.year, last_year.year
        if this and last and last >= this:
            raise UserError(f"--last-year 应为更早年度的报告：它是{last}年度，要检查的报告是{this}年度"
                            f"（--last-year must be an earlier year）")
        loaded.last_year = last_year
    return loaded


def _line(finding: Finding) -> str:
    place = finding.section or "全文"
    excerpt = f"  «{finding.excerpt}»" if finding.excerpt and finding.section else ""
    return f"[{finding.severity.label}] {place}  {finding.message}{excerpt}  ({finding.kind})"


def cmd_check(args: argparse.Namespace) -> int:
    unknown = [k for k in args.skip if k not in KINDS]
    if unknown:
        raise UserError(f"没有这种检查：{', '.join(unknown)}（kinds: {', '.join(KINDS)}）")
    today = _today(args.today)
    loaded = _load(args)
    findings = run_checks(loaded.report, last_year=loaded.last_year, today=today,
                          disabled=loaded.disabled | set(args.skip), dismissed=loaded.dismissed,
                          wording_rules=loaded.rules, ledger=loaded.ledger)
    if args.json:
        print_json([finding_to_dict(f) for f in findings])
        return 0
    if not findings:
        print("没有发现问题。")
        return 0
    for finding in findings:
        print(_line(finding))
    counts = {s: sum(1 for f in findings if f.severity.label == s) for s in ("错误", "警告", "提示")}
    print("共 " + "，".join(f"{n} 条{s}" for s, n in counts.items() if n))
    return 0
