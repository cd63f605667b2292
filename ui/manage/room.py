"""The manage room: 文件 → 另存为新报告…, 重命名报告…, 删除报告… for the open report (the start
dialog's list offers the same for every report, and the 回收站)."""

from __future__ import annotations

from ui.window.main_window import MainWindow
from ui.window.room import Room


class ManageRoom(Room):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.manager = window.report_manager
        self.save_as_action = window.make_action(
            "file.save_as", self.tr("另存为新报告(&A)…"), self.save_as, "F12",
            tip=self.tr("把当前报告另存为一篇新的草稿（快照记录从新报告开始）"))
        self.rename_action = window.make_action("file.rename", self.tr("重命名报告(&M)…"), self.rename,
                                                tip=self.tr("修改当前报告的标题"))
        self.delete_action = window.make_action(
            "file.delete", self.tr("删除报告(&D)…"), self.delete,
            tip=self.tr("把当前报告移到回收站（可以在“打开报告”中恢复）"))
        window.menu_slot("file.manage").add(self.save_as_action, self.rename_action, self.delete_action)
        self.update_enabled()

    def update_enabled(self) -> None:
        editable = self.controller.has_report() and not self.controller.read_only
        for action in (self.save_as_action, self.rename_action, self.delete_action):
            action.setEnabled(editable)

    def _open_id(self) -> int | None:
        report = self.controller.report
        return report.id if report is not None else None

    def save_as(self) -> int | None:
        """Copy the open report and open the copy (as Word's 另存为 does)."""
        report_id = self._open_id()
        if report_id is None:
            return None
        new_id = self.manager.copy(report_id)
        if new_id is not None:
            self.controller.open_report(new_id)
            self.controller.noticeShown.emit(self.tr("已另存为新报告，现在打开的是新报告"))
        return new_id

    def rename(self) -> bool:
        report_id = self._open_id()
        return report_id is not None and self.manager.rename(report_id)

    def delete(self) -> bool:
        from ui.common import messages

        report = self.controller.report
        if report is None or report.id is None:
            return False
        if not messages.confirm(self.window, self.tr("删除报告"),
                                self.tr("把《%1》移到回收站？").replace("%1", report.title or self.tr("（无标题）")),
                                detail=self.tr("可以在“打开报告”的回收站中恢复。"), yes=self.tr("移到回收站"),
                                no=self.tr("取消"), destructive=True, name="confirmDeleteReportBox"):
            return False
        return self.manager.delete(report.id)


def install(window: MainWindow) -> ManageRoom:
    return ManageRoom(window)
