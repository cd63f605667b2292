"""The last line of defence: an error no code expected. The clerk gets one short box (what
happened in one line, where the log is, a button to open the log's folder); the traceback goes
to the log file, never to stderr and never into the box."""

from __future__ import annotations

import logging
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from app.errors import UserError
from ui.common import messages

log = logging.getLogger(__name__)
SUMMARY_CHARS = 120  # one line in the box; the whole text is in the log



def summary(value: BaseException) -> str:
    """The error in one short line: its kind and the first line of its message."""
    first = next((line.strip() for line in str(value).splitlines() if line.strip()), "")
    text = f"{type(value).__name__}: {first}" if first else type(value).__name__
    return text if len(text) <= SUMMARY_CHARS else text[:SUMMARY_CHARS - 1] + "…"


def open_folder(folder: Path) -> None:
    """Show a folder in the desktop's file manager. Tests replace this function."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class CrashBox:
    """sys.excepthook for the app: a slot that raises must not end the session."""

    def __init__(self, log_file: Path | None) -> None:
        self.log_file = log_file
        self._showing = False  # an error while the box is up (a timer…) is logged, not stacked

    def __call__(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        window = QApplication.activeWindow()
        if isinstance(value, UserError):
            log.info("%s", value)
            messages.warn(window, QCoreApplication.translate("CrashBox", "成文"), str(value))
            return
        log.error("unexpected error", exc_info=(kind, value, tb))
        if self._showing:
            return
        self._showing = True
        try:
            self._show(window, value)
        finally:
            self._showing = False

    def _show(self, window: QWidget | None, value: BaseException) -> None:
        detail = QCoreApplication.translate("CrashBox", "这一步没有完成；已保存的内容不受影响，可以继续工作。")
        choices = [("ok", QCoreApplication.translate("CrashBox", "确定"), messages.Role.AcceptRole)]
        if self.log_file is not None:
            detail += "\n" + QCoreApplication.translate("CrashBox", "详细情况已写入日志：%1").replace("%1", str(self.log_file))
            choices.append(("folder", QCoreApplication.translate("CrashBox", "打开日志所在文件夹"), messages.Role.ActionRole))
        choice = messages.choose(window, messages.Icon.Critical, QCoreApplication.translate("CrashBox", "程序出错"),
                                 QCoreApplication.translate("CrashBox", "程序出错：%1").replace("%1", summary(value)), choices,
                                 detail=detail, name="crashBox")
        if choice == "folder" and self.log_file is not None:
            open_folder(self.log_file.parent)
