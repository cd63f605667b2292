"""Line breaking and pagination of the laid-out blocks on the profile's grid, for output that is
drawn rather than handed to a word processor (PDF and print through Qt).

The model is the one the .docx asks Word for: every line is one grid line of the profile's pitch
(22 per page); full-width characters advance by the font size plus the profile's condensed
spacing (28 body characters per line), half-width characters by half the size; lines break
between characters but never inside a Latin word or number, never before closing punctuation
and never after opening punctuation (Chinese line-breaking rules, as Word and LibreOffice do).
Justified lines spread their slack over the gaps. No Qt here: the renderer only draws.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from app.export.layout import Align, Block, Kind, Rule
from app.profiles import TWIPS_PER_PT, Profile

NO_LINE_START = set("，。、；：？！）》”’」』】〕〉…—%‰·.,;:?!)]}")
NO_LINE_END = set("（《“‘「『【〔〈([{")

_TOKEN = re.compile(r"[0-9A-Za-z.,%\-_/:+]+|\n|.", re.S)


def is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WFA"


@dataclass(frozen=True)
class Glyph:
    char: str
    role: str
    x: float        # from the left edge of the text block, in points


@dataclass
class Line:
    glyphs: list[Glyph] = field(default_factory=list)
    blank: bool = False
    color: str = ""                 # RRGGBB; "" for black
    rule_above: Rule | None = None  # drawn at the top of this grid line
    rule_below: Rule | None = None  # drawn under this grid line

    @property
    def text(self) -> str:
        return "".join(g.char for g in self.glyphs)


@dataclass
class Page:
    number: int
    lines: list[Line] = field(default_factory=list)


class _Piece(NamedTuple):
    text: str
    role: str
    width: float


Measure = Callable[[str, str], float]
"""The natural advance in points of a half-width character in a font role (the renderer's
font metrics); without one, half a font size."""


def advance(char: str, role: str, profile: Profile, measure: Measure | None = None) -> float:
    """Full-width characters advance by exactly one grid cell; the rest by their own width."""
    size = profile.font(role).size_pt
    spacing = profile.char_spacing_twips / TWIPS_PER_PT
    if is_wide(char):
        return size + spacing
    return (measure(char, role) if measure else size / 2) + spacing


Advance = Callable[[str, str], float]


class _RoleAdvances(dict[str, float]):
    """Advances of one role's characters, each worked out once."""

    def __init__(self, role: str, profile: Profile, measure: Measure | None) -> None:
        super().__init__()
        self.role, self.profile, self.measure = role, profile, measure

    def __missing__(self, char: str) -> float:
        value = self[char] = advance(char, self.role, self.profile, self.measure)
        return value


class _Advancer:
    """`advance` for one profile and font measure, remembered per role and character; the hot
    loops take a role's table once (`table`) and index it directly."""

    def __init__(self, profile: Profile, measure: Measure | None) -> None:
        self.profile, self.measure = profile, measure
        self.tables: dict[str, _RoleAdvances] = {}

    def table(self, role: str) -> _RoleAdvances:
        found = self.tables.get(role)
        if found is None:
            found = self.tables[role] = _RoleAdvances(role, self.profile, self.measure)
        return found

    def __call__(self, char: str, role: str) -> float:
        return self.table(role)[char]


def advancer(profile: Profile, measure: Measure | None = None) -> Advance:
    """`advance` for one profile and font measure, remembered per character and role: a 300-page
    report asks 330,000 times for a few thousand distinct answers."""
    return _Advancer(profile, measure)


def _table(adv: Advance, role: str) -> Callable[[str], float]:
    """The quickest way to a role's advances: its table, or `adv` itself for any other callable."""
    if isinstance(adv, _Advancer):
        return adv.table(role).__getitem__
    return lambda char: adv(char, role)


def _pieces(block: Block, adv: Advance) -> list[_Piece]:
    """Unbreakable pieces: one Chinese character, or a whole Latin word / number."""
    out: list[_Piece] = []
    for run in block.runs:
        role = run.role
        width = _table(adv, role)
        for token in _TOKEN.findall(run.text):
            if token == "\n":
                out.append(_Piece("\n", role, 0.0))
            elif len(token) == 1:
                out.append(_Piece(token, role, width(token)))
            else:
                out.append(_Piece(token, role, sum(map(width, token))))
    return out


