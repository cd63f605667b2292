"""The section tree on the left: outline with derived numbers, part, status and count; add,
delete, rename in place, drag and drop, and keyboard moves — all through the controller."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QMenu, QTreeView, QWidget

from app.model import Part, Section, Status
from ui.common import messages
from ui.common.modal import run_modal
from ui.editor.controller import ReportController
from ui.editor.count_targets import fit_count_column
from ui.editor.part_menu import MissingPartsMenu
from ui.editor.section_model import (
    COL_COUNT,
    COL_HEADING,
    COL_PART,
    COL_STATUS,
    SectionTreeModel,
    part_name,
    part_tag,
    status_name,
)

# above this many sections the tree expands on the next turn of the event loop (see _report_opened)
EXPAND_LATER_SECTIONS = 300
# a timer, not a 0 ms call: that is a posted event, run before the input and paint waiting meanwhile
EXPAND_STEP_MS = 15


class SectionTree(QTreeView):
    def __init__(self, controller: ReportController, parent: QWidget | None = None,
                 confirm_delete: Callable[[Section], bool] | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._confirm_delete = confirm_delete or self._ask_delete
        self._syncing = False
        self._opened = 0  # reports opened so far: a deferred expansion is for the one still open
        self.tree_model = SectionTreeModel(controller, self)
        self.setModel(self.tree_model)
        self.setObjectName("sectionTree")
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        # DragDrop (not InternalMove) so that drops are judged by the model's own mime type
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_HEADING, QHeaderView.ResizeMode.Stretch)
        # fixed widths from the widest possible content: ResizeToContents asked every row for its
        # size on each layout, ~1,500 data() calls and 80 ms per section switch in a 200-section report
        metrics = self.fontMetrics()
        samples = {COL_PART: max((part_tag(p) for p in Part), key=metrics.horizontalAdvance),
                   COL_STATUS: "● " + max((status_name(st) for st in Status), key=metrics.horizontalAdvance),
                   COL_COUNT: "99,999"}  # a top-level part of a long report can pass 10,000
        for column, sample in samples.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 2 * metrics.averageCharWidth())
        fit_count_column(self, COL_COUNT, controller)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self._make_actions()
        self.selectionModel().currentChanged.connect(self._current_changed)
        # Qt lays the tree out lazily; when a partial repaint (a new current row, a changed count) is
        # already queued, that layout runs inside the paint event and its full repaint is dropped, so
        # the rows below a removal or move stayed stale on screen. Repaint the whole viewport instead.
        for signal in (self.tree_model.rowsInserted, self.tree_model.rowsRemoved, self.tree_model.rowsMoved):
            signal.connect(lambda *_: self.viewport().update())
        controller.currentSectionChanged.connect(self._show_current)
        controller.reportOpened.connect(self._report_opened)
        # after every insert/remove/move (undo and redo too) the current section is shown again
        controller.structureChanged.connect(lambda: self._show_current(self.controller.current_section_id()))
        controller.sectionChanged.connect(lambda _id: self._update_actions())
        self._update_actions()

    # ---- actions -------------------------------------------------------------------------
    def _action(self, text: str, shortcuts: list[QKeySequence | str | QKeySequence.StandardKey], slot: Callable[[], object],
                tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        # only while the tree has focus: in the editor these keys edit text
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setStatusTip(tip or text)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.add_sibling_action = self._action(self.tr("添加同级章节"), ["Insert", "Ctrl+Return", "Ctrl+Enter"],
                                               self.add_sibling, self.tr("在所选章节之后添加一个同级章节"))
        self.add_child_action = self._action(self.tr("添加下级章节"), ["Ctrl+Shift+Return", "Ctrl+Shift+Insert"],
                                             self.add_child, self.tr("在所选章节之下添加一个下级章节"))
        self.rename_action = self._action(self.tr("重命名"), ["F2"], self.rename_current)
        self.delete_action = self._action(self.tr("删除章节…"), [QKeySequence.StandardKey.Delete],
                                          self.delete_current, self.tr("删除所选章节及其下级章节（可撤销）"))
        self.move_up_action = self._action(self.tr("上移"), ["Ctrl+Up", "Alt+Shift+Up"], self._on(self.controller.move_up))
        self.move_down_action = self._action(self.tr("下移"), ["Ctrl+Down", "Alt+Shift+Down"],
                                             self._on(self.controller.move_down))
        self.promote_action = self._action(self.tr("升级"), ["Ctrl+Left", "Alt+Shift+Left"],
                                           self._on(self.controller.promote), self.tr("把章节提高一级"))
        self.demote_action = self._action(self.tr("降级"), ["Ctrl+Right", "Alt+Shift+Right"],
                                          self._on(self.controller.demote), self.tr("把章节降低一级，放到上一节之下"))
        self.part_menu = QMenu(self.tr("设置部分"), self)
        self.part_actions = QActionGroup(self)
        for part in [None, *Part]:
            text = self.tr("（不属于五部分）") if part is None else part_name(part)
            action = self.part_menu.addAction(text)
            action.setCheckable(True)
            action.setData(part)
            self.part_actions.addAction(action)
            action.triggered.connect(lambda _=False, p=part: self._set_part(p))
        self.status_menu = QMenu(self.tr("设置状态"), self)
        self.status_actions = QActionGroup(self)
        for index, status in enumerate(Status, start=1):
            action = self.status_menu.addAction(status_name(status))
            action.setCheckable(True)
            action.setData(status)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.status_actions.addAction(action)
            action.triggered.connect(lambda _=False, s=status: self._set_status(s))
        self.part_menu.aboutToShow.connect(self._check_part_and_status)
        self.add_part_menu = MissingPartsMenu(self.controller, self)
        self.status_menu.aboutToShow.connect(self._check_part_and_status)

    def structure_actions(self) -> list[QAction]:
        return [self.add_sibling_action, self.add_child_action, self.rename_action, self.delete_action,
                self.move_up_action, self.move_down_action, self.promote_action, self.demote_action]

    def _on(self, operation: Callable[[int], bool]) -> Callable[[], None]:
        def run() -> None:
            section_id = self.controller.current_section_id()
            if section_id >= 0:
                operation(section_id)
        return run

    def _update_actions(self) -> None:
        controller = self.controller
        section = controller.current_section()
        editable = controller.has_report() and not controller.read_only
        chosen = editable and section is not None  # 开头/结尾 too: they have a status
        has = chosen and not controller.is_end_node(section)  # a section of the numbered outline
        row = controller.row_of(section) if section is not None and controller.contains(section) else 0
        parent = controller.parent_of(section) if section is not None else None
        last = len(controller.children_of(parent)) - 1 if has else 0
        self.add_sibling_action.setEnabled(editable)
        for action in (self.add_child_action, self.rename_action, self.delete_action):
            action.setEnabled(has)
        self.move_up_action.setEnabled(has and row > 0)
        self.move_down_action.setEnabled(has and row < last)
        self.promote_action.setEnabled(has and parent is not None)
        self.demote_action.setEnabled(has and row > 0)
        self.part_menu.setEnabled(has)
        self.status_menu.setEnabled(chosen)
        self.part_actions.setEnabled(has)  # their shortcuts work without the menu (Ctrl+1…3)
        self.status_actions.setEnabled(chosen)

    def _check_part_and_status(self) -> None:
        section = self.controller.current_section()
        if section is None:
            return
        for action in self.part_actions.actions():
            action.setChecked(action.data() == section.part)
        for action in self.status_actions.actions():
            action.setChecked(action.data() == section.status)

    # ---- operations ----------------------------------------------------------------------
    def add_sibling(self) -> None:
        current = self.controller.current_section()  # after 开头: first; after 结尾: last
        self._edit_new(self.controller.add_sibling(current.id if current is not None else None))

    def add_child(self) -> None:
        current = self.controller.current_section_id()
        if current >= 0:
            self._edit_new(self.controller.add_child(current))

    def _edit_new(self, section_id: int) -> None:
        """A new section is selected with its heading open for typing, as a file manager does."""
        index = self.tree_model.index_for_id(section_id)
        if index.isValid():
            self.setFocus()
            self.scrollTo(index)
            self.edit(index)

    def rename_current(self) -> None:
        index = self.tree_model.index_for_id(self.controller.current_section_id())
        if index.isValid():
            self.setFocus()
            self.edit(index)

    def delete_current(self) -> None:
        section = self.controller.current_section()
        if section is not None and section.id is not None and self.controller.contains(section) \
                and self._confirm_delete(section):
            self.controller.delete(section.id)

    def _ask_delete(self, section: Section) -> bool:
        below = len(section.walk()) - 1
        text = self.tr("删除章节“%1”？").replace("%1", section.heading)
        if below:
            text += self.tr("\n它的 %1 个下级章节也将一并删除。").replace("%1", str(below))
        # Delete then Enter deletes: the clerk asked for it, and it can be undone
        return messages.confirm(self, self.tr("删除章节"), text, detail=self.tr("删除后可以用“撤销”（Ctrl+Z）恢复。"),
                                yes=self.tr("删除"), no=self.tr("取消"), destructive=True, name="confirmDeleteBox")

    def run_modal(self, dialog: QDialog) -> int:
        """exec() a modal dialog and give the keyboard back afterwards (see ui.common.modal)."""
        return run_modal(dialog, self)

    def _set_part(self, part: Part | None) -> None:
        section_id = self.controller.current_section_id()
        if section_id >= 0:
            self.controller.set_part(section_id, part)

    def _set_status(self, status: Status) -> None:
        section = self.controller.current_section()  # a section, 开头 or 结尾
        if section is not None and section.id is not None:
            self.controller.set_status(section.id, status)

    # ---- selection -----------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        section = self.tree_model.section_at(current)
        if section is not None and section.id is not None:
            self.controller.select_section(section.id)

    def _show_current(self, section_id: int) -> None:
        """Select the controller's current section, with every ancestor expanded, and scroll to it."""
        index = self.tree_model.index_for_id(section_id)
        self._syncing = True
        try:
            if index.isValid():
                parent = index.parent()
                while parent.isValid():
                    self.expand(parent)
                    parent = parent.parent()
                selection = self.selectionModel()
                if index != self.currentIndex().siblingAtColumn(0) or not selection.isSelected(index):
                    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)
                self.scrollTo(index)
            else:
                self.selectionModel().clearSelection()
        finally:
            self._syncing = False
        self._update_actions()

    def _report_opened(self) -> None:
        """Every row expanded, the current one shown. In a long report expandAll (a data()/flags() call
        per row, 18 ms at 1,500 headings) waits for the next turn of the event loop, so that opening
        it is not one long block; the current section's ancestors are opened at once."""
        self._opened += 1
        report = self.controller.report
        if report is not None and len(report.all_sections()) > EXPAND_LATER_SECTIONS:
            self._show_current(self.controller.current_section_id())
            QTimer.singleShot(EXPAND_STEP_MS, self, lambda opened=self._opened: self._expand_all(opened))
        else:
            self._expand_all(self._opened)

    def _expand_all(self, opened: int) -> None:
        if opened == self._opened:  # not for a report opened meanwhile
            self.expandAll()
            self._show_current(self.controller.current_section_id())

    def rowsInserted(self, parent: QModelIndex | QPersistentModelIndex, start: int, end: int) -> None:
        super().rowsInserted(parent, start, end)
        self.expand(parent)  # a new child shows at once
        for row in range(start, end + 1):  # and a subtree brought back by undo comes back open, as opened
            self.expandRecursively(self.model().index(row, 0, parent))

    def _context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if index.isValid():
            self.setCurrentIndex(index.siblingAtColumn(0))
        menu = QMenu(self)
        menu.addActions([self.add_sibling_action, self.add_child_action])
        menu.addSeparator()
        menu.addActions([self.rename_action, self.delete_action])
        menu.addSeparator()
        menu.addActions([self.move_up_action, self.move_down_action, self.promote_action, self.demote_action])
        menu.addSeparator()
        menu.addMenu(self.part_menu)
        menu.addMenu(self.status_menu)
        self.add_part_menu.refill()
        menu.addMenu(self.add_part_menu)
        menu.exec(self.viewport().mapToGlobal(pos))
