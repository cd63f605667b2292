"""The wording rules: the built-in list (resources/wording_rules.json, written by us) and the
clerk's own rules, kept in the library's settings together with the ids of the rules switched off.
Rules files (import/export) are JSON lists of {pattern, suggestion, reason, source}, read with
the guards of app.checks.rules_file."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from app.checks.rules_file import MAX_PATTERN, MAX_RULES, MAX_TEXT, nested_quantifier, read_rules
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
    """The pattern if it is a usable regular expression, else a UserError saying why: empty, too
    long, not compiling, matching empty text, or nested quantifiers (slow on a long paragraph)."""
    if not pattern.strip():
        raise UserError("规则的查找内容不能为空（empty pattern）")
    if len(pattern) > MAX_PATTERN:
        raise UserError(f"规则的查找内容过长：{len(pattern)} 字，最多 {MAX_PATTERN} 字（pattern too long）")
    try:
        regex = re.compile(pattern)
        slow = nested_quantifier(pattern)
    except (re.error, OverflowError, RecursionError, ValueError) as exc:
        raise UserError(f"规则的查找内容不是有效的正则表达式：{pattern}（{exc}）") from None
    if regex.search("") is not None:
        raise UserError(f"规则的查找内容会匹配空文本：{pattern}（pattern matches nothing-at-all）")
    if slow:
        raise UserError(f"规则的查找内容含嵌套的重复（如 (a+)+），检查长段落时可能极慢，不能使用：{pattern}"
                        f"（nested quantifiers: catastrophic backtracking）")
    return pattern


def _clean(text: str, label: str) -> str:
    text = text.strip()
    if len(text) > MAX_TEXT:
        raise UserError(f"规则的{label}过长：{len(text)} 字，最多 {MAX_TEXT} 字（too long）")
    return text


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


def _entry(custom: list[dict[str, Any]], pattern: str, suggestion: str, reason: str, source: str) -> dict[str, str]:
    """A checked clerk rule with the next free id, not yet stored."""
    valid_pattern(pattern)
    if len(custom) >= MAX_RULES:
        raise UserError(f"自定用语规则已有 {len(custom)} 条，最多 {MAX_RULES} 条（too many rules）")
    if not suggestion.strip():
        raise UserError("规则须写明建议的写法（suggestion is empty）")
    suggestion = _clean(suggestion, "建议")
    if any(r["pattern"] == pattern and r.get("suggestion") == suggestion for r in custom):
        raise UserError(f"已有相同的规则：{pattern} → {suggestion}（rule exists）")
    used = {str(r.get("id")) for r in custom}
    number = len(custom) + 1
    while f"{CLERK_PREFIX}{number}" in used:
        number += 1
    return {"id": f"{CLERK_PREFIX}{number}", "pattern": pattern, "suggestion": suggestion,
            "reason": _clean(reason, "理由"), "source": _clean(source, "来源")}


def _rule(entry: dict[str, Any], enabled: bool = True) -> WordingRule:
    return WordingRule(str(entry["id"]), str(entry["pattern"]), str(entry.get("suggestion", "")),
                       str(entry.get("reason", "")), str(entry.get("source", "")), False, enabled)


def add_rule(settings: Settings, pattern: str, suggestion: str, reason: str = "", source: str = "") -> WordingRule:
    """A new clerk rule; the pattern is a regular expression (escape plain text with re.escape)."""
    custom = _custom(settings)
    entry = _entry(custom, pattern, suggestion, reason, source)
    settings.set(CUSTOM_KEY, [*custom, entry])
    return _rule(entry)


def update_rule(settings: Settings, rule_id: str, pattern: str, suggestion: str, reason: str = "",
                source: str = "") -> WordingRule:
    """Change a clerk rule (the built-in ones are switched off, not edited); keeps its id."""
    custom = _custom(settings)
    index = next((i for i, r in enumerate(custom) if str(r.get("id")) == rule_id), None)
    if index is None:
        raise UserError(f"没有编号为 {rule_id} 的自定用语规则（内置规则只能停用）（no clerk rule {rule_id}）")
    others = custom[:index] + custom[index + 1:]
    entry = {**_entry(others, pattern, suggestion, reason, source), "id": rule_id}
    custom[index] = entry
    settings.set(CUSTOM_KEY, custom)
    return _rule(entry, rule_id not in _disabled(settings))


def remove_rules(settings: Settings, rule_ids: Iterable[str]) -> int:
    """Delete clerk rules; returns how many went."""
    gone = set(rule_ids)
    custom = _custom(settings)
    kept = [r for r in custom if str(r.get("id")) not in gone]
    settings.set(CUSTOM_KEY, kept)
    off = _disabled(settings)
    if off & gone:
        settings.set(DISABLED_KEY, sorted(off - gone))
    return len(custom) - len(kept)


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
    return read_rules(path, valid_pattern)


def import_rules(settings: Settings, path: Path | str) -> tuple[int, int]:
    """Adds the rules of a rules file as clerk rules (all or none): (added, already there)."""
    custom = _custom(settings)
    existing = {(r.pattern, r.suggestion) for r in all_rules(settings)}
    added: list[dict[str, str]] = []
    skipped = 0
    for item in read_rules_file(path):
        if (item["pattern"], item["suggestion"]) in existing:
            skipped += 1
            continue
        entry = _entry(custom + added, item["pattern"], item["suggestion"], item["reason"], item["source"])
        added.append(entry)
        existing.add((entry["pattern"], entry["suggestion"]))
    if added:
        settings.set(CUSTOM_KEY, custom + added)  # one write: a 2,000-rule file stays quick
    return len(added), skipped


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
