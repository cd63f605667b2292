"""duplicate: a sentence that occurs twice in the report's body, preamble or closing."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.checks.context import CheckContext, TextUnit, Where
from app.checks.finding import Finding, Severity

KIND = "duplicate"

_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
_WORDLIKE = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")
MIN_CHARACTERS = 12  # shorter sentences (一是加强学习。) recur naturally


def _place(unit: TextUnit) -> str:
    return unit.number or {"preamble": "开头", "closing": "结尾"}.get(unit.where.value, "标题")


def check(ctx: CheckContext) -> Iterator[Finding]:
    seen: dict[str, TextUnit] = {}
    for unit in ctx.units:
        if unit.where in (Where.TITLE, Where.HEADING):
            continue
        for match in _SENTENCE.finditer(unit.text):
            sentence = match.group(0).strip()
            if len(sentence) < MIN_CHARACTERS or (
                    len(sentence) < 2 * MIN_CHARACTERS and len(_WORDLIKE.findall(sentence)) < MIN_CHARACTERS):
                continue
            key = re.sub(r"\s+", "", sentence).rstrip("。！？!?")
            first = seen.get(key)
            if first is None:
                seen[key] = unit
                continue
            yield Finding(KIND, Severity.WARNING, f"句子重复，前面（{_place(first)}）已出现过", unit.number,
                          sentence[:40], unit.section.id if unit.section else None,
                          **unit.at(match.start() + len(match.group(0)) - len(match.group(0).lstrip()),
                                    match.end() - len(match.group(0)) + len(match.group(0).rstrip())))
