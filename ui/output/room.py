"""The output room: export (Word, Excel, PDF in a chosen variant, the web version), print preview
and printing with the draft label, and the 公文版式 (font profile) menu."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app import workflows
from app.export import VARIANTS
from app.model import Report
from app.profiles import profile_names
from ui.common import messages
from ui.common.translate import QT_TRANSLATE_NOOP
from ui.window.main_window import MainWindow
from ui.window.room import Room

PROFILE_KEY = "export_profile"
# the 正式行文 properties as the 报告属性 tab names them (app.report_properties.LABELS)
FORMAL_LABELS = {"issuer_mark": QT_TRANSLATE_NOOP("OutputRoom", "发文机关标志"),
                 "doc_number": QT_TRANSLATE_NOOP("OutputRoom", "发文字号"),
                 "signer": QT_TRANSLATE_NOOP("OutputRoom", "签发人"),
                 "printer": QT_TRANSLATE_NOOP("OutputRoom", "印发机关"),
                 "print_date": QT_TRANSLATE_NOOP("OutputRoom", "印发日期")}
PROFILE_TITLES = {"standard": QT_TRANSLATE_NOOP("OutputRoom", "标准字体（GB/T 9704）"),
                  "windows": QT_TRANSLATE_NOOP("OutputRoom", "Windows 常见字体（仿宋、楷体、黑体）")}


# imported after start-up (ui.common.warmup), innermost first so that each import costs the module
# itself (the largest ~8 ms): the first 打印预览 then opens without ~30 ms of imports
WARM_UP_MODULES = ("app.export.title_break", "app.export.layout", "app.export.paginate", "app.export.pdf_text",
                   "app.export.formal", "app.export.pdf_writer", "ui.output.preview_pages", "ui.output.page_view",
                   "ui.output.preview_dialog", "ui.output.print_preview")

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
        self.html_action = make("output.html", self.tr("导出网页版(&H)…"), lambda: self.export("html"),
                                tip=self.tr("供网站公开的 .html 文件（不含版头、版记和签发人）"))
        self.preview_action = make("output.preview", self.tr("打印预览(&V)…"), self.print_preview, "Ctrl+F2",
                                   tip=self.tr("草稿页眉带日期和版本"))
        self.print_action = make("output.print", self.tr("打印(&T)…"), self.print, QKeySequence.StandardKey.Print)
        self.output_actions = [self.word_action, self.excel_action, self.pdf_action, self.html_action,
                               self.preview_action, self.print_action]
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

    def variant(self) -> str:
        """The variant the clerk chose last for Word and PDF (remembered in the library)."""
        name = self.store.settings.export_variant
        return name if name in VARIANTS else "plain"

    def export(self, kind: str) -> Path | None:
        from ui.output import export_actions

        report = self.controller.report
        if report is None:
            return None
        self.controller.flush()
        variant: str | None = "public" if kind == "html" else None
        if kind in export_actions.VARIANT_KINDS:
            variant = export_actions.choose_variant(self.window, kind, self.variant())
            if variant is None:
                return None
            if not self.controller.read_only and variant != self.variant():
                self.store.settings.export_variant = variant
            if variant == "formal" and not self.formal_ready(report):
                return None
        store = None if self.controller.read_only else self.store
        return export_actions.export_with_dialog(self.window, report, kind, store=store, profile=self.profile(),
                                                 variant=variant)

    def formal_ready(self, report: Report) -> bool:
        """A formal export needs the 版头 and 版记 properties: when one is missing (or the 发文字号 is
        malformed) say which and offer 报告属性 at the 正式行文 tab; nothing is written unless the
        clerk fills them in there."""
        from ui.output.export_actions import formal_missing

        missing = formal_missing(report)
        if not missing:
            return True
        names = "、".join(self.tr(FORMAL_LABELS[key]) for key in missing)
        text = (self.tr("正式行文需要填写：%1。") if "doc_number" not in missing or not report.doc_number.strip()
                else self.tr("正式行文需要填写或改正：%1（发文字号应如 西青统〔2025〕3号）。")).replace("%1", names)
        choices = [("fill", self.tr("填写报告属性(&P)…"), messages.Role.AcceptRole),
                   ("cancel", self.tr("取消"), messages.Role.RejectRole)]
        choice = messages.choose(self.window, messages.Icon.Warning, self.tr("无法导出正式行文"), text, choices,
                                 detail=self.tr("版头和版记按 GB/T 9704 排版，这些内容不能空缺。"), name="formalMissingBox")
        if choice != "fill":
            return False
        self.window.edit_properties("formal", missing[0])
        # filled in there: the export goes on to the file name, as the clerk meant it to
        return self.controller.report is not None and not formal_missing(self.controller.report)

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
