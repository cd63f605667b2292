"""Which ledger activities the open report does not mention, kept up to date edit by edit for the
活动台账 panel: the index is built once per report and list, then only the edited sections are read
again (app.library.coverage.CoverageIndex), so a typing pause costs the section, not the report."""

from __future__ import annotations

from app.library.activities import Activity
from app.library.coverage import CoverageIndex, SectionKey, section_key
from app.model import Report, Section


class CoverageKeeper:
    def __init__(self) -> None:
        self._index: CoverageIndex | None = None
        self._report: Report | None = None
        self._sections: dict[SectionKey, Section] = {}
        self._edited: set[int] = set()
        self._structure_changed = False
        self.builds = 0  # how often the whole index was built (tests)

    def forget(self) -> None:
        """Another report or another list of activities: build afresh next time."""
        self._index = None

    def section_edited(self, section_id: int) -> None:
        self._edited.add(section_id)

    def structure_changed(self) -> None:
        self._structure_changed = True

    @property
    def has_edits(self) -> bool:
        return bool(self._edited) or self._structure_changed

    def unmentioned(self, report: Report, activities: list[Activity]) -> set[int]:
        """Ids of the activities `report` does not mention (`activities` are the ones listed)."""
        if self._index is None or self._report is not report:
            self._index = CoverageIndex(report, [a for a in activities if a.id is not None])
            self._report = report
            self._sections = {section_key(s): s for s in report.all_sections()}
            self._edited.clear()
            self._structure_changed = False
            self.builds += 1
        index = self._index
        if self._structure_changed:
            self._structure_changed = False
            sections = {section_key(s): s for s in report.all_sections()}
            for key in self._sections.keys() - sections.keys():
                index.remove_section(self._sections[key])
            for key in sections.keys() - self._sections.keys():
                index.update_section(sections[key])
            self._sections = sections
            index.update_report_text(report)  # the title, preamble and closing go with 报告属性
        if self._edited:
            by_id = {s.id: s for s in self._sections.values() if s.id is not None}
            for section_id in self._edited:
                section = by_id.get(section_id)
                if section is not None:
                    index.update_section(section)
            self._edited.clear()
        return {a.id for a in index.unmentioned() if a.id is not None}
