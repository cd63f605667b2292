"""Managing the library's reports: list (drafts first, sources apart, the 回收站), rename, copy,
kind, delete to the 回收站, undelete, purge."""

from __future__ import annotations

import argparse
import sys

from app.cli.common import open_reader, open_store, print_json, report_id
from app.errors import UserError
from app.model import CharTargets, Part
from app.store import ReportKind, ReportSummary
from app.targets import body_characters, part_sizes

KIND_NAMES = {"draft": ReportKind.DRAFT, "草稿": ReportKind.DRAFT,
              "source": ReportKind.SOURCE, "来源": ReportKind.SOURCE}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("list", parents=[common], help="reports in the library: drafts first, then sources")
    p.add_argument("--json", action="store_true")
    p.add_argument("--deleted", action="store_true", help="the reports in the recycle bin (回收站) instead")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("rename", parents=[common], help="give a report a new title")
    p.add_argument("report", metavar="ID")
    p.add_argument("title", metavar="TITLE")
    p.set_defaults(handler=cmd_rename)

    p = sub.add_parser("copy", parents=[common], help="save a report as a new draft (另存为新报告); print its id")
    p.add_argument("report", metavar="ID")
    p.add_argument("--title", default=None, help="the copy's title (default: the title + （副本）)")
    p.set_defaults(handler=cmd_copy)

    p = sub.add_parser("kind", parents=[common], help="mark a report as a draft (草稿) or a source (来源)")
    p.add_argument("report", metavar="ID")
    p.add_argument("kind", choices=sorted(KIND_NAMES), metavar="draft|source")
    p.set_defaults(handler=cmd_kind)

    p = sub.add_parser("delete", parents=[common], help="move a report to the recycle bin (回收站)")
    p.add_argument("report", metavar="ID")
    p.set_defaults(handler=cmd_delete)

    p = sub.add_parser("undelete", parents=[common], help="bring a report back from the recycle bin")
    p.add_argument("report", metavar="ID")
    p.set_defaults(handler=cmd_undelete)

    p = sub.add_parser("targets", parents=[common], help="show or set the character targets (字数目标)")
    p.add_argument("report", metavar="ID")
    p.add_argument("values", nargs="*", metavar="KEY=N",
                   help="total=N for the whole report, 1=N … 5=N for a part; 0 removes a target")
    p.set_defaults(handler=cmd_targets)

    p = sub.add_parser("purge", parents=[common], help="remove a report in the recycle bin for good")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("report", metavar="ID", nargs="?")
    target.add_argument("--all", action="store_true", help="empty the whole recycle bin")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=cmd_purge)


def summary_line(summary: ReportSummary) -> str:
    year = str(summary.year) if summary.year else "年度未知"
    when = (summary.deleted_at or summary.modified)[:16].replace("T", " ")
    return f"{summary.id:>4}  {year}  {summary.title or '（无标题）'}  [{summary.sections} 节]  {when}"


def cmd_list(args: argparse.Namespace) -> int:
    with open_reader(args) as store:
        summaries = store.reports.summaries(deleted=args.deleted)
    if args.json:
        print_json([{**s.__dict__, "kind": s.kind.value} for s in summaries])
        return 0
    if args.deleted:
        print("回收站：" if summaries else "（回收站是空的）")
        for s in summaries:
            print(summary_line(s) + "  删除")
        return 0
    if not summaries:
        print("（资料库中还没有报告）")
    for kind, heading in ((ReportKind.DRAFT, "草稿："), (ReportKind.SOURCE, "来源（导入的去年报告）：")):
        group = [s for s in summaries if s.kind is kind]
        if group:
            print(heading)
            for s in group:
                print(summary_line(s))
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        store.reports.rename(report_id(args.report), args.title)
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        print(store.reports.copy(report_id(args.report), args.title))
    return 0


def cmd_kind(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        store.reports.set_kind(report_id(args.report), KIND_NAMES[args.kind])
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    number = report_id(args.report)
    with open_store(args) as store:
        store.reports.delete(number)
    print(f"已移到回收站：报告 {number}（恢复：chengwen undelete {number}）")
    return 0


def cmd_undelete(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        store.reports.undelete(report_id(args.report))
    return 0


def _parse_targets(values: list[str], targets: CharTargets) -> CharTargets:
    total, parts = targets.total, dict(targets.parts)
    for value in values:
        key, _, number = value.partition("=")
        if not number.strip().isdigit():
            raise UserError(f"字数目标应写成 total=8000 或 1=5000：{value}（expected KEY=N）")
        amount = int(number)
        if key.strip().lower() in ("total", "全文"):
            total = amount or None
        elif key.strip() in {str(int(p)) for p in Part}:
            if amount:
                parts[Part(int(key))] = amount
            else:
                parts.pop(Part(int(key)), None)
        else:
            raise UserError(f"没有这个字数目标：{key}（use total or a part number 1–5）")
    return CharTargets(total, parts)


def cmd_targets(args: argparse.Namespace) -> int:
    number = report_id(args.report)
    with (open_store(args) if args.values else open_reader(args)) as store:
        report = store.reports.load(number)
        if args.values:
            report.targets = _parse_targets(args.values, report.targets)
            store.reports.update_meta(report)
    sizes = part_sizes(report, body_characters)
    whole = sum(body_characters(s) for s in report.sections)
    total = report.targets.total
    print(f"全文：现有 {whole} 字，目标 {total if total else '不设'}")
    for part in Part:
        target = report.targets.parts.get(part)
        print(f"第{int(part)}部分 {part.short_name}：现有 {sizes.get(part, 0)} 字，目标 {target if target else '不设'}")
    return 0


def _confirmed(question: str) -> bool:
    """Asks on a terminal; anywhere else (a script, a pipe) the answer must come as --yes."""
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError("彻底删除不能撤销：不在终端中运行时请加 --yes 确认（purge needs --yes when not interactive）")
    try:
        answer = input(f"{question}此操作不能撤销。确定吗？[y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes", "是")


def cmd_purge(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.all:
            count = len(store.reports.summaries(deleted=True))
            if count and not args.yes and not _confirmed(f"清空回收站（{count} 篇报告）？"):
                print("未删除。")
                return 0
            print(f"已彻底删除 {store.reports.empty_recycle_bin()} 篇报告")
            return 0
        number = report_id(args.report)
        summary = store.reports.summary(number, deleted=True)
        if summary.deleted_at is None:
            raise UserError(f"只能彻底删除回收站中的报告：请先 chengwen delete {number}"
                            f"（only reports in the recycle bin can be purged）")
        if not args.yes and not _confirmed(f"彻底删除报告 {number}《{summary.title or '无标题'}》？"):
            print("未删除。")
            return 0
        store.reports.purge(number)
    print(f"已彻底删除报告 {number}")
    return 0
