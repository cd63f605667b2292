"""The main window: section tree left, editor centre, menus, toolbar, status bar. It only wires
widgets together; every change goes through the controller, panels are added as lazy docks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionEvent, QActionGroup, QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QSplitter, QStackedWidget, QStyle, QToolBar, QWidget

from app.store.settings import Settings
from ui.common import messages
from ui.common.modal import run_modal
from ui.editor.controller import ReportController
from ui.editor.count_targets import part_counts
from ui.editor.find_replace import FindReplacePanel
from ui.editor.section_editor import SectionEditor
from ui.editor.section_tree import SectionTree
from ui.window.actions import ActionRegistry, Shortcut
from ui.window.closing import settle_before_close
from ui.window.docks import CLOSE_ON_ESCAPE, Docks, PanelFactory
from ui.window.empty_page import EmptyPage
from ui.window.geometry import restore_geometry, restore_state
from ui.window.keys_dialog import KeysDialog
from ui.window.properties_dialog import PropertiesDialog
from ui.window.recent_menu import fill_recent
from ui.window.report_manager import ReportManager
from ui.window.report_total import ReportTotal
from ui.window.save_errors import SaveErrorNotice
from ui.window.slots import Slot
from ui.window.snapshots_dialog import SnapshotsDialog
from ui.window.start_dialog import run_start_dialog

LANGUAGES = (("zh_CN", "中文"), ("en", "English"))
# said in English as well: the clerk switching may not read the current language
ENGLISH_SWITCH_NOTE = "The interface language changes the next time Chengwen starts."


class _ShowWhenFilled(QObject):
    """Keeps a menu hidden in the menu bar until someone adds an action to it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ActionAdded and isinstance(watched, QMenu)
                and isinstance(event, QActionEvent) and event.action().isVisible()):  # not a slot's marker
            watched.menuAction().setVisible(True)
        return False


