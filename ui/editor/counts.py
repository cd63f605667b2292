"""The open report's character counts, cached per section: a keystroke updates its section's
counts from the change (app.counting.counts_after_edit) instead of recounting 50,000 characters,
and the report total adds the cached sections up."""

from __future__ import annotations

from app.counting import ZERO, Counts, count_section, count_text, counts_after_edit
from app.model import Report, Section


class CountsCache:
    def __init__(self) -> None:
        self._own: dict[int, Counts] = {}
        self._meta = ZERO
        self.recounts = 0  # whole sections counted from scratch (tests)

    def clear(self) -> None:
        self._own.clear()

    def forget(self, section: Section) -> None:
        """Counted again when next asked (after an undo, a replace, a field edit)."""
        self._own.pop(id(section), None)

    def edited(self, section: Section, removed: str, inserted: str) -> None:
        """`removed` became `inserted` in the section (heading or paragraphs): the counts follow the
        change; a section not counted yet stays so (it is counted once when asked)."""
        own = self._own.get(id(section))
        if own is not None:
            self._own[id(section)] = counts_after_edit(own, removed, inserted)

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
        total = self._meta
        for section in report.sections:
            total = total + self.section(section, recursive=True)
        return total

    def recount_meta(self, report: Report | None) -> None:
        """The title, preamble, closing and signature (after 报告属性)."""
        total = ZERO
        if report is not None:
            for text in (report.title, *report.preamble, *report.closing, report.signature):
                total = total + count_text(text)
        self._meta = total

    @staticmethod
    def body(section: Section) -> Counts:
        """The section's own body, without its heading (what "正文 N 字" says)."""
        total = ZERO
        for paragraph in section.paragraphs:
            total = total + count_text(paragraph)
        return total
