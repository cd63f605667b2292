"""The roll-forward room: 以去年报告为基础新建 (menu, start dialog) and the 去年打算的落实情况
panel that follows last year's plans through this year's report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.common.modal import run_modal
from ui.rollforward.checklist_panel import ChecklistPanel
from ui.window.main_window import MainWindow
from ui.window.room import Room


class RollForwardRoom(Room):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.checklist_panel: ChecklistPanel | None = None
        self.rollforward_action = window.make_action(
            "file.rollforward", self.tr("以去年报告为基础新建(&L)…"), self.roll_forward, "Ctrl+Shift+N",
            tip=self.tr("沿用去年报告的结构，年份顺延，去年的正文作为参考"))
        window.menu_slot("file.import").add(self.rollforward_action)
        window.add_start_option("rollforward", self.tr("以去年报告为基础新建(&L)…"),
                                self.tr("沿用去年报告的结构，年份顺延，去年的正文放在每节旁边作参考"), self.roll_forward)
        self.checklist_dock = window.add_panel(self._make_checklist_panel, self.tr("去年打算的落实情况"),
                                               Qt.DockWidgetArea.RightDockWidgetArea, "Ctrl+Shift+L",
                                               name="去年打算的落实情况", tab_group="right")
        self.update_enabled()

    def update_enabled(self) -> None:
        self.rollforward_action.setEnabled(not self.controller.read_only)

    def roll_forward(self) -> int | None:
        from ui.rollforward.rollforward_dialog import RollForwardDialog

        self.controller.flush()
        dialog = RollForwardDialog(self.window, self.store)
        if run_modal(dialog, self.window.tree) != RollForwardDialog.DialogCode.Accepted or dialog.new_report_id is None:
            return None
        self.controller.open_report(dialog.new_report_id)
        if self.controller.report and self.controller.report.checklist:
            self.checklist_dock.show()
        return dialog.new_report_id

    def _make_checklist_panel(self) -> QWidget:
        panel = ChecklistPanel(self.controller)
        panel.sectionRequested.connect(self.controller.select_section)
        self.checklist_panel = panel
        return panel


def install(window: MainWindow) -> RollForwardRoom:
    return RollForwardRoom(window)
