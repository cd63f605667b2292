"""打印预览, 打印 and 导出 PDF: the same pages as the Word export, drawn by
app.export.pdf_writer.render_pages onto a QPrinter."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.errors import UserError
from app.export import ExportOptions
from app.export.pdf_writer import render_pages
from app.model import Report
from app.profiles import load_profile
from ui.common import messages
from ui.common.modal import run_modal
from ui.common.runner import run_job, show_failure

if TYPE_CHECKING:
    from ui.output.preview_dialog import PrintPreviewDialog


def _options(profile_name: str | None, draft_label: str, draft: bool) -> ExportOptions:
    return ExportOptions(profile=profile_name, draft=draft, draft_label=draft_label)


def make_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    return printer


def show_print_preview(parent: QWidget | None, report: Report, profile_name: str | None = None,
                       draft_label: str = "", *, draft: bool = True,
                       on_print: Callable[[], object] | None = None) -> PrintPreviewDialog | None:
    """Open the print preview (non-blocking) and return it; drafts carry 草稿, the date/time and
    `draft_label`. Its 打印… runs `on_print` (by default `print_report` of the same report).
    None (after a message) when the profile cannot be loaded."""
    from ui.output.preview_dialog import PrintPreviewDialog

    try:
        load_profile(profile_name)
    except UserError as exc:
        messages.warn(parent, QCoreApplication.translate("PrintPreview", "打印预览"), str(exc))
        return None
    options = _options(profile_name, draft_label, draft)
    if on_print is None:
        def on_print() -> bool:
            return print_report(dialog, report, profile_name, draft_label, draft=draft)
    # the printer's own resolution: the preview breaks the lines exactly where the print will
    dpi = float(make_printer().logicalDpiX())
    dialog = PrintPreviewDialog(parent, report, profile_name, options, dpi, on_print)
    dialog.setWindowTitle(QCoreApplication.translate("PrintPreview", "打印预览 — %1")
                          .replace("%1", report.title or QCoreApplication.translate("PrintPreview", "（无标题）")))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    size = QSize(900, 1000)
    screen = (parent.screen() if parent is not None else None) or QApplication.primaryScreen()
    if screen is not None:  # never taller than the screen (QA: the buttons were off a 1000 px screen)
        available = screen.availableGeometry().size()
        size = size.boundedTo(QSize(int(available.width() * 0.9), int(available.height() * 0.9)))
    dialog.resize(size)
    dialog.open()
    return dialog


def print_report(parent: QWidget | None, report: Report, profile_name: str | None = None,
                 draft_label: str = "", *, draft: bool = True) -> bool:
    """The system print dialog, then print; True when printed."""
    printer = make_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PrintPreview", "打印"))
    if run_modal(dialog, parent or dialog) != QDialog.DialogCode.Accepted:
        return False
    snapshot = copy.deepcopy(report)  # the worker must not read the report while the clerk types
    failed = QCoreApplication.translate("PrintPreview", "打印失败")
    try:
        profile = load_profile(profile_name)
    except UserError as exc:
        messages.warn(parent, failed, str(exc))
        return False
    errors: list[BaseException] = []
    run_job(parent, QCoreApplication.translate("PrintPreview", "正在打印…"),
            lambda job: render_pages(snapshot, printer, profile, _options(profile_name, draft_label, draft)),
            cancellable=False, on_error=errors.append)
    if errors:
        show_failure(parent, failed, errors[0])
        return False
    return True


def export_pdf(parent: QWidget | None, report: Report, profile_name: str | None = None,
               draft_label: str = "", *, draft: bool = False, store=None) -> Path | None:
    """导出 PDF…: a file dialog, then the PDF written through Qt (see ui.output.export_actions)."""
    from ui.output.export_actions import export_with_dialog

    return export_with_dialog(parent, report, "pdf", store=store, profile=profile_name,
                              draft=draft, draft_label=draft_label)
