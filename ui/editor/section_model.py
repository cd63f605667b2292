"""A live Qt item model over the open report's section tree (no copies that go stale): rows are
the Section objects themselves; numbers and counts are derived on the fly."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from app.model import Part, Section, Status
from ui.common.translate import QT_TRANSLATE_NOOP
from ui.editor.controller import ReportController
from ui.editor.count_targets import count_colour, count_text_for, count_tip
from ui.editor.end_nodes import end_title

MIME_TYPE = "application/x-chengwen-section"

COL_HEADING, COL_PART, COL_STATUS, COL_COUNT = range(4)

STATUS_COLOURS = {Status.TODO: "#b0b4ba", Status.DRAFT: "#e3a21a", Status.FINAL: "#2e9d5b"}
STATUS_NAMES = {Status.TODO: QT_TRANSLATE_NOOP("Status", "待写"), Status.DRAFT: QT_TRANSLATE_NOOP("Status", "草稿"),
                Status.FINAL: QT_TRANSLATE_NOOP("Status", "定稿")}
# the tree's part column: a short tag (the full name is in the tooltip), so the headings keep the width
PART_TAGS = {Part.MEASURES: QT_TRANSLATE_NOOP("Part", "举措成效"), Part.SHORTCOMINGS: QT_TRANSLATE_NOOP("Part", "不足原因"),
             Part.LEADERSHIP: QT_TRANSLATE_NOOP("Part", "第一责任人"), Part.PLANS: QT_TRANSLATE_NOOP("Part", "明年安排"),
             Part.OTHER: QT_TRANSLATE_NOOP("Part", "其他")}
EMPTY_COLOUR = "#8a8f98"
CHANGED_COLOUR = "#fff2a8"  # a section that differs in the comparison being shown (issue 12)

Index = QModelIndex | QPersistentModelIndex
# combined once: or-ing Python enums per call made flags() half the cost of expanding a long outline
_FIXED_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_MOVABLE_FLAGS = _FIXED_FLAGS | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
_HEADING_FLAGS = _MOVABLE_FLAGS | Qt.ItemFlag.ItemIsEditable
_COUNT_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_TOP = QModelIndex()  # the invisible root: the default parent Qt's signatures name


# the five parts' names as the interface shows them (the stored and exported names stay Chinese)
PART_LABELS = {Part.MEASURES: QT_TRANSLATE_NOOP("PartName", "主要举措和成效"),
               Part.SHORTCOMINGS: QT_TRANSLATE_NOOP("PartName", "不足和原因"),
               Part.LEADERSHIP: QT_TRANSLATE_NOOP("PartName", "第一责任人履职情况"),
               Part.PLANS: QT_TRANSLATE_NOOP("PartName", "下一年度主要安排"),
               Part.OTHER: QT_TRANSLATE_NOOP("PartName", "其他需要报告的情况")}


def part_name(part: Part) -> str:
    """"1 主要举措和成效" in the interface language."""
    return f"{int(part)} {QCoreApplication.translate('PartName', PART_LABELS[part])}"


def part_label(part: Part) -> str:
    """The part's name alone, in the interface language."""
    return QCoreApplication.translate("PartName", PART_LABELS[part])


def part_tag(part: Part) -> str:
    return QCoreApplication.translate("Part", PART_TAGS[part])


def status_name(status: Status) -> str:
    """The status as the interface shows it (the stored value is Chinese)."""
    return QCoreApplication.translate("Status", STATUS_NAMES[status])


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(2, 2, 8, 8)
    painter.end()
    return QIcon(pixmap)


def is_empty(section: Section) -> bool:
    """No body text anywhere in the section or below it."""
    return not any(s.paragraphs for s in section.walk())


def note_count(section: Section) -> int:
    """The section's notes, one a line (a kept 批注 is one line)."""
    return sum(1 for line in section.notes.splitlines() if line.strip())


