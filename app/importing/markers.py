"""Heading markers at the start of a paragraph: 一、 （一） (一) 一) 1. 1． 1、 （1） (1) 1) ① （a）.

A marker *kind* is finer than app.model.MarkerStyle: the recogniser orders levels by the order
in which kinds appear, and maps each kind to the style the report keeps.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from app.model import MarkerStyle
from app.numbering import chinese_number, parse_chinese_number


class MarkerKind(str, Enum):
    CHINESE = "一、"
    PAREN_CHINESE = "（一）"
    HALF_PAREN_CHINESE = "一）"
    ARABIC = "1."
    ARABIC_COMMA = "1、"
    PAREN_ARABIC = "（1）"
    HALF_PAREN_ARABIC = "1）"
    CIRCLED = "①"
    PAREN_LATIN = "（a）"


KIND_STYLE: dict[MarkerKind, MarkerStyle] = {
    MarkerKind.CHINESE: MarkerStyle.CHINESE,
    MarkerKind.PAREN_CHINESE: MarkerStyle.PAREN_CHINESE,
    MarkerKind.HALF_PAREN_CHINESE: MarkerStyle.PAREN_CHINESE,
    MarkerKind.ARABIC: MarkerStyle.ARABIC,
    MarkerKind.ARABIC_COMMA: MarkerStyle.ARABIC_COMMA,
    MarkerKind.PAREN_ARABIC: MarkerStyle.PAREN_ARABIC,
    MarkerKind.HALF_PAREN_ARABIC: MarkerStyle.PAREN_ARABIC,
    MarkerKind.CIRCLED: MarkerStyle.CIRCLED,
    MarkerKind.PAREN_LATIN: MarkerStyle.PAREN_ARABIC,
}

# The conventional rank of each style (GB/T 9704 order), used to fill unused depths.
STYLE_RANK: dict[MarkerStyle, int] = {
    MarkerStyle.CHINESE: 1, MarkerStyle.PAREN_CHINESE: 2, MarkerStyle.ARABIC: 3,
    MarkerStyle.ARABIC_COMMA: 3, MarkerStyle.PAREN_ARABIC: 4, MarkerStyle.CIRCLED: 5,
}

_CN = "[一二三四五六七八九十百零〇]"
_DIGIT = "[0-9０-９]"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿"
_SPACE = "[ \t\u3000\u00a0]*"

_PATTERNS: list[tuple[MarkerKind, re.Pattern[str]]] = [
    (MarkerKind.PAREN_CHINESE, re.compile(rf"^[（(]{_SPACE}({_CN}+){_SPACE}[）)]")),
    (MarkerKind.PAREN_ARABIC, re.compile(rf"^[（(]{_SPACE}({_DIGIT}{{1,2}}){_SPACE}[）)]")),
    (MarkerKind.PAREN_LATIN, re.compile(r"^[（(]([a-zａ-ｚ])[）)]")),
    (MarkerKind.CHINESE, re.compile(rf"^({_CN}+){_SPACE}、")),
    (MarkerKind.HALF_PAREN_CHINESE, re.compile(rf"^({_CN}+)[）)]")),
    # 1. but not 1.5 or 9.20; the dot may be full width.
    (MarkerKind.ARABIC, re.compile(rf"^({_DIGIT}{{1,2}}){_SPACE}[.．](?!{_DIGIT})")),
    (MarkerKind.ARABIC_COMMA, re.compile(rf"^({_DIGIT}{{1,2}}){_SPACE}、")),
    (MarkerKind.HALF_PAREN_ARABIC, re.compile(rf"^({_DIGIT}{{1,2}})[）)]")),
    (MarkerKind.CIRCLED, re.compile(f"^([{_CIRCLED}])")),
]
_TRAILING_SPACE = re.compile(_SPACE)


@dataclass(frozen=True)
class Marker:
    kind: MarkerKind
    number: int
    text: str   # the marker as written, without surrounding spaces
    end: int    # where the text after the marker (and its spaces) begins

    @property
    def style(self) -> MarkerStyle:
        return KIND_STYLE[self.kind]


def _number(kind: MarkerKind, raw: str) -> int | None:
    if kind is MarkerKind.CIRCLED:
        return _CIRCLED.index(raw) + 1
    if kind is MarkerKind.PAREN_LATIN:
        return ord(unicodedata.normalize("NFKC", raw)) - ord("a") + 1
    if raw[0] in "0123456789０１２３４５６７８９":
        return int(unicodedata.normalize("NFKC", raw)) or None
    value = parse_chinese_number(raw)
    # Only the canonical spelling: 十一 yes, 一一 or 一十一 no (those are not heading numbers).
    if value is None or value > 99 or chinese_number(value) != raw:
        return None
    return value


def leading_marker(text: str) -> Marker | None:
    """The heading marker at the very start of `text` (no leading spaces), or None."""
    if not text:
        return None
    first = text[0]
    if first not in "（(一二三四五六七八九十0123456789０１２３４５６７８９" and first not in _CIRCLED:
        return None
    for kind, pattern in _PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        number = _number(kind, match.group(1))
        if number is None:
            return None
        trailing = _TRAILING_SPACE.match(text, match.end())
        end = trailing.end() if trailing else match.end()
        return Marker(kind, number, text[:match.end()].strip(), end)
    return None


def whole_marker(text: str) -> Marker | None:
    """A marker that is the whole of `text` (Word's rendered list number), or None."""
    stripped = text.strip()
    marker = leading_marker(stripped)
    if marker is None or marker.end < len(stripped):
        return None
    return marker


def parse_marker(marker: str) -> tuple[MarkerStyle, int] | None:
    """The style and number of a marker written on its own (一、 （三） (3) 4. 4． 4、 ⑤), by the
    one marker grammar above; None if it is none."""
    found = whole_marker(marker)
    return (found.style, found.number) if found is not None else None
