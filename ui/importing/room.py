"""The import room: 导入去年报告 from a file or the clipboard (menu and start dialog), previewed
before it is stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from app import workflows
from app.errors import UserError
from app.model import Report
from ui.common import messages
from ui.common.modal import run_modal
from ui.common.translate import QT_TRANSLATE_NOOP
from ui.window.file_notice import announce
from ui.window.main_window import MainWindow
from ui.window.room import Room

IMPORT_FILTER = QT_TRANSLATE_NOOP("ImportRoom", "报告文件 (*.docx *.doc *.wps *.pdf *.ofd *.html *.htm *.mht *.mhtml *.txt);;"
                                                "Word 文档 (*.docx *.doc *.wps);;PDF 或 OFD (*.pdf *.ofd);;"
                                                "网页 (*.html *.htm *.mht *.mhtml);;文本文件 (*.txt);;所有文件 (*)")

# an imported report with more sections (or text) than this opens on the next turn of the event loop, after
# import_file has returned (a smaller one is open when it returns)
OPEN_LATER_SECTIONS = 300
OPEN_LATER_CHARACTERS = 100_000  # or this much text (~60 pages; an OFD read with few headings: 78 ms in one)
# a timer, not a 0 ms call: that is a posted event, run before the input and paint waiting meanwhile
STEP_MS = 15


class ImportRoom(Room):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.import_action = window.make_action("file.import", self.tr("导入去年报告(&I)…"), self.import_file, "Ctrl+I",
                                                tip=self.tr("导入 Word、PDF、OFD、网页或文本格式的报告"))
        self.clipboard_action = window.make_action("file.import_clipboard", self.tr("从剪贴板导入(&B)"),
                                                   self.import_clipboard, "Ctrl+Shift+V",
                                                   tip=self.tr("把从网页或文档复制的报告全文导入"))
        window.menu_slot("file.import").add(self.import_action, self.clipboard_action)
        window.add_start_option("import", self.tr("导入去年报告(&I)…"), self.tr("导入 Word、PDF、OFD、网页或文本格式的报告"),
                                self.import_file)
        self.update_enabled()

    def update_enabled(self) -> None:
        for action in (self.import_action, self.clipboard_action):
            action.setEnabled(not self.controller.read_only)

    def import_file(self, path: str | None = None) -> int | None:
        from ui.importing.loading import load_report_with_progress

        if path is None:
            folder = self.store.settings.get("import_folder", str(Path.home()))
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("导入去年报告"), folder, self.tr(IMPORT_FILTER))
            if not path:
                return None
        self.store.settings.set("import_folder", str(Path(path).parent))
        report = load_report_with_progress(self.window, path)
        return self._preview_and_store(report) if report is not None else None

    def import_clipboard(self) -> int | None:
        from ui.importing.loading import load_text_with_progress

        text = QApplication.clipboard().text()
        title = self.tr("从剪贴板导入")
        if not text.strip():
            messages.warn(self.window, title, self.tr("剪贴板里没有文字。请先复制报告全文。"))
            return None
        report = load_text_with_progress(self.window, text,
                                         show_error=lambda parent, message: messages.warn(parent, title, message))
        return self._preview_and_store(report) if report is not None else None

    def _preview_and_store(self, report: Report) -> int | None:
        from ui.importing.import_dialog import ImportPreviewDialog

        dialog = ImportPreviewDialog(self.window, report, copy_report=False)  # read just now: nobody else holds it
        accepted = run_modal(dialog, self.window.tree) == ImportPreviewDialog.DialogCode.Accepted
        report = dialog.result_report()
        sections = report.all_sections()
        long = (len(sections) > OPEN_LATER_SECTIONS
                or sum(len(p) for s in sections for p in s.paragraphs) > OPEN_LATER_CHARACTERS)
        if not accepted or not long:
            dialog.deleteLater()  # the window owns it: kept, every import would keep its whole outline alive
        if not accepted:
            return None
        try:
            report_id = workflows.import_report(self.store, report)
        except UserError as exc:
            messages.warn(self.window, self.tr("导入失败"), str(exc))
            if long:
                dialog.deleteLater()
            return None
        self.controller.flush()
        if long:
            # storing (~35 ms at 1,500 headings), deleting the preview's outline (~15 ms) and opening
            # (~20 ms) each in a turn of the event loop: together they were one block of 80–200 ms
            QTimer.singleShot(STEP_MS, self.window, lambda: self._let_go(dialog, report))
        else:
            self._open_imported(report)
        return report_id

    def _let_go(self, dialog: QDialog, report: Report) -> None:
        dialog.deleteLater()
        QTimer.singleShot(STEP_MS, self.window, lambda: self._open_imported(report))

    def _open_imported(self, report: Report) -> None:
        """Open the report just stored as it is in memory: the import left nothing else holding it,
        and the store set its ids (reading 1,500 sections back cost 13 ms)."""
        assert report.id is not None
        self.controller.open_report(report.id, stored=report)
        announce(self.window, self.tr("已导入“%1”（%2 节），并打开").replace("%1", report.title or self.tr("（无标题）"))
                 .replace("%2", str(len(report.all_sections()))))

def install(window: MainWindow) -> ImportRoom:
    return ImportRoom(window)
