"""The open report's counts, cached per section: a keystroke recounts one section, not the report.
Part of ReportController."""

from __future__ import annotations

from app.counting import ZERO, Counts, count_section, count_text
from app.model import Report, Section


class CountCache:
    """Mixed into ReportController, which drops a section's entry from `_counts` when it changes
    and calls `_recount_meta` when the title, 开头 or 结尾 change."""

    report: Report | None
    _counts: dict[int, Counts]
    _meta_counts: Counts

    def section_counts(self, section: Section, *, recursive: bool = False) -> Counts:
        if section.id is not None and section.id < 0:  # 开头/结尾: a few paragraphs, not cached
            return count_section(section)
        key = id(section)
        own = self._counts.get(key)
        if own is None:
            own = self._counts[key] = count_section(section)
        if recursive:
            for child in section.children:
                own = own + self.section_counts(child, recursive=True)
        return own

    def report_counts(self) -> Counts:
        if self.report is None:
            return ZERO
        total = self._meta_counts
        for section in self.report.sections:
            total = total + self.section_counts(section, recursive=True)
        return total

    def _recount_meta(self) -> None:
        report = self.report
        total = ZERO
        if report is not None:
            for text in (report.title, *report.preamble, *report.closing, report.signature):
                total = total + count_text(text)
        self._meta_counts = total

    def body_counts(self, section: Section) -> Counts:
        """The section's own body, without its heading (what "正文 N 字" says)."""
        total = ZERO
        for paragraph in section.paragraphs:
            total = total + count_text(paragraph)
        return total
