"""PDF export and the page rendering shared with printing and the print preview (QtGui only;
Qt is imported inside the functions so that the other exports do not load it).

`render_pages` draws the report onto any paged device — a QPdfWriter here, a QPrinter in the
print dialog and preview — with the same page, fonts, 22 lines × 28 characters and `— n —` page
numbers as the Word export; drafts carry 草稿 with the date/time and the snapshot label.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import UserError
from app.export import ExportOptions, register_writer
from app.export.formal import note_lines, note_profile, place_note
from app.export.layout import Rule, draft_mark_text, layout_blocks
from app.export.paginate import Glyph, Page, page_number_text, paginate
from app.export.pdf_text import equivalents, fix_to_unicode, mapped_characters, set_language
from app.model import Report
from app.profiles import MM_PER_PT, Profile, load_profile

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

_app = None  # the QGuiApplication made for a headless export; kept alive for the process


def ensure_gui_application() -> None:
    """Fonts and painting need a QGuiApplication: make one (offscreen on Linux unless a platform
    is asked for) unless the program already has one."""
    global _app
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise UserError("PDF 导出需要图形界面组件（QGuiApplication），当前程序只有 QCoreApplication")
        return
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        # Drawing a PDF needs no screen; a missing or unreachable X display would make Qt abort.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication(sys.argv[:1] or ["chengwen"])


def role_font(profile: Profile, role: str, dpi: float) -> QFont:
    """The QFont of a profile's font role at a device resolution, as pages are drawn and measured."""
    from PySide6.QtGui import QFont

    spec = profile.font(role)
    font = QFont()
    font.setFamilies([spec.family, *spec.fallbacks])
    # Pixel size on the device, so the painter needs no scaling and positions stay exact.
    font.setPixelSize(max(1, round(spec.size_pt * dpi / 72)))
    font.setBold(spec.bold)
    font.setKerning(False)
    return font


@dataclass
class Drawn:
    """What render_pages drew: every character and the fonts it used (for the PDF's text map)."""

    chars: set[str] = field(default_factory=set)
    fonts: list = field(default_factory=list)


def render_pages(report: Report, device, profile: Profile | None = None,
                 options: ExportOptions | None = None, drawn: Drawn | None = None) -> int:
    """Draw every page of `report` on `device` (a QPdfWriter or QPrinter); returns the page count.
    The device is set to the profile's paper with no margins: all positions are the profile's."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QFontMetricsF, QPageLayout, QPageSize, QPainter

    profile = note_profile(profile or load_profile(None))
    options = options or ExportOptions()
    size = QPageSize(QSizeF(profile.page_width_mm, profile.page_height_mm), QPageSize.Unit.Millimeter)
    device.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    if hasattr(device, "setFullPage"):
        device.setFullPage(True)  # QPrinter: origin at the paper's corner, like QPdfWriter
    painter = QPainter()
    if not painter.begin(device):
        raise UserError("无法开始绘制页面（打印机或 PDF 文件不可用）")
    try:
        dpi = float(device.logicalDpiX())
        fonts = {role: role_font(profile, role, dpi) for role in profile.fonts}
        metrics = {role: QFontMetricsF(font, device) for role, font in fonts.items()}

        def measure(char: str, role: str) -> float:
            return metrics[role].horizontalAdvance(char) * 72 / dpi

        pages = paginate(layout_blocks(report, profile, options.variant), profile, measure)
        if options.is_formal:
            pages = place_note(pages, note_lines(report, profile, measure), profile.lines_per_page)
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
        if drawn is not None:
            drawn.fonts = list(fonts.values())
            drawn.chars.update(draft_mark_text(stamp, options.draft_label))
            for page in pages:
                drawn.chars.update(page_number_text(page.number, profile))
                for line in page.lines:
                    drawn.chars.update(line.text)
        for page in pages:
            if page.number > 1:
                device.newPage()
            _draw_page(painter, page, profile, fonts, metrics, dpi, options, stamp)
    finally:
        painter.end()
    return len(pages)


class PageDrawer:
    """Draws one laid-out page at a time (the print preview draws each page as it is shown): the
    same fonts, positions and marks as `render_pages`, for a painter whose units are pixels at
    `dpi` (scale the painter to draw smaller)."""

    def __init__(self, profile: Profile, dpi: float, options: ExportOptions, stamp: str) -> None:
        from PySide6.QtGui import QFontMetricsF

        self.profile, self.dpi, self.options, self.stamp = note_profile(profile), dpi, options, stamp
        self.fonts = {role: role_font(self.profile, role, dpi) for role in self.profile.fonts}
        self.metrics = {role: QFontMetricsF(font) for role, font in self.fonts.items()}

    def draw(self, painter, page: Page) -> None:
        _draw_page(painter, page, self.profile, self.fonts, self.metrics, self.dpi, self.options, self.stamp)

    def draw_rows(self, painter, page: Page, start: int, stop: int) -> None:
        """The page's lines start..stop-1 only: the preview draws a page in short slices."""
        _draw_rows(painter, page, range(start, min(stop, len(page.lines))), self.profile, self.fonts, self.metrics,
                   self.dpi)

    def draw_marks(self, painter, page: Page) -> None:
        """The page number and the draft mark (what `draw` adds to the lines)."""
        _draw_marks(painter, page, self.profile, self.fonts, self.metrics, self.dpi, self.options, self.stamp)


