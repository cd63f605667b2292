"""Coverage: which of the year's ledger activities a report does not mention yet."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.library.activities import Activity
from app.model import Report, Section

# Words any activity title has; they say nothing about which activity it is.
_COMMON = re.compile(r"组织|召开|开展|举办|参加|进行|全市|全区|全县|全局|工作|活动|会议|我局|本局|单位|相关|有关")
KEY_SHARE = 0.7  # share of a title's key pieces the report must contain to count as mentioned
STEP = 500  # activities (a tenth as many sections) per step of a stepwise build: a few ms


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
    activities named whole (title or date), and the key pieces (of any activity) it contains."""
    whole: frozenset[int]
    pieces: frozenset[str]


class CoverageIndex:
    """`unmentioned` kept up to date section by section: the report's parts are read once, and
    after an edit only the edited section is read again (`update_section`), and only the
    activities whose pieces or names came or went with it are looked at again — so an edit costs
    the section and what it changed, not the ledger. The answer is the one `unmentioned` gives,
    except that a title or date is never found across two parts."""

    def __init__(self, report: Report, activities: list[Activity], *, stepwise: bool = False) -> None:
        """With `stepwise`, nothing is read yet: run `steps()` to the end (a GUI takes a few per
        turn of its event loop) before asking anything."""
        self.activities = [a for a in activities if a.year == report.year]
        self._report = report
        self._pieces: list[set[str]] = []
        # a key piece counts for an activity as long as any part contains it; a name as long as
        # any part names it: counted per part, so an edit adds and takes away only its own share
        self._parts: dict[SectionKey, _Mentions] = {}
        self._piece_parts: dict[str, int] = {}  # key piece → the parts containing it
        self._found = [0] * len(self.activities)  # key pieces of each activity some part contains
        self._named = [0] * len(self.activities)  # parts naming each activity whole
        self._by_piece: dict[str, list[int]] = {}
        self._by_name: dict[str, list[tuple[int, str]]] = {}
        self._short: list[tuple[int, str]] = []  # one-character titles or dates: searched as they are
        self._missing: set[int] = set()
        if not stepwise:
            for _ in self.steps():
                pass

    def steps(self, size: int = STEP) -> Iterator[None]:
        """Build the index, yielding after each `size` activities or sections."""
        for start in range(0, len(self.activities), size):
            self._pieces.extend(_key_pieces(a.title.strip()) for a in self.activities[start:start + size])
            yield
        yield from self._build_lookup(size)
        self._missing = {i for i in range(len(self.activities)) if not self._is_mentioned(i)}
        self.update_report_text(self._report)
        sections = self._report.all_sections()
        for start in range(0, len(sections), max(1, size // 50)):
            for section in sections[start:start + max(1, size // 50)]:
                self.update_section(section)
            yield

    def _build_lookup(self, size: int) -> Iterator[None]:
        """Which activities a two- or three-character substring may concern, so that reading a
        part costs its length and its hits, not the size of the ledger. A title or date is looked
        for where its rarest piece occurs (开展第5次执法检查 under 第5次, not under 开展第)."""
        for index, pieces in enumerate(self._pieces):
            for piece in pieces:
                self._by_piece.setdefault(piece, []).append(index)
            if index % size == size - 1:
                yield
        needles: list[tuple[int, str]] = []
        share: dict[str, int] = {}
        for index, activity in enumerate(self.activities):
            title = activity.title.strip()
            for needle in ([title] if title else []) + ([activity.date_text] if activity.date_text and activity.start
                                                        else []):
                if len(needle) < 2:
                    self._short.append((index, needle))
                    continue
                needles.append((index, needle))
                for gram in _needle_grams(needle):
                    share[gram] = share.get(gram, 0) + 1
            if index % size == size - 1:
                yield
        for number, (index, needle) in enumerate(needles):
            rarest = min(_needle_grams(needle), key=lambda g: share[g])
            self._by_name.setdefault(rarest, []).append((index, needle))
            if number % size == size - 1:
                yield

    def _read(self, text: str) -> _Mentions:
        grams = _grams(text)
        whole = {index for index, needle in self._short if needle in text}
        for gram in grams:
            for index, needle in self._by_name.get(gram, ()):
                if needle in text:
                    whole.add(index)
        return _Mentions(frozenset(whole), frozenset(g for g in grams if g in self._by_piece))

    def _is_mentioned(self, index: int) -> bool:
        if self._named[index]:
            return True
        pieces = self._pieces[index]
        return bool(pieces) and self._found[index] / len(pieces) >= KEY_SHARE

    def _replace(self, key: SectionKey, mentions: _Mentions | None) -> None:
        old = self._parts.pop(key, None)
        if mentions is not None:
            self._parts[key] = mentions
        old_whole, new_whole = (old.whole if old else frozenset()), (mentions.whole if mentions else frozenset())
        old_pieces, new_pieces = (old.pieces if old else frozenset()), (mentions.pieces if mentions else frozenset())
        touched: set[int] = set()
        for index in old_whole - new_whole:
            self._named[index] -= 1
            touched.add(index)
        for index in new_whole - old_whole:
            self._named[index] += 1
            touched.add(index)
        for piece in old_pieces - new_pieces:
            self._piece_parts[piece] -= 1
            if not self._piece_parts[piece]:  # no part contains it any more
                del self._piece_parts[piece]
                for index in self._by_piece[piece]:
                    self._found[index] -= 1
                    touched.add(index)
        for piece in new_pieces - old_pieces:
            count = self._piece_parts[piece] = self._piece_parts.get(piece, 0) + 1
            if count == 1:  # the first part to contain it
                for index in self._by_piece[piece]:
                    self._found[index] += 1
                    touched.add(index)
        for index in touched:
            if self._is_mentioned(index):
                self._missing.discard(index)
            else:
                self._missing.add(index)

    def update_report_text(self, report: Report) -> None:
        """After an edit of the title, preamble or closing."""
        self._replace("report", self._read("\n".join([report.title, *report.preamble, *report.closing])))

    def update_section(self, section: Section) -> None:
        """After an edit of this section's heading or body (not its sub-sections)."""
        self._replace(section_key(section), self._read("\n".join([section.heading, *section.paragraphs])))

    def remove_section(self, section: Section) -> None:
        self._replace(section_key(section), None)

    def unmentioned_ids(self) -> set[int]:
        """The ids of the activities not mentioned (a copy)."""
        return {i for index in self._missing if (i := self.activities[index].id) is not None}

    def unmentioned(self) -> list[Activity]:
        return [activity for index, activity in enumerate(self.activities) if index in self._missing]


def _needle_grams(needle: str) -> set[str]:
    """The pieces a whole title or date is looked for under: its three-character substrings (its
    two-character self when that short)."""
    size = 3 if len(needle) >= 3 else 2
    return {needle[i:i + size] for i in range(len(needle) - size + 1)}
