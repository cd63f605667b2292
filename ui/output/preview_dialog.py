"""打印预览 that opens at once (issue 15): the dialog shows at once with an empty sheet; the first
pages are laid out from the report's opening paragraphs in steps of a few milliseconds between the
window's events (done on the spot it held the GUI thread ~25 ms), then the whole report in a worker
process — started only when the first pages show that there is more than they hold, so a short
report never starts one; each page is drawn (in slices too, ui/output/page_view.py) only when the
clerk turns to it or to the page before or after it. Qt's QPrintPreviewDialog laid out and painted
every page on the GUI thread (4 s for 300 pages). Printing goes through the ordinary print path
(the system print dialog, QPrinter). No thread: a Python thread's work holds the interpreter lock
that the GUI thread waits for, which showed as gaps of 40–140 ms on a busy machine."""

from __future__ import annotations

import datetime as dt
import logging
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from app.export import ExportOptions
from app.export.paginate import Page
from app.export.pdf_writer import PageDrawer
from app.model import Report
from app.profiles import MM_PER_PT
from ui.common.runner import ProcessControl, start_process_job
from ui.output.page_view import MARGIN, PageView
from ui.output.preview_pages import HeadLayout, PackedPage, font_measure, layout_job, print_profile, unpack

log = logging.getLogger(__name__)
UNPACKED_PAGES = 16  # pages kept as objects (unpacking one again takes ~1 ms)
ZOOMS = (("page", 0.0), ("width", 0.0), ("50", 0.5), ("75", 0.75), ("100", 1.0), ("150", 1.5))


