"""The checks room: the 检查 panel at the bottom, re-run as the clerk writes, and jumping to a
finding's place in the report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.errors import UserError
from app.model import Report
from ui.window.main_window import MainWindow
from ui.window.room import Room

if TYPE_CHECKING:
    from ui.checks.checks_panel import ChecksPanel


class ChecksRoom(Room):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.checks_panel: ChecksPanel | None = None
        self._last_year: tuple[int, Report | None] | None = None
        self.checks_dock = window.add_panel(self._make_checks_panel, self.tr("检查"),
                                            Qt.DockWidgetArea.BottomDockWidgetArea, "F8", name="检查",
                                            tab_group="bottom")

    def last_year(self) -> Report | None:
        """The report this one was rolled forward from (cached per report): some checks compare."""
        report = self.controller.report
        source = report.source_report_id if report is not None else None
        if source is None:
            return None
        if self._last_year is None or self._last_year[0] != source:
            try:
                self._last_year = (source, self.store.reports.load(source))
            except UserError:
                self._last_year = (source, None)
        return self._last_year[1]

    def _make_checks_panel(self) -> QWidget:
        from ui.checks.checks_panel import ChecksPanel  # on first show: keeps the start quick

        panel = ChecksPanel(lambda: self.controller.report, self.last_year,
                            None if self.controller.read_only else self.store.settings)
        controller = self.controller
        for signal in (controller.reportOpened, controller.structureChanged, controller.propertiesChanged):
            signal.connect(panel.schedule)
        controller.sectionChanged.connect(lambda _id: panel.schedule())
        panel.findingActivated.connect(self.show_finding)
        panel.run_now()
        self.checks_panel = panel
        return panel

    def show_finding(self, section_id: int, excerpt: str) -> None:
        """Jump to a finding: select its section and, where the excerpt is in the body, the text."""
        if section_id < 0:
            self.window.edit_properties()
            return
        self.controller.select_section(section_id)
        section = self.controller.section(section_id)
        editor = self.window.editor
        if section is None:
            return
        if excerpt:
            needle = excerpt.strip("…").strip()
            for number, paragraph in enumerate(section.paragraphs):
                start = paragraph.find(needle) if needle else -1
                if start >= 0:
                    editor.select_match(number, start, len(needle))
                    return
        editor.focus_body()


def install(window: MainWindow) -> ChecksRoom:
    return ChecksRoom(window)
