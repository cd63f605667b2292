"""A list of proposals for the clerk to accept or leave: harvested phrases, extracted activities."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ProposalsDialog(QDialog):
    """Every proposal starts ticked; `chosen()` gives the indices still ticked on accept."""

    def __init__(self, title: str, intro: str, proposals: list[str], parent: QWidget | None = None,
                 accept_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("proposalsDialog")
        self.resize(720, 520)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        self.items = QListWidget(self)
        self.items.setObjectName("proposalList")
        self.items.setWordWrap(True)
        self.items.setAlternatingRowColors(True)
        for text in proposals:
            item = QListWidgetItem(text, self.items)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.items.setCurrentRow(0)
        all_button = QPushButton(self.tr("全选(&A)"), self)
        none_button = QPushButton(self.tr("全不选(&N)"), self)
        all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(accept_text or self.tr("采用所选"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.items, 1)
        layout.addLayout(row)
        self.items.setFocus()  # Space ticks, arrows move, Enter accepts

    def _tick_all(self, state: Qt.CheckState) -> None:
        for row in range(self.items.count()):
            self.items.item(row).setCheckState(state)

    def chosen(self) -> list[int]:
        return [row for row in range(self.items.count())
                if self.items.item(row).checkState() == Qt.CheckState.Checked]