class PrintPreviewDialog(QDialog):
    """The preview of `report` as it will print; `on_print` is what 打印… does."""

    def __init__(self, parent: QWidget | None, report: Report, profile_name: str | None, options: ExportOptions,
                 dpi: float, on_print: Callable[[], object]) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.index = 0
        self.on_print = on_print
        profile = print_profile(profile_name)
        self.page_width_mm = profile.page_width_mm
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
        self.view = PageView(PageDrawer(profile, dpi, options, stamp), profile)
        self.view.pageWheel.connect(lambda step: self.go_to(self.index + step))
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller.setWidget(self.view)
        self.scroller.viewport().installEventFilter(self)
        self._build_bar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.scroller, 1)
        for keys, step in ((QKeySequence.StandardKey.MoveToNextPage, 1), (QKeySequence.StandardKey.MoveToPreviousPage, -1)):
            QShortcut(keys, self, lambda step=step: self.go_to(self.index + step))
        self.whole = False
        self._failed = ""
        self._head: list[Page] = []
        self._packed: list[PackedPage] = []
        self._unpacked: OrderedDict[int, Page] = OrderedDict()  # the pages looked at lately, as objects
        self.job: ProcessControl | None = None  # the whole layout, once the head says there is more
        self._whole_job = (report, profile_name, options, dpi)
        self.head: HeadLayout | None = HeadLayout(report, profile, options, font_measure(profile, dpi))
        self._head_steps = QTimer(self)  # a step of the head's layout whenever the window is idle
        self._head_steps.timeout.connect(self._head_step)
        self._head_steps.start(0)
        self._show()

    # --- the bar -------------------------------------------------------------------------------
    def _build_bar(self) -> None:
        self.bar = QHBoxLayout()
        self.bar.setContentsMargins(8, 6, 8, 6)
        self.first_button = QPushButton(self.tr("首页"))
        self.previous_button = QPushButton(self.tr("上一页"))
        self.next_button = QPushButton(self.tr("下一页"))
        self.last_button = QPushButton(self.tr("末页"))
        self.page_box = QSpinBox()
        self.page_box.setMinimum(1)
        self.page_box.setAccelerated(True)
        self.count_label = QLabel()
        self.zoom_box = QComboBox()
        for key, _factor in ZOOMS:
            self.zoom_box.addItem({"page": self.tr("适合页面"), "width": self.tr("适合宽度")}.get(key, f"{key}%"), key)
        self.print_button = QPushButton(self.tr("打印(&P)…"))
        self.close_button = QPushButton(self.tr("关闭"))
        self.first_button.clicked.connect(lambda: self.go_to(0))
        self.previous_button.clicked.connect(lambda: self.go_to(self.index - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.index + 1))
        self.last_button.clicked.connect(lambda: self.go_to(self.known_pages() - 1))
        self.page_box.valueChanged.connect(lambda value: self.go_to(value - 1))
        self.zoom_box.currentIndexChanged.connect(lambda _i: self._fit())
        self.print_button.clicked.connect(self.on_print)
        self.close_button.clicked.connect(self.close)
        for widget in (self.first_button, self.previous_button, self.page_box, self.count_label, self.next_button,
                       self.last_button):
            self.bar.addWidget(widget)
        self.bar.addSpacing(16)
        self.bar.addWidget(self.zoom_box)
        self.bar.addStretch(1)
        self.bar.addWidget(self.print_button)
        self.bar.addWidget(self.close_button)

    # --- pages ---------------------------------------------------------------------------------
    def known_pages(self) -> int:
        return len(self._packed) if self._packed else len(self._head)

    def page(self, index: int) -> Page | None:
        """Page `index` (0-based) when it is laid out; unpacked when first asked for."""
        if index < len(self._head):
            return self._head[index]
        if index < len(self._packed):
            page = self._unpacked.get(index)
            if page is None:
                page = self._unpacked[index] = unpack(self._packed[index])
                while len(self._unpacked) > UNPACKED_PAGES:  # ~550 objects a page: not all 300 pages'
                    self._unpacked.popitem(last=False)
            self._unpacked.move_to_end(index)
            return page
        return None

    def go_to(self, index: int) -> None:
        limit = self.known_pages() if self.whole else self.known_pages() + 1  # one beyond: 正在排版
        index = max(0, min(index, limit - 1))
        if index != self.index:
            self.index = index
            self._show()

    def _head_step(self) -> None:
        head = self.head
        try:
            if head is None or not head.step():
                return
        except Exception as exc:  # noqa: BLE001 — shown in the preview like the worker's failure
            self._failed_with(exc)
            return
        self._head_steps.stop()
        self.head = None
        assert head.result is not None
        self._head, self.whole = head.result
        if not self.whole:
            self.job = start_process_job(self, layout_job, *self._whole_job, on_done=self._take_pages,
                                         on_error=self._failed_with)
        self._show()

    def _take_pages(self, packed: list[PackedPage]) -> None:
        self.job = None
        self._packed, self.whole = packed, True
        self.index = min(self.index, len(packed) - 1)
        self._show()

    def _failed_with(self, error: BaseException) -> None:
        self._head_steps.stop()
        self.job, self.head = None, None
        self._failed = self.tr("排版失败：%1").replace("%1", str(error))
        log.error("print preview layout failed: %s", error)
        self._show()

    def _show(self) -> None:
        count = self.known_pages()
        page = self.page(self.index)
        waiting = self._failed or self.tr("正在排版…")
        neighbours = [self.page(i) for i in (self.index + 1, self.index - 1) if 0 <= i < count]
        self.view.show_page(page, waiting, [p for p in neighbours if p is not None])
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(count if self.whole else count + 1)
        self.page_box.setValue(self.index + 1)
        self.page_box.blockSignals(False)
        self.count_label.setText(self.tr("/ %1 页").replace("%1", str(count)) if self.whole
                                 else self.tr("/ 正在排版（已排 %1 页）").replace("%1", str(count)))
        last = count - 1 if self.whole else count
        self.first_button.setEnabled(self.index > 0)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < last)
        self.last_button.setEnabled(self.index < count - 1)

    # --- zoom ----------------------------------------------------------------------------------
    def _fit(self) -> None:
        key = self.zoom_box.currentData()
        factor = dict(ZOOMS).get(key, 1.0)
        viewport = self.scroller.viewport().size()
        room_w, room_h = viewport.width() - 2 * MARGIN, viewport.height() - 2 * MARGIN
        if key == "page":
            width = min(room_w, int(room_h / self.view.aspect))
        elif key == "width":
            width = room_w - self.scroller.verticalScrollBar().sizeHint().width()
        else:
            width = round(self.page_width_mm / MM_PER_PT / 72 * self.logicalDpiX() * factor)
        self.view.wheel_pages = key == "page"
        self.view.set_sheet_width(width)
        if key == "page":
            self.view.setMinimumSize(0, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroller.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Home: -self.index, Qt.Key.Key_End: self.known_pages()}
        if event.key() in steps:
            self.go_to(self.index + steps[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:  # nobody will look at the pages: end the worker now
            self.job.cancel()
            self.job = None
        self._head_steps.stop()
        self.head = None
        self.view.show_page(None)  # and no more drawing in idle time
        super().closeEvent(event)