class MainWindow(QMainWindow):
    def __init__(self, controller: ReportController, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setWindowIcon(self._icon(QStyle.StandardPixmap.SP_FileDialogDetailedView))
        self.setDockNestingEnabled(True)
        self.registry = ActionRegistry(self)
        self.docks = Docks(self)
        self._slots: dict[str, Slot] = {}
        self.find_dock: QDockWidget | None = None
        # more ways to start, offered by the start dialog: key → (label, tip, handler returning truthy on success)
        self.start_options: dict[str, tuple[str, str, Callable[[], object]]] = {}
        self.find_panel: FindReplacePanel | None = None
        # compare two versions (snapshot ids; None = the report now): the review room sets it
        self.compare_versions: Callable[[int, int | None], object] | None = None
        self.report_manager = ReportManager(controller, self)  # rename, copy, delete, 回收站

        self.tree = SectionTree(controller)
        self.editor = SectionEditor(controller)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([450, 750])
        self.splitter.setChildrenCollapsible(False)
        self.empty_page = EmptyPage(self.registry, controller)  # with no report open: ways to start
        self.central = QStackedWidget()
        self.central.addWidget(self.empty_page)
        self.central.addWidget(self.splitter)
        self.setCentralWidget(self.central)

        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()

        self.report_total = ReportTotal(controller, self._update_counts, self)  # connected first: reset, then shown
        controller.reportOpened.connect(self._report_opened)
        controller.propertiesChanged.connect(self._update_title)
        controller.saveStateChanged.connect(self.save_label.setText)
        self.save_errors = SaveErrorNotice(self, controller)  # one box per failing episode
        controller.noticeShown.connect(lambda text: self.statusBar().showMessage(text, 6000))
        for signal in (controller.sectionChanged, controller.currentSectionChanged, controller.structureChanged,
                       controller.propertiesChanged):
            signal.connect(lambda *_a: self._update_counts())
        restore_geometry(self, self.splitter, self.settings)
        self._report_opened()

    # ---- building ------------------------------------------------------------------------
    def make_action(self, ident: str, text: str, slot: Callable[[], object],
                    shortcut: Shortcut | Sequence[Shortcut] | None = None, icon: QStyle.StandardPixmap | None = None,
                    tip: str = "", *, group: str | None = None) -> QAction:
        """An action of the window, made in its registry (the rooms make theirs here too)."""
        return self.registry.add(ident, text, slot, shortcut, tip=tip, icon=icon, group=group)

    def _make_actions(self) -> None:
        sp = QStyle.StandardPixmap
        make = self.make_action
        self.new_action = make("file.new", self.tr("新建报告(&N)…"), self.new_report, QKeySequence.StandardKey.New,
                               sp.SP_FileIcon, self.tr("从五部分模板新建一篇报告"))
        self.open_action = make("file.open", self.tr("打开报告(&O)…"), self.open_report, QKeySequence.StandardKey.Open,
                                sp.SP_DialogOpenButton)
        self.properties_action = make("report.properties", self.tr("报告属性(&P)…"), self.edit_properties, "Ctrl+Shift+P",
                                      sp.SP_FileDialogInfoView)
        self.snapshots_action = make("report.snapshots", self.tr("快照(&S)…"), self.show_snapshots, "Ctrl+Shift+S",
                                     sp.SP_DialogSaveButton, self.tr("创建、预览和恢复快照"))
        self.save_action = make("file.save", self.tr("保存(&S)"), self.save_now, QKeySequence.StandardKey.Save,
                                None, self.tr("立即保存（平时随写随存）"))
        self.quit_action = make("file.quit", self.tr("退出(&X)"), self.close, QKeySequence.StandardKey.Quit)
        stack = self.controller.undo_stack
        self.undo_action = self.registry.adopt("edit.undo", stack.createUndoAction(self, self.tr("撤销")))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.setIcon(self._icon(sp.SP_ArrowBack))
        self.redo_action = self.registry.adopt("edit.redo", stack.createRedoAction(self, self.tr("重做")))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.setIcon(self._icon(sp.SP_ArrowForward))
        self.find_action = make("edit.find", self.tr("查找(&F)…"), lambda: self.show_find(False),
                                QKeySequence.StandardKey.Find, sp.SP_FileDialogContentsView, self.tr("在全文中查找"))
        self.replace_action = make("edit.replace", self.tr("替换(&H)…"), lambda: self.show_find(True), "Ctrl+H",
                                   None, self.tr("在全文中查找并替换"))
        self.about_action = make("help.about", self.tr("关于成文(&A)"), self.show_about)
        self.keys_action = make("help.keys", self.tr("键盘快捷键(&K)"), self.show_keys,
                                QKeySequence.StandardKey.HelpContents)
        # toolbar labels: short, without the menu mnemonics
        for action, text in ((self.new_action, self.tr("新建")), (self.open_action, self.tr("打开")),
                             (self.undo_action, self.tr("撤销")), (self.redo_action, self.tr("重做")),
                             (self.find_action, self.tr("查找")), (self.snapshots_action, self.tr("快照"))):
            action.setIconText(text)

    def _icon(self, pixmap: QStyle.StandardPixmap) -> QIcon:
        return self.style().standardIcon(pixmap)

    def _slot(self, name: str, container: QMenu | QToolBar) -> Slot:
        self._slots[name] = Slot(name, container)
        return self._slots[name]

    def menu_slot(self, name: str) -> Slot:
        """A named place in the menus or the toolbar ("file.import", "toolbar.output", …) a room fills."""
        return self._slots[name]

    def slot_names(self) -> list[str]:
        return list(self._slots)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("文件(&F)"))
        self.file_menu.addActions([self.new_action, self.open_action, self.save_action])
        self._slot("file.import", self.file_menu)
        self.file_menu.addSeparator()
        self.recent_menu = self.file_menu.addMenu(self.tr("最近的报告(&R)"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._slot("file.manage", self.file_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.properties_action, self.snapshots_action])
        self.file_menu.addSeparator()
        self._slot("file.export", self.file_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.find_action, self.replace_action])
        self.edit_menu.addSeparator()
        self._slot("edit.sections", self.edit_menu)

        self.insert_menu = bar.addMenu(self.tr("插入(&I)"))
        self._slot("insert.sections", self.insert_menu)
        self.insert_menu.addSeparator()
        self._slot("insert.library", self.insert_menu)

        self.report_menu = bar.addMenu(self.tr("报告(&R)"))
        self.report_menu.addAction(self.properties_action)
        self._slot("report.section", self.report_menu)
        self.report_menu.addSeparator()
        self.report_menu.addAction(self.snapshots_action)
        self.report_menu.addSeparator()
        self._slot("report.format", self.report_menu)

        self.review_menu = bar.addMenu(self.tr("审阅(&W)"))
        self._slot("review", self.review_menu)

        self.view_menu = bar.addMenu(self.tr("视图(&V)"))
        self.language_menu = self.view_menu.addMenu(self.tr("界面语言(&L)"))
        group = QActionGroup(self)
        current = self.settings.ui_language
        for code, name in LANGUAGES:
            action = self.make_action(f"view.language.{code}", name, partial(self.set_language, code))
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
            self.language_menu.addAction(action)
        self.view_menu.addSeparator()
        self._slot("view.zoom", self.view_menu)
        self.view_menu.addSeparator()
        self._slot("view.panels", self.view_menu)
        self.view_menu.addSeparator()

        self.tools_menu = bar.addMenu(self.tr("工具(&T)"))
        self._show_when_filled = _ShowWhenFilled(self)
        for hidden in (self.tools_menu, self.review_menu):
            hidden.menuAction().setVisible(False)
            hidden.installEventFilter(self._show_when_filled)
        self._slot("tools.library", self.tools_menu)
        self._slot("tools.checks", self.tools_menu)

        self.help_menu = bar.addMenu(self.tr("帮助(&H)"))
        self.help_menu.addActions([self.keys_action, self.about_action])

    def _make_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("工具栏"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar.addActions([self.new_action, self.open_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar.addSeparator()
        self._slot("toolbar.sections", self.toolbar)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.find_action, self.snapshots_action])
        self.toolbar.addSeparator()
        self._slot("toolbar.output", self.toolbar)

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.read_only_label = QLabel(self.tr("只读"))
        self.read_only_label.setObjectName("readOnlyLabel")
        self.read_only_label.setToolTip(self.tr("另一个成文正在使用这个资料库：这里只能查看，不能修改"))
        self.read_only_label.setVisible(self.controller.read_only)
        self.section_count_label = QLabel()
        self.report_count_label = QLabel()
        self.save_label = QLabel(self.controller.save_state)
        self.save_label.setObjectName("saveStateLabel")
        self.save_label.setMinimumWidth(120)
        for widget in (self.read_only_label, self.section_count_label, self.report_count_label, self.save_label):
            bar.addPermanentWidget(widget)

    # ---- panels and start options ----------------------------------------------------------
    def add_panel(self, widget: QWidget | PanelFactory, title: str,
                  area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
                  shortcut: QKeySequence | str | None = None, *, name: str | None = None,
                  tab_group: str | None = None) -> QDockWidget:
        """Add a dock (hidden until asked for) and its toggle to the "view.panels" slot. Pass a
        factory to build its contents on first show. `name` (default: the title) names the dock
        for the saved layout: give the untranslated title. Docks of one `tab_group` share a column
        as tabs, and take a sensible size the first time they show."""
        dock = self.docks.make(widget, title, area, name or title, tab_group)
        toggle = self.registry.adopt(f"panel.{name or title}", dock.toggleViewAction())
        if shortcut is not None:
            toggle.setShortcut(QKeySequence(shortcut))
        self.menu_slot("view.panels").add(toggle)
        return dock

    def add_start_option(self, key: str, label: str, tip: str, handler: Callable[[], object]) -> None:
        """Another way to start, offered by the start dialog; `handler` returns truthy on success."""
        self.start_options[key] = (label, tip, handler)

    def show_find(self, replace: bool) -> None:
        if self.find_dock is None:
            self.find_panel = FindReplacePanel(self.controller)
            self.find_panel.matchActivated.connect(self.show_match)
            self.find_dock = self.add_panel(self.find_panel, self.tr("查找和替换"), Qt.DockWidgetArea.BottomDockWidgetArea,
                                            name="查找和替换")
            self.find_dock.setProperty(CLOSE_ON_ESCAPE, True)
            # a click on a match puts the keyboard in the text: Esc there still closes the find bar
            close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.editor, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            close.activated.connect(self.find_dock.hide)
        assert self.find_panel is not None
        self.find_dock.show()
        self.find_dock.raise_()
        self.find_panel.start(replace, self.editor.body.textCursor().selectedText())

    def show_match(self, section_id: int, paragraph: int, start: int, length: int) -> None:
        self.controller.select_section(section_id)
        self.editor.select_match(paragraph, start, length)

    # ---- report --------------------------------------------------------------------------
    def _report_opened(self) -> None:
        has = self.controller.has_report()
        editable = has and not self.controller.read_only
        self.new_action.setEnabled(not self.controller.read_only)
        for action in (self.properties_action, self.snapshots_action, self.find_action):
            action.setEnabled(has)
        self.replace_action.setEnabled(editable)
        self.save_action.setEnabled(editable)
        showing = self.empty_page.isVisible()
        self.central.setCurrentWidget(self.splitter if has else self.empty_page)
        if not has and showing:  # a page coming into view refreshes itself as it is shown
            self.empty_page.refresh()
        self._update_title()
        self._update_counts()

    def _update_title(self) -> None:
        report = self.controller.report
        name = self.tr("成文")
        title = f"{report.title or self.tr('（无标题）')} — {name}" if report is not None else name
        if self.controller.read_only:
            title += self.tr(" [只读]")
        self.setWindowTitle(title)

    def _update_counts(self) -> None:
        controller = self.controller
        section = controller.current_section()
        if section is not None:
            self.section_count_label.setText(
                self.tr("本节正文 %1 字").replace("%1", f"{controller.body_counts(section).characters:,}"))
        else:
            self.section_count_label.setText("")
        if controller.has_report() and self.report_total.ready:  # else filled in once counted
            counts = controller.report_counts()
            self.report_count_label.setText(self.tr("全文 %1 字").replace("%1", f"{counts.characters:,}"))
            self.report_count_label.setToolTip(self.tr("汉字、字母和数字 %1，另有标点 %2")
                                               .replace("%1", str(counts.characters))
                                               .replace("%2", str(counts.punctuation)))
        else:
            self.report_count_label.setText("")

    def save_now(self) -> None:  # Ctrl+S: saved as typed anyway; writes what is pending now and says so
        self.controller.flush()
        if self.controller.save_state != self.tr("保存失败"):
            text = self.tr("已保存 %1").replace("%1", dt.datetime.now().strftime("%H:%M:%S"))
            self.save_label.setText(text)
            messages.status(self, text, 5000)

    def new_report(self) -> None:
        self.show_start_dialog(new_only=True)

    def open_report(self) -> None:
        self.show_start_dialog()

    def show_start_dialog(self, *, new_only: bool = False) -> bool:
        """The start dialog; True when a report was created or opened."""
        return run_start_dialog(self, new_only=new_only)

    def _fill_recent(self) -> None:
        fill_recent(self.recent_menu, self.controller, self.open_report)

    def edit_properties(self, tab: str = "general", field: str | None = None) -> PropertiesDialog | None:
        """报告属性, open at `tab` (properties_dialog.TABS) with the focus on `field` if given."""
        if not self.controller.has_report():
            return None
        dialog = PropertiesDialog(self.controller.properties(), self, read_only=self.controller.read_only,
                                  counts=part_counts(self.controller))
        if tab != "general":
            dialog.show_tab(tab, field)
        if run_modal(dialog, self.tree) == PropertiesDialog.DialogCode.Accepted:
            self.controller.update_properties(**dialog.values())
        return dialog

    def show_snapshots(self) -> None:
        if self.controller.has_report():
            run_modal(SnapshotsDialog(self.controller, self, compare=self.compare_versions), self.tree)

    def set_language(self, code: str) -> None:
        if code == self.settings.ui_language:
            return
        self.settings.ui_language = code
        text, english = self.tr("界面语言将在下次启动成文时切换。"), ENGLISH_SWITCH_NOTE
        messages.info(self, self.tr("界面语言"), text if text == english else f"{text}\n{english}")  # said once

    def show_about(self) -> None:
        messages.about(self, self.tr("关于成文"), self.tr(
            "<h3>成文 Chengwen</h3><p>法治政府建设情况报告写作助手：按五部分模板起草，章节自动编号，"
            "随写随存，可随时拍快照、恢复。</p><p>全部数据保存在本机，不联网。</p>"))

    def show_keys(self) -> KeysDialog:
        """Every shortcut of the registry: the menus' and the keys the rooms' widgets handle."""
        dialog = KeysDialog(self.registry.shortcut_rows(), self)
        run_modal(dialog, self.tree)
        return dialog

    # ---- geometry and closing --------------------------------------------------------------
    def restore_layout(self) -> None:
        """Restore the docks' places and visibility; call again once every dock has been added."""
        restore_state(self, self.settings)
        self.docks.keep_restored_sizes()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not settle_before_close(self):  # the edits could not be saved and the clerk stays
            event.ignore()
            return
        super().closeEvent(event)
