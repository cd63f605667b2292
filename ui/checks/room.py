"""The checks room: the 检查 panel at the bottom, re-run as the clerk writes, and jumping to a
finding's place in the report. The checks run as `chengwen check` runs them: with last year's
report from the roll-forward link, the library's wording rules (工具 → 用语规则…) and this
year's figures from the activity ledger."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.checks import ledger_figures
from app.checks.wording_rules import WordingRule, active_rules
from app.errors import UserError
from app.model import Part, Report
from ui.common import messages
from ui.editor.section_model import part_label
from ui.window.main_window import MainWindow
from ui.window.room import Room

if TYPE_CHECKING:
    from ui.checks.checks_panel import ChecksPanel
    from ui.checks.rules_dialog import RulesDialog


class ChecksRoom(Room):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.checks_panel: ChecksPanel | None = None
        self._last_year: tuple[int, Report | None] | None = None
        self._rules: list[WordingRule] | None = None  # read again after the rules dialog changed them
        self.rules_dialog: RulesDialog | None = None
        self.checks_dock = window.add_panel(self._make_checks_panel, self.tr("检查"),
                                            Qt.DockWidgetArea.BottomDockWidgetArea, "F8", name="检查",
                                            tab_group="bottom")
        self.rules_action = window.make_action("checks.rules", self.tr("用语规则(&W)…"), self.show_rules,
                                               tip=self.tr("“用语规范”检查的内置规则和自定规则：启用、停用、添加、导入、导出"))
        window.menu_slot("tools.checks").add(self.rules_action)

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

    def wording_rules(self) -> list[WordingRule]:
        if self._rules is None:
            self._rules = active_rules(self.store.settings)
        return self._rules

    def check_inputs(self) -> dict[str, Any]:
        """What run_checks takes besides the report, as `chengwen check` gives it: the library's
        wording rules and the ledger's figures of the report's year (read each run: the ledger
        panel may have changed them)."""
        report = self.controller.report
        ledger = ledger_figures(self.store.db, report.year) if report is not None else []
        return {"wording_rules": self.wording_rules(), "ledger": ledger}

    def rules_changed(self) -> None:
        self._rules = None
        if self.checks_panel is not None:
            self.checks_panel.run_now()

    def show_rules(self) -> RulesDialog:
        """工具 → 用语规则…: the checks run again after each change."""
        from ui.checks.rules_dialog import RulesDialog
        from ui.common.modal import run_modal

        dialog = RulesDialog(self.store.settings, self.window, read_only=self.controller.read_only)
        dialog.rulesChanged.connect(self.rules_changed)
        self.rules_dialog = dialog
        run_modal(dialog, self.window.tree)
        return dialog

    def _make_checks_panel(self) -> QWidget:
        from ui.checks.checks_panel import ChecksPanel  # on first show: keeps the start quick

        panel = ChecksPanel(lambda: self.controller.report, self.last_year,
                            None if self.controller.read_only else self.store.settings,
                            inputs_provider=self.check_inputs)
        controller = self.controller
        for signal in (controller.reportOpened, controller.structureChanged, controller.propertiesChanged):
            signal.connect(panel.schedule)
        controller.sectionChanged.connect(lambda _id: panel.schedule())
        panel.findingActivated.connect(self.show_finding)
        panel.addPartRequested.connect(self.controller.add_part)
        panel.run_now()
        self.checks_panel = panel
        return panel

    def show_finding(self, section_id: int, excerpt: str) -> None:
        """Jump to a finding: select its section and, where the excerpt is in the body, the text."""
        if section_id < 0:
            part = next((p for p in Part if p.short_name == excerpt), None)
            if part is not None and self.controller.report is not None and part in self.controller.report.missing_parts():
                self.offer_part(part)  # a missing part is added, not looked for in 报告属性
            else:
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

    def offer_part(self, part: Part) -> int:
        """Ask, then add the missing part (undoably); returns the new section's id or -1."""
        if self.controller.read_only:
            return -1
        text = (self.tr("报告缺少第%1部分“%2”。在规定的位置添加这一部分（空白、待写）？")
                .replace("%1", str(int(part))).replace("%2", part_label(part)))
        if not messages.confirm(self.window, self.tr("添加此部分"), text, detail=self.tr("添加后可以用“撤销”（Ctrl+Z）撤回。"),
                                yes=self.tr("添加此部分"), no=self.tr("取消"), name="addPartBox"):
            return -1
        return self.controller.add_part(part)


def install(window: MainWindow) -> ChecksRoom:
    return ChecksRoom(window)
