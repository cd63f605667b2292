"""导入领导修改稿 (issue 12): every change of a reviewed Word file against the draft it came from —
kind, section, before and after, author, date, tracked or not, comments with the text they are
anchored to — accepted or rejected one, several or all at a time. Applying goes through the core
(which snapshots first); the window then reloads the report."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.review.compare import Change
from app.review.merge import Applied, Review, apply_review, live_pairs
from ui.common import messages
from ui.editor.controller import ReportController
from ui.review.compare_view import DELETED, INSERTED
from ui.window.snapshots_dialog import format_time

COLUMNS = 8
SHORT = 30  # characters of before/after shown in the list (the whole text is below and in the tooltip)
NOW = -1
# the reviewed file again against another draft (None: the report as it is now) → the new Review or None
Rereview = Callable[[int | None], "Review | None"]


def _short(text: str) -> str:
    text = text.replace("\n", "⏎")
    return text if len(text) <= SHORT else text[:SHORT] + "…"


class ReviewDialog(QDialog):
    """`merged(snapshot_id, accepted, rejected)` after changes were applied (snapshot_id 0: none taken)."""

    merged = Signal(int, int, int)

    def __init__(self, controller: ReportController, review: Review, rereview: Rereview,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.review = review
        self.rereview = rereview
        self._live_ids: dict[int, int] | None = None  # base section index → live section id, made on demand
        self.setObjectName("reviewDialog")
        self.setWindowTitle(self.tr("领导修改稿：%1").replace("%1", review.source))
        self.resize(1100, 680)

        self.base_combo = QComboBox()
        self.base_combo.setObjectName("reviewAgainst")
        self.base_combo.addItem(self.tr("报告当前内容"), NOW)
        for info in controller.store.snapshots.for_report(review.report_id):
            self.base_combo.addItem(f"{format_time(info.created)}  {info.label or self.tr('（无说明）')}", info.id)
        self.base_combo.setCurrentIndex(max(self.base_combo.findData(review.against if review.against else NOW), 0))
        self.base_combo.activated.connect(lambda _i: self._base_chosen())
        base_label = QLabel(self.tr("对照的底稿(&B)："))
        base_label.setBuddy(self.base_combo)
        base_label.setToolTip(self.tr("修改稿是从哪一稿改出来的：默认是导出这份 Word 时自动拍的快照"))
        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")

        self.table = QTreeWidget()
        self.table.setObjectName("reviewChanges")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setHeaderLabels([self.tr("编号"), self.tr("位置"), self.tr("类型"), self.tr("原文"),
                                    self.tr("修改为 / 批注"), self.tr("作者"), self.tr("日期"), self.tr("方式")])
        header = self.table.header()
        header.setStretchLastSection(False)
        for column in range(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.detail = QTextBrowser()
        self.detail.setObjectName("reviewDetail")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.accept_button = QPushButton(self.tr("接受所选(&A)"))
        self.accept_button.setObjectName("acceptSelected")
        self.reject_button = QPushButton(self.tr("拒绝所选(&R)"))
        self.reject_button.setObjectName("rejectSelected")
        self.accept_all_button = QPushButton(self.tr("全部接受"))
        self.accept_all_button.setObjectName("acceptAll")
        self.reject_all_button = QPushButton(self.tr("全部拒绝"))
        self.reject_all_button.setObjectName("rejectAll")
        for button in (self.accept_button, self.accept_all_button):
            button.setToolTip(self.tr("改动写进报告；批注保留为该节的备注（不导出）"))
        for button in (self.reject_button, self.reject_all_button):
            button.setToolTip(self.tr("不采纳：报告不变，这一处从列表中去掉"))
        self.accept_button.clicked.connect(lambda: self.apply(self.selected_ids(), set()))
        self.reject_button.clicked.connect(lambda: self.apply(set(), self.selected_ids()))
        self.accept_all_button.clicked.connect(lambda: self.apply(self.all_ids(), set()))
        self.reject_all_button.clicked.connect(lambda: self.apply(set(), self.all_ids()))
        close_button = QPushButton(self.tr("关闭"))
        close_button.setObjectName("closeReview")
        close_button.clicked.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(base_label)
        top.addWidget(self.base_combo, 1)
        top.addSpacing(12)
        top.addWidget(self.summary)
        hint = QLabel(self.tr("没有处理的修改会留在报告里，随时可以从“审阅 → 待处理的领导修改”再打开。"
                              "接受之前会先拍快照，可用“审阅 → 撤销合并”整体撤回。"))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.reject_button, self.accept_all_button, self.reject_all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        read_only = controller.read_only
        for button in (self.accept_button, self.reject_button, self.accept_all_button, self.reject_all_button):
            button.setVisible(not read_only)
        self.show_changes()

    # ---- the list --------------------------------------------------------------------------
    def kind_name(self, change: Change) -> str:
        kinds = {
            "insert": self.tr("插入"), "delete": self.tr("删除"), "replace": self.tr("改写"),
            "heading": self.tr("改标题"), "add-section": self.tr("新增一节"), "remove-section": self.tr("删除一节"),
            "move-section": self.tr("移动一节"), "comment": self.tr("批注"),
        }
        return kinds.get(change.kind, change.kind)

    def show_changes(self) -> None:
        self._live_ids = None  # after a merge or another base the sections pair anew
        self.table.clear()
        for change in self.review.changes:
            method = self.tr("修订") if change.tracked and change.kind != "comment" else (
                "" if change.kind == "comment" else self.tr("直接修改"))
            item = QTreeWidgetItem([str(change.id), change.section, self.kind_name(change), _short(change.before),
                                    _short(change.after), change.author or "", (change.date or "")[:10], method])
            item.setData(0, Qt.ItemDataRole.UserRole, change.id)
            for column, text in ((3, change.before), (4, change.after)):
                item.setToolTip(column, text)
            self.table.addTopLevelItem(item)
        count = len(self.review.changes)
        self.summary.setText(self.tr("待处理 %1 处").replace("%1", str(count)) if count
                             else self.tr("没有待处理的修改"))
        if count:
            first = self.table.topLevelItem(0)
            if first is not None:
                self.table.setCurrentItem(first)
        self._selection_changed()
        for button in (self.accept_all_button, self.reject_all_button):
            button.setEnabled(bool(count))

    def selected_ids(self) -> set[int]:
        return {int(item.data(0, Qt.ItemDataRole.UserRole)) for item in self.table.selectedItems()}

    def all_ids(self) -> set[int]:
        return {c.id for c in self.review.changes}

    def select_ids(self, ids: set[int]) -> None:
        self.table.clearSelection()
        for row in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(row)
            if item is not None and int(item.data(0, Qt.ItemDataRole.UserRole)) in ids:
                item.setSelected(True)

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        for button in (self.accept_button, self.reject_button):
            button.setEnabled(bool(ids))
        chosen = [c for c in self.review.changes if c.id in ids]
        self.detail.setHtml("".join(self._detail(c) for c in chosen[:20]))
        if len(chosen) == 1:
            self.reveal(chosen[0])

    def reveal(self, change: Change) -> None:
        """Select the change's section in the window's tree (behind the dialog)."""
        report = self.controller.report
        if change.old_index is None or report is None:
            return
        if self._live_ids is None:
            self._live_ids = live_pairs(self.review.base, report)
        section_id = self._live_ids.get(change.old_index)
        if section_id is not None and self.controller.section(section_id) is not None:
            self.controller.select_section(section_id)

    def _detail(self, change: Change) -> str:
        def lines(text: str) -> str:
            return "<br>".join(escape(line) for line in text.split("\n"))

        who = f"（{escape(change.author)} {escape((change.date or '')[:10])}）" if change.author else ""
        head = f"<p><b>{change.id}. {escape(change.section)} {escape(self.kind_name(change))}</b>{who}</p>"
        if change.kind == "comment":
            return head + (self.tr("<p>批注于：“%1”</p><p>批注：%2</p>").replace("%1", lines(change.before))
                           .replace("%2", lines(change.after)))
        if change.kind == "move-section":
            return head + self.tr("<p>从 %1 移到 %2</p>").replace("%1", escape(change.before)).replace(
                "%2", escape(change.after))
        before = f"<p><span style='{DELETED}'>{lines(change.before)}</span></p>" if change.before else ""
        after = f"<p><span style='{INSERTED}'>{lines(change.after)}</span></p>" if change.after else ""
        return head + before + after

    # ---- applying --------------------------------------------------------------------------
    def apply(self, accept: set[int], reject: set[int]) -> Applied | None:
        """Accept and reject these changes (through the core), then reload the report."""
        if not accept and not reject or self.controller.read_only:
            return None
        self.controller.flush()
        try:
            applied = apply_review(self.controller.store, self.review, accept, reject)
        except (UserError, OSError) as exc:
            messages.warn(self, self.tr("导入领导修改稿"), str(exc))
            return None
        self.review.changes = list(applied.pending)  # the core keeps these pending in the report
        if applied.accepted:
            removed = any(c.kind == "remove-section" for c in self.review.comparison.changes if c.id in accept)
            # SQLite may hand a removed section's id to an added one: then only the place counts
            self.controller.reload(ids_kept=not removed)
        self.show_changes()
        self.merged.emit(applied.snapshot or 0, len(applied.accepted), len(applied.rejected))
        return applied

    def _base_chosen(self) -> None:
        chosen = self.base_combo.currentData()
        against = None if chosen == NOW else int(chosen)
        if against == self.review.against:
            return
        review = self.rereview(against)
        if review is None:  # failed (the message was shown) or cancelled: keep the list as it was
            at = self.base_combo.findData(self.review.against if self.review.against else NOW)
            self.base_combo.setCurrentIndex(max(at, 0))
            return
        self.review = review
        self.show_changes()
