"""Breaking a long title into lines the way GB/T 9704 asks: meaning units kept whole, the lines
forming a trapezoid (each line at least as long as the one above) or a diamond (longest in the
middle), of sensible lengths.

Without a dictionary we rely on what titles of official documents are made of: an organization,
关于, a subject, and a document type (的报告/的通知…); breaks after 关于, at punctuation and after
common title words are good, breaks inside numbers, quotes, brackets or before 的 are not.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import combinations
from math import comb

# One atom never breaks: a Latin/digit run (2024, 12.4), a bracketed or quoted span, or one char.
_ATOM = re.compile(r"[0-9A-Za-z.．\-_/]+|《[^》]{0,18}》|“[^”]{0,18}”|（[^）]{0,18}）|〔[^〕]{0,10}〕|\([^)]{0,18}\)|.", re.S)

_NO_LINE_START = set("，。、；：？！”’）》」』】〕…·%％的之")
_NO_LINE_END = set("“‘（《「『【〔")
_GOOD_AFTER_WORDS = ("建设", "情况", "工作", "实施", "推进", "落实", "方案", "意见", "规定", "办法")
_ORG_ENDINGS = ("局", "委", "院", "府", "会", "厅", "部", "办", "处", "室", "中心", "公司", "政府")

FORBIDDEN = 100.0


def text_width(text: str) -> float:
    """Width in full-width characters: Chinese characters and full-width punctuation count 1,
    Latin letters, digits and half-width punctuation ½."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5 for c in text)


def _atoms(text: str) -> list[str]:
    return _ATOM.findall(text)


def _break_penalty(before: str, after: str) -> float:
    """Cost of a line break between the text `before` and the text `after`."""
    last, first = before[-1], after[0]
    if first in _NO_LINE_START or last in _NO_LINE_END:
        return FORBIDDEN
    if before.endswith("关于"):
        return 0.0
    if last in "、，：；":
        return 1.0
    if after.startswith("关于"):
        return 1.0 if before.endswith(_ORG_ENDINGS) else 3.0
    if after[0] in "和及与暨":
        return 1.5
    if last == "年" and len(before) > 1 and before[-2].isdigit():
        return 2.0
    if before.endswith(_GOOD_AFTER_WORDS):
        return 2.0
    return 4.0  # between two Chinese characters: may split a word


def _shape_cost(widths: list[float]) -> float:
    rising = all(a <= b for a, b in zip(widths, widths[1:]))
    peak = widths.index(max(widths))
    diamond = (len(widths) >= 3
               and all(a <= b for a, b in zip(widths[:peak], widths[1:peak + 1]))
               and all(a >= b for a, b in zip(widths[peak:], widths[peak + 1:])))
    cost = 0.0 if rising or diamond else 3.0
    cost += 0.15 * (max(widths) - min(widths))
    if min(widths) < 3:
        cost += 10.0  # a stub line of one or two characters
    return cost


def break_title(title: str, max_width: float) -> list[str]:
    """The title as lines no wider than `max_width` full-width characters (a single over-long
    atom may still exceed it); the fewest lines, then the best-shaped break."""
    text = " ".join(title.split())
    if not text:
        return []
    if text_width(text) <= max_width or max_width <= 0:
        return [text]
    atoms = _atoms(text)
    prefix = [""]
    for atom in atoms:
        prefix.append(prefix[-1] + atom)
    penalties = [_break_penalty(prefix[i], text[len(prefix[i]):]) for i in range(1, len(atoms))]
    total = text_width(text)
    minimum_lines = max(2, int(-(-total // max_width)))
    for lines in range(minimum_lines, minimum_lines + 4):
        if comb(len(atoms) - 1, lines - 1) > 20000:
            break  # a very long title: wrap greedily rather than search
        best: tuple[float, list[str]] | None = None
        for cuts in combinations(range(1, len(atoms)), lines - 1):
            bounds = (0, *cuts, len(atoms))
            parts = ["".join(atoms[a:b]) for a, b in zip(bounds, bounds[1:])]
            widths = [text_width(p) for p in parts]
            if max(widths) > max_width:
                continue
            cost = sum(penalties[c - 1] for c in cuts) + _shape_cost(widths)
            if best is None or cost < best[0]:
                best = (cost, parts)
        if best is not None:
            return best[1]
    return _greedy(atoms, max_width)


def _greedy(atoms: list[str], max_width: float) -> list[str]:
    lines, current = [], ""
    for atom in atoms:
        if current and text_width(current + atom) > max_width:
            lines.append(current)
            current = ""
        current += atom
    if current:
        lines.append(current)
    return lines
