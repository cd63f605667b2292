"""Coverage: which of the year's ledger activities a report does not mention yet."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.library.activities import Activity
from app.model import Report, Section

# Words any activity title has; they say nothing about which activity it is.
_COMMON = re.compile(r"组织|召开|开展|举办|参加|进行|全市|全区|全县|全局|工作|活动|会议|我局|本局|单位|相关|有关")
KEY_SHARE = 0.7  # share of a title's key pieces the report must contain to count as mentioned


def report_text(report: Report) -> str:
    parts = [report.title, *report.preamble, *report.closing]
    for section in report.all_sections():
        parts.append(section.heading)
        parts.extend(section.paragraphs)
    return "\n".join(parts)


def _key_pieces(title: str) -> set[str]:
    """Three-character pieces of the title's word runs, common words taken out (two-character
    pieces for short runs): 警示教育大会 → 警示教 示教育 教育大 育大会. Pieces of three keep a
    report that only says 大会 somewhere from counting as mentioning it."""
    pieces: set[str] = set()
    for run in re.findall(r"\w+", _COMMON.sub(" ", title)):
        size = 3 if len(run) >= 3 else 2
        pieces.update(run[i:i + size] for i in range(len(run) - size + 1))
    return pieces


def is_mentioned(activity: Activity, text: str) -> bool:
    title = activity.title.strip()
    if title and title in text:
        return True
    if activity.date_text and activity.start and activity.date_text in text:
        return True
    pieces = _key_pieces(title)
    if not pieces:
        return False
    return sum(piece in text for piece in pieces) / len(pieces) >= KEY_SHARE


def unmentioned(report: Report, activities: list[Activity]) -> list[Activity]:
    """Activities of the report's year whose title (or its key words, or its date) the report
    text does not contain yet, in ledger order."""
    text = report_text(report)
    return [a for a in activities if a.year == report.year and not is_mentioned(a, text)]


# --- per-section mentions: an edit re-reads one section, not the report ------------------------------
SectionKey = object


def section_key(section: Section) -> SectionKey:
    """A stored section by its id; an unsaved one (no id yet) by the object itself."""
    return section.id if section.id is not None else ("object", id(section))


def _grams(text: str) -> set[str]:
    """Every two- and three-character substring: a key piece is one of them or none."""
    return {text[i:i + n] for n in (2, 3) for i in range(len(text) - n + 1)}


@dataclass(frozen=True)
class _Mentions:
    """What one part of the report (a section, or the title, preamble and closing) mentions:
    activities named whole (title or date), and the key pieces of the others it contains."""
    whole: frozenset[int]
    pieces: dict[int, frozenset[str]]


class CoverageIndex:
    """`unmentioned` kept up to date section by section: the report's parts are read once, and
    after an edit only the edited section is read again (`update_section`). The answer is the one
    `unmentioned` gives, except that a title or date is never found across two parts."""

    def __init__(self, report: Report, activities: list[Activity]) -> None:
        self.activities = [a for a in activities if a.year == report.year]
        self._pieces = [_key_pieces(a.title.strip()) for a in self.activities]
        self._parts: dict[SectionKey, _Mentions] = {}
        self._build_lookup()
        self.update_report_text(report)
        for section in report.all_sections():
            self.update_section(section)

    def _build_lookup(self) -> None:
        """Which activities a two- or three-character substring may concern, so that reading a
        part costs its length and its hits, not the size of the ledger."""
        self._by_piece: dict[str, list[int]] = {}
        self._by_start: dict[str, list[int]] = {}
        self._short: list[tuple[int, str]] = []  # one-character titles or dates: searched as they are
        for index, activity in enumerate(self.activities):
            for piece in self._pieces[index]:
                self._by_piece.setdefault(piece, []).append(index)
            title = activity.title.strip()
            whole = [title] if title else []
            if activity.date_text and activity.start:
                whole.append(activity.date_text)
            for needle in whole:
                if len(needle) >= 2:
                    self._by_start.setdefault(needle[:3] if len(needle) >= 3 else needle, []).append(index)
                else:
                    self._short.append((index, needle))

    def _read(self, text: str) -> _Mentions:
        grams = _grams(text)
        whole = {index for index, needle in self._short if needle in text}
        for gram in grams:
            for index in self._by_start.get(gram, ()):
                activity = self.activities[index]
                title = activity.title.strip()
                if (title and title.startswith(gram) and title in text) or (
                        activity.date_text and activity.date_text.startswith(gram) and activity.date_text in text
                        and activity.start):
                    whole.add(index)
        found: dict[int, set[str]] = {}
        for gram in grams:
            for index in self._by_piece.get(gram, ()):
                if index not in whole:
                    found.setdefault(index, set()).add(gram)
        return _Mentions(frozenset(whole), {index: frozenset(p) for index, p in found.items()})

    def update_report_text(self, report: Report) -> None:
        """After an edit of the title, preamble or closing."""
        self._parts["report"] = self._read("\n".join([report.title, *report.preamble, *report.closing]))

    def update_section(self, section: Section) -> None:
        """After an edit of this section's heading or body (not its sub-sections)."""
        self._parts[section_key(section)] = self._read("\n".join([section.heading, *section.paragraphs]))

    def remove_section(self, section: Section) -> None:
        self._parts.pop(section_key(section), None)

    def unmentioned(self) -> list[Activity]:
        whole: set[int] = set().union(*(m.whole for m in self._parts.values()))
        # gathered part by part: the cost is the hits, not activities × parts (10,000 × 300 sections)
        found: dict[int, set[str]] = {}
        for mentions in self._parts.values():
            for index, hits in mentions.pieces.items():
                found.setdefault(index, set()).update(hits)
        out = []
        for index, activity in enumerate(self.activities):
            if index in whole:
                continue
            pieces = self._pieces[index]
            if pieces and len(found.get(index, ())) / len(pieces) >= KEY_SHARE:
                continue
            out.append(activity)
        return out
