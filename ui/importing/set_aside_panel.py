"""The import preview's list of set-aside text (a covering letter, site text glued to the title):
each paragraph marked as set aside with its reason; 放回开头 brings one back into the preamble."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ui.importing.preview_text import SetAsideParagraph

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1


class SetAsidePanel(QWidget):
    """Emits `restoreRequested(index)` with the paragraph's place in Report.set_aside as imported."""

    restoreRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.restore_button = QPushButton(self.tr("放回开头(&H)"))
        self.restore_button.setToolTip(self.tr("这段是报告的：把它放回标题之后的导语"))
        self.restore_button.clicked.connect(self.restore_current)
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        self.list.itemDoubleClicked.connect(lambda *_: self.restore_current())
        heading = QHBoxLayout()
        label = QLabel(self.tr("已放在一边（不导入）(&S)："))
        label.setBuddy(self.list)
        heading.addWidget(label)
        heading.addStretch(1)
        heading.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.list)

    def show_paragraphs(self, paragraphs: list[SetAsideParagraph]) -> None:
        self.list.clear()
        previous = ""
        for paragraph in paragraphs:
            # the reason under the first paragraph it applies to (a letter is many short lines);
            # every paragraph still carries it in its tooltip
            text = self.tr("［不导入］%1").replace("%1", paragraph.text)
            if paragraph.reason != previous:
                text += "\n" + self.tr("（%1）").replace("%1", paragraph.reason)
            previous = paragraph.reason
            item = QListWidgetItem(text)
            item.setToolTip(paragraph.reason)
            item.setData(INDEX_ROLE, paragraph.index)
            item.setForeground(QBrush(QColor("#666")))
            self.list.addItem(item)
        if not paragraphs:
            none = QListWidgetItem(self.tr("（没有放在一边的文字）"))
            none.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(none)
        self._update_button()

    def current_index(self) -> int | None:
        item = self.list.currentItem()
        index = item.data(INDEX_ROLE) if item is not None else None
        return index if isinstance(index, int) else None

    def select(self, index: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(INDEX_ROLE) == index:
                self.list.setCurrentRow(row)
                return

    def restore_current(self) -> None:
        index = self.current_index()
        if index is not None:
            self.restoreRequested.emit(index)

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.current_index() is not None)
