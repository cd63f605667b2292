"""Text PDFs (a report as published) → paragraph records, through PDFium (pypdfium2).

PDFium was chosen over pdfminer.six, pdfplumber and pypdf: it extracts Chinese as faithfully as
they do, gives each character's box, baseline and font size, and says which spaces it generated
itself; and it is about four times faster (a 300-page report: well under a second). The layout
(paragraphs, headers and footers, spacing) is rebuilt in pdf_layout.py.
"""

from __future__ import annotations

import ctypes
import logging
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.importing.pdf_layout import PdfLine, clean_spacing, drop_furniture, merge_split_lines, paragraphs
from app.importing.records import ParagraphRecord, Progress, SourceDocument, checked

log = logging.getLogger(__name__)

MAX_PAGES = 2000
_PASSWORD_ERROR = 4   # FPDF_ERR_PASSWORD


def read_pdf(path: Path, progress: Progress | None = None) -> SourceDocument:
    import pypdfium2 as pdfium  # heavy, and only needed for PDFs

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR:
            raise UserError(f"{path.name} 受密码保护，无法读取：请用 PDF 阅读器解除密码后再导入（encrypted PDF）") from None
        raise UserError(f"无法读取 PDF 文件 {path.name}：文件可能已损坏（{exc}）") from None
    except OSError as exc:
        raise UserError(f"无法读取文件：{path}（{exc.strerror or exc}）") from None
    try:
        count = len(document)
        if count == 0:
            raise UserError(f"PDF 文件 {path.name} 没有页面（empty PDF）")
        if count > MAX_PAGES:
            raise UserError(f"PDF 文件有 {count} 页，不像一份年度报告（too many pages）")
        pages: list[list[PdfLine]] = []
        for index in range(count):
            checked(progress, index, count)
            try:
                page = document[index]
                try:
                    pages.append(_page_lines(page, index))
                finally:
                    page.close()
            except pdfium.PdfiumError as exc:
                raise UserError(f"PDF 文件 {path.name} 的第 {index + 1} 页已损坏，无法读取（{exc}）") from None
    finally:
        document.close()
    if not any(pages):
        raise UserError(f"{path.name} 没有文字层（可能是扫描件或图片），无法识别文字：请找到文字版，"
                        "或先用 OCR 软件识别后再导入（no text layer）")
    lines, dropped = drop_furniture(pages)
    warnings = ["已按版面把 PDF 中折行的文字重新连成段落，请核对段落划分"]
    if dropped:
        shown = "；".join(sorted(set(dropped), key=dropped.index)[:3])
        warnings.append(f"已去掉 PDF 的页眉、页脚和页码 {len(dropped)} 处（{shown[:40]}）")
    records = [ParagraphRecord(text=text) for text in paragraphs(lines)]
    return SourceDocument(records, warnings)


def _font_size(raw: Any, textpage: Any, index: int) -> float:
    """The size a character is printed at: the font size times the text matrix's scale. Qt's PDF
    writer sets fonts at a large nominal size scaled down by the matrix (183 × 0.12 = 22 pt);
    LibreOffice and Word use the identity matrix."""
    size = float(raw.FPDFText_GetFontSize(textpage, index))
    matrix = raw.FS_MATRIX()
    if raw.FPDFText_GetMatrix(textpage, index, ctypes.byref(matrix)):
        scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
        if scale > 0:
            size *= scale
    return size


def _page_lines(page: Any, number: int) -> list[PdfLine]:
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    width = page.get_width()
    try:
        text = textpage.get_text_range()
        if len(text) != textpage.count_chars():
            log.debug("page %d: text and character index differ (%d/%d)", number, len(text), textpage.count_chars())
        lines: list[PdfLine] = []
        position = 0
        x, y = ctypes.c_double(), ctypes.c_double()
        for raw_line in text.split("\r\n"):
            start, position = position, position + len(raw_line) + 2
            stripped = raw_line.strip()
            if not stripped:
                continue
            first = start + len(raw_line) - len(raw_line.lstrip())
            last = start + len(raw_line.rstrip()) - 1
            generated = {i - first for i in range(first, last + 1)
                         if raw_line[i - start] == " " and raw.FPDFText_IsGenerated(textpage, i) == 1}
            cleaned = clean_spacing(stripped, generated)
            if not cleaned:
                continue
            left = textpage.get_charbox(first)[0]
            right = textpage.get_charbox(last)[2]
            raw.FPDFText_GetCharOrigin(textpage, first, ctypes.byref(x), ctypes.byref(y))
            size = _font_size(raw, textpage, first)
            lines.append(PdfLine(cleaned, left, right, y.value, size, number, width))
        return merge_split_lines(lines)
    finally:
        textpage.close()
