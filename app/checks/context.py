"""What every check reads: the report's text cut into units (title, headings, paragraphs,
preamble, closing), each with the number of its section, built once per run."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

from app.model import Part, Report, Section
from app.numbering import Located, located_sections

if TYPE_CHECKING:
    from app.checks.wording_rules import WordingRule


class Where(str, Enum):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    PREAMBLE = "preamble"
    CLOSING = "closing"


@dataclass(frozen=True)
class TextUnit:
    where: Where
    text: str
    section: Section | None = None
    number: str | None = None     # the section's number as the clerk sees it
    top_part: Part | None = None  # the part of the level-1 section the unit belongs to
    index: int | None = None      # a paragraph's index in its section, preamble or closing
    depth: int = 0                # the section's level (1 = top)

    def at(self, start: int, end: int) -> dict[str, Any]:
        """The keyword arguments of Finding that place it on text[start:end] of this unit."""
        return {"paragraph": self.index, "start": start, "length": end - start, "where": self.where.value}

    def span(self, start: int, end: int) -> dict[str, Any]:
        """As at(), with the section's id (for make_finding)."""
        return {**self.at(start, end), "section_id": self.section.id if self.section else None}


@dataclass(frozen=True)
class LedgerFigure:
    """A figure of an activity in this year's ledger: 执法检查 32 家."""

    name: str
    value: float
    unit: str
    activity: str = ""  # the activity's title, to name it


@dataclass
class CheckContext:
    report: Report
    last_year: Report | None
    today: dt.date
    located: list[Located] = field(default_factory=list)
    numbers: dict[int, str] = field(default_factory=dict)   # id(section) → number
    units: list[TextUnit] = field(default_factory=list)
    wording_rules: Sequence[WordingRule] | None = None  # None: the built-in rules
    ledger: Sequence[LedgerFigure] = ()                  # this year's figures from the activity ledger
    _last: CheckContext | None = None
    _joined: tuple[str, list[int]] | None = None

    @property
    def last(self) -> CheckContext | None:
        """Last year's report cut into units the same way (built on first use)."""
        if self.last_year is None:
            return None
        if self._last is None:
            self._last = build_context(self.last_year, None, self.today)
        return self._last

    @property
    def year(self) -> int:
        return self.report.year

    def joined(self) -> str:
        """Every unit's text, one per line: one regex pass over it is much faster than one per unit."""
        if self._joined is None:
            starts, offset = [], 0
            for unit in self.units:
                starts.append(offset)
                offset += len(unit.text) + 1
            self._joined = ("\n".join(u.text for u in self.units), starts)
        return self._joined[0]

    def locate(self, start: int, end: int) -> tuple[TextUnit, int, int] | None:
        """The unit holding joined()[start:end] and the span within it (None across two units)."""
        self.joined()
        assert self._joined is not None
        starts = self._joined[1]
        index = bisect.bisect_right(starts, start) - 1
        unit = self.units[index]
        offset = starts[index]
        if end - offset > len(unit.text):
            return None
        return unit, start - offset, end - offset

    def number_of(self, section: Section) -> str | None:
        return self.numbers.get(id(section))


def _shown_numbers(located: list[Located]) -> dict[int, str]:
    """A parsed report shows its numbers as written (一、 三、 with the gap); a stored one as derived."""
    written: dict[tuple[int, ...], str | None] = {}
    out: dict[int, str] = {}
    for loc in located:
        parent = written.get(loc.path[:-1], "") if loc.depth > 1 else ""
        marker = loc.section.written_marker
        own = parent + marker if (marker and parent is not None) else None
        written[loc.path] = own
        out[id(loc.section)] = own or loc.number
    return out


def build_context(report: Report, last_year: Report | None, today: dt.date, *,
                  wording_rules: Sequence[WordingRule] | None = None,
                  ledger: Sequence[LedgerFigure] = ()) -> CheckContext:
    located = list(located_sections(report))
    numbers = _shown_numbers(located)
    units: list[TextUnit] = []
    if report.title:
        units.append(TextUnit(Where.TITLE, report.title))
    units.extend(TextUnit(Where.PREAMBLE, p, index=i) for i, p in enumerate(report.preamble) if p.strip())
    top_part: Part | None = None
    for loc in located:
        section = loc.section
        if loc.depth == 1:
            top_part = section.part
        number = numbers[id(section)]
        units.append(TextUnit(Where.HEADING, section.heading, section, number, top_part, None, loc.depth))
        units.extend(TextUnit(Where.PARAGRAPH, p, section, number, top_part, i, loc.depth)
                     for i, p in enumerate(section.paragraphs) if p.strip())
    units.extend(TextUnit(Where.CLOSING, p, index=i) for i, p in enumerate(report.closing) if p.strip())
    return CheckContext(report, last_year, today, located, numbers, units, wording_rules, ledger)


def excerpt_around(text: str, start: int, end: int, margin: int = 6) -> str:
    """The matched text with a few characters either side, exactly as written (to find it again)."""
    return text[max(0, start - margin):min(len(text), end + margin)].strip()
