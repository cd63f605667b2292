"""The 检查 list: a view over FindingsModel, sized and read by row. The panel owns the texts (in
the interface language) and what a click, Enter or Delete does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTreeView, QWidget

from app.checks import Finding, Severity
from ui.checks.finding_text import finding_message
from ui.checks.findings_model import FindingsModel

_COLOURS = {Severity.ERROR: QColor("#b3261e"), Severity.WARNING: QColor("#9a5b00"), Severity.INFO: QColor("#37474f")}
_ICONS = {Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
          Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
          Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation}


class FindingsList(QTreeView):
    def __init__(self, headers: list[str], place: Callable[[Finding], str], tip: Callable[[Finding], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checksList")
        self._headers = headers
        self._place = place
        style = self.style()
        self.findings_model = FindingsModel(headers, place, finding_message, tip,
                                            {s: style.standardIcon(icon) for s, icon in _ICONS.items()},
                                            {s: QBrush(colour) for s, colour in _COLOURS.items()}, self)
        self.setModel(self.findings_model)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # sized from the few distinct places (fit_places): ResizeToContents measures every row on each change
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.header().setStretchLastSection(True)

    def show_findings(self, findings: list[Finding]) -> None:
        """In place: only the rows of findings that came, went or changed (issue 15)."""
        self.findings_model.set_findings(findings)
        places = {self._place(f) for f in findings} | {self._headers[0]}
        metrics = self.fontMetrics()
        icon = self.iconSize().width() if self.iconSize().isValid() else 16
        widest = max(metrics.horizontalAdvance(p) for p in places)
        self.header().resizeSection(0, widest + max(icon, 16) + 24)

    def row_count(self) -> int:
        return self.findings_model.rowCount()

    def finding_at(self, row: int) -> Finding | None:
        return self.findings_model.finding(row)

    def row_text(self, row: int, column: int) -> str:
        model = self.findings_model
        return str(model.data(model.index(row, column)) or "")

    def set_current_row(self, row: int) -> None:
        self.setCurrentIndex(self.findings_model.index(row, 0))

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1
