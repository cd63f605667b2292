"""check: the findings for a stored report or a report file."""

from __future__ import annotations

import argparse
import datetime as dt

from app.checks import KINDS, Finding, finding_to_dict, run_checks
from app.checks.preferences import disabled_kinds, dismissed_keys
from app.cli.common import is_file_argument, load_report_argument, open_store, print_json, report_id
from app.errors import NotFound, UserError
from app.model import Report
from app.paths import DB_NAME, data_dir


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("check", parents=[common], help="check a report: parts, numbering, years, dates, "
                                                       "punctuation, duplicates, deadlines…")
    p.add_argument("report", metavar="ID|FILE")
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


def _load(args: argparse.Namespace) -> tuple[Report, Report | None, set[str], set[str]]:
    """The report, last year's (for a report rolled forward), disabled kinds and dismissed keys."""
    if is_file_argument(args.report):
        return load_report_argument(args, args.report), None, set(), set()
    number = report_id(args.report)
    if not (data_dir(args.data_dir) / DB_NAME).exists():
        raise NotFound(f"没有编号为 {number} 的报告（no report with id {number}）")
    with open_store(args, read_only=True) as store:
        report = store.reports.load(number)
        last_year = None
        if report.source_report_id is not None and store.reports.exists(report.source_report_id):
            last_year = store.reports.load(report.source_report_id)
        if args.all:
            return report, last_year, disabled_kinds(store.settings, number), set()
        return report, last_year, disabled_kinds(store.settings, number), dismissed_keys(store.settings, number)


def _line(finding: Finding) -> str:
    place = finding.section or "全文"
    excerpt = f"  «{finding.excerpt}»" if finding.excerpt and finding.section else ""
    return f"[{finding.severity.label}] {place}  {finding.message}{excerpt}  ({finding.kind})"


def cmd_check(args: argparse.Namespace) -> int:
    unknown = [k for k in args.skip if k not in KINDS]
    if unknown:
        raise UserError(f"没有这种检查：{', '.join(unknown)}（kinds: {', '.join(KINDS)}）")
    today = _today(args.today)
    report, last_year, disabled, dismissed = _load(args)
    findings = run_checks(report, last_year=last_year, today=today,
                          disabled=disabled | set(args.skip), dismissed=dismissed)
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