# A 破折号 is two marks drawn as one unbroken line. The 省略号 is left at its cells: its six dots
# already fall evenly there, and stretching would draw the dots as dashes.
JOINED = "—"


def joined_runs(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """The glyphs of a line, consecutive dashes of one role grouped to draw as one."""
    runs: list[list[Glyph]] = []
    for glyph in glyphs:
        previous = runs[-1][-1] if runs else None
        if (previous is not None and glyph.char in JOINED and glyph.char == previous.char
                and glyph.role == previous.role):
            runs[-1].append(glyph)
        else:
            runs.append([glyph])
    return runs


def cell_width(run: list[Glyph], profile: Profile) -> float:
    """Points from the first glyph's left edge to the end of the last glyph's grid cell."""
    return run[-1].x - run[0].x + profile.font(run[0].role).size_pt + profile.char_spacing_twips / 20


def _draw_joined(painter, run: list[Glyph], x: float, baseline: float, width: float, metrics) -> None:
    """Draw —— as one unbroken mark: each glyph's ink (not its advance: fonts leave side bearings)
    stretched over its whole grid cell, a hair more so the marks meet. Each is drawn alone — as
    one string the font would make a ligature (⸺) that no longer reads back as two characters."""
    from PySide6.QtCore import QPointF

    cell = width / len(run)
    for index, glyph in enumerate(run):
        ink = metrics.tightBoundingRect(glyph.char)
        if ink.width() <= 0:
            continue
        scale = cell * 1.03 / ink.width()
        painter.save()
        painter.translate(x + index * cell - cell * 0.015 - ink.left() * scale, baseline)
        painter.scale(scale, 1.0)
        painter.drawText(QPointF(0, 0), glyph.char)
        painter.restore()


def _draw_rule(painter, rule: Rule, left_pt: float, y_pt: float, width_pt: float, dpi: float) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor

    scale = dpi / 72
    thickness = rule.thickness_mm / MM_PER_PT
    painter.fillRect(QRectF(left_pt * scale, (y_pt - thickness / 2) * scale, width_pt * scale, thickness * scale),
                     QColor(f"#{rule.color}"))


def _draw_page(painter, page: Page, profile: Profile, fonts, metrics, dpi: float, options: ExportOptions,
               stamp: str) -> None:
    _draw_rows(painter, page, range(len(page.lines)), profile, fonts, metrics, dpi)
    _draw_marks(painter, page, profile, fonts, metrics, dpi, options, stamp)


def _draw_rows(painter, page: Page, rows: range, profile: Profile, fonts, metrics, dpi: float) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor

    def px(pt: float) -> float:
        return pt * dpi / 72

    left = profile.margin_left_mm / MM_PER_PT
    top = profile.margin_top_mm / MM_PER_PT
    pitch = profile.line_pitch_twips / 20
    width = profile.text_width_twips / 20
    for row in rows:
        line = page.lines[row]
        line_top = top + row * pitch
        if line.rule_above:
            _draw_rule(painter, line.rule_above, left, line_top - line.rule_above.space_pt, width, dpi)
        if line.rule_below:
            _draw_rule(painter, line.rule_below, left, line_top + pitch + line.rule_below.space_pt, width, dpi)
        painter.setPen(QColor(f"#{line.color or '000000'}"))
        current_role = None
        for run in joined_runs(line.glyphs):
            glyph = run[0]
            if glyph.role != current_role:
                current_role = glyph.role
                painter.setFont(fonts[current_role])
                m = metrics[current_role]
                # Centre the font's ink box on the grid line, as word processors do for exact spacing.
                baseline = px(line_top) + (px(pitch) + m.ascent() - m.descent()) / 2
            if len(run) == 1:
                painter.drawText(QPointF(px(left + glyph.x), baseline), glyph.char)
            else:
                _draw_joined(painter, run, px(left + glyph.x), baseline, px(cell_width(run, profile)), m)


def _draw_marks(painter, page: Page, profile: Profile, fonts, metrics, dpi: float, options: ExportOptions,
                stamp: str) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor

    def px(pt: float) -> float:
        return pt * dpi / 72

    left = profile.margin_left_mm / MM_PER_PT
    painter.setPen(QColor("#000000"))
    _draw_page_number(painter, page.number, profile, fonts, metrics, dpi)
    if options.is_draft:
        role = "draft_mark"
        painter.setFont(fonts[role])
        baseline = px(profile.header_distance_mm / MM_PER_PT) + metrics[role].ascent()
        painter.drawText(QPointF(px(left), baseline), draft_mark_text(stamp, options.draft_label))


def _draw_page_number(painter, number: int, profile: Profile, fonts, metrics, dpi: float) -> None:
    """Odd pages right, even pages left, one character in from the text block's edge; the line
    starts `page_number_gap_mm` below the text block (GB/T 9704: 7 mm)."""
    from PySide6.QtCore import QPointF

    role = "page_number"
    text = page_number_text(number, profile)
    font_size = profile.font(role).size_pt
    width = metrics[role].horizontalAdvance(text)
    scale = dpi / 72
    text_bottom = (profile.page_height_mm - profile.margin_bottom_mm) / MM_PER_PT
    baseline = (text_bottom + profile.page_number_gap_mm / MM_PER_PT) * scale + metrics[role].ascent()
    indent = profile.page_number_indent_chars * font_size
    if number % 2:
        right = (profile.page_width_mm - profile.margin_right_mm) / MM_PER_PT - indent
        x = right * scale - width
    else:
        x = (profile.margin_left_mm / MM_PER_PT + indent) * scale
    painter.setFont(fonts[role])
    painter.drawText(QPointF(x, baseline), text)


def write_pdf(report: Report, path: Path, options: ExportOptions) -> None:
    profile = load_profile(options.profile)
    ensure_gui_application()
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setResolution(600)
    writer.setTitle(report.title)
    writer.setCreator("成文 Chengwen")
    writer.setAuthor(report.organization)
    drawn = Drawn()
    render_pages(report, writer, profile, options, drawn)
    del writer  # QPdfWriter finishes the file when it is destroyed
    if not path.exists() or path.stat().st_size == 0:
        raise UserError(f"PDF 文件未能写出：{path}")
    fix_to_unicode(path, equivalents(drawn.chars, drawn.fonts, mapped_characters(path)))
    set_language(path)


register_writer(".pdf", write_pdf)
