"""One page of the print preview on a grey desk: drawn when it is shown (with the PDF's and the
printer's own drawing code, app.export.pdf_writer.PageDrawer) and kept for paging back."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QWidget

from app.export.paginate import Page
from app.export.pdf_writer import PageDrawer
from app.profiles import MM_PER_PT, Profile

MARGIN = 16          # px of desk around the sheet
CACHE_PAGES = 12     # drawn pages kept (a page at 100 % is ~2 MB)
DESK = QColor("#8a8f96")


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
        self._cache: OrderedDict[tuple[int, int, float], QImage] = OrderedDict()
        self.setAutoFillBackground(False)

    def sheet_size(self) -> QSize:
        return QSize(self.sheet_width, round(self.sheet_width * self.aspect))

    def sizeHint(self) -> QSize:
        return self.sheet_size() + QSize(2 * MARGIN, 2 * MARGIN)

    def show_page(self, page: Page | None, waiting_text: str = "") -> None:
        self.page, self.waiting_text = page, waiting_text
        self.update()

    def set_sheet_width(self, width: int) -> None:
        width = max(80, width)
        if width != self.sheet_width:
            self.sheet_width = width
            self.setMinimumSize(self.sizeHint())
            self.update()

    def image(self, page: Page) -> QImage:
        """The page drawn at the current size (cached)."""
        ratio = self.devicePixelRatioF()
        key = (page.number, self.sheet_width, ratio)
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        size = self.sheet_size()
        image = QImage(round(size.width() * ratio), round(size.height() * ratio), QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scale = size.width() / (self.page_width_pt * self.drawer.dpi / 72)
        painter.scale(scale, scale)
        self.drawer.draw(painter, page)
        painter.end()
        self._cache[key] = image
        while len(self._cache) > CACHE_PAGES:
            self._cache.popitem(last=False)
        return image

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
        if self.page is not None:
            painter.drawImage(sheet.topLeft(), self.image(self.page))
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
