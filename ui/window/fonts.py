"""CJK fonts chosen by platform: Qt uses the first family of each list that is installed, so no
font database scan is needed at start-up."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

UI_FAMILIES = {
    "win32": ["Microsoft YaHei UI", "Microsoft YaHei", "SimHei"],
    "darwin": ["PingFang SC", "Hiragino Sans GB", "Heiti SC"],
    "linux": ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
              "Droid Sans Fallback"],
}
DOCUMENT_FAMILIES = {
    "win32": ["FangSong", "仿宋", "SimSun", "Microsoft YaHei"],
    "darwin": ["STFangsong", "Songti SC", "PingFang SC"],
    "linux": ["Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN", "Noto Sans CJK SC",
              "WenQuanYi Micro Hei"],
}


def _platform() -> str:
    return "win32" if sys.platform == "win32" else ("darwin" if sys.platform == "darwin" else "linux")


def apply_ui_font(app: QApplication, point_size: float = 10) -> None:
    font = QFont(app.font())
    font.setFamilies(UI_FAMILIES[_platform()] + [app.font().family()])
    font.setPointSizeF(point_size)
    app.setFont(font)


def document_font(point_size: float) -> QFont:
    """The font the report text is edited in: a Song/FangSong face like the printed report."""
    font = QFont()
    font.setFamilies(DOCUMENT_FAMILIES[_platform()] + UI_FAMILIES[_platform()])
    font.setPointSizeF(point_size)
    return font
