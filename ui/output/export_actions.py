"""导出为 Word… / 导出为 Excel… / 导出 PDF… / 导出网页版…: choose the variant (Word, PDF) and a
file, export off the GUI thread, then say in the status bar what was written where and offer to
open the file or its folder. Errors are shown as a message, never a traceback."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from app import workflows
from app.errors import UserError
from app.export import ExportOptions, export_report
from app.fileio import fit_file_name
from app.model import Report
from ui.common import messages
from ui.common.runner import run_job
from ui.common.translate import QT_TRANSLATE_NOOP
from ui.window.file_notice import announce

LAST_FOLDER_KEY = "export.last_folder"
EXPORTING = QT_TRANSLATE_NOOP("ExportActions", "正在导出 %1 …")
CONTEXT = "ExportActions"


def _tr(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP(CONTEXT, …), in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class ExportKind:
    suffix: str
    title: str
    file_filter: str


KINDS: dict[str, ExportKind] = {
    # titles and filters are translated where shown (_tr)
    "docx": ExportKind(".docx", QT_TRANSLATE_NOOP("ExportActions", "导出为 Word"),
                       QT_TRANSLATE_NOOP("ExportActions", "Word 文档 (*.docx)")),
    "xlsx": ExportKind(".xlsx", QT_TRANSLATE_NOOP("ExportActions", "导出为 Excel"),
                       QT_TRANSLATE_NOOP("ExportActions", "Excel 工作簿 (*.xlsx)")),
    "pdf": ExportKind(".pdf", QT_TRANSLATE_NOOP("ExportActions", "导出 PDF"),
                      QT_TRANSLATE_NOOP("ExportActions", "PDF 文件 (*.pdf)")),
    "html": ExportKind(".html", QT_TRANSLATE_NOOP("ExportActions", "导出网页版"),
                       QT_TRANSLATE_NOOP("ExportActions", "网页文件 (*.html)")),
}
# the kinds whose export dialog asks which version to write; the web version is the public one
VARIANT_KINDS = ("docx", "pdf")
VARIANT_NAMES = {"plain": QT_TRANSLATE_NOOP("ExportActions", "普通版"),
                 "formal": QT_TRANSLATE_NOOP("ExportActions", "正式行文版"),
                 "draft": QT_TRANSLATE_NOOP("ExportActions", "草稿"),
                 "public": QT_TRANSLATE_NOOP("ExportActions", "公开版")}


def suggested_name(report: Report, suffix: str) -> str:
    """The title as a file name, without characters Windows forbids."""
    stem = re.sub(r'[\\/:*?"<>|\r\n\t]+', "", report.title).strip(" .") or QCoreApplication.translate("ExportActions", "报告")
    return fit_file_name(stem[:80] + suffix)


def start_folder(store) -> Path:
    if store is not None:
        saved = store.settings.get(LAST_FOLDER_KEY)
        if saved and Path(saved).is_dir():
            return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def choose_path(parent: QWidget | None, kind: ExportKind, suggestion: Path) -> Path | None:
    """The save-file dialog; None when cancelled. Tests replace this function."""
    name, _ = QFileDialog.getSaveFileName(parent, _tr(kind.title), str(suggestion), _tr(kind.file_filter))
    return Path(name) if name else None


def choose_variant(parent: QWidget | None, kind: str, current: str) -> str | None:
    """The export dialog's variant step; None when cancelled. Tests may replace this function."""
    from ui.common.modal import run_modal
    from ui.output.variant_dialog import VariantDialog

    dialog = VariantDialog(_tr(KINDS[kind].title), current, parent)
    accepted = (run_modal(dialog, parent) if parent is not None else dialog.exec()) == VariantDialog.DialogCode.Accepted
    return dialog.variant() if accepted else None


def formal_missing(report: Report) -> list[str]:
    """The 正式行文 properties the 版头 and 版记 need that `report` lacks (keys of app.export.formal.REQUIRED),
    and "doc_number" when the 发文字号 is there but malformed."""
    from app.export.formal import REQUIRED
    from app.report_properties import check_doc_number

    values = report.formal_text()
    missing = [key for key in REQUIRED if not values[key].strip()]
    if "doc_number" not in missing:
        try:
            check_doc_number(report.doc_number)
        except UserError:
            missing.append("doc_number")
    return missing


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    messages.warn(parent, title, message)


