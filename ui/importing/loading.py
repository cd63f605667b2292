"""Reading a report for the import preview: a file off the GUI thread behind a cancellable progress
dialog (a 300-page PDF takes a moment), or the clipboard's text.

A large file is read in a worker PROCESS (app.jobs.parse_job): a thread parsing it holds the
interpreter lock for long stretches (python-docx, lxml and PDFium calls) and stalled the window
(issue 15). The report comes back as data; 取消 ends the process.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import UserError
from app.importing import parse_file, parse_text
from app.jobs import parse_job, parse_text_job
from app.model import Report
from ui.common import messages
from ui.common.runner import JobControl, run_job, run_process_job

# Files up to these sizes are read in a thread: measured (bench/import_gui.py), a real report's
# file (11 KB .txt, 17 KB .docx, a 7-page 210 KB PDF) reads in 2–23 ms while starting a worker
# process costs 0.3–0.5 s and a progress dialog; the limits keep a thread's read near 30 ms even if
# it held the interpreter lock throughout (300 pages: .txt 0.7 MB in 43 ms, .docx 80 KB in 0.18 s,
# PDF 2.2 MB in 1.3 s, web page 2 MB in 0.26 s, OFD 0.65 MB in 0.33 s). Other formats (.doc/.wps
# through LibreOffice, unknown ones) always go to a process.
_KB = 1024
THREAD_LIMIT_BYTES = {
    **dict.fromkeys((".txt", ".text", ".md", ".json"), 256 * _KB),
    **dict.fromkeys((".html", ".htm", ".xhtml", ".shtml", ".mht", ".mhtml"), 128 * _KB),
    **dict.fromkeys((".docx", ".docm", ".dotx", ".dotm"), 24 * _KB),
    ".pdf": 256 * _KB,
    ".ofd": 64 * _KB,
}


def in_worker_process(path: Path) -> bool:
    """Whether `path` is large enough to be read in a worker process rather than a thread."""
    try:
        size = path.stat().st_size
    except OSError:
        return False  # the reader's own message (not found, no access) comes quicker from a thread
    return size > THREAD_LIMIT_BYTES.get(path.suffix.lower(), -1)


def _parse(path: Path, *, job: JobControl) -> Report:
    return parse_file(path, progress=lambda done, total: job.progress(done / max(total, 1)))


def _show_error(parent: QWidget | None, message: str) -> None:
    messages.warn(parent, QCoreApplication.translate("ImportPreviewDialog", "无法导入"), message)


def load_report_with_progress(parent: QWidget | None, path: Path | str, *,
                              show_error: Callable[[QWidget | None, str], None] = _show_error,
                              progress_dialog: Callable[[QProgressDialog], None] | None = None) -> Report | None:
    """Parse `path` off the GUI thread behind a cancellable progress dialog. None when cancelled
    or when the file cannot be read (the core's one-line message shown once through `show_error`)."""
    path = Path(path)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, UserError):
            show_error(parent, str(exc))
        else:  # one line for the clerk, never a crash of the app
            show_error(parent, QCoreApplication.translate("ImportPreviewDialog", "无法读取文件：%1（%2）")
                       .replace("%1", path.name).replace("%2", str(exc)))

    title = QCoreApplication.translate("QProgressDialog", "导入去年报告")
    label = QCoreApplication.translate("QProgressDialog", "正在读取 %1 …").replace("%1", path.name)
    if in_worker_process(path):
        report: Report | None = run_process_job(parent, title, parse_job, str(path), label=label, on_error=failed,
                                                on_dialog=progress_dialog)
        return report
    return run_job(parent, title, _parse, path, label=label, on_error=failed, on_dialog=progress_dialog)


def report_from_clipboard_text(text: str) -> Report:
    """从剪贴板导入: pasted text recognised as a .txt file would be (UserError when empty)."""
    return parse_text(text)


def load_text_with_progress(parent: QWidget | None, text: str, *,
                            show_error: Callable[[QWidget | None, str], None] = _show_error) -> Report | None:
    """从剪贴板导入: a short text recognised at once, a long one (a whole 300-page report pasted)
    in a worker process behind the progress dialog, as a file of its size would be. None when
    cancelled or when nothing can be recognised (the message shown through `show_error`)."""
    if len(text.encode("utf-8")) <= THREAD_LIMIT_BYTES[".txt"]:
        try:
            return report_from_clipboard_text(text)
        except UserError as exc:
            show_error(parent, str(exc))
            return None
    title = QCoreApplication.translate("QProgressDialog", "从剪贴板导入")

    def failed(exc: BaseException) -> None:
        show_error(parent, str(exc))

    report: Report | None = run_process_job(parent, title, parse_text_job, text, on_error=failed)
    return report


def report_from_clipboard() -> Report:
    """The report in the system clipboard's text."""
    return report_from_clipboard_text(QGuiApplication.clipboard().text())
