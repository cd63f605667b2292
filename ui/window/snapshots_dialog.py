"""Snapshots of the open report: take one with a label, list them, preview one, restore one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.export.txt_writer import report_text
from app.store import SnapshotInfo
from ui.common import messages
from ui.editor.controller import ReportController
from ui.window.fonts import document_font


def format_time(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return iso


Compare = Callable[[int, "int | None"], object]  # (older snapshot, newer snapshot or None = now)


class SnapshotsDialog(QDialog):
    def __init__(self, controller: ReportController, parent: QWidget | None = None,
                 compare: Compare | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._compare = compare
        self.setWindowTitle(self.tr("快照"))
        self.setObjectName("snapshotsDialog")
        self.resize(900, 560)
        self.snapshots: list[SnapshotInfo] = []

        self.table = QTreeWidget()
        self.table.setObjectName("snapshotList")
        self.table.setHeaderLabels([self.tr("时间"), self.tr("说明"), self.tr("方式")])
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # two: compare them
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentItemChanged.connect(lambda *_a: self._preview())
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setObjectName("snapshotPreview")
        self.preview.setFont(document_font(11))
        self.preview.setPlaceholderText(self.tr("选择一个快照，在这里预览它的提纲和正文"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.take_button = QPushButton(self.tr("创建快照(&N)…"))
        self.restore_button = QPushButton(self.tr("恢复到此快照(&R)…"))
        self.compare_button = QPushButton(self.tr("比较(&C)"))
        self.compare_button.setObjectName("compareSnapshots")
        self.compare_button.setToolTip(self.tr("选一个快照：与当前内容比较；选两个：比较这两个快照"))
        self.compare_button.setVisible(compare is not None)
        self.take_button.clicked.connect(lambda: self.take())
        self.restore_button.clicked.connect(lambda: self.restore())
        self.compare_button.clicked.connect(lambda: self.compare())
        self.table.itemSelectionChanged.connect(self._update_compare)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.take_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.compare_button)
        row.addStretch(1)
        row.addWidget(buttons)
        hint = QLabel(self.tr("快照保存整篇报告当时的样子。恢复前会先自动为当前内容拍一个快照，所以恢复也可以反悔。"))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        read_only = controller.read_only
        self.take_button.setEnabled(not read_only)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        report = self.controller.report
        self.snapshots = self.controller.store.snapshots.for_report(report.id) if report and report.id else []
        self.table.clear()
        self._update_compare()
        for info in self.snapshots:
            item = QTreeWidgetItem([format_time(info.created), info.label or self.tr("（无说明）"),
                                    self.tr("自动") if info.automatic else self.tr("手动")])
            item.setData(0, Qt.ItemDataRole.UserRole, info.id)
            self.table.addTopLevelItem(item)
        if self.snapshots:
            rows = [i for i, s in enumerate(self.snapshots) if s.id == select_id]
            chosen = self.table.topLevelItem(rows[0] if rows else 0)
            if chosen is not None:
                self.table.setCurrentItem(chosen)
        self._preview()

    def selected(self) -> SnapshotInfo | None:
        item = self.table.currentItem()
        if item is None:
            return None
        snapshot_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((s for s in self.snapshots if s.id == snapshot_id), None)

    def chosen_pair(self) -> tuple[int, int | None] | None:
        """The versions to compare: (older, newer) of two selected snapshots, or (selected, None = now)."""
        ids = [item.data(0, Qt.ItemDataRole.UserRole) for item in self.table.selectedItems()]
        if len(ids) == 1:
            return ids[0], None
        if len(ids) == 2:
            created = {s.id: (s.created, s.id) for s in self.snapshots}
            older, newer = sorted(ids, key=lambda i: created.get(i, ("", i)))
            return older, newer
        return None

    def _update_compare(self) -> None:
        self.compare_button.setEnabled(self.chosen_pair() is not None)

    def compare(self) -> bool:
        """Close and show the comparison in the window (the dialog is modal: the comparison is not)."""
        pair = self.chosen_pair()
        if pair is None or self._compare is None:
            return False
        compare = self._compare
        self.accept()
        QTimer.singleShot(0, lambda: compare(*pair))
        return True

    def _preview(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and not self.controller.read_only)
        if info is None:
            self.preview.clear()
            return
        self.preview.setPlainText(report_text(self.controller.store.snapshots.content(info.id)))

    def take(self, label: str | None = None) -> int | None:
        if label is None:
            label, ok = QInputDialog.getText(self, self.tr("创建快照"), self.tr("快照说明（如“送领导审阅前”）："))
            if not ok:
                return None
        try:
            snapshot_id = self.controller.take_snapshot(label)
        except UserError as exc:
            messages.warn(self, self.tr("创建快照"), str(exc))
            return None
        self.refresh(snapshot_id)
        return snapshot_id

    def restore(self) -> bool:
        info = self.selected()
        if info is None:
            return False
        question = (self.tr("把报告恢复到 %1 的快照“%2”？").replace("%1", format_time(info.created))
                    .replace("%2", info.label or str(info.id)))
        if not messages.confirm(self, self.tr("恢复快照"), question, name="confirmRestoreBox",
                                detail=self.tr("当前内容会先自动保存为一个快照，恢复之后仍可找回。"),
                                yes=self.tr("恢复"), no=self.tr("取消")):
            return False
        try:
            self.controller.restore_snapshot(info.id)
        except UserError as exc:
            messages.warn(self, self.tr("恢复快照"), str(exc))
            return False
        self.refresh()
        return True
