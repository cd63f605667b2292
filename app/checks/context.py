"""What every check reads: the report's text cut into units (title, headings, paragraphs,
preamble, closing), each with the number of its section, built once per run."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from app.model import Part, Report, Section
from app.numbering import Located, located_sections


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


@dataclass
class CheckContext:
    report: Report
    last_year: Report | None
    today: dt.date
    located: list[Located] = field(default_factory=list)
    numbers: dict[int, str] = field(default_factory=dict)   # id(section) → number
    units: list[TextUnit] = field(default_factory=list)

    @property
    def year(self) -> int:
        return self.report.year

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


def build_context(report: Report, last_year: Report | None, today: dt.date) -> CheckContext:
    located = list(located_sections(report))
    numbers = _shown_numbers(located)
    units: list[TextUnit] = []
    if report.title:
        units.append(TextUnit(Where.TITLE, report.title))
    units.extend(TextUnit(Where.PREAMBLE, p) for p in report.preamble if p.strip())
    top_part: Part | None = None
    for loc in located:
        section = loc.section
        if loc.depth == 1:
            top_part = section.part
        number = numbers[id(section)]
        units.append(TextUnit(Where.HEADING, section.heading, section, number, top_part))
        units.extend(TextUnit(Where.PARAGRAPH, p, section, number, top_part)
                     for p in section.paragraphs if p.strip())
    units.extend(TextUnit(Where.CLOSING, p) for p in report.closing if p.strip())
    return CheckContext(report, last_year, today, located, numbers, units)


def excerpt_around(text: str, start: int, end: int, margin: int = 6) -> str:
    """The matched text with a few characters either side, exactly as written (to find it again)."""
    return text[max(0, start - margin):min(len(text), end + margin)].strip()
