"""The body editor made to look like the page: a first-line indent of two characters and visible
space between paragraphs (display only: block formats on the document, the text stays plain), and
zoom with Ctrl+wheel. The stored text is still one paragraph per line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QTextBlockFormat, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QTextEdit, QWidget

ZOOM_MIN, ZOOM_MAX = -6, 12  # points from the base size
INDENT_CHARACTERS = 2        # 首行缩进两字, as on the printed page
SPACING_LINES = 0.5          # space after a paragraph, in lines


class BodyEdit(QTextEdit):
    """A plain-text editor (rich text pasted comes in as plain text) whose paragraphs are indented
    and spaced like the page."""

    zoomRequested = Signal(int)  # +1 / −1 from Ctrl+wheel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self._formatting = False
        self._block_format = QTextBlockFormat()
        self.document().contentsChange.connect(self._format_changed_blocks)

    def set_page_font(self, font: QFont) -> None:
        """Font and, from it, the indent and the paragraph spacing."""
        self.setFont(font)
        self.document().setDefaultFont(font)
        metrics = QFontMetricsF(font)
        self._block_format = QTextBlockFormat()
        self._block_format.setTextIndent(INDENT_CHARACTERS * metrics.horizontalAdvance("国"))
        self._block_format.setBottomMargin(SPACING_LINES * metrics.lineSpacing())
        self._format(0, self.document().characterCount())

    def setPlainText(self, text: str) -> None:
        # A text that cannot fit is laid out once with the scroll bar it will have: laid out first at
        # the full width, it was laid out again when the bar appeared (a 50,000-character section:
        # 23 ms instead of 10). The bar ends as it would anyway: shown, since the text overflows.
        overflows = len(text) > self._characters_to_fill()
        if overflows:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        super().setPlainText(text)
        if overflows:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._format(0, self.document().characterCount())

    def _characters_to_fill(self) -> int:
        """More characters than this cannot fit in the view even at the narrowest character's width."""
        metrics = QFontMetricsF(self.document().defaultFont())
        narrowest = max(1.0, min(metrics.horizontalAdvance(char) for char in ".il|"))
        per_line = self.viewport().width() / narrowest + 1
        lines = self.viewport().height() / max(1.0, metrics.lineSpacing()) + 1
        return int(per_line * lines * 2)

    def _format_changed_blocks(self, position: int, _removed: int, added: int) -> None:
        if not self._formatting:
            self._format(position, position + added)

    def _format(self, start: int, end: int) -> None:
        """Give the blocks from `start` to `end` the page's block format (new paragraphs, pastes)."""
        document = self.document()
        block = document.findBlock(start)
        last = document.findBlock(max(start, min(end, document.characterCount() - 1)))
        self._formatting = True
        blocked = self.signalsBlocked()
        self.blockSignals(True)  # a format is no edit: textChanged must not reach the controller
        try:
            while block.isValid():
                if block.blockFormat().textIndent() != self._block_format.textIndent() \
                        or block.blockFormat().bottomMargin() != self._block_format.bottomMargin():
                    QTextCursor(block).mergeBlockFormat(self._block_format)
                if block == last:
                    break
                block = block.next()
        finally:
            self.blockSignals(blocked)
            self._formatting = False

    def block_indent(self) -> float:
        return self._block_format.textIndent()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoomRequested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)


def zoomed(base: QFont, steps: int) -> QFont:
    """`base` made `steps` points larger (or smaller), within the limits."""
    font = QFont(base)
    font.setPointSizeF(max(6.0, base.pointSizeF() + max(ZOOM_MIN, min(ZOOM_MAX, steps))))
    return font


def replace_differing(edit: QTextEdit, new: str) -> QTextCursor:
    """Put `new` into the editor by replacing only the stretch that differs from what it shows (so
    the view does not jump); returns the cursor at the end of the replaced stretch."""
    old = edit.toPlainText()
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    cursor = QTextCursor(edit.document())
    cursor.setPosition(prefix)
    cursor.setPosition(len(old) - suffix, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(new[prefix:len(new) - suffix])
    return cursor
