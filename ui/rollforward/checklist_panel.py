"""去年打算的落实情况: last year's plans (part 4) as a checklist to tick off, each with the section
of this year's report that answers it."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.model import ChecklistItem
from ui.common import messages
from ui.editor.controller import ReportController


class ChecklistPanel(QWidget):
    """Ticking an item or linking it to a section goes through the controller (undoable, saved)."""

    sectionRequested = Signal(int)

    def __init__(self, controller: ReportController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        self.controller = controller
        self._filling = False
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.items = QListWidget(self)
        self.items.setObjectName("checklistItems")
        self.items.setWordWrap(True)
        self.items.itemChanged.connect(self._item_changed)
        self.items.itemActivated.connect(self._item_activated)
        self.link_button = QPushButton(self.tr("由当前章节回应(&L)"), self)
        self.link_button.setToolTip(self.tr("把所选事项标记为已落实，并记下回应它的章节（当前正在编辑的章节）"))
        self.link_button.clicked.connect(self.link_to_current)
        self.unlink_button = QPushButton(self.tr("取消关联"), self)
        self.unlink_button.clicked.connect(self.unlink)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.items, 1)
        layout.addLayout(buttons)
        for signal in (controller.reportOpened, controller.propertiesChanged, controller.structureChanged):
            signal.connect(self.refresh)
        self.refresh()

    def _checklist(self) -> list[ChecklistItem]:
        report = self.controller.report
        return report.checklist if report is not None else []

    def refresh(self) -> None:
        report = self.controller.report
        row = self.items.currentRow()
        self._filling = True
        self.items.clear()
        editable = report is not None and not self.controller.read_only
        for item in self._checklist():
            answering = self.controller.section(item.answered_in)
            where = self.controller.number_of(answering) if answering is not None else None
            text = item.text + (self.tr("\n    → 回应于 %1").replace("%1", where) if where else "")
            entry = QListWidgetItem(text, self.items)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if editable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            entry.setFlags(flags)
            entry.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
        self._filling = False
        if 0 <= row < self.items.count():
            self.items.setCurrentRow(row)
        items = self._checklist()
        done = sum(1 for i in items if i.done)
        if report is None:
            self.summary.setText("")
        elif not items:
            self.summary.setText(self.tr("这篇报告没有去年的工作安排清单（以去年报告为基础新建时自动生成）。"))
        else:
            self.summary.setText(self.tr("去年报告中的工作安排 %1 项，已落实 %2 项。勾选已落实的事项；"
                                         "选中后按“由当前章节回应”记下写在哪一节。")
                                 .replace("%1", str(len(items))).replace("%2", str(done)))
        self.link_button.setEnabled(editable and bool(items))
        self.unlink_button.setEnabled(editable and bool(items))

    def _update(self, row: int, **changes: object) -> None:
        checklist = copy.deepcopy(self._checklist())
        if not 0 <= row < len(checklist):
            return
        for name, value in changes.items():
            setattr(checklist[row], name, value)
        label = self.tr("勾选去年打算") if "done" in changes else self.tr("关联去年打算")
        self.controller.update_properties(label, checklist=checklist)

    def _item_changed(self, entry: QListWidgetItem) -> None:
        if self._filling:
            return
        self._update(self.items.row(entry), done=entry.checkState() == Qt.CheckState.Checked)

    def _item_activated(self, entry: QListWidgetItem) -> None:
        row = self.items.row(entry)
        items = self._checklist()
        if 0 <= row < len(items) and items[row].answered_in is not None:
            self.sectionRequested.emit(items[row].answered_in)

    def link_to_current(self) -> None:
        section = self.controller.current_section()
        if section is not None and section.id is not None and self.controller.contains(section):  # not 开头/结尾
            self._update(self.items.currentRow(), done=True, answered_in=section.id)
        elif section is not None:
            messages.status(self, self.tr("去年的打算要由正文的某一节回应：请先在章节树中选中那一节"), 5000)

    def unlink(self) -> None:
        self._update(self.items.currentRow(), answered_in=None)
