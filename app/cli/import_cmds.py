"""parse, import: recognise a report file; store it in the library."""

from __future__ import annotations

import argparse
from pathlib import Path

from app import workflows
from app.cli.common import open_store, print_json
from app.cli.report_cmds import outline_lines
from app.importing import parse_file
from app.importing.parts import part_reasons
from app.report_json import report_to_dict


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("parse", parents=[common],
                       help="recognise a report file (.docx .txt .doc .wps .pdf .ofd .html .mht); print its outline")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the outline as JSON (DESIGN §4)")
    p.set_defaults(handler=cmd_parse)

    p = sub.add_parser("import", parents=[common], help="store a report file in the library; print its id")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_import)


def cmd_parse(args: argparse.Namespace) -> int:
    report = parse_file(Path(args.file))
    if args.json:
        data = report_to_dict(report)
        # Why each part was chosen (the words that decided), for a preview or a script to show.
        for section, reason in zip(data["sections"], part_reasons(report.sections, report.year)):
            section["part_reason"] = reason
        data["set_aside"] = report.set_aside   # a covering letter, site text: not the report's, not stored
        print_json(data)
        return 0
    lines = outline_lines(report)
    reasons = part_reasons(report.sections, report.year)
    if any(reasons):
        lines.append("部分的判断依据：")
        lines += [f"  · {section.heading[:20]}：{reason}" for section, reason in zip(report.sections, reasons) if reason]
    if report.set_aside:
        lines.append("已放在一边（不属于报告）：")
        lines += [f"  · {text}" for text in report.set_aside]
    if report.warnings:
        lines.append("提示：")
        lines += [f"  · {w}" for w in report.warnings]
    print("\n".join(lines))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    # Parse before opening the library: a bad file never touches it.
    report = parse_file(path)
    with open_store(args) as store:
        print(workflows.import_report(store, report))
    return 0
