"""The export dialog's first step: which version of the report to write (app.export.VARIANTS) —
普通, 正式行文（版头版记）, 草稿, 公开（网站）. The window remembers the choice for the next export."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.export import VARIANTS
from ui.common.translate import QT_TRANSLATE_NOOP

CONTEXT = "VariantDialog"
TITLES = {
    "plain": QT_TRANSLATE_NOOP("VariantDialog", "普通(&P)"),
    "formal": QT_TRANSLATE_NOOP("VariantDialog", "正式行文（版头版记）(&F)"),
    "draft": QT_TRANSLATE_NOOP("VariantDialog", "草稿(&D)"),
    "public": QT_TRANSLATE_NOOP("VariantDialog", "公开（网站）(&W)"),
}
HINTS = {
    "plain": QT_TRANSLATE_NOOP("VariantDialog", "报告正文，按公文格式排版"),
    "formal": QT_TRANSLATE_NOOP("VariantDialog", "红色发文机关标志、发文字号和签发人、红线；末页版记（抄送、印发机关和日期）"),
    "draft": QT_TRANSLATE_NOOP("VariantDialog", "每页页眉注明“草稿”、日期和稿次"),
    "public": QT_TRANSLATE_NOOP("VariantDialog", "供网站公开：不含版头、版记和签发人"),
}


class VariantDialog(QDialog):
    """Radio buttons for `variants`, `current` checked; `variant()` is the one chosen."""

    def __init__(self, title: str, current: str, parent: QWidget | None = None,
                 variants: tuple[str, ...] = VARIANTS) -> None:
        super().__init__(parent)
        self.setObjectName("exportVariantDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)  # the hints on one or two lines, not four
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("导出哪种版本：")))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for name in variants:
            button = QRadioButton(self.tr(TITLES[name]))
            button.setObjectName(f"variant_{name}")
            hint = QLabel(self.tr(HINTS[name]))
            hint.setWordWrap(True)
            hint.setIndent(24)
            hint.setStyleSheet("color: palette(placeholder-text)")
            self.group.addButton(button)
            self.buttons[name] = button
            layout.addWidget(button)
            layout.addWidget(hint)
        self.buttons.get(current, self.buttons[variants[0]]).setChecked(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("选择保存位置…"))
        box.button(QDialogButtonBox.StandardButton.Ok).setObjectName("chooseFile")
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.buttons[self.variant()].setFocus()

    def variant(self) -> str:
        return next(name for name, button in self.buttons.items() if button.isChecked())
