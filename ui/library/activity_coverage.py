"""Which ledger activities the open report does not mention, kept up to date edit by edit for the
活动台账 panel: the index is built once per report and list, then only the edited sections are read
again (app.library.coverage.CoverageIndex), so a typing pause costs the section and the activities
whose mention it changed, not the report or the ledger. Over a long ledger the index is built a
few milliseconds per turn of the event loop (0.2 s in all for 10,000 activities): a thread would
hold the interpreter lock and stall the window just the same."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer

from app.library.activities import Activity
from app.library.coverage import CoverageIndex, SectionKey, section_key
from app.model import Report, Section

log = logging.getLogger(__name__)
BUILD_STEPWISE = 1500  # activities above which the index is built a step per turn of the event loop
TURN_BUDGET_S = 0.008  # GUI-thread time a turn of a stepwise build may take


class CoverageKeeper:
    def __init__(self) -> None:
        self._index: CoverageIndex | None = None
        self._report: Report | None = None
        self._sections: dict[SectionKey, Section] = {}
        self._edited: set[int] = set()
        self._structure_changed = False
        self._generation = 0  # a build for an older list or report is thrown away
        self._building = -1
        self.builds = 0  # how often the whole index was built (tests)

    def forget(self) -> None:
        """Another report or another list of activities: build afresh next time."""
        self._index = None
        self._generation += 1

    def section_edited(self, section_id: int) -> None:
        self._edited.add(section_id)

    def structure_changed(self) -> None:
        self._structure_changed = True

    @property
    def has_edits(self) -> bool:
        return bool(self._edited) or self._structure_changed

    def unmentioned(self, report: Report, activities: list[Activity], owner: QObject | None = None,
                    ready: Callable[[], object] | None = None) -> set[int] | None:
        """Ids of the activities `report` does not mention (`activities` are the ones listed). With
        an `owner`, a long list's index is built a step at a time: None until then, and `ready()` then."""
        if self._index is None or self._report is not report:
            listed = [a for a in activities if a.id is not None]
            if owner is None or len(listed) <= BUILD_STEPWISE:
                self._adopt(report, CoverageIndex(report, listed), self._sections_of(report))
            else:
                self._build_stepwise(owner, report, listed, ready)
                return None
        assert self._index is not None
        index = self._index
        if self._structure_changed:
            self._structure_changed = False
            sections = self._sections_of(report)
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
        return index.unmentioned_ids()

    @staticmethod
    def _sections_of(report: Report) -> dict[SectionKey, Section]:
        return {section_key(s): s for s in report.all_sections()}

    def _adopt(self, report: Report, index: CoverageIndex, sections: dict[SectionKey, Section]) -> None:
        """`sections`: the ones the index was built from. Sections added or removed since, and
        edits made while a worker built it (it may have seen them or not), are read next."""
        self._index = index
        self._report = report
        self._sections = sections
        self._structure_changed = True
        self.builds += 1

    def _build_stepwise(self, owner: QObject, report: Report, listed: list[Activity],
                        ready: Callable[[], object] | None) -> None:
        generation = self._generation
        if self._building == generation:
            return  # already under way
        self._building = generation
        sections = self._sections_of(report)
        index = CoverageIndex(report, listed, stepwise=True)
        steps = index.steps()
        timer = QTimer(owner)  # goes with its owner: a build for a closed panel stops
        timer.setSingleShot(True)
        timer.setInterval(0)

        def turn() -> None:
            if generation != self._generation:  # another report or list since: this one is not wanted
                self._building = -1
                timer.deleteLater()
                return
            if _advance(steps, TURN_BUDGET_S):
                timer.start()
                return
            self._building = -1
            timer.deleteLater()
            self._adopt(report, index, sections)
            if ready is not None:
                ready()

        timer.timeout.connect(turn)
        timer.start()


def _advance(steps: Iterator[None], budget: float) -> bool:
    """Run steps for about `budget` seconds; True while there are more."""
    end = time.perf_counter() + budget
    for _ in steps:
        if time.perf_counter() >= end:
            return True
    return False
