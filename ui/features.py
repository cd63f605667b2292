"""Adds the features that live in their own modules to the main window: import, roll-forward,
export, print, the checks panel and last year's checklist. Keeps main_window.py about layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QFileDialog, QMenu, QMessageBox, QWidget

from app.errors import UserError
from app.model import Report
from app.profiles import profile_names
from ui.common.modal import run_modal
from ui.rollforward.checklist_panel import ChecklistPanel
from ui.window.main_window import MainWindow

IMPORT_FILTER = QT_TRANSLATE_NOOP("Features", "报告文件 (*.docx *.txt *.doc *.wps);;Word 文档 (*.docx *.doc *.wps);;"
                                               "文本文件 (*.txt);;所有文件 (*)")
PROFILE_KEY = "export_profile"
PROFILE_TITLES = {"standard": QT_TRANSLATE_NOOP("Features", "标准字体（GB/T 9704）"),
                  "windows": QT_TRANSLATE_NOOP("Features", "Windows 常见字体（仿宋、楷体、黑体）")}


class Features(QObject):
    """Owns the actions and panels it adds; `window.features` keeps it alive."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.store = window.controller.store
        self.checks_panel = None
        self.checklist_panel: ChecklistPanel | None = None
        self._last_year: tuple[int, Report | None] | None = None
        self._preview = None
        self._add_import_actions()
        self._add_output_actions()
        self._add_panels()
        self.controller.reportOpened.connect(self._update_enabled)
        self._update_enabled()

    # ---- helpers -------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: str | QKeySequence | None = None, tip: str = "") -> QAction:
        return self.window.make_action(text, slot, shortcut, tip=tip)

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)

    def _update_enabled(self) -> None:
        has = self.controller.has_report()
        writable = not self.controller.read_only
        for action in (self.import_action, self.clipboard_action, self.rollforward_action):
            action.setEnabled(writable)
        for action in self.output_actions:
            action.setEnabled(has)

    # ---- import and roll-forward -----------------------------------------------------------
    def _add_import_actions(self) -> None:
        menu = self.window.file_menu
        first = menu.actions()[2]  # after 新建 and 打开
        self.rollforward_action = self._action(self.tr("以去年报告为基础新建(&L)…"), self.roll_forward, "Ctrl+Shift+N",
                                               self.tr("沿用去年报告的结构，年份顺延，去年的正文作为参考"))
        self.import_action = self._action(self.tr("导入去年报告(&I)…"), self.import_file, "Ctrl+I",
                                          self.tr("导入 .docx、.txt、.doc 或 .wps 格式的报告"))
        self.clipboard_action = self._action(self.tr("从剪贴板导入(&B)"), self.import_clipboard, "Ctrl+Shift+V",
                                             self.tr("把从网页或文档复制的报告全文导入"))
        menu.insertActions(first, [self.rollforward_action, self.import_action, self.clipboard_action])
        menu.insertSeparator(first)
        self.window.start_options["rollforward"] = (
            self.tr("以去年报告为基础新建(&L)…"), self.tr("沿用去年报告的结构，年份顺延，去年的正文放在每节旁边作参考"),
            self.roll_forward)
        self.window.start_options["import"] = (
            self.tr("导入去年报告(&I)…"), self.tr("导入 .docx、.txt、.doc 或 .wps 格式的报告"), self.import_file)

    def import_file(self, path: str | None = None) -> int | None:
        from ui.importing.import_dialog import load_report_with_progress

        if path is None:
            folder = self.store.settings.get("import_folder", str(Path.home()))
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("导入去年报告"), folder, self.tr(IMPORT_FILTER))
            if not path:
                return None
        self.store.settings.set("import_folder", str(Path(path).parent))
        report = load_report_with_progress(self.window, path)
        return self._preview_and_store(report) if report is not None else None

    def import_clipboard(self) -> int | None:
        from ui.importing.import_dialog import report_from_clipboard_text

        text = QApplication.clipboard().text()
        try:
            report = report_from_clipboard_text(text)
        except UserError as exc:
            self._warn(self.tr("从剪贴板导入"), str(exc) if text.strip() else self.tr("剪贴板里没有文字。请先复制报告全文。"))
            return None
        return self._preview_and_store(report)

    def _preview_and_store(self, report: Report) -> int | None:
        from ui.importing.import_dialog import ImportPreviewDialog

        dialog = ImportPreviewDialog(self.window, report)
        if run_modal(dialog, self.window.tree) != ImportPreviewDialog.DialogCode.Accepted:
            return None
        try:
            report_id = self.store.reports.insert(dialog.result_report(), origin="import")
            self.store.snapshots.take(report_id, "导入时的原样", automatic=True)
        except UserError as exc:
            self._warn(self.tr("导入失败"), str(exc))
            return None
        self.controller.flush()
        self.controller.open_report(report_id)
        return report_id

    def roll_forward(self) -> int | None:
        from ui.rollforward.rollforward_dialog import RollForwardDialog

        self.controller.flush()
        dialog = RollForwardDialog(self.window, self.store)
        if run_modal(dialog, self.window.tree) != RollForwardDialog.DialogCode.Accepted or dialog.new_report_id is None:
            return None
        self.controller.open_report(dialog.new_report_id)
        if self.checklist_dock is not None and self.controller.report and self.controller.report.checklist:
            self.checklist_dock.show()
        return dialog.new_report_id

    # ---- output ----------------------------------------------------------------------------
    def _add_output_actions(self) -> None:
        menu = self.window.file_menu
        before = self.window.quit_action
        self.word_action = self._action(self.tr("导出为 Word(&W)…"), lambda: self.export("docx"), "Ctrl+E",
                                        self.tr("按 GB/T 9704 公文格式导出 .docx"))
        self.excel_action = self._action(self.tr("导出为 Excel(&E)…"), lambda: self.export("xlsx"), "Ctrl+Shift+E",
                                         self.tr("提纲、分部分字数、活动台账和数据对比"))
        self.pdf_action = self._action(self.tr("导出 PDF(&D)…"), lambda: self.export("pdf"))
        self.preview_action = self._action(self.tr("打印预览(&V)…"), self.print_preview, "Ctrl+F2",
                                           self.tr("草稿页眉带日期和版本"))
        self.print_action = self._action(self.tr("打印(&T)…"), self.print, QKeySequence.StandardKey.Print)
        self.output_actions = [self.word_action, self.excel_action, self.pdf_action, self.preview_action,
                               self.print_action]
        menu.insertActions(before, self.output_actions)
        menu.insertSeparator(before)
        self.profile_menu = QMenu(self.tr("公文版式(&F)"), self.window)
        group = QActionGroup(self.profile_menu)
        current = self.profile()
        for name in profile_names():
            action = self.profile_menu.addAction(self.tr(PROFILE_TITLES[name]) if name in PROFILE_TITLES else name)
            action.setCheckable(True)
            action.setChecked(name == current)
            group.addAction(action)
            action.triggered.connect(lambda _=False, n=name: self.store.settings.set(PROFILE_KEY, n))
        self.window.report_menu.addSeparator()
        self.window.report_menu.addMenu(self.profile_menu)
        self.window.toolbar.addSeparator()
        self.word_action.setIconText(self.tr("导出 Word"))
        self.preview_action.setIconText(self.tr("打印预览"))
        self.window.toolbar.addActions([self.word_action, self.preview_action])

    def profile(self) -> str:
        name = self.store.settings.get(PROFILE_KEY, "standard")
        return name if name in profile_names() else "standard"

    PRINT_SNAPSHOT = "打印稿"  # data, not UI text: kept in Chinese in every language

    def draft_label(self) -> str:
        """The version a printed draft carries: the count of drafts printed so far plus this one
        (第3稿), with the newest named snapshot if there is one (送审稿 第3稿)."""
        report = self.controller.report
        if report is None or report.id is None:
            return ""
        snapshots = self.store.snapshots.list(report.id)
        printed = sum(1 for s in snapshots if s.automatic and s.label.startswith(self.PRINT_SNAPSHOT))
        version = f"第{printed + 1}稿"
        named = [s for s in snapshots if not s.automatic]
        return f"{named[0].label}　{version}" if named else version

    def export(self, kind: str) -> Path | None:
        from ui.output.export_actions import export_with_dialog

        report = self.controller.report
        if report is None:
            return None
        self.controller.flush()
        activities = None
        if kind == "xlsx":
            from app.library.activities import ActivityLedger

            activities = ActivityLedger(self.store.db).list()
        written = export_with_dialog(self.window, report, kind, store=self.store, profile=self.profile(),
                                     activities=activities)
        if written is not None and report.id is not None and not self.controller.read_only:
            self.store.snapshots.take(report.id, f"导出：{written.name}", automatic=True)
        return written

    def print_preview(self) -> None:
        from ui.output.print_preview import show_print_preview

        if self.controller.report is not None:
            self.controller.flush()
            self._preview = show_print_preview(self.window, self.controller.report, self.profile(),
                                               self.draft_label(), draft=True)

    def print(self) -> bool:
        from ui.output.print_preview import print_report

        if self.controller.report is None:
            return False
        self.controller.flush()
        label = self.draft_label()
        printed = print_report(self.window, self.controller.report, self.profile(), label, draft=True)
        report_id = self.controller.report.id
        if printed and report_id is not None and not self.controller.read_only:
            # what went to the leaders, kept so their marked-up copy can be matched to a version
            self.store.snapshots.take(report_id, f"{self.PRINT_SNAPSHOT} {label}", automatic=True)
        return printed

    # ---- panels ----------------------------------------------------------------------------
    def _add_panels(self) -> None:
        window = self.window
        self.checks_dock = window.add_panel(self._make_checks_panel, self.tr("检查"), Qt.DockWidgetArea.BottomDockWidgetArea,
                                            "F8", name="检查")
        self.checklist_dock = window.add_panel(self._make_checklist_panel, self.tr("去年打算的落实情况"),
                                               Qt.DockWidgetArea.RightDockWidgetArea, "Ctrl+Shift+L",
                                               name="去年打算的落实情况")
        self.phrase_panel = None
        self.activity_panel = None
        self.phrase_dock = window.add_panel(self._make_phrase_panel, self.tr("常用语"), Qt.DockWidgetArea.RightDockWidgetArea,
                                            name="常用语")
        self.activity_dock = window.add_panel(self._make_activity_panel, self.tr("活动台账"),
                                              Qt.DockWidgetArea.RightDockWidgetArea, name="活动台账")
        # one column on the right: the side panels share it as tabs instead of squeezing the editor
        window.tabifyDockWidget(self.checklist_dock, self.phrase_dock)
        window.tabifyDockWidget(self.phrase_dock, self.activity_dock)
        for dock in (self.checklist_dock, self.phrase_dock, self.activity_dock, self.checks_dock):
            dock.visibilityChanged.connect(lambda visible, d=dock: self._size_dock(d) if visible else None)
        self._sized: set[str] = set()
        insert = window.insert_menu
        self.phrase_search_action = self._action(self.tr("搜索常用语(&P)…"), lambda: self.focus_library("phrases"), "Ctrl+K",
                                                 self.tr("打开常用语并把光标放到搜索框；Enter 插入，Esc 回到正文"))
        self.activity_search_action = self._action(self.tr("从活动台账插入(&A)…"), lambda: self.focus_library("activities"),
                                                   "Ctrl+Shift+K", self.tr("打开活动台账并把光标放到筛选框"))
        insert.addActions([self.phrase_search_action, self.activity_search_action])
        tools = window.tools_menu
        self.harvest_action = self._action(self.tr("从本报告收集常用语(&H)…"), self.harvest_phrases,
                                           tip=self.tr("从当前报告中挑出可以反复使用的句子，确认后加入常用语"))
        self.extract_action = self._action(self.tr("从本报告提取活动到台账(&E)…"), self.extract_activities,
                                           tip=self.tr("把当前报告中带日期或数字的句子作为活动，确认后加入台账"))
        tools.addActions([self.harvest_action, self.extract_action])
        self.output_actions += [self.harvest_action, self.extract_action]
        self._coverage_timer = QTimer(self)
        self._coverage_timer.setSingleShot(True)
        self._coverage_timer.setInterval(1000)
        self._coverage_timer.timeout.connect(self._refresh_coverage)

    def last_year(self) -> Report | None:
        """The report this one was rolled forward from (cached per report)."""
        report = self.controller.report
        source = report.source_report_id if report is not None else None
        if source is None:
            return None
        if self._last_year is None or self._last_year[0] != source:
            try:
                self._last_year = (source, self.store.reports.load(source))
            except UserError:
                self._last_year = (source, None)
        return self._last_year[1]

    def _make_checks_panel(self) -> QWidget:
        from ui.checks.checks_panel import ChecksPanel

        panel = ChecksPanel(lambda: self.controller.report, self.last_year,
                            None if self.controller.read_only else self.store.settings)
        controller = self.controller
        for signal in (controller.reportOpened, controller.structureChanged, controller.propertiesChanged):
            signal.connect(panel.schedule)
        controller.sectionChanged.connect(lambda _id: panel.schedule())
        panel.findingActivated.connect(self.show_finding)
        panel.run_now()
        self.checks_panel = panel
        return panel

    def keep_restored_sizes(self) -> None:
        """Docks the saved layout brought back keep the clerk's own size."""
        for dock in self.window.findChildren(QDockWidget):
            if not dock.isHidden():
                self._sized.add(dock.objectName())

    def _size_dock(self, dock: QDockWidget) -> None:
        """The first time a dock shows: a side panel takes about a quarter of the window, the checks
        panel a fifth of its height, never so much that the editor gets cramped."""
        if dock.objectName() in self._sized:
            return
        self._sized.add(dock.objectName())
        window = self.window
        if window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea:
            window.resizeDocks([dock], [max(160, window.height() // 5)], Qt.Orientation.Vertical)
        else:
            window.resizeDocks([dock], [max(320, min(460, window.width() // 4))], Qt.Orientation.Horizontal)

    def _make_phrase_panel(self) -> QWidget:
        from ui.library.phrase_panel import PhrasePanel

        panel = PhrasePanel(self.store, lambda: self.controller.report)
        self._connect_library_panel(panel)
        self.phrase_panel = panel
        return panel

    def _make_activity_panel(self) -> QWidget:
        from ui.library.activity_panel import ActivityPanel

        panel = ActivityPanel(self.store, lambda: self.controller.report)
        self._connect_library_panel(panel)
        self.controller.reportOpened.connect(panel.reload)
        self.controller.sectionChanged.connect(lambda _id: self._coverage_timer.start())
        self.activity_panel = panel
        return panel

    def _connect_library_panel(self, panel: QWidget) -> None:
        editor = self.window.editor
        panel.insertRequested.connect(self._insert_into_editor)  # type: ignore[attr-defined]
        panel.returnFocusRequested.connect(editor.focus_body)  # type: ignore[attr-defined]

    def _insert_into_editor(self, text: str) -> None:
        if self.controller.current_section() is None or self.controller.read_only:
            self.window.statusBar().showMessage(self.tr("先在左侧选择要插入的章节"), 4000)
            return
        self.window.editor.insert_text(text)
        self.window.editor.focus_body()

    def _refresh_coverage(self) -> None:
        if self.activity_panel is not None and self.activity_dock.isVisible():
            self.activity_panel.refresh()

    def focus_library(self, which: str) -> None:
        dock = self.phrase_dock if which == "phrases" else self.activity_dock
        dock.show()
        dock.raise_()
        panel = self.phrase_panel if which == "phrases" else self.activity_panel
        if panel is not None:
            panel.focus_search()

    def harvest_phrases(self) -> int:
        from app.library.harvest import harvest_with_categories
        from app.library.phrases import PhraseLibrary
        from ui.library.proposals_dialog import ProposalsDialog

        report = self.controller.report
        if report is None or self.controller.read_only:
            return 0
        self.controller.flush()
        proposals = harvest_with_categories(report)
        if not proposals:
            QMessageBox.information(self.window, self.tr("收集常用语"), self.tr("这篇报告中没有找到适合反复使用的句子。"))
            return 0
        intro = (self.tr("从《%1》中找到 %2 句可以反复使用的话（年份和单位已换成 {年度} {单位} 等变量）。"
                         "勾选要加入常用语的句子：")
                 .replace("%1", report.title or self.tr("本报告")).replace("%2", str(len(proposals))))
        dialog = ProposalsDialog(self.tr("收集常用语"), intro,
                                 [f"［{category}］{text}" for text, category in proposals], self.window,
                                 self.tr("加入常用语"))
        if run_modal(dialog, self.window.tree) != QDialog.DialogCode.Accepted:
            return 0
        library = PhraseLibrary(self.store.db)
        for row in dialog.chosen():
            text, category = proposals[row]
            library.add(text, category, origin=f"harvested:{report.id}")
        if self.phrase_panel is not None:
            self.phrase_panel.refresh()
        self.window.statusBar().showMessage(self.tr("已加入 %1 条常用语").replace("%1", str(len(dialog.chosen()))), 5000)
        return len(dialog.chosen())

    def extract_activities(self) -> int:
        from app.library.activities import ActivityLedger, figures_text
        from app.library.extraction import extract_activities
        from ui.library.proposals_dialog import ProposalsDialog

        report = self.controller.report
        if report is None or self.controller.read_only:
            return 0
        self.controller.flush()
        found = extract_activities(report, report.year, ledger=ActivityLedger(self.store.db))
        if not found:
            QMessageBox.information(self.window, self.tr("提取活动"), self.tr("这篇报告中没有找到带日期或数字的活动。"))
            return 0
        no_date = self.tr("（无日期）")
        lines = [f"{a.date_text or no_date}　{a.title}" + (f"　〔{figures_text(a.figures)}〕" if a.figures else "")
                 for a in found]
        intro = (self.tr("在《%1》中找到 %2 条带日期或数字的活动，将记入 %3 年的台账。勾选要记入的条目：")
                 .replace("%1", report.title or self.tr("本报告")).replace("%2", str(len(found)))
                 .replace("%3", str(report.year)))
        dialog = ProposalsDialog(self.tr("提取活动到台账"), intro, lines, self.window, self.tr("记入台账"))
        if run_modal(dialog, self.window.tree) != QDialog.DialogCode.Accepted:
            return 0
        chosen = [found[row] for row in dialog.chosen()]
        ActivityLedger(self.store.db).add_many(chosen)
        if self.activity_panel is not None:
            self.activity_panel.reload()
        self.window.statusBar().showMessage(self.tr("已记入 %1 条活动").replace("%1", str(len(chosen))), 5000)
        return len(chosen)

    def _make_checklist_panel(self) -> QWidget:
        panel = ChecklistPanel(self.controller)
        panel.sectionRequested.connect(self.controller.select_section)
        self.checklist_panel = panel
        return panel

    def show_finding(self, section_id: int, excerpt: str) -> None:
        """Jump to a finding: select its section and, where the excerpt is in the body, the text."""
        if section_id < 0:
            self.window.edit_properties()
            return
        self.controller.select_section(section_id)
        section = self.controller.section(section_id)
        editor = self.window.editor
        if section is None:
            return
        if excerpt:
            needle = excerpt.strip("…").strip()
            for number, paragraph in enumerate(section.paragraphs):
                start = paragraph.find(needle) if needle else -1
                if start >= 0:
                    editor.select_match(number, start, len(needle))
                    return
        editor.focus_body()


def install_features(window: MainWindow) -> Features:
    from ui.window.shortcut_priority import install_shortcut_priority

    window.features = Features(window)  # type: ignore[attr-defined]
    install_shortcut_priority(window)
    window.restore_layout()  # the docks exist now: bring back where the clerk had them
    window.features.keep_restored_sizes()  # type: ignore[attr-defined]
    return window.features  # type: ignore[attr-defined]
