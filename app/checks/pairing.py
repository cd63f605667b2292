"""pairing: unpaired “” ‘’ 《》 （） 【】 within a heading or paragraph."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.checks.context import CheckContext, excerpt_around
from app.checks.finding import Finding, Severity

KIND = "pairing"

_PAIRS = {"“": "”", "‘": "’", "《": "》", "（": "）", "【": "】"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
_MARKS = re.compile("[“”‘’《》（）【】]")


def first_unpaired(text: str) -> tuple[int, str] | None:
    """The position and character of the first mark in `text` that has no partner."""
    stack: list[tuple[int, str]] = []
    for match in _MARKS.finditer(text):
        index, char = match.start(), match.group(0)
        if char in _PAIRS:
            stack.append((index, char))
        elif char in _CLOSERS:
            if stack and stack[-1][1] == _CLOSERS[char]:
                stack.pop()
            elif any(opener == _CLOSERS[char] for _, opener in stack):
                return stack[-1]  # an inner mark was left open before its outer one closed
            else:
                return index, char
    return stack[0] if stack else None


def check(ctx: CheckContext) -> Iterator[Finding]:
    for unit in ctx.units:
        text = unit.text
        problem = first_unpaired(text)
        if problem is None:
            continue
        index, char = problem
        partner = _PAIRS.get(char) or _CLOSERS[char]
        yield Finding(KIND, Severity.WARNING, f"{char} 缺少对应的 {partner}（引号、括号不配对）", unit.number,
                      excerpt_around(text, index, index + 1, 8), unit.section.id if unit.section else None,
                      **unit.at(index, index + 1))
