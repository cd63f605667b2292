"""Find and replace over a whole report's headings and bodies (no Qt: plain functions)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.model import Report, Section
from app.numbering import located_sections

CONTEXT = 14  # characters of context shown on each side of a match


@dataclass(frozen=True)
class Match:
    section: Section
    number: str
    paragraph: int      # -1: the heading; else the index of the body paragraph
    start: int
    length: int
    context: str        # …前文【匹配】后文…


def _pattern(query: str, case_sensitive: bool) -> re.Pattern[str]:
    return re.compile(re.escape(query), 0 if case_sensitive else re.IGNORECASE)


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT):start]
    right = text[end:end + CONTEXT]
    return (("…" if start > CONTEXT else "") + left + "【" + text[start:end] + "】" + right
            + ("…" if end + CONTEXT < len(text) else ""))


Named = tuple[Section, str]  # a node and the name it is listed under


def find_matches(report: Report, query: str, *, case_sensitive: bool = False,
                 ends: tuple[Named, Named] | None = None) -> list[Match]:
    """Every occurrence of `query` in headings and body paragraphs, in document order; with `ends`
    (开头 and 结尾 as nodes, and their names) also in the opening before and the closing after."""
    if not query:
        return []
    pattern = _pattern(query, case_sensitive)
    found: list[Match] = []
    nodes: list[Named] = [(located.section, located.number) for located in located_sections(report)]
    if ends is not None:
        nodes = [ends[0], *nodes, ends[1]]
    for section, number in nodes:
        found.extend(_section_matches(section, number, pattern))
    return found


def section_matches(section: Section, number: str, query: str, *, case_sensitive: bool = False) -> list[Match]:
    """The matches in one section's heading and body, as `find_matches` lists them (the find panel
    searches again only the section that was typed in)."""
    return _section_matches(section, number, _pattern(query, case_sensitive)) if query else []


def _section_matches(section: Section, number: str, pattern: re.Pattern[str]) -> list[Match]:
    found: list[Match] = []
    lines = enumerate(section.paragraphs)
    for paragraph, text in [(-1, section.heading), *lines] if section.heading else lines:
        for m in pattern.finditer(text):
            found.append(Match(section, number, paragraph, m.start(), m.end() - m.start(),
                               _context(text, m.start(), m.end())))
    return found


def replaced_text(section: Section, query: str, replacement: str, *, case_sensitive: bool = False,
                  only: Match | None = None) -> tuple[str, list[str]]:
    """The section's heading and paragraphs with every match replaced (or just `only`)."""
    pattern = _pattern(query, case_sensitive)

    def swap(text: str, paragraph: int) -> str:
        if only is None:
            return pattern.sub(lambda _m: replacement, text)
        if only.paragraph != paragraph:
            return text
        segment = text[only.start:only.start + only.length]
        if not pattern.fullmatch(segment):
            return text  # the text changed since the search: leave it alone
        return text[:only.start] + replacement + text[only.start + only.length:]

    heading = swap(section.heading, -1)
    paragraphs = [p for p in (swap(text, i) for i, text in enumerate(section.paragraphs)) if p.strip()]
    return heading, paragraphs
