"""The 活动台账 list as a table model over Activity rows: the view asks for the cells it shows, so
10,000 activities cost no widgets; a new read of the ledger changes only the rows that differ
(app.library.ledger_diff), and the coverage marks change only where they flip (issue 15)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.library.activities import Activity, Figure, figures_text, format_number
from app.library.ledger_diff import row_changes
from ui.common.row_table import TOP as _TOP
from ui.common.row_table import Index, RowTableModel
from ui.library.category_names import category_label

ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 1
UNMENTIONED_ROLE = Qt.ItemDataRole.UserRole + 2
DATE_COLUMN, CATEGORY_COLUMN, TITLE_COLUMN, FIGURES_COLUMN, PART_COLUMN, YEAR_COLUMN = range(6)
_HIGHLIGHT = QBrush(QColor("#fff1c2"))
_MANY = 50  # more rows flipping at once than this are announced as one span



def compact_figures(figures: list[Figure]) -> str:
    """The figures' numbers for a narrow column: 32家、900人次 (the names are in the tooltip)."""
    return "、".join(f"{format_number(f.value)}{f.unit}" for f in figures)


def cell_text(activity: Activity, column: int) -> str:
    if column == DATE_COLUMN:
        return activity.date_text
    if column == CATEGORY_COLUMN:
        return category_label(activity.category)  # a built-in category in the interface language
    if column == TITLE_COLUMN:
        return activity.title
    if column == FIGURES_COLUMN:
        return compact_figures(activity.figures)
    if column == YEAR_COLUMN:
        return str(activity.year)
    return str(int(activity.part)) if activity.part else ""


class ActivityModel(RowTableModel[Activity]):
    """Rows are Activity objects in ledger order. `headers` and `tips` come from the panel, which
    owns the translations (part names, the 报告中尚未提及 prefix)."""

    def __init__(self, headers: list[str], part_tip: Callable[[Activity], str], unmentioned_tip: str,
                 parent: QObject | None = None) -> None:
        super().__init__(headers, parent)
        self._part_tip = part_tip
        self._unmentioned_tip = unmentioned_tip
        self._row_of: dict[int, int] = {}
        self._unmentioned: set[int] = set()
        self._bold = QFont()
        self._bold.setBold(True)
        self.rows_touched = 0  # rows inserted, removed or changed by the last `set_activities` (tests)

    # ---- reading -------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        activity = self.row_at(index)
        if activity is None:
            return None
        column = index.column()
        unmentioned = activity.id in self._unmentioned
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(activity, column)
        if role == ACTIVITY_ROLE:
            return activity
        if role == UNMENTIONED_ROLE:
            return unmentioned
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(activity, column, unmentioned)
        if role == Qt.ItemDataRole.BackgroundRole and unmentioned:
            return _HIGHLIGHT
        if role == Qt.ItemDataRole.FontRole and unmentioned and column == TITLE_COLUMN:
            return self._bold
        return None

    def _tip(self, activity: Activity, column: int, unmentioned: bool) -> str:
        if column == TITLE_COLUMN:
            return self._unmentioned_tip + activity.title if unmentioned else (activity.description or activity.title)
        if column == FIGURES_COLUMN:
            return figures_text(activity.figures)
        if column == PART_COLUMN:
            return self._part_tip(activity) if activity.part else ""
        return cell_text(activity, column)

    def activity(self, row: int) -> Activity | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def activities(self) -> list[Activity]:
        return list(self._rows)

    def row_of(self, activity_id: int | None) -> int:
        return self._row_of.get(activity_id, -1) if activity_id is not None else -1

    def unmentioned_count(self) -> int:
        return sum(1 for a in self._rows if a.id in self._unmentioned)

    # ---- changing ------------------------------------------------------------------------
    def set_activities(self, activities: list[Activity]) -> None:
        """Show a new read of the ledger: rows added, changed and removed one by one, so the view
        keeps its selection and scroll place; a reordering of kept rows resets the model."""
        changes = row_changes(self._rows, activities)
        if not changes:
            self.rows_touched = 0
            return
        new_ids = [a.id for a in activities]
        removed = set(changes.removed)
        kept = [a.id for a in self._rows if a.id not in removed]
        added = set(changes.added)
        if kept != [i for i in new_ids if i not in added] or len(changes.added) + len(changes.removed) > 200:
            self.beginResetModel()  # many rows at once (an import) or a new order: one reset is cheaper
            self._rows = list(activities)
            self._reindex()
            self.endResetModel()
            self.rows_touched = len(activities)
            return
        for row in sorted((self._row_of[i] for i in removed), reverse=True):
            self.beginRemoveRows(_TOP, row, row)
            del self._rows[row]
            self.endRemoveRows()
        self._reindex()
        by_id = {a.id: a for a in activities}
        for row, activity in enumerate(activities):
            if activity.id in added:
                self.beginInsertRows(_TOP, row, row)
                self._rows.insert(row, activity)
                self.endInsertRows()
        self._reindex()
        for activity_id in changes.changed:
            row = self._row_of[activity_id]
            self._rows[row] = by_id[activity_id]
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.rows_touched = len(changes.added) + len(changes.changed) + len(changes.removed)

    def _reindex(self) -> None:
        self._row_of = {a.id: row for row, a in enumerate(self._rows) if a.id is not None}

    def set_unmentioned(self, ids: set[int]) -> None:
        """Mark the activities the report does not mention; repaint only the rows that flip."""
        flipped = ids ^ self._unmentioned
        self._unmentioned = set(ids)
        last = self.columnCount() - 1
        rows = [row for i in flipped if (row := self._row_of.get(i)) is not None]
        if len(rows) > _MANY:  # one signal over the span: the view repaints only what it shows anyway
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))
            return
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