def offer_to_open(parent: QWidget | None, path: Path) -> None:
    """导出完成: open the file, open its folder, or close."""
    choices = [("file", QCoreApplication.translate("ExportActions", "打开文件(&O)"), messages.Role.AcceptRole),
               ("folder", QCoreApplication.translate("ExportActions", "打开所在文件夹(&F)"), messages.Role.ActionRole),
               ("close", QCoreApplication.translate("ExportActions", "关闭"), messages.Role.RejectRole)]
    choice = messages.choose(parent, messages.Icon.Information, QCoreApplication.translate("ExportActions", "导出完成"),
                             QCoreApplication.translate("ExportActions", "已导出：%1").replace("%1", path.name),
                             choices, detail=str(path.parent))
    if choice == "file":
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif choice == "folder":
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def written_status(path: Path, variant: str | None) -> str:
    """已导出正式行文版：报告.docx（保存在 D:\\报告）."""
    what = _tr(VARIANT_NAMES[variant]) if variant in VARIANT_NAMES else ""
    text = QCoreApplication.translate("ExportActions", "已导出%1：%2（保存在 %3）")
    return text.replace("%1", what).replace("%2", path.name).replace("%3", str(path.parent))


def export_with_dialog(parent: QWidget | None, report: Report, kind: str, store=None,
                       profile: str | None = None, *, draft: bool = False, draft_label: str = "",
                       variant: str | None = None) -> Path | None:
    """Ask where to save, export `report` as `kind` ("docx" | "xlsx" | "pdf" | "html") in `variant`
    (app.export.VARIANTS; None: plain, for html public), remember the folder (in store.settings
    when a store is given), say in the status bar what was written and offer to open it. A stored
    report is exported and recorded by app.workflows, as the CLI does. None when cancelled or
    failed (the failure is shown to the clerk)."""
    spec = KINDS.get(kind)
    if spec is None:
        raise ValueError(f"unknown export kind: {kind}")
    chosen = choose_path(parent, spec, start_folder(store) / suggested_name(report, spec.suffix))
    if chosen is None:
        return None
    if chosen.suffix.lower() != spec.suffix:
        chosen = chosen.with_name(chosen.name + spec.suffix)
    options = ExportOptions(profile=profile, draft=draft, draft_label=draft_label, stored=report.id is not None,
                            variant=variant)
    report_id = report.id if store is not None else None
    if report_id is not None:
        options = workflows.export_options(store, report_id, chosen, options)
    failed = QCoreApplication.translate("ExportActions", "%1失败").replace("%1", _tr(spec.title))
    # a copy: the worker must not read the report while the clerk goes on typing
    snapshot = copy.deepcopy(report)
    errors: list[str] = []

    def failed_with(exc: BaseException) -> None:
        if isinstance(exc, UserError):
            errors.append(str(exc))
        else:  # an export bug must not take the clerk's window down
            errors.append(QCoreApplication.translate("ExportActions", "导出时出错：%1").replace("%1", str(exc)))

    title = _tr(EXPORTING).replace("%1", chosen.name)
    if spec.suffix == ".pdf":  # drawing every page: in a worker process, cancellable (issue 15)
        from ui.output.pdf_job import export_pdf_in_worker

        written = export_pdf_in_worker(parent, title, snapshot, chosen, options, failed_with)
    else:
        written = run_job(parent, title, lambda job: export_report(snapshot, chosen, options), cancellable=False,
                          on_error=failed_with)
    if written is None:
        if errors:
            show_error(parent, failed, errors[0])
        return None
    if report_id is not None:
        workflows.record_export(store, report_id, written)
    if store is not None and not getattr(store, "read_only", False):
        try:
            store.settings.set(LAST_FOLDER_KEY, str(written.parent))
        except UserError:
            pass  # remembering the folder is a convenience; the export itself succeeded
    announce(parent, written_status(written, variant if kind in (*VARIANT_KINDS, "html") else None), written)
    offer_to_open(parent, written)
    return written
