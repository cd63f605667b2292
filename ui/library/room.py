"""The library room: the 常用语 and 活动台账 panels, searching them from the keyboard and inserting
into the editor, and harvesting phrases and activities from the open report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from app.errors import UserError
from ui.common import messages
from ui.common.modal import run_modal
from ui.window.main_window import MainWindow
from ui.window.room import Room

if TYPE_CHECKING:
    from ui.library.activity_panel import ActivityPanel
    from ui.library.phrase_panel import PhrasePanel


class LibraryRoom(Room):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.phrase_panel: PhrasePanel | None = None
        self.activity_panel: ActivityPanel | None = None
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.phrase_dock = window.add_panel(self._make_phrase_panel, self.tr("常用语"), right, name="常用语",
                                            tab_group="right")
        self.activity_dock = window.add_panel(self._make_activity_panel, self.tr("活动台账"), right, name="活动台账",
                                              tab_group="right")
        make = window.make_action
        self.phrase_search_action = make("library.search_phrases", self.tr("搜索常用语(&P)…"),
                                         lambda: self.focus_library("phrases"), "Ctrl+K",
                                         tip=self.tr("打开常用语并把光标放到搜索框；Enter 插入，Esc 回到正文"))
        self.activity_search_action = make("library.search_activities", self.tr("从活动台账插入(&A)…"),
                                           lambda: self.focus_library("activities"), "Ctrl+Shift+K",
                                           tip=self.tr("打开活动台账并把光标放到筛选框"))
        window.menu_slot("insert.library").add(self.phrase_search_action, self.activity_search_action)
        self.harvest_action = make("library.harvest", self.tr("从本报告收集常用语(&H)…"), self.harvest_phrases,
                                   tip=self.tr("从当前报告中挑出可以反复使用的句子，确认后加入常用语"))
        self.extract_action = make("library.extract", self.tr("从本报告提取活动到台账(&E)…"), self.extract_activities,
                                   tip=self.tr("把当前报告中带日期或数字的句子作为活动，确认后加入台账"))
        self.add_selection_action = make("library.add_selection", self.tr("把所选文字加入常用语(&D)…"),
                                         self.add_selection_as_phrase, tip=self.tr("把正文中选中的文字存为一条常用语"))
        window.menu_slot("tools.library").add(self.harvest_action, self.extract_action, self.add_selection_action)
        group = self.tr("常用语和活动台账")
        window.registry.document("library.insert", group, self.tr("插入所选"), "Enter")
        window.registry.document("library.back", group, self.tr("回到正文"), "Esc")
        self.update_enabled()

    def update_enabled(self) -> None:
        for action in (self.harvest_action, self.extract_action):
            action.setEnabled(self.controller.has_report())
        self.add_selection_action.setEnabled(self.controller.has_report() and not self.controller.read_only)

    def _make_phrase_panel(self) -> QWidget:
        from ui.library.phrase_panel import PhrasePanel  # on first show: keeps the start quick

        panel = PhrasePanel(self.store, lambda: self.controller.report)
        self._connect(panel)
        self.phrase_panel = panel
        return panel

    def _make_activity_panel(self) -> QWidget:
        from ui.library.activity_panel import ActivityPanel

        panel = ActivityPanel(self.store, lambda: self.controller.report)
        self._connect(panel)
        self.controller.reportOpened.connect(panel.reload)
        self.controller.sectionChanged.connect(panel.note_section_changed)
        self.controller.structureChanged.connect(panel.note_structure_changed)
        self.activity_panel = panel
        return panel

    def _connect(self, panel: PhrasePanel | ActivityPanel) -> None:
        panel.insertRequested.connect(self._insert_into_editor)
        panel.returnFocusRequested.connect(self.window.editor.focus_body)

    def _insert_into_editor(self, text: str) -> None:
        if self.controller.current_section() is None or self.controller.read_only:
            messages.status(self.window, self.tr("先在左侧选择要插入的章节"), 4000)
            return
        self.window.editor.insert_text(text)
        self.window.editor.focus_body()

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
            messages.info(self.window, self.tr("收集常用语"), self.tr("这篇报告中没有找到适合反复使用的句子。"))
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
        messages.status(self.window, self.tr("已把 %1 条句子加入常用语（常用语面板，Ctrl+K）")
                        .replace("%1", str(len(dialog.chosen()))))
        return len(dialog.chosen())

    def add_selection_as_phrase(self) -> bool:
        """加入常用语: the body's selection, in the phrase dialog to choose its category."""
        from app.library.phrases import PhraseLibrary
        from ui.library.phrase_panel import PhraseDialog

        text = self.window.editor.body.textCursor().selectedText().replace("\u2029", "\n").strip()
        if not text or self.controller.read_only:
            messages.status(self.window, self.tr("先在正文中选中要加入常用语的文字"), 4000)
            return False
        library = PhraseLibrary(self.store.db)
        dialog = PhraseDialog(library.categories(), None, self.window)
        dialog.text_edit.setPlainText(text)
        if run_modal(dialog, self.window.editor.body) != QDialog.DialogCode.Accepted:
            return False
        try:
            library.add(dialog.text(), dialog.category(), dialog.tags())
        except UserError as exc:
            messages.warn(self.window, self.tr("加入常用语"), str(exc))
            return False
        if self.phrase_panel is not None:
            self.phrase_panel.refresh()
        messages.status(self.window, self.tr("已加入常用语（%1）").replace("%1", dialog.category()))
        return True

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
            messages.info(self.window, self.tr("提取活动"), self.tr("这篇报告中没有找到带日期或数字的活动。"))
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
        messages.status(self.window, self.tr("已把 %1 条活动记入 %2 年的活动台账").replace("%1", str(len(chosen)))
                        .replace("%2", str(report.year)))
        return len(chosen)


def install(window: MainWindow) -> LibraryRoom:
    return LibraryRoom(window)
