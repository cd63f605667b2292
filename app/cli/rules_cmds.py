"""rules: the wording rules of the `wording` check — list, add, delete, switch off and on, import, export."""

from __future__ import annotations

import argparse
import re

from app.checks.wording_rules import add_rule, all_rules, export_rules, import_rules, remove_rules, set_enabled
from app.cli.common import open_reader, open_store, print_json
from app.errors import UserError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("rules", parents=[common],
                       help="wording rules of the checks: list|add|delete|disable|enable|import|export")
    rules = p.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    r = rules.add_parser("list", parents=[common], help="the built-in and the clerk's rules")
    r.add_argument("--json", action="store_true", help="print the rules as JSON")
    r.set_defaults(handler=cmd_list)
    r = rules.add_parser("add", parents=[common], help="add a rule: flag TEXT, suggest SUGGESTION")
    r.add_argument("text", metavar="TEXT", help="the wording to flag (plain text, or a regular expression with --regex)")
    r.add_argument("suggestion", metavar="SUGGESTION", help="what to write instead")
    r.add_argument("--regex", action="store_true", help="TEXT is a regular expression")
    r.add_argument("--reason", default="", help="why")
    r.add_argument("--source", default="", help="where the rule comes from")
    r.set_defaults(handler=cmd_add)
    r = rules.add_parser("delete", parents=[common], help="delete clerk rules by their ids (built-in rules: disable)")
    r.add_argument("rule_ids", metavar="ID", nargs="+")
    r.set_defaults(handler=cmd_delete)
    for name, on in (("disable", False), ("enable", True)):
        r = rules.add_parser(name, parents=[common], help=f"{name} a rule by its id")
        r.add_argument("rule_id", metavar="ID")
        r.set_defaults(handler=cmd_enable, enabled=on)
    r = rules.add_parser("import", parents=[common], help="add the rules of a .json rules file")
    r.add_argument("file", metavar="FILE")
    r.set_defaults(handler=cmd_import)
    r = rules.add_parser("export", parents=[common], help="write the clerk's rules to a .json rules file")
    r.add_argument("file", metavar="FILE")
    r.add_argument("--all", action="store_true", help="the built-in rules too")
    r.set_defaults(handler=cmd_export)


def cmd_list(args: argparse.Namespace) -> int:
    with open_reader(args) as store:
        rules = all_rules(store.settings)
    if args.json:
        print_json([r.to_dict() for r in rules])
        return 0
    for rule in rules:
        state = "" if rule.enabled else "  [已停用]"
        origin = "内置" if rule.builtin else "自定"
        print(f"{rule.id}\t{origin}\t{rule.pattern} → {rule.suggestion}{state}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    pattern = args.text if args.regex else re.escape(args.text)
    with open_store(args) as store:
        rule = add_rule(store.settings, pattern, args.suggestion, args.reason, args.source)
    print(rule.id)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rules = {r.id: r for r in all_rules(store.settings)}
        for rule_id in args.rule_ids:
            rule = rules.get(rule_id)
            if rule is None:
                raise UserError(f"没有编号为 {rule_id} 的用语规则（no wording rule {rule_id}）")
            if rule.builtin:
                raise UserError(f"内置规则不能删除，只能停用：chengwen rules disable {rule_id}（built-in rules are disabled, "
                                f"not deleted）")
        count = remove_rules(store.settings, args.rule_ids)
    print(f"已删除 {count} 条规则")
    return 0


def cmd_enable(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rule = set_enabled(store.settings, args.rule_id, args.enabled)
    print(f"{'已启用' if rule.enabled else '已停用'}：{rule.id} {rule.pattern} → {rule.suggestion}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        added, skipped = import_rules(store.settings, args.file)
    print(f"导入 {added} 条规则" + (f"，{skipped} 条已有" if skipped else ""))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_reader(args) as store:
        count = export_rules(store.settings, args.file, include_builtin=args.all)
    print(f"导出 {count} 条规则到 {args.file}")
    return 0
