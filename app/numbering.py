"""Heading markers derived from position: 一、 （三） 4. （5） ①, and their inverse."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from app.model import MarkerStyle, Report, Section

_DIGITS = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (the counting form used in headings)."""
    if n <= 0 or n > 9999:
        raise ValueError(f"no Chinese heading number for {n}")
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n - 10] if n > 10 else "")
    if n < 100:
        tens, ones = divmod(n, 10)
        return _DIGITS[tens] + "十" + (_DIGITS[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        if rest == 0:
            return _DIGITS[hundreds] + "百"
        tail = chinese_number(rest)
        if rest < 10:
            tail = "零" + tail
        elif rest < 20:
            tail = "一" + tail  # 一百一十五, not 一百十五
        return _DIGITS[hundreds] + "百" + tail
    thousands, rest = divmod(n, 1000)
    if rest == 0:
        return _DIGITS[thousands] + "千"
    tail = chinese_number(rest)
    if rest < 100:
        tail = "零" + (("一" + tail) if 10 <= rest < 20 else tail)
    return _DIGITS[thousands] + "千" + tail


_VALUES = {c: i for i, c in enumerate(_DIGITS)} | {"〇": 0, "两": 2}


def parse_chinese_number(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105; None when `text` is not such a number."""
    if not text or any(c not in _VALUES and c not in "十百千" for c in text):
        return None
    total, current = 0, 0
    for char in text:
        if char in _VALUES:
            current = _VALUES[char]
        else:
            unit = {"十": 10, "百": 100, "千": 1000}[char]
            total += (current or 1) * unit
            current = 0
    total += current
    return total or None


def heading_marker(style: MarkerStyle, index: int) -> str:
    """The marker for the index-th heading (1-based) in a numbering style: 一、 （三） 4. （5） ⑥."""
    if index < 1:
        raise ValueError("heading index starts at 1")
    if style is MarkerStyle.CHINESE:
        return f"{chinese_number(index)}、"
    if style is MarkerStyle.PAREN_CHINESE:
        return f"（{chinese_number(index)}）"
    if style is MarkerStyle.ARABIC:
        return f"{index}."
    if style is MarkerStyle.ARABIC_COMMA:
        return f"{index}、"
    if style is MarkerStyle.PAREN_ARABIC:
        return f"（{index}）"
    if index <= len(_CIRCLED):
        return _CIRCLED[index - 1]
    return f"（{index}）"


@dataclass(frozen=True)
class Located:
    """A section with its derived place in the outline."""

    section: Section
    depth: int                 # 1 = top level
    path: tuple[int, ...]      # 1-based index at each depth
    marker: str                # 一、 / （三） / 2.
    number: str                # the full number, e.g. 一、（三）


def located_sections(report: Report) -> Iterator[Located]:
    """Every section in document order with its derived marker and full number."""

    def visit(sections: list[Section], depth: int, path: tuple[int, ...], prefix: str) -> Iterator[Located]:
        style = report.marker_style(depth)
        for index, section in enumerate(sections, start=1):
            marker = heading_marker(style, index)
            here = path + (index,)
            yield Located(section, depth, here, marker, prefix + marker)
            yield from visit(section.children, depth + 1, here, prefix + marker)

    yield from visit(report.sections, 1, (), "")

