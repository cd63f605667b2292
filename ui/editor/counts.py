"""The open report's character counts, cached per section: a keystroke updates its section's
counts from the change (app.counting.counts_after_edit) instead of recounting 50,000 characters,
and the report total adds the cached sections up. The change is narrowed to the characters that
differ first: typing in a 50,000-character paragraph hands over the paragraph before and after."""

from __future__ import annotations

from app.counting import ZERO, Counts, count_section, count_text, counts_after_edit
from app.model import Report, Section
from app.text_diff import changed_span


class CountsCache:
    """Counts per section (by object), and the report's total kept up to date by the same edits, so
    that the status bar's 全文 N 字 after a keystroke costs nothing more than the keystroke."""

    def __init__(self) -> None:
        self._own: dict[int, Counts] = {}
        self._meta = ZERO
        self._total: Counts | None = None  # the report's sections and meta, when known
        self.recounts = 0  # whole sections counted from scratch (tests)

    def clear(self) -> None:
        self._own.clear()
        self._total = None

    def outline_changed(self) -> None:
        """A section was inserted, removed or moved: the total is summed again when next asked."""
        self._total = None

    def forget(self, section: Section) -> None:
        """Counted again when next asked (after an undo, a replace, a field edit)."""
        self._own.pop(id(section), None)
        self._total = None

    def edited(self, section: Section, removed: str, inserted: str) -> None:
        """`removed` became `inserted` in the section (heading or paragraphs): the counts follow the
        change; a section not counted yet stays so (it is counted once when asked)."""
        own = self._own.get(id(section))
        if own is None:
            self._total = None
            return
        removed, inserted = changed_span(removed, inserted)
        self._own[id(section)] = counts_after_edit(own, removed, inserted)
        if self._total is not None:
            self._total = counts_after_edit(self._total, removed, inserted)

    def section(self, section: Section, *, recursive: bool = False) -> Counts:
        if section.id is not None and section.id < 0:  # 开头/结尾: a few paragraphs, not cached
            return count_section(section)
        own = self._own.get(id(section))
        if own is None:
            own = self._own[id(section)] = count_section(section)
            self.recounts += 1
        if recursive:
            for child in section.children:
                own = own + self.section(child, recursive=True)
        return own

    def report(self, report: Report | None) -> Counts:
        if report is None:
            return ZERO
        if self._total is None:
            total = self._meta
            for section in report.sections:
                total = total + self.section(section, recursive=True)
            self._total = total
        return self._total

    def recount_meta(self, report: Report | None) -> None:
        """The title, preamble, closing and signature (after 报告属性)."""
        total = ZERO
        if report is not None:
            for text in (report.title, *report.preamble, *report.closing, report.signature):
                total = total + count_text(text)
        self._meta = total
        self._total = None

    def body(self, section: Section) -> Counts:
        """The section's own body, without its heading (what "正文 N 字" says): the cached count less
        the heading's, so that showing it after each keystroke costs the heading, not the body."""
        return self.section(section) - count_text(section.heading)
