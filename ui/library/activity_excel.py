"""导出Excel of the 活动台账 panel: the activities of the year chosen in its filter, to a workbook
the clerk names (texts in the panel's translation context)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.errors import UserError
from app.library.activities import ActivityLedger
from ui.common import messages
from ui.window.file_notice import announce


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActivityPanel", text)


def export_to_excel(panel: QWidget, ledger: ActivityLedger, year: int | None) -> None:
    path, _ = QFileDialog.getSaveFileName(panel, _tr("导出台账"), _tr("活动台账.xlsx"), _tr("Excel 工作簿 (*.xlsx)"))
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    activities = ledger.activities(year=year)
    from app.library.ledger_xlsx import export_ledger  # openpyxl takes 0.3 s to load: not before it is needed
    try:
        export_ledger(Path(path), activities)
    except UserError as exc:
        messages.warn(panel, _tr("导出台账"), str(exc))
        return
    announce(panel, _tr("已导出台账（%1 条活动）到 %2").replace("%1", str(len(activities))).replace("%2", path),
             Path(path))
