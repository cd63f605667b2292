"""The comparison of two versions of a report: every section pair with its text segments (for
a side-by-side or inline view and the tree's changed markers) and a numbered list of changes
to step through. Change.to_dict() is the CLI's JSON shape (issue 12)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.model import Report, Section
from app.numbering import Located
from app.review.align import Pairing, moved_sections, pair_sections, parent_index
from app.review.textdiff import Segment, diff_text

KINDS = ("insert", "delete", "replace", "heading", "add-section", "remove-section", "move-section", "comment")


@dataclass
class Change:
    """One change between the versions. `old_index`/`new_index` are the section's places in the
    depth-first section lists of the two versions; `segment` the index of a text change among
    its pair's segments."""

    id: int
    section: str
    kind: str
    before: str = ""
    after: str = ""
    author: str | None = None
    date: str | None = None
    tracked: bool = False
    old_index: int | None = None
    new_index: int | None = None
    segment: int | None = None
    area: str = ""  # "preamble" / "closing" for the text before the first and after the last section

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "section": self.section, "kind": self.kind, "before": self.before,
                "after": self.after, "author": self.author, "date": self.date, "tracked": self.tracked}

    def stored(self) -> dict[str, Any]:
        """to_dict() plus where it applies (the pending list kept in the report)."""
        return {**self.to_dict(), "old_index": self.old_index, "new_index": self.new_index,
                "segment": self.segment, "area": self.area}

    @classmethod
    def from_stored(cls, data: dict[str, Any]) -> Change:
        return cls(int(data["id"]), str(data["section"]), str(data["kind"]), str(data.get("before") or ""),
                   str(data.get("after") or ""), data.get("author"), data.get("date"), bool(data.get("tracked")),
                   data.get("old_index"), data.get("new_index"), data.get("segment"), str(data.get("area") or ""))


@dataclass
class SectionDiff:
    """One section in the comparison: its old and new place (either may be None) and the text."""

    old: Located | None
    new: Located | None
    segments: list[Segment] = field(default_factory=list)
    changes: list[int] = field(default_factory=list)  # ids of the changes in this section

    @property
    def changed(self) -> bool:
        return bool(self.changes)

    @property
    def number(self) -> str:
        located = self.old or self.new
        assert located is not None
        return located.number


@dataclass
class Comparison:
    old_report: Report
    new_report: Report
    pairing: Pairing
    sections: list[SectionDiff]
    changes: list[Change]
    preamble: list[Segment] = field(default_factory=list)
    closing: list[Segment] = field(default_factory=list)

    def change(self, change_id: int) -> Change:
        return next(c for c in self.changes if c.id == change_id)

    def changed_section_ids(self) -> set[int]:
        """Ids of the new version's sections that changed (the tree's markers)."""
        return {d.new.section.id for d in self.sections if d.changed and d.new and d.new.section.id is not None}


# how the text outside the sections is named in a change list (公文: 开头 and 结尾)
AREA_LABELS = {"preamble": "（开头）", "closing": "（结尾）"}


def section_text(section: Section) -> str:
    """A whole section as one text: heading, then its paragraphs (for added/removed sections)."""
    return "\n".join([section.heading, *section.paragraphs])


# refine(before, after) → finer segments for one changed segment, or None to keep it whole
Refiner = Callable[[str, str], "list[Segment] | None"]


def _refined(segments: list[Segment], refine: Refiner | None) -> list[Segment]:
    if refine is None:
        return segments
    out: list[Segment] = []
    for segment in segments:
        finer = refine(segment.before, segment.after) if segment.changed else None
        out.extend(finer or [segment])
    return out


def compare_reports(old: Report, new: Report, refine: Refiner | None = None) -> Comparison:
    """The comparison of two versions; `refine` may split a change where the reviewer's tracked
    changes say it was several (dense edits that the semantic cleanup joined)."""
    pairing = pair_sections(old, new)
    changes: list[Change] = []
    diffs: list[SectionDiff] = []
    moved = set(moved_sections(pairing))
    new_to_old = pairing.new_to_old

    def add(diff: SectionDiff, change: Change) -> None:
        change.id = len(changes) + 1
        changes.append(change)
        diff.changes.append(change.id)

    preamble = _refined(diff_text("\n".join(old.preamble), "\n".join(new.preamble)), refine)
    for k, segment in enumerate(preamble):
        if segment.changed:
            changes.append(Change(len(changes) + 1, AREA_LABELS["preamble"], segment.kind, segment.before,
                                  segment.after, segment=k, area="preamble"))
    for i, old_loc in enumerate(pairing.old):
        j = pairing.old_to_new.get(i)
        if j is None:
            diff = SectionDiff(old_loc, None)
            diffs.append(diff)
            parent = parent_index(pairing.old, i)
            if parent is None or parent in pairing.old_to_new:  # a removed parent says it for its children
                add(diff, Change(0, old_loc.number, "remove-section", before=_subtree_text(old_loc.section),
                                 old_index=i))
            continue
        new_loc = pairing.new[j]
        diff = SectionDiff(old_loc, new_loc, _refined(diff_text(old_loc.section.body_text(),
                                                                new_loc.section.body_text()), refine))
        diffs.append(diff)
        if i in moved:
            add(diff, Change(0, old_loc.number, "move-section", before=old_loc.number, after=new_loc.number,
                             old_index=i, new_index=j))
        if old_loc.section.heading != new_loc.section.heading:
            add(diff, Change(0, old_loc.number, "heading", before=old_loc.section.heading,
                             after=new_loc.section.heading, old_index=i, new_index=j))
        for k, segment in enumerate(diff.segments):
            if segment.changed:
                add(diff, Change(0, old_loc.number, segment.kind, before=segment.before, after=segment.after,
                                 old_index=i, new_index=j, segment=k))
    for j, new_loc in enumerate(pairing.new):
        if j in new_to_old:
            continue
        diff = SectionDiff(None, new_loc)
        diffs.append(diff)
        parent = parent_index(pairing.new, j)
        if parent is None or parent in new_to_old:
            add(diff, Change(0, new_loc.number, "add-section", after=_subtree_text(new_loc.section), new_index=j))
    closing = _refined(diff_text("\n".join(old.closing), "\n".join(new.closing)), refine)
    for k, segment in enumerate(closing):
        if segment.changed:
            changes.append(Change(len(changes) + 1, AREA_LABELS["closing"], segment.kind, segment.before,
                                  segment.after, segment=k, area="closing"))
    return Comparison(old, new, pairing, diffs, changes, preamble, closing)


def _subtree_text(section: Section) -> str:
    return "\n".join(section_text(s) for s in section.walk())