def _starts_badly(piece: _Piece) -> bool:
    return piece.text[0] in NO_LINE_START


def _ends_badly(piece: _Piece) -> bool:
    return piece.text[-1] in NO_LINE_END


def _break_lines(pieces: list[_Piece], first_width: float, width: float) -> list[list[_Piece]]:
    lines: list[list[_Piece]] = []
    current: list[_Piece] = []
    used = 0.0
    limit = first_width
    for piece in pieces:
        if piece.text == "\n":
            lines.append(current)
            current, used, limit = [], 0.0, width
            continue
        if current and used + piece.width > limit + 1e-6:
            carry: list[_Piece] = []
            # Closing punctuation may not start a line: take the last character(s) along.
            if _starts_badly(piece):
                while len(current) > 1 and _starts_badly(current[-1]):
                    carry.insert(0, current.pop())
                if len(current) > 1:
                    carry.insert(0, current.pop())
            # Opening punctuation may not end a line.
            while len(current) > 1 and _ends_badly(current[-1]):
                carry.insert(0, current.pop())
            lines.append(current)
            current = carry
            used = sum(p.width for p in carry)
            limit = width
        current.append(piece)
        used += piece.width
    lines.append(current)
    return lines


def _place(line: list[_Piece], start: float, slack_per_gap: float, adv: Advance) -> list[Glyph]:
    glyphs: list[Glyph] = []
    append = glyphs.append
    x = start
    widths: dict[str, Callable[[str], float]] = {}
    for index, piece in enumerate(line):
        if index:
            x += slack_per_gap
        role = piece.role
        width = widths.get(role) or widths.setdefault(role, _table(adv, role))
        if len(piece.text) == 1:
            append(Glyph(piece.text, role, x))
            x += piece.width  # the piece's width is its one character's advance
            continue
        for char in piece.text:
            append(Glyph(char, role, x))
            x += width(char)
    return glyphs


def block_lines(block: Block, profile: Profile, measure: Measure | None = None,
                adv: Advance | None = None) -> list[Line]:
    """The lines of one paragraph, glyphs placed from the left edge of the text block, with the
    block's colour and its rules on its first and last line."""
    lines = _block_lines(block, profile, measure, adv)
    for line in lines:
        line.color = block.color
    lines[0].rule_above = block.rule_above
    lines[-1].rule_below = block.rule_below
    return lines


def _two_sided(block: Block, profile: Profile, adv: Advance) -> list[Line]:
    """A line with text at both ends: the runs before a "\t" run from the left indent, the runs
    after it ending at the right indent (the 发文字号 and 签发人; 印发机关 and 印发日期). When both
    do not fit, the right-hand part goes on a line of its own."""
    tab = next(i for i, run in enumerate(block.runs) if run.text == "\t")
    body_size = profile.body.size_pt
    width = profile.text_width_twips / TWIPS_PER_PT
    left_x = block.first_line_chars * body_size
    right_edge = width - block.right_chars * body_size

    def glyphs(runs: tuple, x: float) -> list[Glyph]:
        out = []
        for run in runs:
            for char in run.text:
                out.append(Glyph(char, run.role, x))
                x += adv(char, run.role)
        return out

    def span(runs: tuple) -> float:
        return sum(adv(c, r.role) for r in runs for c in r.text)

    left, right = block.runs[:tab], block.runs[tab + 1:]
    right_x = right_edge - span(right)
    if left_x + span(left) <= right_x:
        return [Line(glyphs(left, left_x) + glyphs(right, right_x))]
    return [Line(glyphs(left, left_x)), Line(glyphs(right, right_x))]


def _block_lines(block: Block, profile: Profile, measure: Measure | None = None,
                 adv: Advance | None = None) -> list[Line]:
    if block.kind is Kind.BLANK or not block.runs or not any(r.text for r in block.runs):
        return [Line(blank=True)]
    adv = adv or advancer(profile, measure)
    if any(run.text == "\t" for run in block.runs):
        return _two_sided(block, profile, adv)
    body_size = profile.body.size_pt
    width = profile.text_width_twips / TWIPS_PER_PT
    indent = block.first_line_chars * body_size
    right = block.right_chars * body_size
    lines = _break_lines(_pieces(block, adv), width - indent - right, width - right)
    out: list[Line] = []
    for index, line in enumerate(lines):
        start = indent if index == 0 else 0.0
        used = sum(p.width for p in line)
        available = width - right - start
        last = index == len(lines) - 1
        if block.align is Align.CENTER:
            glyphs = _place(line, start + (available - used) / 2, 0.0, adv)
        elif block.align is Align.RIGHT:
            glyphs = _place(line, start + available - used, 0.0, adv)
        elif block.align is Align.JUSTIFY and not last and len(line) > 1:
            slack = max(0.0, available - used) / (len(line) - 1)
            glyphs = _place(line, start, slack, adv)
        else:
            glyphs = _place(line, start, 0.0, adv)
        out.append(Line(glyphs))
    return out


