"""Where a finding points: the node (section, 开头 or 结尾), the paragraph or heading, and exactly
the offending characters — from the core's span when the check gave one, otherwise worked out
from the excerpt and the kind (the comma, the unpaired quote, the date, the year)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.checks import Finding
from app.model import Report
from ui.editor.end_nodes import CLOSING_ID, OPENING_ID

HEADING = -1  # the paragraph number select_match takes for the heading line

# what to look for inside the excerpt when a check gave no span
_NARROW = {
    "punctuation": re.compile(r"[,.;:?!()]|([，。；：？！、])\1+"),
    "date": re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{1,2}\s*月\s*\d{1,2}\s*日"),
    "year": re.compile(r"\d{4}"),
}


@dataclass(frozen=True)
class FindingPlace:
    node_id: int      # a section id, OPENING_ID or CLOSING_ID
    paragraph: int    # index among the node's paragraphs, or HEADING
    start: int
    length: int


def finding_span(finding: Finding, text: str) -> tuple[int, int]:
    """The offending characters of `finding` in `text` (the paragraph or heading it points at) as
    (start, length); (-1, 0) when they are not there (the text changed since the check ran)."""
    if finding.start is not None and finding.length is not None \
            and 0 <= finding.start and finding.start + finding.length <= len(text):
        return finding.start, finding.length
    needle = finding.excerpt.strip("…").strip()
    at = text.find(needle) if needle else -1
    if at < 0:
        return -1, 0
    if finding.kind == "pairing" and finding.message[:1] and finding.message[0] in needle:
        # the unpaired mark is the first character of the message: “ 缺少对应的 ”
        return at + needle.index(finding.message[0]), 1
    pattern = _NARROW.get(finding.kind)
    match = pattern.search(needle) if pattern is not None else None
    if match is not None:
        return at + match.start(), match.end() - match.start()
    return at, len(needle)


def finding_place(finding: Finding, report: Report) -> FindingPlace | None:
    """Where to take the clerk for `finding`; None for the title or the whole report."""
    if finding.where in ("preamble", "closing"):
        node_id, texts = (OPENING_ID, report.preamble) if finding.where == "preamble" else (CLOSING_ID, report.closing)
        return _in_paragraphs(finding, node_id, texts)
    if finding.section_id is None:
        return None
    section = report.find_section(finding.section_id)
    if section is None:
        return None
    if finding.where == "heading" or (finding.where is None and finding.excerpt
                                      and finding.excerpt.strip("…").strip() in section.heading):
        start, length = finding_span(finding, section.heading)
        if start >= 0:
            return FindingPlace(finding.section_id, HEADING, start, length)
    return _in_paragraphs(finding, finding.section_id, section.paragraphs) or FindingPlace(finding.section_id, 0, 0, 0)


def _in_paragraphs(finding: Finding, node_id: int, paragraphs: list[str]) -> FindingPlace | None:
    order = list(range(len(paragraphs)))
    if finding.paragraph is not None and 0 <= finding.paragraph < len(paragraphs):
        order.remove(finding.paragraph)
        order.insert(0, finding.paragraph)
    for number in order:
        start, length = finding_span(finding, paragraphs[number])
        if start >= 0:
            return FindingPlace(node_id, number, start, length)
    return FindingPlace(node_id, 0, 0, 0) if paragraphs else None
