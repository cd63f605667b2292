"""Word automatic numbering (numbering.xml) rendered to the text the reader sees: 一、 （二） 3. ①.

Counters follow Word: every w:num that points at the same w:abstractNum shares one list (numbering
continues) unless the num has a startOverride, which starts a list of its own; numbering a level
resets the deeper levels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from app.numbering import chinese_number

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY = "子丑寅卯辰巳午未申酉戌亥"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"


@dataclass
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    style: str = ""      # w:pStyle: the paragraph style linked to this level
    legal: bool = False  # w:isLgl: all levels shown as decimal


@dataclass
class NumInstance:
    abstract_id: str
    overrides: dict[int, int] = field(default_factory=dict)       # ilvl → startOverride
    level_overrides: dict[int, Level] = field(default_factory=dict)


def _val(elem: etree._Element | None, default: str = "") -> str:
    if elem is None:
        return default
    return elem.get(W + "val", default)


def _int(text: str, default: int) -> int:
    try:
        return int(text)
    except ValueError:
        return default


MAX_START = 32767  # Word's limit on w:start and w:startOverride: a larger value is hostile
MAX_MARKER = 255   # characters of w:lvlText and of a rendered marker


def _start(text: str) -> int:
    return max(0, min(_int(text, 1), MAX_START))


def _level(lvl: etree._Element) -> Level:
    text_elem = lvl.find(W + "lvlText")
    return Level(
        fmt=_val(lvl.find(W + "numFmt"), "decimal"),
        text=(_val(text_elem, "") if text_elem is not None else "")[:MAX_MARKER],
        start=_start(_val(lvl.find(W + "start"), "1")),
        style=_val(lvl.find(W + "pStyle")),
        legal=lvl.find(W + "isLgl") is not None and _val(lvl.find(W + "isLgl"), "1") not in ("0", "false"),
    )


def _chinese_digits(n: int) -> str:
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(n))


def _legal(n: int) -> str:
    text = chinese_number(n) if 0 < n < 10000 else str(n)
    table = {c: _LEGAL[i] for i, c in enumerate("零一二三四五六七八九")} | {"十": "拾", "百": "佰", "千": "仟"}
    return "".join(table.get(c, c) for c in text)


def _roman(n: int) -> str:
    values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
              (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, letters in values:
        while n >= value:
            out += letters
            n -= value
    return out


def _letters(n: int) -> str:
    # Word repeats the letter: a … z, aa … zz.
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """One counter value in a w:numFmt."""
    if n <= 0:
        return str(n) if fmt not in ("none", "bullet") else ""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "koreanCounting", "japaneseLegal"):
        return chinese_number(n) if n < 10000 else str(n)
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return _chinese_digits(n)
    if fmt in ("chineseLegalSimplified", "ideographLegalTraditional", "taiwaneseCountingThousand"):
        return _legal(n)
    if fmt in ("ideographTraditional",):
        return _HEAVENLY[(n - 1) % 10]
    if fmt in ("ideographZodiac",):
        return _EARTHLY[(n - 1) % 12]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return _CIRCLED[n - 1] if n <= len(_CIRCLED) else f"({n})"
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return f"{n}."
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(ord(c) - ord("0") + ord("０")) for c in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


_PLACEHOLDER = re.compile(r"%([1-9])")


@dataclass
class Rendered:
    text: str      # the number as shown, e.g. "（二）"; for a bullet the bullet glyph
    bullet: bool
    level: int     # ilvl
    list_id: str


class Numbering:
    """The numbering definitions of one document plus the running counters."""

    def __init__(self, root: etree._Element | None) -> None:
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.abstract_links: dict[str, str] = {}   # abstractNumId → numbering style it points at
        self.nums: dict[str, NumInstance] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.style_levels: dict[str, tuple[str, int]] = {}  # linked paragraph style → (numId, ilvl)
        if root is None:
            return
        for abstract in root.iter(W + "abstractNum"):
            aid = abstract.get(W + "abstractNumId", "")
            self.abstracts[aid] = {_int(lvl.get(W + "ilvl", "0"), 0): _level(lvl) for lvl in abstract.iter(W + "lvl")}
            link = abstract.find(W + "numStyleLink")
            if link is not None:
                self.abstract_links[aid] = _val(link)
        for num in root.iter(W + "num"):
            instance = NumInstance(_val(num.find(W + "abstractNumId")))
            for override in num.iter(W + "lvlOverride"):
                ilvl = _int(override.get(W + "ilvl", "0"), 0)
                start = override.find(W + "startOverride")
                if start is not None:
                    instance.overrides[ilvl] = _start(_val(start, "1"))
                lvl = override.find(W + "lvl")
                if lvl is not None:
                    instance.level_overrides[ilvl] = _level(lvl)
            self.nums[num.get(W + "numId", "")] = instance
        for num_id, instance in self.nums.items():
            for ilvl, level in self.abstracts.get(instance.abstract_id, {}).items():
                if level.style and level.style not in self.style_levels:
                    self.style_levels[level.style] = (num_id, ilvl)

    def resolve_link(self, abstract_id: str, style_num: dict[str, str]) -> str:
        """An abstractNum that only links to a numbering style (numStyleLink) → the real one."""
        style = self.abstract_links.get(abstract_id)
        if style and style in style_num:
            target = self.nums.get(style_num[style])
            if target is not None and target.abstract_id != abstract_id:
                return target.abstract_id
        return abstract_id

    def render(self, num_id: str, ilvl: int, style_num: dict[str, str] | None = None) -> Rendered | None:
        """Advance the counters for a numbered paragraph and return its visible number."""
        instance = self.nums.get(num_id)
        if instance is None or num_id == "0":
            return None
        abstract_id = self.resolve_link(instance.abstract_id, style_num or {})
        levels = self.abstracts.get(abstract_id)
        if levels is None:
            return None
        ilvl = max(0, min(ilvl, 8))

        def level_at(i: int) -> Level:
            return instance.level_overrides.get(i) or levels.get(i) or Level()

        level = level_at(ilvl)
        if level.fmt == "bullet":
            return Rendered(level.text, True, ilvl, abstract_id)
        # A num with a startOverride is a list of its own; others share the abstract's list.
        key = f"num:{num_id}" if instance.overrides else f"abs:{abstract_id}"
        counters = self.counters.setdefault(key, {})
        if ilvl in counters:
            counters[ilvl] += 1
        else:
            counters[ilvl] = instance.overrides.get(ilvl, level.start)
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]

        def value(match: re.Match[str]) -> str:
            i = int(match.group(1)) - 1
            lvl = level_at(i)
            n = counters.get(i, instance.overrides.get(i, lvl.start))
            fmt = "decimal" if (level.legal and i < ilvl) else lvl.fmt
            return format_number(n, fmt)

        return Rendered(_PLACEHOLDER.sub(value, level.text)[:MAX_MARKER], False, ilvl, key)
