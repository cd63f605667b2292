"""Helpers shared by the subcommands: opening the store, reading ID|FILE arguments, printing JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.model import Report
from app.store import Store
from app.store.backup import backup_quietly


def open_store(args: argparse.Namespace, *, read_only: bool = False) -> Store:
    store = Store(getattr(args, "data_dir", None), read_only=read_only)
    if not read_only:  # commands that write keep the backups current (at most daily)
        backup_quietly(store)
    return store


def open_reader(args: argparse.Namespace) -> Store:
    """A store for commands that only read: read-only (so it works while the app holds the lock)
    when the library exists, else a new, empty one."""
    return open_store(args, read_only=_library_exists(args))


def report_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise UserError(f"报告编号应为数字：{text}（report id must be a number）") from None


def is_file_argument(text: str) -> bool:
    return not text.isdigit() or Path(text).is_file()


def load_report_argument(args: argparse.Namespace, text: str) -> Report:
    """A stored report by id, or a report file parsed as `chengwen parse` does."""
    if is_file_argument(text):
        from app.importing import parse_file

        return parse_file(Path(text))
    with open_reader(args) as store:
        return store.reports.load(report_id(text))


def _library_exists(args: argparse.Namespace) -> bool:
    from app.paths import DB_NAME, data_dir

    return (data_dir(getattr(args, "data_dir", None)) / DB_NAME).exists()


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
