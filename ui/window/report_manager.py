"""Managing the library's reports from the app: rename, 另存为新报告, kind (草稿/来源), delete to
the 回收站, restore, purge and empty the 回收站 — with the questions a clerk expects, and the open
report kept in step (renamed through the controller, closed when deleted)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from app.errors import UserError
from app.store import ReportKind, ReportSummary, Store
from ui.common import messages
from ui.common.modal import run_modal
from ui.editor.controller import ReportController


def year_text(year: int) -> str:
    """A report's year for the lists; a report whose year was not recognised says so."""
    return str(year) if year else QCoreApplication.translate("ReportManager", "年度未知")


class ReportManager(QObject):
    """The operations behind the report lists' context menus. `changed` after every change of the
    library's list of reports (the lists refill themselves)."""

    changed = Signal()

    def __init__(self, controller: ReportController, window: QWidget) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window

    @property
    def store(self) -> Store:
        return self.controller.store

    @property
    def read_only(self) -> bool:
        return self.controller.read_only

    def reports(self) -> list[ReportSummary]:
        return self.store.reports.summaries()

    def recycle_bin(self) -> list[ReportSummary]:
        return self.store.reports.summaries(deleted=True)

    def is_open(self, report_id: int) -> bool:
        report = self.controller.report
        return report is not None and report.id == report_id

    # ---- asking --------------------------------------------------------------------------
    def _ask_text(self, parent: QWidget | None, title: str, label: str, text: str, name: str) -> str | None:
        dialog = QInputDialog(parent or self.window)
        dialog.setObjectName(name)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(text)
        dialog.setOkButtonText(self.tr("确定"))
        dialog.setCancelButtonText(self.tr("取消"))
        dialog.resize(520, dialog.sizeHint().height())
        if run_modal(dialog, parent or self.window) != QInputDialog.DialogCode.Accepted:
            return None
        value = dialog.textValue().strip()
        return value or None

    def _run(self, parent: QWidget | None, operation: Callable[[], object]) -> bool:
        try:
            operation()
        except UserError as exc:
            messages.warn(parent or self.window, self.tr("成文"), str(exc))
            return False
        self.changed.emit()
        return True

    # ---- operations ----------------------------------------------------------------------
    def rename(self, report_id: int, title: str | None = None, parent: QWidget | None = None) -> bool:
        if self.read_only:
            return False
        if title is None:
            current = self.store.reports.summary(report_id).title
            title = self._ask_text(parent, self.tr("重命名报告"), self.tr("新的标题："), current, "renameReportDialog")
            if title is None:
                return False
        if self.is_open(report_id):  # the open report: through the controller, so that undo knows
            return self._run(parent, lambda: self.controller.update_properties(title=title.strip()))
        return self._run(parent, lambda: self.store.reports.rename(report_id, title))

    def copy(self, report_id: int, title: str | None = None, parent: QWidget | None = None) -> int | None:
        """另存为新报告: a new 草稿 with the same content and no snapshots; returns its id."""
        if self.read_only:
            return None
        if title is None:
            current = self.store.reports.summary(report_id).title
            title = self._ask_text(parent, self.tr("另存为新报告"),
                                   self.tr("新报告的标题（快照记录从新报告开始）："),
                                   self.tr("%1（副本）").replace("%1", current), "copyReportDialog")
            if title is None:
                return None
        self.controller.flush()
        made: list[int] = []
        if not self._run(parent, lambda: made.append(self.store.reports.copy(report_id, title))):
            return None
        return made[0]

    def set_kind(self, report_id: int, kind: ReportKind, parent: QWidget | None = None) -> bool:
        if self.read_only:
            return False
        return self._run(parent, lambda: self.store.reports.set_kind(report_id, kind))

    def delete(self, report_id: int, parent: QWidget | None = None) -> bool:
        """To the 回收站 (restorable, so no question); the open report is closed first."""
        if self.read_only:
            return False
        if self.is_open(report_id):
            self.controller.close_report()
        if not self._run(parent, lambda: self.store.reports.delete(report_id)):
            return False
        self.controller.noticeShown.emit(self.tr("已移到回收站：可以在“打开报告”的回收站中恢复"))
        return True

    def undelete(self, report_id: int, parent: QWidget | None = None) -> bool:
        if self.read_only:
            return False
        return self._run(parent, lambda: self.store.reports.undelete(report_id))

    def purge(self, report_id: int, parent: QWidget | None = None) -> bool:
        if self.read_only:
            return False
        title = self.store.reports.summary(report_id, deleted=True).title or self.tr("（无标题）")
        if not messages.confirm(parent or self.window, self.tr("彻底删除"),
                                self.tr("彻底删除《%1》？").replace("%1", title),
                                detail=self.tr("报告和它的全部快照都将删除，不能恢复。"), yes=self.tr("彻底删除"),
                                no=self.tr("取消"), destructive=True, name="confirmPurgeBox", default_yes=False):
            return False
        return self._run(parent, lambda: self.store.reports.purge(report_id))

    def empty_recycle_bin(self, parent: QWidget | None = None) -> bool:
        count = len(self.recycle_bin())
        if self.read_only or not count:
            return False
        if not messages.confirm(parent or self.window, self.tr("清空回收站"),
                                self.tr("清空回收站？其中的 %1 篇报告将彻底删除。").replace("%1", str(count)),
                                detail=self.tr("报告和它们的全部快照都将删除，不能恢复。"), yes=self.tr("清空回收站"),
                                no=self.tr("取消"), destructive=True, name="confirmEmptyBinBox", default_yes=False):
            return False
        return self._run(parent, self.store.reports.empty_recycle_bin)
