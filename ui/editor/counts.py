"""The open report's character counts, cached per section so that a keystroke recounts one
section, not the report; the title, preamble, closing and signature are counted apart."""

from __future__ import annotations

from app.counting import ZERO, Counts, count_section, count_text
from app.model import Report, Section


class CountsCache:
    def __init__(self) -> None:
        self._sections: dict[int, Counts] = {}
        self._meta = ZERO

    def section(self, section: Section, *, recursive: bool = False) -> Counts:
        own = self._sections.get(id(section))
        if own is None:
            own = self._sections[id(section)] = count_section(section)
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

    def forget(self, section: Section) -> None:
        """The section's text changed: count it again when next asked."""
        self._sections.pop(id(section), None)

    def reset(self, report: Report | None) -> None:
        """A report was opened (or reloaded): nothing counted so far holds."""
        self._sections.clear()
        self.recount_meta(report)

    def recount_meta(self, report: Report | None) -> None:
        total = ZERO
        if report is not None:
            for text in (report.title, *report.preamble, *report.closing, report.signature):
                total = total + count_text(text)
        self._meta = total
