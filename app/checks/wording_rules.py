"""The wording rules: the built-in list (resources/wording_rules.json, written by us) and the
clerk's own rules, kept in the library's settings together with the ids of the rules switched off.
Rules files (import/export) are JSON lists of {pattern, suggestion, reason, source}."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.fileio import atomic_write
from app.resources import load_json
from app.store.settings import Settings

CUSTOM_KEY = "checks.wording.custom"
DISABLED_KEY = "checks.wording.disabled"
CLERK_PREFIX = "c"


@dataclass(frozen=True)
class WordingRule:
    """A phrase to avoid: `pattern` (a regular expression), what to write instead and why."""

    id: str
    pattern: str
    suggestion: str
    reason: str = ""
    source: str = ""
    builtin: bool = True
    enabled: bool = True
    wrong_examples: tuple[str, ...] = field(default=(), compare=False)
    right_examples: tuple[str, ...] = field(default=(), compare=False)

    @property
    def regex(self) -> re.Pattern[str]:
        return _compiled(self.pattern)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "pattern": self.pattern, "suggestion": self.suggestion, "reason": self.reason,
                "source": self.source, "builtin": self.builtin, "enabled": self.enabled}


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def valid_pattern(pattern: str) -> str:
    """The pattern if it is a usable regular expression, else a UserError saying why."""
    if not pattern.strip():
        raise UserError("规则的查找内容不能为空（empty pattern）")
    try:
        regex = re.compile(pattern)
    except re.error as exc:
        raise UserError(f"规则的查找内容不是有效的正则表达式：{pattern}（{exc}）") from None
    if regex.search("") is not None:
        raise UserError(f"规则的查找内容会匹配空文本：{pattern}（pattern matches nothing-at-all）")
    return pattern


@cache
def builtin_rules() -> tuple[WordingRule, ...]:
    data = load_json("wording_rules.json")
    return tuple(WordingRule(r["id"], r["pattern"], r["suggestion"], r.get("reason", ""), r.get("source", ""),
                             wrong_examples=tuple(r.get("examples", {}).get("wrong", ())),
                             right_examples=tuple(r.get("examples", {}).get("right", ())))
                 for r in data["rules"])


def _custom(settings: Settings) -> list[dict[str, Any]]:
    value = settings.get(CUSTOM_KEY, [])
    return [r for r in value if isinstance(r, dict) and r.get("pattern")] if isinstance(value, list) else []


def _disabled(settings: Settings) -> set[str]:
    value = settings.get(DISABLED_KEY, [])
    return {str(v) for v in value} if isinstance(value, list) else set()


def all_rules(settings: Settings) -> list[WordingRule]:
    """The built-in rules, then the clerk's, each marked enabled or not."""
    off = _disabled(settings)
    rules = [WordingRule(r.id, r.pattern, r.suggestion, r.reason, r.source, True, r.id not in off)
             for r in builtin_rules()]
    for r in _custom(settings):
        rule_id = str(r.get("id", ""))
        rules.append(WordingRule(rule_id, str(r["pattern"]), str(r.get("suggestion", "")), str(r.get("reason", "")),
                                 str(r.get("source", "")), False, rule_id not in off))
    return rules


def active_rules(settings: Settings) -> list[WordingRule]:
    """The rules the wording check applies for this library."""
    out = []
    for rule in all_rules(settings):
        if rule.enabled:
            try:
                rule.regex  # noqa: B018  (a rule stored by an older copy may no longer compile)
            except re.error:
                continue
            out.append(rule)
    return out


def add_rule(settings: Settings, pattern: str, suggestion: str, reason: str = "", source: str = "") -> WordingRule:
    """A new clerk rule; the pattern is a regular expression (escape plain text with re.escape)."""
    valid_pattern(pattern)
    custom = _custom(settings)
    if any(r["pattern"] == pattern and r.get("suggestion") == suggestion for r in custom):
        raise UserError(f"已有相同的规则：{pattern} → {suggestion}（rule exists）")
    used = {str(r.get("id")) for r in custom}
    number = len(custom) + 1
    while f"{CLERK_PREFIX}{number}" in used:
        number += 1
    entry = {"id": f"{CLERK_PREFIX}{number}", "pattern": pattern, "suggestion": suggestion.strip(),
             "reason": reason.strip(), "source": source.strip()}
    settings.set(CUSTOM_KEY, [*custom, entry])
    return WordingRule(entry["id"], pattern, entry["suggestion"], entry["reason"], entry["source"], False)


def set_enabled(settings: Settings, rule_id: str, enabled: bool) -> WordingRule:
    rule = next((r for r in all_rules(settings) if r.id == rule_id), None)
    if rule is None:
        raise UserError(f"没有编号为 {rule_id} 的用语规则（no wording rule {rule_id}）")
    off = _disabled(settings)
    off.discard(rule_id) if enabled else off.add(rule_id)
    settings.set(DISABLED_KEY, sorted(off))
    return WordingRule(rule.id, rule.pattern, rule.suggestion, rule.reason, rule.source, rule.builtin, enabled)


def read_rules_file(path: Path | str) -> list[dict[str, str]]:
    """The rules in a rules file, each checked; a UserError names the first bad one."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"找不到文件：{path}（file not found）") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise UserError(f"无法读取规则文件：{path.name}（{exc}）") from None
    if isinstance(data, dict) and isinstance(data.get("rules"), list):
        data = data["rules"]
    if not isinstance(data, list):
        raise UserError(f"规则文件应为规则列表：{path.name}（expected a list of rules）")
    rules = []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict) or not str(item.get("pattern", "")).strip() \
                or not str(item.get("suggestion", "")).strip():
            raise UserError(f"规则文件第 {number} 条缺少 pattern 或 suggestion：{path.name}（rule {number} incomplete）")
        valid_pattern(str(item["pattern"]))
        rules.append({k: str(item.get(k, "")).strip() for k in ("pattern", "suggestion", "reason", "source")}
                     | {"pattern": str(item["pattern"])})
    return rules


def import_rules(settings: Settings, path: Path | str) -> tuple[int, int]:
    """Adds the rules of a rules file as clerk rules: (added, already there)."""
    added = skipped = 0
    existing = {(r.pattern, r.suggestion) for r in all_rules(settings)}
    for item in read_rules_file(path):
        if (item["pattern"], item["suggestion"]) in existing:
            skipped += 1
            continue
        add_rule(settings, item["pattern"], item["suggestion"], item["reason"], item["source"])
        existing.add((item["pattern"], item["suggestion"]))
        added += 1
    return added, skipped


def export_rules(settings: Settings, path: Path | str, *, include_builtin: bool = False) -> int:
    """Writes the clerk's rules (and the built-in ones if asked) to a rules file; returns how many."""
    rules = [r for r in all_rules(settings) if include_builtin or not r.builtin]
    data = [{"pattern": r.pattern, "suggestion": r.suggestion, "reason": r.reason, "source": r.source}
            for r in rules]
    target = Path(path)
    if target.suffix.lower() != ".json":
        raise UserError(f"规则文件应以 .json 结尾：{target.name}（rules files are .json）")
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8")

    atomic_write(target, write)
    return len(rules)
