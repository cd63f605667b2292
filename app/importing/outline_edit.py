"""Corrections the clerk makes to a recognised outline before accepting an import: change a
heading's level, merge a wrongly split heading back into the body, change a part.

Each function edits the report in place and returns whether it could; headings whose level
changes lose their written marker (numbering is then derived from position).
"""

from __future__ import annotations

from app.importing.parts import part_from_heading
from app.model import Part, Report, Section
from app.outline import OutlineIndex


def _place(report: Report, section: Section) -> tuple[Section | None, list[Section], int]:
    """Parent, the list the section is in, and its row there (the outline rules of app/outline.py)."""
    index = OutlineIndex(report)
    if not index.contains(section):
        raise ValueError("section is not in the report")
    parent = index.parent_of(section)
    return parent, index.children_of(parent), index.row_of(section)


def _forget_markers(section: Section) -> None:
    for s in section.walk():
        s.written_marker = None


def can_demote(report: Report, section: Section) -> bool:
    return _place(report, section)[2] > 0


def demote(report: Report, section: Section) -> bool:
    """One level down: the section becomes the last child of its previous sibling."""
    parent, siblings, index = _place(report, section)
    if index == 0:
        return False
    siblings.pop(index)
    siblings[index - 1].children.append(section)
    if parent is None:
        section.part = None
    _forget_markers(section)
    return True


def can_promote(report: Report, section: Section) -> bool:
    return _place(report, section)[0] is not None


def promote(report: Report, section: Section) -> bool:
    """One level up, right after its parent; the siblings that followed it become its children
    (as in Word's outline view, so the text order does not change)."""
    parent, siblings, index = _place(report, section)
    if parent is None:
        return False
    following = siblings[index + 1:]
    del siblings[index:]
    section.children.extend(following)
    grandparent, parent_list, parent_row = _place(report, parent)
    parent_list.insert(parent_row + 1, section)
    if grandparent is None:
        section.part = part_from_heading(section.heading, report.year) or parent.part
    _forget_markers(section)
    return True


def _previous_in_order(report: Report, section: Section) -> Section | None:
    ordered = report.all_sections()
    index = next(i for i, s in enumerate(ordered) if s is section)
    return ordered[index - 1] if index > 0 else None


def merge_into_previous(report: Report, section: Section) -> bool:
    """The heading was body text after all: its line (marker, heading and, for a run-in heading,
    the text that followed it) and its paragraphs join the text just before it; its sub-sections
    stay where they are in the outline."""
    parent, siblings, index = _place(report, section)
    line = (section.written_marker or "") + section.heading
    paragraphs = list(section.paragraphs)
    if section.run_in and paragraphs:
        end = "" if section.heading.endswith(("。", "？", "！")) else "。"
        line = line + end + paragraphs.pop(0)
    previous = _previous_in_order(report, section)
    target = previous.paragraphs if previous is not None else report.preamble
    target.append(line)
    target.extend(paragraphs)
    siblings.pop(index)
    if index > 0:
        siblings[index - 1].children.extend(section.children)
    else:
        siblings[index:index] = section.children
        if parent is None:
            for child in section.children:
                child.part = child.part or section.part
    return True


def set_part(report: Report, section: Section, part: Part) -> bool:
    """Parts belong to top-level sections only."""
    if section not in report.sections:
        return False
    section.part = part
    return True
