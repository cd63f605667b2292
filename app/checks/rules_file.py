"""Rules files are user files (shared by colleagues, mailed around, hand-edited): read them with
limits like the phrase files — size, nesting, counts, text length, NaN/Infinity, huge numbers,
wrong types, lone surrogates — and refuse a regular expression that does not compile or that
could take forever on a long paragraph (nested quantifiers). One clear message, never a
traceback, and nothing is imported from a file that has a bad rule."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.json_input import read_user_json

MAX_FILE = 4 * 1024 * 1024   # a rules file of 2,000 rules with long reasons is well under 1 MB
MAX_RULES = 2_000
MAX_PATTERN = 200            # characters: a wording rule is a phrase, not a program
MAX_TEXT = 500               # characters in a suggestion, reason or source
FIELDS = ("pattern", "suggestion", "reason", "source")
# lone surrogates (JSON "\ud800") and characters that no text in a report can hold
_BAD_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# the parser behind re.compile (private, but the only way to see a pattern's structure)
_sre_parse: Any = importlib.import_module("re._parser")

_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}


def _has_repeat(items: Any) -> bool:
    """Whether a parsed (sub)pattern repeats anything more than once."""
    for op, arg in items:
        name = str(op)
        if name in _REPEATS:
            low, high, body = arg
            if high is _sre_parse.MAXREPEAT or high > 1 or _has_repeat(body):
                return True
        elif name == "SUBPATTERN" and _has_repeat(arg[-1]):
            return True
        elif name == "BRANCH" and any(_has_repeat(branch) for branch in arg[1]):
            return True
        elif name in ("ASSERT", "ASSERT_NOT") and _has_repeat(arg[1]):
            return True
    return False


_ANY = object()  # an alternative whose first character cannot be told


def _first(items: Any) -> Any:
    """The first character an alternative must start with, or _ANY."""
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            return arg
        if name == "SUBPATTERN":
            return _first(arg[-1])
        if name not in ("AT",):  # anchors take no character; anything else may start in many ways
            return _ANY
    return _ANY  # an empty alternative


def _overlapping_branch(items: Any) -> bool:
    """Alternatives that can start alike ((a|aa), (x|)): repeated, they match one text many ways."""
    for op, arg in items:
        name = str(op)
        if name == "BRANCH":
            firsts = [_first(branch) for branch in arg[1]]
            if _ANY in firsts or len(set(firsts)) < len(firsts):
                return True
            if any(_overlapping_branch(branch) for branch in arg[1]):
                return True
        elif name == "SUBPATTERN" and _overlapping_branch(arg[-1]):
            return True
        elif name in _REPEATS and _overlapping_branch(arg[2]):
            return True
    return False


def nested_quantifier(pattern: str) -> bool:
    """A repeat inside a repeat ((a+)+, (\\d*)*, (x{2,9}){1,99}) or over alternatives that start
    alike ((a|aa)+): the shapes that make a regular expression take exponential time on text that
    almost matches."""
    def walk(items: Any) -> bool:
        for op, arg in items:
            name = str(op)
            if name in _REPEATS:
                low, high, body = arg
                if (high is _sre_parse.MAXREPEAT or high > 1) and (_has_repeat(body) or _overlapping_branch(body)):
                    return True
                if walk(body):
                    return True
            elif name == "SUBPATTERN" and walk(arg[-1]):
                return True
            elif name == "BRANCH" and any(walk(branch) for branch in arg[1]):
                return True
            elif name in ("ASSERT", "ASSERT_NOT") and walk(arg[1]):
                return True
        return False

    return walk(_sre_parse.parse(pattern))


def _label(number: int, key: str) -> str:
    names = {"pattern": "查找内容（pattern）", "suggestion": "建议（suggestion）", "reason": "理由（reason）",
             "source": "来源（source）"}
    return f"第 {number} 条规则的{names[key]}"


def _load(path: Path) -> Any:
    return read_user_json(path, MAX_FILE, "用语规则文件")


def _text(item: dict[str, Any], key: str, number: int, name: str) -> str:
    value = item.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise UserError(f"{_label(number, key)}应为文字：{name}（rule {number}: {key} must be a string）")
    if _BAD_CHARACTERS.search(value):
        raise UserError(f"{_label(number, key)}含有无效字符（控制字符或单独的代理项）：{name}"
                        f"（rule {number}: invalid characters in {key}）")
    limit = MAX_PATTERN if key == "pattern" else MAX_TEXT
    if len(value) > limit:
        raise UserError(f"{_label(number, key)}过长：{len(value)} 字，最多 {limit} 字：{name}"
                        f"（rule {number}: {key} too long）")
    return value if key == "pattern" else value.strip()


def read_rules(path: Path | str, check_pattern: Any) -> list[dict[str, str]]:
    """The rules of a rules file ([{pattern, suggestion, reason, source}] or {"rules": […]}), every
    one checked (`check_pattern` raises UserError for a bad regular expression); the first bad
    one is refused with a message naming it and the file."""
    source = Path(path)
    data = _load(source)
    if isinstance(data, dict) and isinstance(data.get("rules"), list):
        data = data["rules"]
    if not isinstance(data, list):
        raise UserError(f"规则文件应为规则列表：{source.name}（expected a list of rules）")
    if len(data) > MAX_RULES:
        raise UserError(f"文件中的规则过多（{len(data)} 条，最多 {MAX_RULES} 条）：{source.name}（too many rules）")
    rules = []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise UserError(f"规则文件第 {number} 条不是规则（应为含 pattern 和 suggestion 的对象）：{source.name}"
                            f"（rule {number} is not an object）")
        rule = {key: _text(item, key, number, source.name) for key in FIELDS}
        if not rule["pattern"].strip() or not rule["suggestion"]:
            raise UserError(f"规则文件第 {number} 条缺少 pattern 或 suggestion：{source.name}（rule {number} incomplete）")
        try:
            check_pattern(rule["pattern"])
        except UserError as exc:
            raise UserError(f"规则文件 {source.name} 第 {number} 条：{exc}") from None
        rules.append(rule)
    return rules
