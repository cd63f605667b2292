"""The rules of a report's outline and of the text in it, shared by the editor (ui/editor) and the
import preview (app/importing/outline_edit.py): where a section sits and how deep it may go, where
a move, promote or demote puts it, the derived numbers, and the editor's text rules (paragraphs,
typed markers, undo steps). No Qt: everything here is tested headless."""

from __future__ import annotations

import time
from collections.abc import Callable

from app.importing.markers import leading_marker
from app.model import Report, Section
from app.numbering import located_sections
from app.text_diff import common_prefix

MAX_DEPTH = 4  # GB/T 9704 numbers four heading levels: 一、（一）1.（1）
SENTENCE_ENDS = "。！？；!?;"
STEP_GAP_S = 1.5  # a pause longer than this while typing starts a new undo step

Place = tuple[Section | None, int]  # (parent, row among its children); parent None = top level


def height(section: Section) -> int:
    """Levels in a subtree: 1 for a section without children."""
    return 1 + max((height(child) for child in section.children), default=0)


class OutlineIndex:
    """Parents, ids and derived numbers of one report's sections. Rebuilt (O(sections)) after a
    structural change; between rebuilds every question costs O(depth), and the numbers are computed
    once and kept until the outline or the marker styles change — never per keystroke."""

    def __init__(self, report: Report | None = None) -> None:
        self.report = report
        self._parents: dict[int, Section | None] = {}  # id(section) → parent
        self._by_id: dict[int, Section] = {}
        self._numbers: dict[int, str] | None = None
        self.rebuild()

    def rebuild(self, report: Report | None = None) -> None:
        if report is not None:
            self.report = report
        self._parents = {}
        self._by_id = {}
        self._numbers = None
        if self.report is None:
            return
        stack: list[tuple[Section | None, list[Section]]] = [(None, self.report.sections)]
        while stack:
            parent, children = stack.pop()
            for child in children:
                self._parents[id(child)] = parent
                if child.id is not None:
                    self._by_id[child.id] = child
                stack.append((child, child.children))

    def renumber(self) -> None:
        """The numbers are stale (marker styles changed); the tree is not."""
        self._numbers = None

    # ---- where a section is ----------------------------------------------------------------
    def contains(self, section: Section) -> bool:
        return id(section) in self._parents

    def by_id(self, section_id: int) -> Section | None:
        found = self._by_id.get(section_id)
        if found is not None and found.id == section_id:
            return found
        # ids change when an undo re-inserts a subtree: look again, slowly, and remember
        if self.report is None:
            return None
        found = self.report.find_section(section_id)
        if found is not None:
            self._by_id[section_id] = found
        return found

    def parent_of(self, section: Section) -> Section | None:
        return self._parents.get(id(section))

    def children_of(self, parent: Section | None) -> list[Section]:
        if parent is not None:
            return parent.children
        return self.report.sections if self.report is not None else []

    def row_of(self, section: Section) -> int:
        siblings = self.children_of(self.parent_of(section))
        return next(i for i, s in enumerate(siblings) if s is section)

    def depth_of(self, section: Section) -> int:
        depth, parent = 1, self.parent_of(section)
        while parent is not None:
            depth, parent = depth + 1, self.parent_of(parent)
        return depth

    def path_of(self, section: Section) -> tuple[int, ...]:
        """Rows from the top level down to `section`."""
        path: list[int] = []
        node: Section | None = section
        while node is not None:
            path.append(self.row_of(node))
            node = self.parent_of(node)
        return tuple(reversed(path))

    def section_at_path(self, path: tuple[int, ...]) -> Section | None:
        found: Section | None = None
        for row in path:
            children = self.children_of(found)
            if not 0 <= row < len(children):
                return None
            found = children[row]
        return found

    def number_of(self, section: Section) -> str:
        """The full derived number (一、（三）2.), "" for a section not in the report."""
        if self._numbers is None:
            self._numbers = ({id(loc.section): loc.number for loc in located_sections(self.report)}
                             if self.report is not None else {})
        return self._numbers.get(id(section), "")

    # ---- where a section may go -----------------------------------------------------------
    def can_move(self, section: Section, new_parent: Section | None, max_depth: int = MAX_DEPTH) -> bool:
        """Whether `section` (with its subtree) may go under `new_parent`: not into itself, and not
        deeper than `max_depth` levels — unless it is already that deep (a deep import stays movable)."""
        if new_parent is not None and any(s is new_parent for s in section.walk()):
            return False
        tall = height(section)
        deepest_after = (self.depth_of(new_parent) + 1 if new_parent is not None else 1) + tall - 1
        return deepest_after <= max_depth or deepest_after <= self.depth_of(section) + tall - 1

    def can_add_child(self, parent: Section, max_depth: int = MAX_DEPTH) -> bool:
        return self.depth_of(parent) < max_depth

    def promote_place(self, section: Section) -> Place | None:
        """Up one level: right after its former parent. None at the top level."""
        parent = self.parent_of(section)
        if parent is None:
            return None
        return self.parent_of(parent), self.row_of(parent) + 1

    def demote_place(self, section: Section) -> Place | None:
        """Down one level: the last child of the section above it. None for a first child."""
        row = self.row_of(section)
        if row == 0:
            return None
        above = self.children_of(self.parent_of(section))[row - 1]
        return above, len(above.children)

    def step_place(self, section: Section, step: int) -> Place | None:
        """One row up (step -1) or down (+1) among its siblings; None at either end."""
        parent = self.parent_of(section)
        row = self.row_of(section) + step
        if not 0 <= row < len(self.children_of(parent)):
            return None
        return parent, row

    def neighbour(self, section: Section) -> Section | None:
        """Where the selection goes when `section` is removed: next sibling, else previous, else parent."""
        parent = self.parent_of(section)
        siblings = self.children_of(parent)
        row = self.row_of(section)
        if row + 1 < len(siblings):
            return siblings[row + 1]
        return siblings[row - 1] if row > 0 else parent


