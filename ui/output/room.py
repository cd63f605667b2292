"""The output room: export (Word, Excel, PDF), print preview and printing with the draft label,
and the 公文版式 (font profile) menu."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app import workflows
from app.profiles import profile_names
from ui.common.translate import QT_TRANSLATE_NOOP
from ui.window.main_window import MainWindow
from ui.window.room import Room

PROFILE_KEY = "export_profile"
PROFILE_TITLES = {"standard": QT_TRANSLATE_NOOP("OutputRoom", "标准字体（GB/T 9704）"),
                  "windows": QT_TRANSLATE_NOOP("OutputRoom", "Windows 常见字体（仿宋、楷体、黑体）")}


class OutputRoom(Room):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._preview: QWidget | None = None
        make = window.make_action
        self.word_action = make("output.word", self.tr("导出为 Word(&W)…"), lambda: self.export("docx"), "Ctrl+E",
                                tip=self.tr("按 GB/T 9704 公文格式导出 .docx"))
        self.excel_action = make("output.excel", self.tr("导出为 Excel(&E)…"), lambda: self.export("xlsx"), "Ctrl+Shift+E",
                                 tip=self.tr("提纲、分部分字数、活动台账和数据对比"))
        self.pdf_action = make("output.pdf", self.tr("导出 PDF(&D)…"), lambda: self.export("pdf"))
        self.preview_action = make("output.preview", self.tr("打印预览(&V)…"), self.print_preview, "Ctrl+F2",
                                   tip=self.tr("草稿页眉带日期和版本"))
        self.print_action = make("output.print", self.tr("打印(&T)…"), self.print, QKeySequence.StandardKey.Print)
        self.output_actions = [self.word_action, self.excel_action, self.pdf_action, self.preview_action,
                               self.print_action]
        window.menu_slot("file.export").add(*self.output_actions)
        self.profile_menu = QMenu(self.tr("公文版式(&F)"), window)
        group = QActionGroup(self.profile_menu)
        current = self.profile()
        for name in profile_names():
            action = make(f"output.profile.{name}", self.tr(PROFILE_TITLES[name]) if name in PROFILE_TITLES else name,
                          partial(self.store.settings.set, PROFILE_KEY, name))
            action.setCheckable(True)
            action.setChecked(name == current)
            group.addAction(action)
            self.profile_menu.addAction(action)
        window.menu_slot("report.format").add_menu(self.profile_menu)
        self.word_action.setIconText(self.tr("导出 Word"))
        self.preview_action.setIconText(self.tr("打印预览"))
        window.menu_slot("toolbar.output").add(self.word_action, self.preview_action)
        self.update_enabled()

    def update_enabled(self) -> None:
        for action in self.output_actions:
            action.setEnabled(self.controller.has_report())

    def profile(self) -> str:
        name = self.store.settings.get(PROFILE_KEY, "standard")
        return name if name in profile_names() else "standard"

    def draft_label(self) -> str:
        """What the next printed draft is called (第3稿, 送审稿　第3稿): app.workflows decides."""
        report = self.controller.report
        if report is None or report.id is None:
            return ""
        return workflows.print_label(self.store, report.id)

    def export(self, kind: str) -> Path | None:
        from ui.output.export_actions import export_with_dialog

        report = self.controller.report
        if report is None:
            return None
        self.controller.flush()
        store = None if self.controller.read_only else self.store
        return export_with_dialog(self.window, report, kind, store=store, profile=self.profile())

    def print_preview(self) -> None:
        from ui.output.print_preview import show_print_preview

        if self.controller.report is not None:
            self.controller.flush()
            self._preview = show_print_preview(self.window, self.controller.report, self.profile(),
                                               self.draft_label(), draft=True, on_print=self.print)

    def print(self) -> bool:
        from ui.output.print_preview import print_report

        if self.controller.report is None:
            return False
        self.controller.flush()
        label = self.draft_label()
        printed = print_report(self.window, self.controller.report, self.profile(), label, draft=True)
        report_id = self.controller.report.id
        if printed and report_id is not None:
            # what went to the leaders, kept so their marked-up copy can be matched to a version
            workflows.record_printed(self.store, report_id, label)
        return printed


def install(window: MainWindow) -> OutputRoom:
    return OutputRoom(window)
