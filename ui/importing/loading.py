"""Reading a report for the import preview: a file off the GUI thread behind a cancellable progress
dialog (a 300-page PDF takes a moment), or the clipboard's text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import UserError
from app.importing import parse_file, parse_text
from app.model import Report
from ui.common import messages
from ui.common.runner import JobControl, run_job


def _parse(path: Path, *, job: JobControl) -> Report:
    return parse_file(path, progress=lambda done, total: job.progress(done / max(total, 1)))


def _show_error(parent: QWidget | None, message: str) -> None:
    messages.warn(parent, QCoreApplication.translate("ImportPreviewDialog", "无法导入"), message)


def load_report_with_progress(parent: QWidget | None, path: Path | str, *,
                              show_error: Callable[[QWidget | None, str], None] = _show_error,
                              progress_dialog: Callable[[QProgressDialog], None] | None = None) -> Report | None:
    """Parse `path` in a worker thread behind a cancellable progress dialog. None when cancelled
    or when the file cannot be read (the core's one-line message shown once through `show_error`)."""
    path = Path(path)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, UserError):
            show_error(parent, str(exc))
        else:  # one line for the clerk, never a crash of the app
            show_error(parent, QCoreApplication.translate("ImportPreviewDialog", "无法读取文件：%1（%2）")
                       .replace("%1", path.name).replace("%2", str(exc)))

    return run_job(parent, QCoreApplication.translate("QProgressDialog", "导入去年报告"), _parse, path,
                   label=QCoreApplication.translate("QProgressDialog", "正在读取 %1 …").replace("%1", path.name),
                   on_error=failed, on_dialog=progress_dialog)


def report_from_clipboard_text(text: str) -> Report:
    """从剪贴板导入: pasted text recognised as a .txt file would be (UserError when empty)."""
    return parse_text(text)


def report_from_clipboard() -> Report:
    """The report in the system clipboard's text."""
    return report_from_clipboard_text(QGuiApplication.clipboard().text())
