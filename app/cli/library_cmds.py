"""`chengwen phrases …` and `chengwen activities …`: the clerk's library from the shell."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import load_report_argument, open_store, print_json
from app.errors import DataDirLocked, UserError
from app.model import Part

if TYPE_CHECKING:
    from app.library.activities import Activity
    from app.library.phrases import PhraseLibrary
    from app.store import Store


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    # --data-dir may stand before or after `phrases`/`activities` and their subcommands; a nested
    # parser must not reset a value given earlier, so its default is "absent" rather than None.
    nested = argparse.ArgumentParser(add_help=False)
    for action in common._actions:
        nested.add_argument(*action.option_strings, metavar=action.metavar, help=action.help,
                            default=argparse.SUPPRESS)
    _register_phrases(sub, nested)
    _register_activities(sub, nested)


# --- phrases ----------------------------------------------------------------------------------
def _register_phrases(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser("phrases", parents=[common], help="the phrase library (常用语)")
    commands = group.add_subparsers(dest="phrases_command", metavar="COMMAND", required=True)

    p = commands.add_parser("search", parents=[common], help="search text, tags, pinyin initials (zfjc) or pinyin")
    p.add_argument("query", metavar="Q")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--category", default=None)
    p.set_defaults(handler=cmd_phrases_search)

    p = commands.add_parser("add", parents=[common], help="add a phrase of your own")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--category", default="其他")
    p.add_argument("--tags", default="", help="comma-separated tags")
    p.set_defaults(handler=cmd_phrases_add)

    p = commands.add_parser("list", parents=[common], help="all phrases, favourites and most used first")
    p.add_argument("--json", action="store_true")
    p.add_argument("--category", default=None)
    p.add_argument("--all", action="store_true", help="include hidden built-ins")
    p.set_defaults(handler=cmd_phrases_list)

    p = commands.add_parser("import", parents=[common], help="add phrases from a .json or .xlsx file")
    p.add_argument("file", metavar="F")
    p.set_defaults(handler=cmd_phrases_import)

    p = commands.add_parser("export", parents=[common], help="write the library to .json or .xlsx")
    p.add_argument("file", metavar="F")
    p.set_defaults(handler=cmd_phrases_export)

    p = commands.add_parser("harvest", parents=[common], help="reusable sentences proposed from a report")
    p.add_argument("report", metavar="ID|FILE")
    p.add_argument("--json", action="store_true")
    p.add_argument("--accept", action="store_true", help="add all proposals to the library")
    p.set_defaults(handler=cmd_phrases_harvest)


def _open_for_reading(args: argparse.Namespace) -> Store:
    """Writable when possible (the built-ins are loaded on first use); read-only while the app
    holds the library, so searching and exporting still work then."""
    try:
        return open_store(args)
    except DataDirLocked:
        return open_store(args, read_only=True)


def _phrase_library(args: argparse.Namespace, *, reading: bool = False) -> tuple[Store, PhraseLibrary]:
    from app.library.phrases import PhraseLibrary

    store = _open_for_reading(args) if reading else open_store(args)
    return store, PhraseLibrary(store.db, load_builtins=not store.read_only)


def cmd_phrases_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UserError("--limit 应为正整数")
    store, library = _phrase_library(args, reading=True)
    with store:
        results = library.search(args.query, limit=args.limit, category=args.category)
    if args.json:
        print_json([p.to_dict() for p in results])
    else:
        for phrase in results:
            star = "★" if phrase.favorite else " "
            print(f"{phrase.id:>6} {star} [{phrase.category}] {phrase.text}")
    return 0


def cmd_phrases_add(args: argparse.Namespace) -> int:
    store, library = _phrase_library(args)
    with store:
        phrase = library.add(args.text, args.category, args.tags)
    print(phrase.id)
    return 0


def cmd_phrases_list(args: argparse.Namespace) -> int:
    store, library = _phrase_library(args, reading=True)
    with store:
        phrases = library.phrases(category=args.category, include_hidden=args.all)
    if args.json:
        print_json([p.to_dict() for p in phrases])
    else:
        for phrase in phrases:
            marks = ("★" if phrase.favorite else " ") + ("隐" if phrase.hidden else " ")
            print(f"{phrase.id:>6} {marks} [{phrase.category}] {phrase.text}  （{phrase.uses}次）")
    return 0


def cmd_phrases_import(args: argparse.Namespace) -> int:
    from app.library.phrase_io import import_phrases

    store, library = _phrase_library(args)
    with store:
        result = import_phrases(library, Path(args.file))
    print(result.summary())
    for line in result.skipped:
        print(f"  {line}")
    return 0


def cmd_phrases_export(args: argparse.Namespace) -> int:
    from app.library.phrase_io import export_phrases

    store, library = _phrase_library(args, reading=True)
    with store:
        count = export_phrases(library, Path(args.file))
    print(f"已导出 {count} 条常用语到 {args.file}")
    return 0


def cmd_phrases_harvest(args: argparse.Namespace) -> int:
    from app.library.harvest import harvest_with_categories
    from app.library.phrases import Phrase

    report = load_report_argument(args, args.report)
    proposals = harvest_with_categories(report)
    if args.accept:
        store, library = _phrase_library(args)
        with store:
            known = library.texts()
            origin = f"harvested:{report.id}" if report.id is not None else "harvested"
            library.add_many([Phrase(text=t, category=c, origin=origin) for t, c in proposals if t not in known])
    if args.json:
        print_json([{"text": t, "category": c} for t, c in proposals])
    else:
        for text, category in proposals:
            print(f"[{category}] {text}")
    return 0


# --- activities -------------------------------------------------------------------------------
def _register_activities(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser("activities", parents=[common], help="the activity ledger (台账)")
    commands = group.add_subparsers(dest="activities_command", metavar="COMMAND", required=True)

    p = commands.add_parser("list", parents=[common], help="activities, by date")
    p.add_argument("--year", type=int, default=None)
    p.add_argument("--part", type=int, choices=range(1, 6), default=None)
    p.add_argument("--category", default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_activities_list)

    p = commands.add_parser("add", parents=[common], help="add an activity")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--date", default="", help="as written: 4月3日, 7-9月, 12月")
    p.add_argument("--title", required=True)
    p.add_argument("--description", default="")
    p.add_argument("--category", default=None, help="default: guessed from the title")
    p.add_argument("--part", type=int, choices=range(1, 6), default=None)
    p.add_argument("--figure", action="append", default=[], metavar="名称=数值单位", help="e.g. 执法检查=32家 (repeatable)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_activities_add)

    p = commands.add_parser("import", parents=[common], help="import a ledger from .xlsx")
    p.add_argument("file", metavar="F.xlsx")
    p.add_argument("--map", action="append", default=[], metavar="字段=列名",
                   help="which column holds a field: 年度 日期 类别 事项 内容 部分 数据 (repeatable)")
    p.add_argument("--year", type=int, default=None, help="year for rows that name none")
    p.set_defaults(handler=cmd_activities_import)

    p = commands.add_parser("export", parents=[common], help="write the ledger and figures by year to .xlsx")
    p.add_argument("file", metavar="F.xlsx")
    p.add_argument("--year", type=int, default=None)
    p.set_defaults(handler=cmd_activities_export)

    p = commands.add_parser("extract", parents=[common], help="activities proposed from a report's dates and figures")
    p.add_argument("report", metavar="FILE|ID")
    p.add_argument("--year", type=int, default=None)
    p.add_argument("--json", action="store_true")
    p.add_argument("--save", action="store_true", help="store them in the ledger")
    p.set_defaults(handler=cmd_activities_extract)

    p = commands.add_parser("unmentioned", parents=[common], help="the year's activities a report does not mention")
    p.add_argument("report", metavar="FILE|ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_activities_unmentioned)


def _print_activities(activities: list[Activity], as_json: bool) -> None:
    if as_json:
        print_json([a.to_dict() for a in activities])
        return
    from app.library.activities import figures_text

    for activity in activities:
        figures = f"  [{figures_text(activity.figures)}]" if activity.figures else ""
        ident = f"{activity.id:>5} " if activity.id is not None else ""
        print(f"{ident}{activity.year} {activity.date_text or '—':<10} {activity.category:<5} {activity.title}{figures}")


def cmd_activities_list(args: argparse.Namespace) -> int:
    from app.library.activities import ActivityLedger

    with _open_for_reading(args) as store:
        activities = ActivityLedger(store.db).activities(year=args.year, part=args.part, category=args.category)
    _print_activities(activities, args.json)
    return 0


def cmd_activities_add(args: argparse.Namespace) -> int:
    from app.library.activities import Activity, ActivityLedger, parse_figures
    from app.library.dates import parse_date_text
    from app.library.extraction import guess_category

    start, end = parse_date_text(args.date, args.year)
    if args.date and start is None and any(c.isdigit() for c in args.date):
        raise UserError(f"日期无法识别或不存在：{args.date}（如 4月3日、4月3日至5日、7-9月、12月）")
    figures = [f for text in args.figure for f in parse_figures(text)]
    activity = Activity(year=args.year, date_text=args.date, start=start, end=end,
                        category=args.category or guess_category(args.title, args.description),
                        title=args.title, description=args.description,
                        part=Part(args.part) if args.part else None, figures=figures)
    with open_store(args) as store:
        ActivityLedger(store.db).add(activity)
    if args.json:
        print_json(activity.to_dict())
    else:
        print(activity.id)
    return 0


_FIELD_NAMES = {"年度": "year", "日期": "date", "类别": "category", "事项": "title", "内容": "description",
                "部分": "part", "数据": "figures"}


def parse_mapping(items: list[str]) -> dict[str, str]:
    """["事项=活动名称", "date=时间"] → {"title": "活动名称", "date": "时间"}."""
    mapping: dict[str, str] = {}
    for item in items:
        key, sep, column = item.partition("=")
        key, column = key.strip(), column.strip()
        field = _FIELD_NAMES.get(key, key)
        if not sep or not column or field not in _FIELD_NAMES.values():
            known = "、".join(_FIELD_NAMES)
            raise UserError(f"--map 应写作 字段=列名（字段：{known}）：{item}")
        mapping[field] = column
    return mapping


def cmd_activities_import(args: argparse.Namespace) -> int:
    from app.library.ledger_xlsx import import_ledger

    mapping = parse_mapping(args.map)
    with open_store(args) as store:
        if mapping:
            remembered = store.settings.ledger_column_mapping
            mapping = {**remembered, **mapping} if "title" not in mapping else mapping
        result = import_ledger(store.db, Path(args.file), mapping or None, default_year=args.year)
        if mapping:
            store.settings.ledger_column_mapping = mapping
    print(result.summary())
    for warning in result.warnings:
        print(f"  注意：{warning}")
    for skipped in result.skipped:
        print(f"  跳过 {skipped}")
    return 0


def cmd_activities_export(args: argparse.Namespace) -> int:
    from app.library.activities import ActivityLedger
    from app.library.ledger_xlsx import export_ledger

    with _open_for_reading(args) as store:
        activities = ActivityLedger(store.db).activities(year=args.year)
    export_ledger(Path(args.file), activities)
    print(f"已导出 {len(activities)} 条活动到 {args.file}")
    return 0


def cmd_activities_extract(args: argparse.Namespace) -> int:
    from app.library.activities import ActivityLedger
    from app.library.extraction import extract_activities

    report = load_report_argument(args, args.report)
    year = args.year or report.year
    if not year:
        raise UserError("报告未写明年度，请用 --year 指定（report has no year）")
    if args.save:
        with open_store(args) as store:
            ledger = ActivityLedger(store.db)
            activities = extract_activities(report, year, ledger=ledger)  # what the ledger lacks
            ledger.add_many(activities)
    else:
        activities = extract_activities(report, year)
    _print_activities(activities, args.json)
    return 0


def cmd_activities_unmentioned(args: argparse.Namespace) -> int:
    from app.library.activities import ActivityLedger
    from app.library.coverage import unmentioned

    report = load_report_argument(args, args.report)
    with _open_for_reading(args) as store:
        activities = ActivityLedger(store.db).activities(year=report.year)
    _print_activities(unmentioned(report, activities), args.json)
    return 0
