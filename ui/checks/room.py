"""The checks room: the 检查 panel at the bottom, re-run as the clerk writes, and jumping to a
finding's place in the report. The checks run as `chengwen check` runs them: with last year's
report from the roll-forward link, the library's wording rules (工具 → 用语规则…) and this
year's figures from the activity ledger."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from app.checks import Finding
from app.checks.wording_rules import WordingRule, active_rules
from app.errors import UserError
from app.model import Part, Report
from ui.checks.finding_place import HEADING, finding_place
from ui.common import messages
from ui.editor.section_model import part_label
from ui.window.main_window import MainWindow
from ui.window.room import Room

if TYPE_CHECKING:
    from ui.checks.checks_panel import ChecksPanel
    from ui.checks.rules_dialog import RulesDialog
    from ui.common.check_service import CheckService

# a timer, not a 0 ms call: that is a posted event, run before the input and paint waiting meanwhile
FIRST_RUN_MS = 15
# imported after start-up (ui.common.warmup), not in the event that first opens the 检查 dock (~15 ms)
WARM_UP_MODULES = ("ui.checks.checks_panel", "ui.common.check_service")


class ChecksRoom(Room):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.checks_panel: ChecksPanel | None = None
        self.service: CheckService | None = None  # the checks' worker process, made with the panel
        self._last_year: tuple[int, Report | None] | None = None
        self._rules: list[WordingRule] | None = None  # read again after the rules dialog changed them
        self.rules_dialog: RulesDialog | None = None
        self.checks_dock = window.add_panel(self._make_checks_panel, self.tr("检查"),
                                            Qt.DockWidgetArea.BottomDockWidgetArea, name="检查", tab_group="bottom")
        # F8 checks now and shows the panel; a second F8 checks again (the panel's × closes it)
        self.run_action = window.make_action("checks.run", self.tr("运行检查(&C)"), self.run_checks, "F8",
                                             tip=self.tr("立即检查全文并显示检查面板"))
        window.menu_slot("report.section").add(self.run_action)
        window.controller.reportOpened.connect(
            lambda: self.run_action.setEnabled(self.controller.has_report()))
        self.run_action.setEnabled(self.controller.has_report())
        self.rules_action = window.make_action("checks.rules", self.tr("用语规则(&W)…"), self.show_rules,
                                               tip=self.tr("“用语规范”检查的内置规则和自定规则：启用、停用、添加、导入、导出"))
        window.menu_slot("tools.checks").add(self.rules_action)
        window.installEventFilter(self)  # the worker process ends with the window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # a close that went through hides the window (a refused one does not; minimising is spontaneous)
        if watched is self.window and event.type() == QEvent.Type.Hide and not event.spontaneous() \
                and self.service is not None:
            self.service.stop()  # a window shown again starts another on the next need
        return super().eventFilter(watched, event)

    def run_checks(self) -> None:
        self.checks_dock.show()
        self.checks_dock.raise_()
        if self.checks_panel is not None:  # a new panel has just run on its own
            self.controller.flush()
            self.checks_panel.run_now()

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
        wording rules, and the library file from which the worker process reads the ledger's
        figures of the report's year (there, not here: 10,000 activities take 40 ms to read, and
        the worker reads them again only after the library changed)."""
        return {"wording_rules": self.wording_rules(), "ledger_file": str(self.store.db.path)}

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
        from ui.common.check_service import CheckService

        self.service = CheckService(self)
        panel = ChecksPanel(lambda: self.controller.report, self.last_year,
                            None if self.controller.read_only else self.store.settings,
                            inputs_provider=self.check_inputs, service=self.service)
        controller = self.controller
        for signal in (controller.reportOpened, controller.structureChanged, controller.propertiesChanged):
            signal.connect(panel.schedule)
        controller.sectionChanged.connect(panel.note_section_changed)  # only that section goes to the worker
        panel.findingActivated.connect(self.show_finding)
        panel.addPartRequested.connect(self.controller.add_part)
        # the first run (a whole report handed to the worker: 9 ms at 300 pages) on a later turn, not in
        # the event that builds and shows the panel
        QTimer.singleShot(FIRST_RUN_MS, panel, lambda: self._first_run(panel))
        self.checks_panel = panel
        return panel

    @staticmethod
    def _first_run(panel: ChecksPanel) -> None:
        if panel.runs:  # F8 ran it meanwhile
            return
        if panel.isVisible():
            panel.run_now()
        else:  # closed meanwhile (or the window with it, and the library): it runs when shown again
            panel.schedule()

    def show_finding(self, finding: Finding) -> None:
        """Jump to a finding and select exactly the offending characters (in a section's body or
        heading, in 开头 or 结尾); a missing part is offered to be added; a finding about the title or
        the whole report opens 报告属性."""
        report = self.controller.report
        if finding.kind == "missing-part" and report is not None:
            part = next((p for p in Part if p.short_name == finding.excerpt), None)
            if part is not None and part in report.missing_parts():
                self.offer_part(part)
                return
        place = finding_place(finding, report) if report is not None else None
        if place is None:
            self.window.edit_properties()
            return
        self.controller.select_section(place.node_id)
        editor = self.window.editor
        if place.length or place.paragraph == HEADING:
            editor.select_match(place.paragraph, place.start, place.length)
        else:
            editor.focus_body()
        panel = self.checks_panel
        if panel is not None and panel.isVisible():
            # the keyboard stays with the list: the next arrow or Enter goes to the next finding, not
            # into the text, where it would replace the selected comma (found by QA); Esc goes to the text
            panel.list.setFocus()

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
