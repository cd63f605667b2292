"""The editor room: puts the section tree's actions into the window's menus and toolbar and
registers the keys the tree and the editor handle themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QStyle

from ui.editor.body_menu import BodyMenu
from ui.editor.page_view import ZOOM_MAX, ZOOM_MIN
from ui.window.main_window import MainWindow

ZOOM_KEY = "editor_zoom"  # the body's text size, points from the base


class EditorRoom(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        tree = window.tree
        registry = window.registry
        tree_group = self.tr("章节树")
        for ident, action in (("section.add_sibling", tree.add_sibling_action), ("section.add_child", tree.add_child_action),
                              ("section.rename", tree.rename_action), ("section.delete", tree.delete_action),
                              ("section.move_up", tree.move_up_action), ("section.move_down", tree.move_down_action),
                              ("section.promote", tree.promote_action), ("section.demote", tree.demote_action)):
            registry.adopt(ident, action, group=tree_group)  # the tree's own: they work while it has focus
        for number, action in enumerate(tree.part_actions.actions()):
            registry.adopt(f"section.part.{number}", action)
        for number, action in enumerate(tree.status_actions.actions(), start=1):
            registry.adopt(f"section.status.{number}", action)
        body = self.tr("正文")
        registry.document("body.new_paragraph", body, self.tr("另起一段"), "Enter")
        registry.document("body.from_heading", body, self.tr("从标题行到正文"), "Enter")
        registry.document("body.zoom_wheel", body, self.tr("缩放正文"), "Ctrl+滚轮")
        self._install_zoom(window)
        self.body_menu = BodyMenu(window.editor.body, registry)

        sp = QStyle.StandardPixmap
        for action, pixmap in ((tree.add_sibling_action, sp.SP_FileDialogNewFolder), (tree.delete_action, sp.SP_TrashIcon),
                               (tree.move_up_action, sp.SP_ArrowUp), (tree.move_down_action, sp.SP_ArrowDown),
                               (tree.promote_action, sp.SP_ArrowLeft), (tree.demote_action, sp.SP_ArrowRight)):
            action.setIcon(window.style().standardIcon(pixmap))
        tree.add_sibling_action.setIconText(self.tr("添加章节"))
        tree.delete_action.setIconText(self.tr("删除"))

        self.section_menu = QMenu(self.tr("章节(&S)"), window.edit_menu)
        self.section_menu.addActions(tree.structure_actions())
        window.menu_slot("edit.sections").add_menu(self.section_menu)
        window.menu_slot("insert.sections").add(tree.add_sibling_action, tree.add_child_action)
        report = window.menu_slot("report.section")
        report.add_menu(tree.part_menu)
        report.add_menu(tree.status_menu)
        toolbar = window.menu_slot("toolbar.sections")
        toolbar.add(tree.add_sibling_action, tree.delete_action)
        for action in (tree.move_up_action, tree.move_down_action, tree.promote_action, tree.demote_action):
            toolbar.add(action)
            button = window.toolbar.widgetForAction(action)
            if button is not None:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)  # type: ignore[attr-defined]


    def _install_zoom(self, window: MainWindow) -> None:
        """Ctrl+= / Ctrl+- / Ctrl+0 and Ctrl+wheel; the size is kept for the next start."""
        editor, settings = window.editor, window.settings
        saved = settings.get(ZOOM_KEY, 0)
        editor.set_zoom(saved if isinstance(saved, int) else 0)

        def zoom_to(steps: int) -> None:
            editor.set_zoom(max(ZOOM_MIN, min(ZOOM_MAX, steps)))
            if not window.controller.read_only:
                settings.set(ZOOM_KEY, editor.zoom)

        make = window.make_action
        self.zoom_in_action = make("view.zoom_in", self.tr("放大正文(&I)"), lambda: zoom_to(editor.zoom + 1),
                                   [QKeySequence.StandardKey.ZoomIn, "Ctrl+="])
        self.zoom_out_action = make("view.zoom_out", self.tr("缩小正文(&O)"), lambda: zoom_to(editor.zoom - 1),
                                    QKeySequence.StandardKey.ZoomOut)
        self.zoom_reset_action = make("view.zoom_reset", self.tr("正文原始大小(&0)"), lambda: zoom_to(0), "Ctrl+0")
        window.menu_slot("view.zoom").add(self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action)
        editor.body.zoomRequested.connect(lambda step: zoom_to(editor.zoom + step))


def install(window: MainWindow) -> EditorRoom:
    return EditorRoom(window)
