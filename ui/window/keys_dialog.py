"""帮助 → 键盘快捷键: every shortcut of the window, read from its actions, so the list never
falls behind the menus."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMenu, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget


def plain_text(text: str) -> str:
    """"导出为 Word(&W)…" → "导出为 Word"."""
    for mnemonic in ("(&", "（&"):
        at = text.find(mnemonic)
        if at >= 0:
            end = text.find(")", at)
            text = text[:at] + (text[end + 1:] if end >= 0 else "")
    return text.replace("&", "").rstrip("…").strip()


def menu_shortcuts(menu: QMenu) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for action in menu.actions():
        if action.menu() is not None:
            rows += menu_shortcuts(action.menu())
        elif action.shortcuts():
            keys = " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
            rows.append((plain_text(action.text()), keys))
    return rows


class KeysDialog(QDialog):
    def __init__(self, menus: list[QMenu], extra: list[tuple[str, list[tuple[str, str]]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("键盘快捷键"))
        self.setObjectName("keysDialog")
        self.resize(560, 620)
        self.table = QTreeWidget(self)
        self.table.setObjectName("keysTable")
        self.table.setHeaderLabels([self.tr("操作"), self.tr("按键")])
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(False)
        groups = [(plain_text(menu.title()), menu_shortcuts(menu)) for menu in menus] + extra
        seen: set[tuple[str, str]] = set()
        for title, rows in groups:
            rows = [r for r in rows if r not in seen]
            seen.update(rows)
            if not rows:
                continue
            group = QTreeWidgetItem(self.table, [title])
            group.setFirstColumnSpanned(True)
            for text, keys in rows:
                QTreeWidgetItem(group, [text, keys])
            group.setExpanded(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        out = []
        for i in range(self.table.topLevelItemCount()):
            group = self.table.topLevelItem(i)
            out += [(group.child(j).text(0), group.child(j).text(1)) for j in range(group.childCount())]
        return out

