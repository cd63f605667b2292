"""A light touch on our own widgets only (selected by object name), so the rest keeps the
platform's look."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

STYLE_SHEET = """
QLineEdit#headingEdit {
    background: transparent; border: none; border-bottom: 1px solid #c9ced6; padding: 4px 2px;
}
QLineEdit#headingEdit:focus { border-bottom: 2px solid #3a78c3; }
QLabel#sectionNumber { color: #a5312b; padding-right: 2px; }
QLabel#guidance {
    background: #f4f8fd; border: 1px solid #d6e3f2; border-radius: 4px; padding: 6px 10px; color: #3b4a5c;
}
QPlainTextEdit#bodyEdit { background: #ffffff; border: 1px solid #d5d9df; border-radius: 2px; }
QLabel#referenceTitle { font-weight: bold; color: #4b5563; padding: 2px 0; }
QLabel#sectionCount, QLabel#saveStateLabel { color: #4b5563; }
QLabel#readOnlyLabel { color: #ffffff; background: #c0392b; padding: 1px 8px; border-radius: 3px; }
QLabel#editorPlaceholder { color: #8a8f98; }
QLabel#findSummary { color: #4b5563; }
"""


def apply_style(app: QApplication) -> None:
    app.setStyleSheet(STYLE_SHEET)
