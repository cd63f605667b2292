"""The print preview's pages as data: laid out in a worker process (app.jobs) and sent back packed,
so that taking them in costs the window a few milliseconds rather than the 0.6 s that unpickling
186,000 Glyph objects of a 300-page report takes. No widgets here: the worker imports this module.

The first pages are also laid out on the GUI thread from the report's first paragraphs alone
(`HeadLayout`, in steps of a few milliseconds between the window's events): a page whose end is
decided before the last paragraph laid out is the same page the whole layout gives, so the preview
shows page 1 at once.
"""

from __future__ import annotations

import time
from array import array
from collections.abc import Callable
from typing import NamedTuple

from app.export import ExportOptions
from app.export.formal import note_lines, note_profile, place_note
from app.export.layout import Block, Rule, layout_blocks
from app.export.paginate import Glyph, Line, Page, Paginator, paginate
from app.jobs import Progress
from app.model import Report
from app.profiles import Profile, load_profile

STEP_S = 0.004  # the longest step of the head's layout on the GUI thread


class PackedLine(NamedTuple):
    text: str
    roles: tuple[tuple[int, str], ...]  # (index of the first glyph, role) at each change of role
    xs: bytes                           # array("d") of the glyphs' x, in points
    blank: bool
    color: str
    rule_above: Rule | None
    rule_below: Rule | None


PackedPage = tuple[int, list[PackedLine]]


def pack(page: Page) -> PackedPage:
    lines = []
    for line in page.lines:
        roles: list[tuple[int, str]] = []
        for index, glyph in enumerate(line.glyphs):
            if not roles or roles[-1][1] != glyph.role:
                roles.append((index, glyph.role))
        xs = array("d", (glyph.x for glyph in line.glyphs)).tobytes()
        lines.append(PackedLine(line.text, tuple(roles), xs, line.blank, line.color, line.rule_above,
                                line.rule_below))
    return page.number, lines


def unpack(packed: PackedPage) -> Page:
    number, packed_lines = packed
    lines = []
    for item in packed_lines:
        xs = array("d")
        xs.frombytes(item.xs)
        ends = [start for start, _role in item.roles[1:]] + [len(item.text)]
        glyphs = [Glyph(item.text[i], role, xs[i])
                  for (start, role), end in zip(item.roles, ends) for i in range(start, end)]
        lines.append(Line(glyphs, item.blank, item.color, item.rule_above, item.rule_below))
    return Page(number, lines)


def font_measure(profile: Profile, dpi: float) -> Callable[[str, str], float]:
    """The measure `paginate` needs, as app.jobs' pagination job has it (needs a QGuiApplication)."""
    from app.jobs import _font_measure  # the one measure shared with the pagination job

    return _font_measure(profile, dpi)


def print_profile(profile_name: str | None) -> Profile:
    return note_profile(load_profile(profile_name))


def layout(report: Report, profile: Profile, options: ExportOptions, measure: Callable[[str, str], float],
           limit: int | None = None) -> tuple[list[Page], bool]:
    """The pages of `report` as `render_pages` lays them out; with `limit`, of its first `limit`
    paragraphs only. Also whether that was the whole report."""
    blocks = list(layout_blocks(report, profile, options.variant))
    whole = limit is None or limit >= len(blocks)
    pages = paginate(blocks if whole else blocks[:limit], profile, measure)
    if whole and options.is_formal:
        pages = place_note(pages, note_lines(report, profile, measure), profile.lines_per_page)
    return pages, whole


class HeadLayout:
    """`head_pages` in short steps, for the GUI thread between its events: the blocks first (one
    step, ~6 ms at 300 pages), then a few paragraphs per step until the first pages are certain."""

    def __init__(self, report: Report, profile: Profile, options: ExportOptions,
                 measure: Callable[[str, str], float], wanted: int = 2) -> None:
        self._report, self._profile, self._options, self._measure = report, profile, options, measure
        self.wanted = wanted
        self._blocks: list[Block] | None = None
        self._next = 0
        self._paginator = Paginator(profile, measure)
        self.result: tuple[list[Page], bool] | None = None  # the pages, and whether they are all

    def step(self, budget_s: float = STEP_S) -> bool:
        """Lay out for about `budget_s`; True once `result` is known."""
        if self.result is not None:
            return True
        started = time.perf_counter()
        if self._blocks is None:
            self._blocks = layout_blocks(self._report, self._profile, self._options.variant)
            return False
        while True:
            if self._next >= len(self._blocks):
                pages = self._paginator.pages()
                if self._options.is_formal:
                    lines = note_lines(self._report, self._profile, self._measure)
                    pages = place_note(pages, lines, self._profile.lines_per_page)
                self.result = pages, True
                return True
            self._paginator.add(self._blocks[self._next])
            self._next += 1
            if time.perf_counter() - started >= budget_s:
                break
        pages = self._paginator.pages()
        if len(pages) > self.wanted:
            self.result = pages[:-1], False  # the last page may still grow with the next paragraphs
            return True
        return False


def head_pages(report: Report, profile: Profile, options: ExportOptions,
               measure: Callable[[str, str], float], wanted: int = 2) -> tuple[list[Page], bool]:
    """At least `wanted` final pages from the start of the report (all of them when it is short),
    and whether they are all its pages."""
    head = HeadLayout(report, profile, options, measure, wanted)
    while not head.step():
        pass
    assert head.result is not None
    return head.result


def layout_job(report: Report, profile_name: str | None, options: ExportOptions, dpi: float, *,
               progress: Progress) -> list[PackedPage]:
    """Every page of `report`, packed (the worker process's job)."""
    from app.export.pdf_writer import ensure_gui_application

    progress(0, 1)
    ensure_gui_application()
    profile = print_profile(profile_name)
    pages, _whole = layout(report, profile, options, font_measure(profile, dpi))
    packed = [pack(page) for page in pages]
    progress(1, 1)
    return packed
