"""diff (compare two versions of a report) and review (merge a leader's reviewed Word file)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import open_reader, open_store, print_json, report_id
from app.review.compare import Change


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("diff", parents=[common], help="compare two versions of a report (default: newest snapshot → now)")
    p.add_argument("report", metavar="ID")
    p.add_argument("--from", dest="from_snapshot", metavar="SNAPSHOT_ID", help="the older version (default: newest snapshot)")
    p.add_argument("--to", dest="to_snapshot", metavar="SNAPSHOT_ID", help="the newer version (default: the report now)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--print", dest="printout", metavar="OUT", help="write the comparison (修改对照) as .html or .docx")
    p.set_defaults(handler=cmd_diff)

    p = sub.add_parser("review", parents=[common], help="list (and accept/reject) the changes in a reviewed .docx")
    p.add_argument("report", metavar="ID")
    p.add_argument("file", metavar="FILE.docx")
    p.add_argument("--against", metavar="SNAPSHOT_ID", help="the draft it came from (default: the Word export snapshot)")
    p.add_argument("--accept", metavar="all|N,N", help="apply these changes to the report")
    p.add_argument("--reject", metavar="all|N,N", help="drop these changes")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_review)


def _print_changes(changes: list[Change]) -> None:
    for c in changes:
        who = f"  [{c.author}]" if c.author else ""
        mark = "修订" if c.tracked else "改动"
        before = c.before.replace("\n", "⏎")
        after = c.after.replace("\n", "⏎")
        print(f"{c.id:>4}  {c.section or '—'}  {c.kind}  {mark}{who}  “{before}” → “{after}”")


def cmd_diff(args: argparse.Namespace) -> int:
    from app.review.compare import compare_reports
    from app.review.versions import newest_snapshot, version

    rid = report_id(args.report)
    with open_reader(args) as store:
        start = report_id(args.from_snapshot) if args.from_snapshot else newest_snapshot(store, rid)
        end = report_id(args.to_snapshot) if args.to_snapshot else None
        comparison = compare_reports(version(store, rid, start), version(store, rid, end))
    if args.printout:
        from app.review.printout import write_comparison

        print(write_comparison(comparison, Path(args.printout)))
        return 0
    if args.json:
        print_json([c.to_dict() for c in comparison.changes])
    elif not comparison.changes:
        print("两个版本没有差别")
    else:
        _print_changes(comparison.changes)
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from app.review.merge import apply_review, parse_ids, review_file

    rid = report_id(args.report)
    against = report_id(args.against) if args.against else None
    applying = bool(args.accept or args.reject)
    with (open_store(args) if applying else open_reader(args)) as store:
        review = review_file(store, rid, Path(args.file), against)
        if applying:
            accept = parse_ids(args.accept, review.changes)
            reject = parse_ids(args.reject, review.changes)
            applied = apply_review(store, review, accept, reject)
    if not applying:
        if args.json:
            print_json([c.to_dict() for c in review.changes])
        elif not review.changes:
            print("修改稿与原稿没有差别")
        else:
            _print_changes(review.changes)
        return 0
    if args.json:
        print_json([c.to_dict() for c in applied.pending])
        return 0
    undo = (f"；合并前的状态保存为快照 {applied.snapshot}（撤销：chengwen restore {applied.snapshot}）"
            if applied.snapshot else "")
    print(f"已接受 {len(applied.accepted)} 处，拒绝 {len(applied.rejected)} 处，"
          f"待定 {len(applied.pending)} 处{undo}")
    return 0
