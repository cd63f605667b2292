"""添加此部分 in the section tree's context menu: one entry for each required part the open report
lacks; the controller adds it at the regulation's position, undoably."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QWidget

from ui.editor.controller import ReportController
from ui.editor.section_model import part_name


class MissingPartsMenu(QMenu):
    def __init__(self, controller: ReportController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("添加缺少的部分"))
        self.setObjectName("missingPartsMenu")
        self.controller = controller
        self.setToolTipsVisible(True)

    def refill(self) -> None:
        """One entry per missing part; the menu shows only when a part is missing and the report
        can be edited."""
        self.clear()
        report = self.controller.report
        missing = report.missing_parts() if report is not None and not self.controller.read_only else []
        for part in missing:
            action = self.addAction(self.tr("添加此部分：%1").replace("%1", part_name(part)))
            action.setToolTip(self.tr("在规定的位置添加这一部分（空白、待写，可撤销）"))
            action.setData(int(part))
            action.triggered.connect(lambda _=False, p=part: self.controller.add_part(p))
        self.menuAction().setVisible(bool(missing))
