"""Accepted changes become edits of the live report. The changes were found against the base
(the exported draft); the live report may have moved on since, so sections are found by id
(then heading and content) and text is patched fuzzily when the live text differs."""

from __future__ import annotations

import copy

from diff_match_patch import diff_match_patch

from app.model import Report, Section
from app.numbering import Located
from app.review.align import pair_sections, parent_index
from app.review.compare import AREA_LABELS, Change, Comparison
from app.store import Store

_TEXT_KINDS = {"insert", "delete", "replace"}


def apply_changes(store: Store, base: Report, comparison: Comparison, live: Report, accepted: list[Change]) -> None:
    pairing = pair_sections(base, live)
    live_id: dict[int, int] = {i: pairing.new[j].section.id for i, j in pairing.old_to_new.items()  # type: ignore[misc]
                               if pairing.new[j].section.id is not None}
    _edit_areas(store, comparison, live, accepted)
    by_section: dict[int, list[Change]] = {}
    for change in accepted:
        if change.old_index is not None and not change.area and (change.kind in _TEXT_KINDS | {"heading", "comment"}):
            by_section.setdefault(change.old_index, []).append(change)
    for old_index, changes in by_section.items():
        section_id = live_id.get(old_index)
        section = live.find_section(section_id) if section_id is not None else None
        if section is not None:
            _edit_section(section, comparison, old_index, changes)
            store.reports.update_section(section)
    for change in accepted:
        if change.kind == "remove-section" and change.old_index in live_id:
            store.reports.delete_section(live_id[change.old_index])
    # new index → live id, for placing added and moved sections next to their new neighbours
    placed = {j: live_id[i] for i, j in comparison.pairing.old_to_new.items() if i in live_id}
    for change in accepted:
        if change.kind == "add-section" and change.new_index is not None:
            new = comparison.pairing.new
            parent, position = _place(store, live.id, new, change.new_index, placed)  # type: ignore[arg-type]
            section = _fresh_copy(new[change.new_index].section)
            placed[change.new_index] = store.reports.insert_section(live.id, parent, position, section)  # type: ignore[arg-type]
            for offset, child in enumerate(section.walk()[1:], start=1):
                if child.id is not None:
                    placed[change.new_index + offset] = child.id
        elif change.kind == "move-section" and change.new_index is not None and change.old_index in live_id:
            parent, position = _place(store, live.id, comparison.pairing.new, change.new_index, placed)  # type: ignore[arg-type]
            store.reports.move_section(live_id[change.old_index], parent, position)


def _patched(base_text: str, result: str, live_text: str) -> str:
    """`result` when the live text is still the base text, else the same edits patched into the live text."""
    if live_text == base_text:
        return result
    engine = diff_match_patch()
    patched, _ = engine.patch_apply(engine.patch_make(base_text, result), live_text)
    return str(patched)


def _edit_areas(store: Store, comparison: Comparison, live: Report, accepted: list[Change]) -> None:
    """The preamble and closing (the text outside the sections)."""
    changed = False
    for area, segments in (("preamble", comparison.preamble), ("closing", comparison.closing)):
        chosen = {c.segment for c in accepted if c.area == area}
        if not chosen:
            continue
        base_text = "".join(s.before for s in segments)
        result = "".join(s.after if k in chosen else s.before for k, s in enumerate(segments))
        live_lines: list[str] = getattr(live, area)
        lines = [p for p in _patched(base_text, result, "\n".join(live_lines)).split("\n") if p.strip()]
        setattr(live, area, lines)
        changed = True
    if changed:
        store.reports.update_meta(live)
    # a comment on the opening or closing is kept on the first or last section
    for change in accepted:
        if change.kind == "comment" and change.area and live.sections:
            section = live.sections[0] if change.area == "preamble" else live.sections[-1]
            _add_note(section, change, prefix=AREA_LABELS[change.area])
            store.reports.update_section(section)


def _edit_section(section: Section, comparison: Comparison, old_index: int, changes: list[Change]) -> None:
    diff = next(d for d in comparison.sections if d.old is comparison.pairing.old[old_index])
    base_text = diff.old.section.body_text()  # type: ignore[union-attr]
    chosen = {c.segment for c in changes if c.kind in _TEXT_KINDS}
    if chosen:
        result = "".join(s.after if k in chosen else s.before for k, s in enumerate(diff.segments))
        result = _patched(base_text, result, section.body_text())
        section.paragraphs = [p for p in result.split("\n") if p.strip()]
    for change in changes:
        if change.kind == "heading":
            section.heading = change.after
        elif change.kind == "comment":
            _add_note(section, change)


def _add_note(section: Section, change: Change, prefix: str = "") -> None:
    """Keep a comment as a note: 王局长：此处请补充具体数字（批注于“…”）."""
    note = f"{prefix}{change.author or '批注'}：{change.after}"
    if change.before:
        note += f"（批注于“{change.before}”）"
    section.notes = f"{section.notes}\n{note}" if section.notes else note


def _fresh_copy(section: Section) -> Section:
    out = copy.deepcopy(section)
    for s in out.walk():
        s.id = None
    return out


def _place(store: Store, report_id: int, new: list[Located], index: int, placed: dict[int, int]) -> tuple[int | None, int]:
    """The live parent id and position for the section at `index` of the reviewed version: under
    the live match of its parent, right after the live match of its nearest earlier sibling."""
    parent = parent_index(new, index)
    parent_id = placed.get(parent) if parent is not None else None
    live = store.reports.load(report_id)
    siblings = live.find_section(parent_id).children if parent_id is not None else live.sections  # type: ignore[union-attr]
    own = placed.get(index)
    # move_section and insert_section count positions among the siblings without the section itself
    sibling_ids = [s.id for s in siblings if s.id != own]
    depth = new[index].depth
    for k in range(index - 1, (parent if parent is not None else -1), -1):
        if new[k].depth == depth and placed.get(k) in sibling_ids:
            return parent_id, sibling_ids.index(placed[k]) + 1
    return parent_id, 0
