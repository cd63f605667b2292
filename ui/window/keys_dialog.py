"""帮助 → 键盘快捷键: every shortcut of the window, read from its action registry, so the list
never falls behind the menus."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget


class KeysDialog(QDialog):
    def __init__(self, groups: list[tuple[str, list[tuple[str, str]]]], parent: QWidget | None = None) -> None:
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
        for title, rows in groups:
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
        out: list[tuple[str, str]] = []
        for i in range(self.table.topLevelItemCount()):
            group = self.table.topLevelItem(i)
            children = [group.child(j) for j in range(group.childCount())] if group is not None else []
            out += [(child.text(0), child.text(1)) for child in children if child is not None]
        return out

