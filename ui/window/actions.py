"""The window's one action registry: every QAction of the main window is made (or, for the few Qt
makes itself — undo/redo, a dock's toggle, the tree's widget actions — adopted) here under an id.
Menus and the toolbar take actions from it; 帮助 → 键盘快捷键 lists what it holds, together with
the "documentation-only" keys the rooms register for their widgets' own key handlers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle

Shortcut = str | QKeySequence | QKeySequence.StandardKey


def plain_text(text: str) -> str:
    """"导出为 Word(&W)…" → "导出为 Word"."""
    for mnemonic in ("(&", "（&"):
        at = text.find(mnemonic)
        if at >= 0:
            end = text.find(")", at)
            text = text[:at] + (text[end + 1:] if end >= 0 else "")
    return text.replace("&", "").rstrip("…").strip()


def key_text(action: QAction) -> str:
    return " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty())


def _sequence(key: Shortcut) -> QKeySequence:
    if isinstance(key, QKeySequence):
        return key
    return QKeySequence(key) if isinstance(key, str) else QKeySequence(key)


@dataclass
class Entry:
    """One line of the registry: an action, or (action None) a key a widget handles itself."""
    ident: str
    action: QAction | None
    group: str | None = None  # None: the title of the menu the action sits in
    text: str = ""
    keys: str = ""


class ActionRegistry:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self._entries: dict[str, Entry] = {}

    def add(self, ident: str, text: str, slot: Callable[[], object], shortcut: Shortcut | Sequence[Shortcut] | None = None,
            *, tip: str = "", icon: QStyle.StandardPixmap | None = None, group: str | None = None) -> QAction:
        """Make the action `id` of the window; `slot` is called without the `checked` argument."""
        action = QAction(text, self.window)
        if shortcut is not None:
            keys = [shortcut] if isinstance(shortcut, (str, QKeySequence, QKeySequence.StandardKey)) else list(shortcut)
            sequences = [_sequence(k) for k in keys]
            action.setShortcuts([k for k in sequences if not k.isEmpty()])  # a standard key this platform lacks
        if icon is not None:
            action.setIcon(self.window.style().standardIcon(icon))
        action.setStatusTip(tip or plain_text(text))  # not "报告属性(&P)" in the status bar
        action.triggered.connect(lambda _checked=False: slot())
        return self.adopt(ident, action, group=group)

    def adopt(self, ident: str, action: QAction, *, group: str | None = None) -> QAction:
        """Register an action Qt made (an undo action, a dock's toggle, a widget's own action)."""
        if ident in self._entries:
            raise ValueError(f"action {ident!r} registered twice")
        action.setObjectName(f"action_{ident}")
        self._entries[ident] = Entry(ident, action, group)
        return action

    def document(self, ident: str, group: str, text: str, keys: str) -> None:
        """A key a widget handles in its own key handler (no QAction): listed, not bound."""
        if ident in self._entries:
            raise ValueError(f"action {ident!r} registered twice")
        self._entries[ident] = Entry(ident, None, group, text, keys)

    def __getitem__(self, ident: str) -> QAction:
        action = self._entries[ident].action
        if action is None:
            raise KeyError(f"{ident!r} is documentation only")
        return action

    def __contains__(self, ident: str) -> bool:
        return ident in self._entries

    def actions(self) -> list[QAction]:
        return [e.action for e in self._entries.values() if e.action is not None]

    def shortcut_rows(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """(group, [(text, keys)]) for every entry with keys: menu groups in menu-bar order first."""
        groups: dict[str, list[tuple[str, str]]] = {}
        for entry in self._entries.values():
            action = entry.action
            if action is None:
                row = (entry.text, entry.keys)
            elif key_text(action):
                row = (plain_text(action.text()), key_text(action))
            else:
                continue
            group = entry.group or (self._menu_title(action) if action is not None else "")
            groups.setdefault(group, []).append(row)
        bar = [plain_text(a.text()) for a in self.window.menuBar().actions()]
        order = {title: i for i, title in enumerate(bar)}
        ranked = sorted(groups.items(), key=lambda item: order.get(item[0], len(order)))
        return ranked

    def _menu_title(self, action: QAction) -> str:
        """The top-level menu the action sits in (through submenus); "" when in none."""
        for owner in action.associatedObjects():
            if isinstance(owner, QMenu):
                outer = owner.menuAction()
                parents = [m for m in outer.associatedObjects() if isinstance(m, QMenu)]
                return self._menu_title(outer) if parents else plain_text(owner.title())
        return ""
