"""Pair the sections of two versions of a report: by identity, then by heading, then by
content (a renamed heading keeps its text), so that moved and renamed sections are found."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.model import Report
from app.numbering import Located, located_sections
from app.review.textdiff import similarity

_SPACE = re.compile(r"\s+")
RENAMED_SIMILARITY = 0.5  # bodies at least this alike: the same section under another heading


@dataclass
class Pairing:
    """Sections of two versions (depth-first) and which old index goes with which new index."""

    old: list[Located]
    new: list[Located]
    old_to_new: dict[int, int]

    @property
    def new_to_old(self) -> dict[int, int]:
        return {n: o for o, n in self.old_to_new.items()}


def _key(heading: str) -> str:
    return _SPACE.sub("", heading)


def _content(located: Located) -> str:
    return located.section.heading + "\n" + located.section.body_text()


def pair_sections(old_report: Report, new_report: Report) -> Pairing:
    old = list(located_sections(old_report))
    new = list(located_sections(new_report))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    new_by_id = {loc.section.id: i for i, loc in enumerate(new) if loc.section.id is not None}
    for i, loc in enumerate(old):
        j = new_by_id.get(loc.section.id) if loc.section.id is not None else None
        if j is not None and j not in taken:
            pairs[i] = j
            taken.add(j)
    by_heading: dict[str, list[int]] = {}
    for j, loc in enumerate(new):
        if j not in taken:
            by_heading.setdefault(_key(loc.section.heading), []).append(j)
    for i, loc in enumerate(old):
        if i in pairs:
            continue
        candidates = by_heading.get(_key(loc.section.heading))
        if candidates:
            j = candidates.pop(0)
            pairs[i] = j
            taken.add(j)
    rest_old = [i for i in range(len(old)) if i not in pairs]
    rest_new = [j for j in range(len(new)) if j not in taken]
    if rest_old and rest_new:
        scored = sorted(
            ((similarity(_content(old[i]), _content(new[j])), i, j) for i in rest_old for j in rest_new),
            reverse=True,
        )
        for score, i, j in scored:
            if score < RENAMED_SIMILARITY:
                break
            if i not in pairs and j not in taken:
                pairs[i] = j
                taken.add(j)
    return Pairing(old, new, pairs)


def parent_index(located: list[Located], index: int) -> int | None:
    """The index of the section's parent in the same depth-first list."""
    depth = located[index].depth
    for k in range(index - 1, -1, -1):
        if located[k].depth < depth:
            return k
    return None


def moved_sections(pairing: Pairing) -> list[int]:
    """Old indices of the sections that moved: to another parent, or out of order among
    their siblings (the longest run kept in order stays; the others moved)."""
    moved: list[int] = []
    groups: dict[int | None, list[int]] = {}
    for i, j in sorted(pairing.old_to_new.items()):
        old_parent = parent_index(pairing.old, i)
        new_parent = parent_index(pairing.new, j)
        expected = pairing.old_to_new.get(old_parent) if old_parent is not None else None
        if expected != new_parent:
            moved.append(i)
        else:
            groups.setdefault(old_parent, []).append(i)
    for members in groups.values():
        order = [pairing.old_to_new[i] for i in members]
        keep = _longest_increasing(order)
        moved.extend(i for k, i in enumerate(members) if k not in keep)
    return sorted(moved)


def _longest_increasing(values: list[int]) -> set[int]:
    """Positions of one longest increasing subsequence (quadratic: sibling lists are short)."""
    if not values:
        return set()
    length = [1] * len(values)
    back = [-1] * len(values)
    for k in range(len(values)):
        for m in range(k):
            if values[m] < values[k] and length[m] + 1 > length[k]:
                length[k], back[k] = length[m] + 1, m
    k = max(range(len(values)), key=lambda n: (length[n], -n))
    out: set[int] = set()
    while k >= 0:
        out.add(k)
        k = back[k]
    return out
