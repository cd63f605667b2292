"""The list of the library's reports in the start dialog: drafts first (the recently opened ones
first), the imported sources apart, and the 回收站; a context menu to rename, copy, change the
kind, delete, restore and purge (through the ReportManager)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from app.store import ReportKind, ReportSummary
from ui.window.report_manager import ReportManager, year_text

ID_ROLE = Qt.ItemDataRole.UserRole
DELETED_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2   # "草稿", "来源" or "回收站" on a group's row


class ReportList(QTreeWidget):
    """`openRequested(id)` on Enter / double click on a report (not one in the 回收站)."""

    openRequested = Signal(int)

    def __init__(self, reports: list[ReportSummary], recent: list[int], manager: ReportManager | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportList")
        self.manager = manager
        self._static = reports
        self._recent = recent
        self.setHeaderLabels([self.tr("标题"), self.tr("年度"), self.tr("章节"), self.tr("修改时间")])
        self.setColumnWidth(0, 380)
        self.setColumnWidth(1, 70)
        self.setColumnWidth(2, 50)
        self.setMinimumHeight(self.fontMetrics().height() * 12)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.itemActivated.connect(self._activated)
        if manager is not None:
            manager.changed.connect(self.refill)
        self.refill()

    # ---- filling -------------------------------------------------------------------------
    def refill(self) -> None:
        """Re-read the library, keeping the selected report selected where it still is."""
        keep = self.current_report_id(live_only=False)
        self.clear()
        reports = self.manager.reports() if self.manager is not None else self._static
        rank = {report_id: n for n, report_id in enumerate(self._recent)}
        drafts = sorted((r for r in reports if r.kind is ReportKind.DRAFT), key=lambda r: rank.get(r.id, len(rank)))
        sources = [r for r in reports if r.kind is ReportKind.SOURCE]
        self._group("草稿", self.tr("草稿（最近打开的在前）"), drafts, rank,
                    self.tr("正在写的报告：新建、以去年报告为基础新建或另存的"))
        self._group("来源", self.tr("来源（导入的去年报告）"), sources, rank,
                    self.tr("导入的往年报告，作为新建报告的基础和参考；可以在右键菜单中改为草稿"))
        if self.manager is not None:
            deleted = self.manager.recycle_bin()
            group = self._group("回收站", self.tr("回收站（%1）").replace("%1", str(len(deleted))), deleted, rank,
                                self.tr("删除的报告在这里，可以恢复；只有清空回收站或彻底删除才会真正删除"))
            group.setExpanded(False)
        self.select(keep)

    def _group(self, key: str, title: str, summaries: list[ReportSummary], rank: dict[int, int],
               tip: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem([title])
        group.setData(0, GROUP_ROLE, key)
        group.setToolTip(0, tip)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(group.font(0))
        font.setBold(True)
        group.setFont(0, font)
        self.addTopLevelItem(group)
        group.setFirstColumnSpanned(True)  # only once it is in the tree
        deleted = key == "回收站"
        for summary in summaries:
            when = (summary.deleted_at if deleted and summary.deleted_at else summary.modified)[:16].replace("T", " ")
            item = QTreeWidgetItem(group, [summary.title or self.tr("（无标题）"), year_text(summary.year),
                                           str(summary.sections), when])
            item.setData(0, ID_ROLE, summary.id)
            item.setData(0, DELETED_ROLE, deleted)
            if summary.id in rank and not deleted:
                item.setToolTip(0, self.tr("最近打开过"))
            if deleted:
                item.setToolTip(3, self.tr("删除时间"))
        group.setExpanded(True)
        group.setHidden(not summaries and key != "草稿")
        return group

    # ---- selection -----------------------------------------------------------------------
    def report_items(self, *, deleted: bool = False) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for g in range(self.topLevelItemCount()):
            group = self.topLevelItem(g)
            if group is not None and (group.data(0, GROUP_ROLE) == "回收站") == deleted:
                out.extend(child for i in range(group.childCount()) if (child := group.child(i)) is not None)
        return out

    def item_for(self, report_id: int) -> QTreeWidgetItem | None:
        return next((i for i in self.report_items() + self.report_items(deleted=True)
                     if i.data(0, ID_ROLE) == report_id), None)

    def select(self, report_id: int | None) -> None:
        item = self.item_for(report_id) if report_id is not None else None
        if item is None:
            items = self.report_items()
            item = items[0] if items else None
        if item is not None:
            self.setCurrentItem(item)

    def current_report_id(self, *, live_only: bool = True) -> int | None:
        """The selected report; None on a group's row, or (with `live_only`) in the 回收站."""
        item = self.currentItem()
        if item is None or item.data(0, ID_ROLE) is None:
            return None
        if live_only and item.data(0, DELETED_ROLE):
            return None
        return int(item.data(0, ID_ROLE))

    def _activated(self, item: QTreeWidgetItem) -> None:
        if item.data(0, ID_ROLE) is not None and not item.data(0, DELETED_ROLE):
            self.openRequested.emit(int(item.data(0, ID_ROLE)))

    # ---- the context menu ----------------------------------------------------------------
    def context_actions(self, item: QTreeWidgetItem | None) -> list[QAction]:
        """What the context menu offers for `item` (a report, a report in the 回收站, or the 回收站)."""
        manager = self.manager
        if manager is None or item is None or manager.read_only:
            return []
        report_id = item.data(0, ID_ROLE)
        if report_id is None:
            if item.data(0, GROUP_ROLE) == "回收站" and item.childCount():
                return [self._make(self.tr("清空回收站…"), lambda: manager.empty_recycle_bin(self), "emptyBin")]
            return []
        report_id = int(report_id)
        if item.data(0, DELETED_ROLE):
            return [self._make(self.tr("恢复"), lambda: manager.undelete(report_id, self), "undelete"),
                    self._make(self.tr("彻底删除…"), lambda: manager.purge(report_id, self), "purge")]
        kind = manager.store.reports.summary(report_id).kind
        other = ReportKind.SOURCE if kind is ReportKind.DRAFT else ReportKind.DRAFT
        other_text = self.tr("改为来源（去年的报告）") if other is ReportKind.SOURCE else self.tr("改为草稿")
        return [self._make(self.tr("打开"), lambda: self.openRequested.emit(report_id), "open"),
                self._make(self.tr("重命名…"), lambda: manager.rename(report_id, parent=self), "rename"),
                self._make(self.tr("另存为新报告…"), lambda: manager.copy(report_id, parent=self), "copy"),
                self._make(other_text, lambda: manager.set_kind(report_id, other, self), "kind"),
                self._make(self.tr("删除（移到回收站）"), lambda: manager.delete(report_id, self), "delete")]

    def _make(self, text: str, slot: Callable[[], object], name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False: slot())
        return action

    def _context_menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        if item is not None:
            self.setCurrentItem(item)
        actions = self.context_actions(item)
        if actions:
            menu = QMenu(self)
            menu.addActions(actions)
            menu.exec(self.viewport().mapToGlobal(pos))
