"""One page of the print preview on a grey desk, drawn with the PDF's and the printer's own drawing
code (app.export.pdf_writer.PageDrawer) into an image and kept for paging back. A page is ~500
glyphs (6–12 ms to draw), so it is drawn a few lines at a time between the window's events, and the
pages either side of the one shown are drawn next, while the clerk reads: turning a page then only
shows an image already made. (Not in a thread: a Python thread holds the interpreter lock that
the GUI thread waits for.)"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QWidget

from app.export.paginate import Page
from app.export.pdf_writer import PageDrawer
from app.profiles import MM_PER_PT, Profile

MARGIN = 16          # px of desk around the sheet
CACHE_PAGES = 12     # drawn pages kept (a page at 100 % is ~2 MB)
SLICE_S = 0.004      # the longest a slice of drawing holds the GUI thread
DESK = QColor("#8a8f96")

Key = tuple[int, int, float]  # page number, sheet width, device pixel ratio


@dataclass
class _Drawing:
    """A page being drawn: the image, its open painter and the next line to draw."""

    key: Key
    page: Page
    image: QImage
    painter: QPainter
    row: int = 0


class PageView(QWidget):
    """Shows `page` at `sheet_width` px; `None` shows an empty sheet with `waiting_text`."""

    pageWheel = Signal(int)  # +1: the wheel turned towards the next page, −1: the previous

    def __init__(self, drawer: PageDrawer, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drawer = drawer
        self.page_width_pt = profile.page_width_mm / MM_PER_PT
        self.aspect = profile.page_height_mm / profile.page_width_mm
        self.page: Page | None = None
        self.waiting_text = ""
        self.sheet_width = 400
        self.wheel_pages = True
        self._cache: OrderedDict[Key, QImage] = OrderedDict()
        self._wanted: list[Page] = []               # to draw, the page shown first
        self._drawing: _Drawing | None = None
        self._slices = QTimer(self)                 # a slice of drawing whenever the window is idle
        self._slices.timeout.connect(self._draw_slice)
        self.setAutoFillBackground(False)

    def sheet_size(self) -> QSize:
        return QSize(self.sheet_width, round(self.sheet_width * self.aspect))

    def sizeHint(self) -> QSize:
        return self.sheet_size() + QSize(2 * MARGIN, 2 * MARGIN)

    def show_page(self, page: Page | None, waiting_text: str = "", neighbours: Sequence[Page] = ()) -> None:
        """Show `page`; `neighbours` are drawn after it, for the next turn of a page."""
        self.page, self.waiting_text = page, waiting_text
        self._wanted = [p for p in (page, *neighbours) if p is not None]
        self._choose_drawing()
        self.update()

    def set_sheet_width(self, width: int) -> None:
        width = max(80, width)
        if width != self.sheet_width:
            self.sheet_width = width
            self.setMinimumSize(self.sizeHint())
            self._choose_drawing()
            self.update()

    def _key(self, page: Page) -> Key:
        return page.number, self.sheet_width, self.devicePixelRatioF()

    def cached(self, page: Page) -> QImage | None:
        """The page drawn at the current size, when it has been drawn."""
        key = self._key(page)
        image = self._cache.get(key)
        if image is not None:
            self._cache.move_to_end(key)
        return image

    def drawn(self) -> bool:
        """The page shown is drawn (an empty sheet when there is no page)."""
        return self.page is None or self.cached(self.page) is not None

    def _choose_drawing(self) -> None:
        """Draw the first wanted page not drawn yet; a drawing no longer wanted (another page, another
        size) is dropped, one still wanted goes on."""
        todo = [(self._key(page), page) for page in self._wanted if self._key(page) not in self._cache]
        drawing = self._drawing
        if drawing is not None:
            if todo and drawing.key == todo[0][0]:
                return
            drawing.painter.end()
            self._drawing = None
        if not todo:
            self._slices.stop()
            return
        key, page = todo[0]
        size = self.sheet_size()
        image = QImage(round(size.width() * key[2]), round(size.height() * key[2]), QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(key[2])
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scale = size.width() / (self.page_width_pt * self.drawer.dpi / 72)
        painter.scale(scale, scale)
        self._drawing = _Drawing(key, page, image, painter)
        self._slices.start(0)

    def _draw_slice(self) -> None:
        drawing = self._drawing
        if drawing is None:
            self._slices.stop()
            return
        started = time.perf_counter()
        lines = len(drawing.page.lines)
        while drawing.row < lines and time.perf_counter() - started < SLICE_S:
            self.drawer.draw_rows(drawing.painter, drawing.page, drawing.row, drawing.row + 1)
            drawing.row += 1
        if drawing.row < lines:
            return
        self.drawer.draw_marks(drawing.painter, drawing.page)
        drawing.painter.end()
        self._drawing = None
        self._cache[drawing.key] = drawing.image
        while len(self._cache) > CACHE_PAGES:
            self._cache.popitem(last=False)
        if self.page is not None and drawing.key == self._key(self.page):
            self.update()
        self._choose_drawing()

    def _stand_in(self, page: Page) -> QImage | None:
        """The page drawn at another size (zooming, resizing): shown scaled until it is drawn again."""
        for (number, _width, _ratio), image in reversed(self._cache.items()):
            if number == page.number:
                return image
        return None

    def sheet_rect(self) -> QRectF:
        size = self.sheet_size()
        left = max(MARGIN, (self.width() - size.width()) / 2)
        top = max(MARGIN, (self.height() - size.height()) / 2)
        return QRectF(left, top, size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), DESK)
        sheet = self.sheet_rect()
        painter.fillRect(sheet.translated(3, 3), QColor(0, 0, 0, 70))
        image = self.cached(self.page) if self.page is not None else None
        if image is not None:
            painter.drawImage(sheet.topLeft(), image)
        elif self.page is not None:  # being drawn: a moment of white paper, or the page at its old size
            stand_in = self._stand_in(self.page)
            if stand_in is not None:
                painter.drawImage(sheet, stand_in)
            else:
                painter.fillRect(sheet, Qt.GlobalColor.white)
        else:
            painter.fillRect(sheet, Qt.GlobalColor.white)
            painter.setPen(QColor("#707070"))
            painter.drawText(sheet, Qt.AlignmentFlag.AlignCenter, self.waiting_text)
        painter.end()

    def wheelEvent(self, event: QWheelEvent) -> None:
        # when the whole page is in sight the wheel turns pages; otherwise it scrolls
        if self.wheel_pages and event.angleDelta().y():
            self.pageWheel.emit(-1 if event.angleDelta().y() > 0 else 1)
            event.accept()
            return
        super().wheelEvent(event)
