"""The 活动台账 list view and its column widths: the narrow columns as wide as their texts, up to a
cap, the title taking the rest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

from ui.library.activity_model import (
    CATEGORY_COLUMN,
    DATE_COLUMN,
    FIGURES_COLUMN,
    PART_COLUMN,
    TITLE_COLUMN,
    YEAR_COLUMN,
    ActivityModel,
    cell_text,
)

# the widest text each narrow column grows to (a longer one is cut with … and shown in full as a tooltip)
_COLUMN_CAPS = {DATE_COLUMN: "12月15日、12月18日", CATEGORY_COLUMN: "普法宣传", FIGURES_COLUMN: "900人次、16次",
                PART_COLUMN: "5", YEAR_COLUMN: "2025"}
_TITLE_SHARE = 0.35  # the title column keeps at least this share of the list's width
_SAMPLE = 1000  # rows looked at
_MEASURED_TEXTS = 60  # distinct texts per column measured when fitting the columns


def activity_view(model: ActivityModel) -> QTableView:
    """The list of activities."""
    # a table, not a tree view: a tree lays out every row (10,000 calls into the model) on the
    # first current-row change; a table of fixed-height rows looks only at the ones it shows
    view = QTableView()
    view.setObjectName("activityList")
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)  # Tab leaves the list, as in the other panels
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setAlternatingRowColors(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(view.fontMetrics().horizontalAdvance("00") + 8)
    header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
    return view


def fit_columns(tree: QTableView, model: ActivityModel) -> None:
    """The narrow columns as wide as their texts, up to a cap, and together never so wide that
    the title (which takes the rest) drops under _TITLE_SHARE or a horizontal scrollbar appears."""
    metrics = tree.fontMetrics()
    padding = 2 * tree.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
    activities = model.activities()
    # a sample of a long list stands for all (measuring 10,000 rows would stall the window); a longer
    # text left out is cut with … and shown whole as a tooltip
    activities = activities[::max(1, len(activities) // _SAMPLE)]
    wanted: dict[int, int] = {}
    # the year says something only when the list shows more than one
    tree.setColumnHidden(YEAR_COLUMN, len({a.year for a in model.activities()}) < 2)
    for column, cap in _COLUMN_CAPS.items():
        if tree.isColumnHidden(column):
            continue
        header_text = model.headerData(column, Qt.Orientation.Horizontal) or ""
        texts = sorted({cell_text(a, column) for a in activities}, key=len, reverse=True)[:_MEASURED_TEXTS]
        widest = max([metrics.horizontalAdvance(t) for t in texts] + [0])
        wanted[column] = max(min(widest, metrics.horizontalAdvance(cap)),
                             metrics.horizontalAdvance(header_text)) + padding
    room = int(tree.viewport().width() * (1 - _TITLE_SHARE))
    excess = sum(wanted.values()) - room
    for column in (YEAR_COLUMN, FIGURES_COLUMN, CATEGORY_COLUMN, DATE_COLUMN):  # the date is cut last
        if excess <= 0:
            break
        if column not in wanted:  # hidden
            continue
        floor = metrics.horizontalAdvance(model.headerData(column, Qt.Orientation.Horizontal) or "") + padding
        taken = min(excess, max(0, wanted[column] - floor))
        wanted[column] -= taken
        excess -= taken
    for column, width in wanted.items():
        tree.horizontalHeader().resizeSection(column, width)
