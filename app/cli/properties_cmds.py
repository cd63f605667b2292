"""set: change report properties (the JSON export's keys) from the shell."""

from __future__ import annotations

import argparse

from app.cli.common import open_store, report_id
from app.report_properties import KEYS, parse_assignment, set_property


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("set", parents=[common], help="set report properties: chengwen set ID KEY=VALUE...",
                       description="keys: " + " ".join(KEYS))
    p.add_argument("report", metavar="ID")
    p.add_argument("assignments", nargs="+", metavar="KEY=VALUE")
    p.set_defaults(handler=cmd_set)


def cmd_set(args: argparse.Namespace) -> int:
    pairs = [parse_assignment(text) for text in args.assignments]
    with open_store(args) as store:
        report = store.reports.load(report_id(args.report))
        # Every value is checked before anything is written: one bad pair changes nothing.
        for key, value in pairs:
            set_property(report, key, value)
        store.reports.update_meta(report)
    return 0