class SectionTreeModel(QAbstractItemModel):
    """The outline with 开头 as the first and 结尾 as the last top-level row: the controller counts
    top-level rows without them, so rows at the top are shifted by one here."""

    def __init__(self, controller: ReportController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._icons: dict[Status, QIcon] = {}
        self._changed: set[int] = set()  # ids of the sections changed in the comparison shown
        self._headers = [self.tr("章节"), self.tr("部分"), self.tr("状态"), self.tr("字数")]
        controller.reportOpened.connect(self._reset)
        controller.structureChanged.connect(self._renumber)
        controller.propertiesChanged.connect(self._renumber)  # the 字数目标 shown in the count column
        controller.sectionChanged.connect(self._section_changed)
        controller.sectionAboutToBeInserted.connect(
            lambda parent, row: self.beginInsertRows(self.index_of(parent), *[self._row(parent, row)] * 2))
        controller.sectionInserted.connect(self._inserted)
        controller.sectionAboutToBeRemoved.connect(
            lambda parent, row: self.beginRemoveRows(self.index_of(parent), *[self._row(parent, row)] * 2))
        controller.sectionRemoved.connect(self._removed)
        controller.sectionAboutToBeMoved.connect(self._about_to_move)
        controller.sectionMoved.connect(self._moved)

    # ---- structure -----------------------------------------------------------------------
    def _children(self, parent: Index) -> list[Section]:
        if self.controller.report is None:
            return []
        if parent.isValid():
            return self.controller.children_of(parent.internalPointer())
        ends = self.controller.ends
        return [ends.opening, *self.controller.children_of(None), ends.closing]

    @staticmethod
    def _row(parent: Section | None, row: int) -> int:
        """The model's row of the controller's `row` among `parent`'s children (开头 comes first)."""
        return row + 1 if parent is None else row

    def is_end(self, index: Index) -> bool:
        return index.isValid() and self.controller.is_end_node(index.internalPointer())

    def index(self, row: int, column: int, parent: Index = _TOP) -> QModelIndex:
        children = self._children(parent)
        if 0 <= row < len(children) and 0 <= column < len(self._headers):
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: Index = _TOP) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self.controller.parent_of(index.internalPointer())
        return self.index_of(parent)

    def index_of(self, section: Section | None, column: int = 0) -> QModelIndex:
        controller = self.controller
        if section is not None and controller.report is not None and controller.is_end_node(section):
            row = 0 if section is controller.ends.opening else len(controller.report.sections) + 1
            return self.createIndex(row, column, section)
        if section is None or not controller.contains(section):
            return QModelIndex()
        return self.createIndex(self._row(controller.parent_of(section), controller.row_of(section)), column, section)

    def index_for_id(self, section_id: int) -> QModelIndex:
        return self.index_of(self.controller.section(section_id))

    def section_at(self, index: Index) -> Section | None:
        return index.internalPointer() if index.isValid() else None

    def rowCount(self, parent: Index = _TOP) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = _TOP) -> int:
        return len(self._headers)

    def _about_to_move(self, old_parent: Section | None, old_row: int, new_parent: Section | None, row: int) -> None:
        # Qt counts the destination before the removal; the controller counts it after.
        destination = row + 1 if new_parent is old_parent and row > old_row else row
        old_row, destination = self._row(old_parent, old_row), self._row(new_parent, destination)
        ok = self.beginMoveRows(self.index_of(old_parent), old_row, old_row, self.index_of(new_parent), destination)
        assert ok, "controller proposed a move Qt cannot express"

    # The controller's outline index is rebuilt before these signals: views asking for data while they
    # handle rowsInserted/rowsRemoved/rowsMoved get the new numbers (structureChanged then repaints all).
    def _inserted(self) -> None:
        self.endInsertRows()

    def _removed(self) -> None:
        self.endRemoveRows()

    def _moved(self) -> None:
        self.endMoveRows()

    # ---- data ----------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight if section == COL_COUNT else Qt.AlignmentFlag.AlignLeft
        return None

    def number(self, section: Section) -> str:
        return self.controller.number_of(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        section: Section = index.internalPointer()
        column = index.column()
        if self.controller.is_end_node(section) and column == COL_HEADING and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            title = end_title(section)
            if role != Qt.ItemDataRole.ToolTipRole:
                return title
            return self.tr("%1：不编号，总在正文之前或之后；状态：%2").replace("%1", title).replace(
                "%2", status_name(section.status))
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_HEADING:
                marker = self._own_marker(section)
                return f"{marker} {section.heading}" if marker else section.heading
            if column == COL_PART:
                # a part belongs to a top-level section; one moved down keeps it only for the undo
                top = self.controller.parent_of(section) is None
                return part_tag(section.part) if section.part is not None and top else ""
            if column == COL_STATUS:
                return status_name(section.status)
            if column == COL_COUNT:
                return (count_text_for(self.controller, section)
                        or f"{self.controller.section_counts(section, recursive=True).characters:,}")
        elif role == Qt.ItemDataRole.EditRole and column == COL_HEADING:
            return section.heading
        elif role == Qt.ItemDataRole.ToolTipRole:
            counts = self.controller.section_counts(section, recursive=True)
            lines = [f"{self.number(section)} {section.heading}"]
            if section.part is not None:
                lines.append(self.tr("部分：%1").replace("%1", part_name(section.part)))
            lines.append(self.tr("状态：%1").replace("%1", status_name(section.status)))
            lines.append(self.tr("字数：%1（另有标点 %2）").replace("%1", str(counts.characters))
                         .replace("%2", str(counts.punctuation)))
            if is_empty(section):
                lines.append(self.tr("这一节还没有正文"))
            notes = note_count(section)
            if notes:
                lines.append(self.tr("备注 %1 条").replace("%1", str(notes)))
            if section.id in self._changed:
                lines.append(self.tr("与所比较的版本相比有改动"))
            target = count_tip(self.controller, section)
            if target:
                lines.append(target)
            return "\n".join(lines)
        elif role == Qt.ItemDataRole.BackgroundRole:
            if column == COL_HEADING and section.id in self._changed:
                return QBrush(QColor(CHANGED_COLOUR))
        elif role == Qt.ItemDataRole.ForegroundRole:
            colour = count_colour(self.controller, section) if column == COL_COUNT else None
            if colour is not None:
                return QBrush(colour)
            if column in (COL_HEADING, COL_COUNT) and is_empty(section):
                return QBrush(QColor(EMPTY_COLOUR))
            if column == COL_STATUS:
                return QBrush(QColor(STATUS_COLOURS[section.status]).darker(130))
        elif role == Qt.ItemDataRole.FontRole:
            if column == COL_HEADING:
                font = QFont()
                font.setItalic(is_empty(section))
                font.setBold(self.controller.parent_of(section) is None)
                return font
        elif role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS:
            if section.status not in self._icons:
                self._icons[section.status] = _dot(STATUS_COLOURS[section.status])
            return self._icons[section.status]
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == COL_COUNT:
            return _COUNT_ALIGNMENT
        return None

    def _own_marker(self, section: Section) -> str:
        number = self.number(section)
        parent = self.controller.parent_of(section)
        prefix = self.number(parent) if parent is not None else ""
        return number[len(prefix):]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != COL_HEADING or not index.isValid():
            return False
        section: Section = index.internalPointer()
        if section.id is None or not str(value).strip() or self.controller.is_end_node(section):
            return False
        self.controller.rename(section.id, str(value))
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if not self.controller.read_only else Qt.ItemFlag.NoItemFlags
        if self.controller.read_only or self.is_end(index):  # 开头/结尾 neither move nor take children
            return _FIXED_FLAGS
        return _HEADING_FLAGS if index.column() == COL_HEADING else _MOVABLE_FLAGS

    # ---- updates -------------------------------------------------------------------------
    def set_changed(self, section_ids: set[int]) -> None:
        """Mark the sections of the comparison being shown (an empty set clears the marks)."""
        if section_ids != self._changed:
            self._changed = set(section_ids)
            self._renumber()

    def changed_ids(self) -> set[int]:
        return set(self._changed)

    def _reset(self) -> None:
        self._changed.clear()  # another report (or a reload after a merge): the comparison is gone
        self.beginResetModel()
        self.endResetModel()

    def _renumber(self) -> None:
        self._emit_all_changed(QModelIndex())

    def _emit_all_changed(self, parent: QModelIndex) -> None:
        rows = self.rowCount(parent)
        if rows == 0:
            return
        self.dataChanged.emit(self.index(0, 0, parent), self.index(rows - 1, self.columnCount() - 1, parent))
        for row in range(rows):
            self._emit_all_changed(self.index(row, 0, parent))

    def _section_changed(self, section_id: int) -> None:
        section = self.controller.section(section_id)
        while section is not None:  # ancestors too: their counts include this section
            left = self.index_of(section)
            self.dataChanged.emit(left, left.siblingAtColumn(self.columnCount() - 1))
            section = self.controller.parent_of(section)

    # ---- drag and drop -------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        sections = [i.internalPointer() for i in indexes
                    if i.isValid() and i.column() == COL_HEADING and not self.is_end(i)]
        report = self.controller.report
        if sections and report is not None and sections[0].id is not None:
            data.setData(MIME_TYPE, QByteArray(f"{report.id}:{sections[0].id}".encode()))
        return data

    def _dragged(self, data: QMimeData) -> Section | None:
        if not data.hasFormat(MIME_TYPE) or self.controller.report is None:
            return None
        try:
            report_id, section_id = (int(x) for x in bytes(data.data(MIME_TYPE).data()).decode().split(":"))
        except ValueError:
            return None
        if report_id != self.controller.report.id:
            return None
        return self.controller.section(section_id)

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        section = self._dragged(data)
        if section is None or self.controller.read_only or self.is_end(parent):
            return False
        report = self.controller.report
        if not parent.isValid() and report is not None and (row == 0 or row > len(report.sections) + 1):
            return False  # nothing goes above 开头 or below 结尾
        target = parent.internalPointer() if parent.isValid() else None
        return self.controller.can_move(section, target)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        section = self._dragged(data)
        assert section is not None and section.id is not None
        target: Section | None = parent.internalPointer() if parent.isValid() else None
        siblings = self.controller.children_of(target)
        if row < 0:  # dropped onto an item: becomes its last child (or last at the top level)
            row = len(siblings)
        elif target is None:
            row -= 1  # the controller's top-level rows do not count 开头
        old_parent = self.controller.parent_of(section)
        if target is old_parent and row > self.controller.row_of(section):
            row -= 1  # Qt's row counts the dragged section itself
        # The move is done here; removeRows is not implemented, so the view cannot also delete the source.
        return self.controller.move(section.id, target.id if target is not None else None, row,
                                    self.tr("拖动章节"))
