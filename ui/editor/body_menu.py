"""The body editor's context menu: the window's own undo/redo (so the keys shown agree with the
编辑 menu: redo is Ctrl+Y), the clipboard, and the registry's actions to insert a phrase or a
ledger activity, to find the selected text and to keep it as a phrase."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTextEdit

from ui.common.translate import QT_TRANSLATE_NOOP
from ui.window.actions import ActionRegistry

# (registry id, menu text) for the entries that trigger the registry's actions
REGISTRY_ENTRIES = (("library.search_phrases", QT_TRANSLATE_NOOP("BodyMenu", "插入常用语…")),
                    ("library.search_activities", QT_TRANSLATE_NOOP("BodyMenu", "插入台账活动…")),
                    ("edit.find", QT_TRANSLATE_NOOP("BodyMenu", "查找所选文字")),
                    ("library.add_selection", QT_TRANSLATE_NOOP("BodyMenu", "加入常用语…")))


def _keys(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


class BodyMenu(QObject):
    """Builds the menu on each right-click, from the actions as they are now (enabled or not)."""

    def __init__(self, body: QTextEdit, registry: ActionRegistry) -> None:
        super().__init__(body)
        self.body = body
        self.registry = registry
        self.last_menu: QMenu | None = None  # for tests: the menu last built
        body.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        body.customContextMenuRequested.connect(self._show)

    def build(self) -> QMenu:
        body, tr = self.body, self.tr
        menu = QMenu(body)
        menu.setObjectName("bodyContextMenu")
        for ident in ("edit.undo", "edit.redo"):
            menu.addAction(self.registry[ident])
        menu.addSeparator()
        editable = not body.isReadOnly()
        selected = body.textCursor().hasSelection()
        for text, keys, slot, enabled in (
                (self.tr("剪切"), QKeySequence.StandardKey.Cut, body.cut, editable and selected),
                (self.tr("复制"), QKeySequence.StandardKey.Copy, body.copy, selected),
                (self.tr("粘贴"), QKeySequence.StandardKey.Paste, body.paste, editable and body.canPaste()),
                (self.tr("全选"), QKeySequence.StandardKey.SelectAll, body.selectAll, True)):
            shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            action = menu.addAction(f"{text}\t{shown}")
            action.triggered.connect(slot)
            action.setEnabled(enabled)
        menu.addSeparator()
        for ident, text in REGISTRY_ENTRIES:
            try:
                target = self.registry[ident]
            except KeyError:  # its room is not installed
                continue
            shortcut = _keys(target)
            action = menu.addAction(tr(text) + (f"\t{shortcut}" if shortcut else ""))
            action.setObjectName("menu_" + ident)
            action.triggered.connect(target.trigger)
            needs_selection = ident in ("edit.find", "library.add_selection")
            action.setEnabled(target.isEnabled() and (selected or not needs_selection)
                              and (editable or ident == "edit.find"))
            if ident == "library.search_activities":
                menu.addSeparator()
        self.last_menu = menu
        return menu

    def _show(self, pos: QPoint) -> None:
        self.build().exec(self.body.viewport().mapToGlobal(pos))