def paginate(blocks: Iterable[Block], profile: Profile, measure: Measure | None = None) -> list[Page]:
    """Lines of every block, at most `lines_per_page` to a page, with the keep rules the .docx asks
    Word and LibreOffice for: widow and orphan control (never one line of a paragraph alone at
    either side of a break), a heading with the first line of the next paragraph, a block marked
    `keep_next` with the next. Where no break is allowed on a page, the page is filled."""
    paginator = Paginator(profile, measure)
    for block in blocks:
        paginator.add(block)
    return paginator.pages()


class Paginator:
    """`paginate` a block at a time: the print preview lays out its first pages in short steps
    between the window's events, asking after each step how many pages are certain."""

    def __init__(self, profile: Profile, measure: Measure | None = None) -> None:
        self.profile, self.measure = profile, measure
        self._adv = advancer(profile, measure)
        self.lines: list[Line] = []
        self._breakable: list[bool] = []   # may a page start with this line?
        self._keep_previous = False

    def add(self, block: Block) -> None:
        lines_per_page = self.profile.lines_per_page
        block_lines_ = block_lines(block, self.profile, self.measure, self._adv)
        count = len(block_lines_)
        whole = block.keep_together and count <= lines_per_page
        for index, line in enumerate(block_lines_):
            if index == 0:
                allowed = not self._keep_previous
            else:
                allowed = not whole and index not in (1, count - 1)
            self.lines.append(line)
            self._breakable.append(allowed)
        self._keep_previous = block.keep_next

    def pages(self) -> list[Page]:
        return _fill_pages(self.lines, self._breakable, self.profile.lines_per_page)


def _fill_pages(lines: list[Line], breakable: list[bool], per_page: int) -> list[Page]:
    pages: list[Page] = []
    start = 0
    while start < len(lines):
        end = min(start + per_page, len(lines))
        if end < len(lines) and not breakable[end]:
            cut = next((i for i in range(end - 1, start, -1) if breakable[i]), None)
            if cut is not None:
                end = cut
        pages.append(Page(len(pages) + 1, lines[start:end]))
        start = end
    return pages or [Page(1)]


_NARROW = re.compile(r"[\x00-\xa0\u0100-\u1fff\uff61-\uffdc]")


def estimate_pages(blocks: list[Block], profile: Profile) -> list[Page]:
    """`paginate` with each paragraph's line count estimated from its width in characters (no
    line-breaking rules, no glyphs): a tenth of the time, for the .docx, where Word and
    LibreOffice do the real line breaking anyway. The lines are placeholders."""
    per_line = profile.chars_per_line
    lines: list[Line] = []
    breakable: list[bool] = []
    keep_previous = False
    text_line, blank_line = Line(), Line(blank=True)  # placeholders, shared
    for block in blocks:
        text = "".join(run.text for run in block.runs)
        if block.kind is Kind.BLANK or not text:
            count = 1
        elif any(run.text == "\t" for run in block.runs):
            count = 1
        else:
            count = 0
            for part in text.split("\n"):
                width = len(part) - len(_NARROW.findall(part)) / 2 + (block.first_line_chars if not count else 0)
                count += max(1, -int(-width // (per_line - block.right_chars)))
        whole = block.keep_together and count <= profile.lines_per_page
        for index in range(count):
            lines.append(blank_line if block.kind is Kind.BLANK else text_line)
            breakable.append(not keep_previous if index == 0 else not whole and index not in (1, count - 1))
        keep_previous = block.keep_next
    return _fill_pages(lines, breakable, profile.lines_per_page)


def page_number_text(number: int, profile: Profile) -> str:
    dash = profile.page_number_dash
    return f"{dash} {number} {dash}"