# ---- the editor's text rules ---------------------------------------------------------------
def paragraphs_of(text: str) -> list[str]:
    """Editor text → paragraphs: one per line, blank lines are not paragraphs."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def without_typed_marker(heading: str) -> str:
    """A heading without a number the clerk typed in front (（一）执法力量不足 → 执法力量不足): numbers
    come from the position, a typed one would print twice."""
    marker = leading_marker(heading)
    rest = heading[marker.end:].strip() if marker is not None else heading
    return rest or heading


def starts_new_step(before: list[str], after: list[str]) -> bool:
    """Steady typing is undone a sentence or a paragraph at a time, not a page at once: a new step
    begins with a new paragraph and with the first keystroke after a sentence's end. Looks only at
    the paragraph that changed, so a keystroke costs what the paragraph costs, not the section."""
    if len(before) != len(after):
        return True
    for old, new in zip(before, after):
        if old == new:
            continue
        if len(new) <= len(old):
            return False  # deleting is not a boundary
        prefix = common_prefix(old, new)  # not a per-character loop: the paragraph may be 50,000 long
        return prefix > 0 and old[prefix - 1] in SENTENCE_ENDS
    return False


class UndoSteps:
    """Numbers the undo steps: edits that carry the same number merge into one step. Typing in one
    field of one section continues a step until a pause, a switch between heading and body, a new
    paragraph or a new sentence; every other edit is a step of its own."""

    def __init__(self, gap_s: float = STEP_GAP_S, clock: Callable[[], float] = time.monotonic) -> None:
        self.gap_s = gap_s
        self.clock = clock
        self.current = 0
        self._last_edit = float("-inf")
        self._last_field = ""

    def new_step(self) -> int:
        self.current += 1
        self._last_field = ""
        return self.current

    def for_typing(self, field: str, before: list[str], after: list[str]) -> int:
        """The step for a text edit of `field` ("heading" or "body") that turned `before` into `after`."""
        now = self.clock()
        if now - self._last_edit > self.gap_s or field != self._last_field or starts_new_step(before, after):
            self.current += 1
        self._last_edit = now
        self._last_field = field
        return self.current
