"""new, show, export, snapshot, snapshots, restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import workflows
from app.cli.common import is_file_argument, load_report_argument, open_reader, open_store, print_json, report_id
from app.counting import count_report, count_section
from app.errors import DataDirLocked, StorageError, UserError
from app.export import VARIANTS, ExportOptions
from app.model import Report
from app.numbering import located_sections
from app.store import Store


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("new", parents=[common], help="a new draft from the template or rolled forward from last year")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--org", default=None, help="organization (单位)")
    p.add_argument("--from", dest="source", metavar="ID|FILE", help="last year's report to roll forward")
    p.add_argument("--keep-structure", action="store_true",
                   help="with --from: do not add the required parts last year's report lacked")
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("show", parents=[common], help="the outline with numbers, parts, status and counts")
    p.add_argument("report", metavar="ID|FILE")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("export", parents=[common], help="write a report as .docx .xlsx .pdf .txt or .json")
    p.add_argument("report", metavar="ID|FILE")
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.add_argument("--profile", default=None, help="format profile (e.g. standard, windows)")
    p.add_argument("--draft", action="store_true", help="mark the pages 草稿 with date and version")
    p.add_argument("--label", default=None,
                   help="version text on a draft (default: as a printed draft is called, e.g. 送审稿　第3稿)")
    p.add_argument("--variant", choices=VARIANTS, default=None,
                   help="plain (default), formal (版头/版记), draft (草稿), public (website; default for .html)")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("snapshot", parents=[common], help="take a named snapshot of a report")
    p.add_argument("report", metavar="ID")
    p.add_argument("--label", default="")
    p.set_defaults(handler=cmd_snapshot)

    p = sub.add_parser("snapshots", parents=[common], help="list a report's snapshots")
    p.add_argument("report", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_snapshots)

    p = sub.add_parser("restore", parents=[common], help="restore a snapshot (the current state is snapshotted first)")
    p.add_argument("snapshot", metavar="SNAPSHOT_ID")
    p.set_defaults(handler=cmd_restore)


def cmd_new(args: argparse.Namespace) -> int:
    if not 1900 <= args.year <= 2999:
        raise UserError(f"年度不合理：{args.year}")
    if args.source:
        with open_store(args) as store:
            if is_file_argument(args.source):
                from app.importing import parse_file

                source = parse_file(Path(args.source))
            else:
                source = store.reports.load(report_id(args.source))
            result = workflows.roll_forward(store, source, year=args.year, organization=args.org,
                                            add_parts=[] if args.keep_structure else None)
            for change in result.changes:
                print(f"  {change}", file=sys.stderr)
            for part in result.added_parts:
                print(f"  已添加第{int(part)}部分“{part.short_name}”（待写）", file=sys.stderr)
            print(result.report_id)
        return 0
    with open_store(args) as store:
        print(workflows.new_from_template(store, args.year, args.org or ""))
    return 0


def outline_lines(report: Report) -> list[str]:
    total = count_report(report)
    year = f"{report.year}年" if report.year else "年度未识别"
    lines = [f"{report.title or '（无标题）'}  —  {year}  {report.organization}".rstrip(),
             f"全文 {total.characters} 字（标点 {total.punctuation}）"]
    for located in located_sections(report):
        s = located.section
        part = f"[{int(s.part)} {s.part.short_name}]" if s.part and located.depth == 1 else ""
        counts = count_section(s)
        empty = "  ⚠空" if not s.paragraphs and not s.children else ""
        # a file just read shows its markers as written (gaps and repeats included), a stored report
        # the numbering derived from position
        marker = s.written_marker if report.id is None and s.written_marker else located.marker
        lines.append(f"{'  ' * (located.depth - 1)}{marker}{s.heading}  {part} {s.status.value} "
                     f"{counts.characters}字{empty}".rstrip())
    missing = report.missing_parts()
    if missing:
        lines.append("缺少部分：" + "、".join(f"{int(p)} {p.short_name}" for p in missing))
    return lines


def cmd_show(args: argparse.Namespace) -> int:
    report = load_report_argument(args, args.report)
    print("\n".join(outline_lines(report)))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    options = ExportOptions(profile=args.profile, draft=args.draft, draft_label=args.label or "",
                            variant=args.variant)
    if is_file_argument(args.report):
        print(workflows.export_file(Path(args.report), args.output, options))
        return 0
    with open_for_export(args) as store:
        print(workflows.export_stored(store, report_id(args.report), args.output, options))
    return 0


def open_for_export(args: argparse.Namespace) -> Store:
    """Writable when possible (to record the export as a snapshot); read-only while the app holds
    the library, so exporting still works then."""
    try:
        return open_store(args)
    except DataDirLocked:
        return open_reader(args)
    except StorageError as exc:  # a full disk, a read-only library: still readable, still exported
        if not exc.readable:
            raise
        return open_reader(args)


def cmd_snapshot(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        print(workflows.take_snapshot(store, report_id(args.report), args.label))
    return 0


def cmd_snapshots(args: argparse.Namespace) -> int:
    with open_reader(args) as store:
        infos = store.snapshots.for_report(report_id(args.report))
    if args.json:
        print_json([i.__dict__ for i in infos])
        return 0
    for i in infos:
        kind = "自动" if i.automatic else "手动"
        print(f"{i.id:>4}  {i.created[:19].replace('T', ' ')}  {kind}  {i.label}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        snapshot_id = report_id(args.snapshot)
        before = workflows.restore_snapshot(store, snapshot_id)
        info = store.snapshots.info(snapshot_id)
    print(f"已恢复快照 {snapshot_id} 到报告 {info.report_id}；恢复前的状态保存为快照 {before}")
    return 0

