"""Lines placed on PDF pages → paragraphs: the layout half of the PDF reader, with no PDF library.

A published report is set in one text block: a paragraph's first line is indented (two
characters) and its last line stops short of the right edge; everything else runs from edge to
edge. Page headers, footers and page numbers (— 3 —, 第3页 共8页, 3/8) sit above or below the
block and repeat from page to page. Extraction also inserts spaces between Chinese and digits
or Latin letters (2024 年) that the author never typed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from statistics import median

from app.importing.markers import leading_marker


@dataclass
class PdfLine:
    """One text line of a page; coordinates in points, y growing upwards (PDF space)."""

    text: str
    left: float
    right: float
    baseline: float
    size: float      # the font size of its first character
    page: int
    page_width: float = 0.0


_PAGE_NUMBER = re.compile(
    r"^[-—–－―_\s]*\d{1,4}[-—–－―_\s]*$"                       # 3, - 3 -, — 3 —
    r"|^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$"      # 第3页 共8页
    r"|^\d{1,4}\s*/\s*\d{1,4}$"                                # 3/8
    r"|^[Pp]age\s*\d{1,4}(\s*of\s*\d{1,4})?$"
)
_DIGITS = re.compile(r"\d+")
# Chinese characters and full-width punctuation: where a space next to a digit or Latin letter is an artefact.
_CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2018-\u201d\u2014\u2026"
_ARTEFACT_SPACE = re.compile(rf"(?<=[{_CJK}])[ \u00a0]+(?=[0-9A-Za-z%])|(?<=[0-9A-Za-z%.])[ \u00a0]+(?=[{_CJK}])")
_EDGE_LINES = 2
_NO_LINE_START = "。，、；：？！）》」』】”’…,.;:?!)"
_SENTENCE_END = "。！？；：!?;:”’）)》"


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def clean_spacing(text: str, generated: set[int] | None = None) -> str:
    """`text` without the spaces extraction put between Chinese and digits/Latin, nor the spaces it
    generated inside Chinese (stretched, justified lines); spaces the author typed between
    Chinese words, or between Latin words, stay."""
    if generated:
        chars = list(text)
        for i in generated:
            if (0 < i < len(chars) - 1 and chars[i] == " " and re.match(f"[{_CJK}]", chars[i - 1])
                    and re.match(f"[{_CJK} ]", chars[i + 1])):
                chars[i] = ""
        text = "".join(chars)
    return _ARTEFACT_SPACE.sub("", text).strip()


def merge_split_lines(lines: list[PdfLine]) -> list[PdfLine]:
    """PDFium sometimes breaks one printed line in two (before a 。 set in a separate text run):
    pieces on the same baseline, one after the other, are one line."""
    merged: list[PdfLine] = []
    for line in lines:
        last = merged[-1] if merged else None
        if (last is not None and last.page == line.page and abs(last.baseline - line.baseline) < line.size * 0.3
                and line.left >= last.right - line.size * 0.5):
            merged[-1] = PdfLine(last.text + line.text, last.left, line.right, last.baseline,
                                 last.size, last.page, last.page_width)
        else:
            merged.append(line)
    return merged


def _furniture_key(text: str) -> str:
    return _DIGITS.sub("#", text.replace(" ", ""))


def drop_furniture(pages: list[list[PdfLine]]) -> tuple[list[PdfLine], list[str]]:
    """The lines of every page without running headers, footers and page numbers, and what was dropped.

    Only the first and last lines of a page are candidates: a page number there is dropped; so is
    a line that repeats (digits aside) at the edge of other pages — on every second page at
    least, as odd and even pages carry different headers — and a short line in small type."""
    edge_counts: Counter[str] = Counter()
    for lines in pages:
        edges = {_furniture_key(l.text) for l in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]}
        edge_counts.update(edges)
    repeated_at = max(2, len(pages) // 3)
    sizes = [l.size for lines in pages for l in lines if l.size > 0]
    body_size = median(sizes) if sizes else 0.0

    def furniture(line: PdfLine) -> bool:
        # A header or footer in small type (Word's are 9 pt against 16 pt text) needs no repeat.
        return len(line.text) <= 60 and (
            is_page_number(line.text) or (len(pages) > 2 and edge_counts[_furniture_key(line.text)] >= repeated_at)
            or (0 < line.size < body_size * 0.7 and len(line.text) <= 40))

    kept: list[PdfLine] = []
    dropped: list[str] = []
    for lines in pages:
        # From each edge inwards, as long as the lines are furniture (a header, then a page number).
        top = 0
        while top < min(_EDGE_LINES, len(lines)) and furniture(lines[top]):
            top += 1
        bottom = len(lines)
        while bottom > max(top, len(lines) - _EDGE_LINES) and furniture(lines[bottom - 1]):
            bottom -= 1
        dropped += [l.text for l in lines[:top] + lines[bottom:]]
        kept += lines[top:bottom]
    return kept, dropped


def _body_geometry(lines: list[PdfLine]) -> tuple[float, float, float]:
    """The text block's left edge, right edge and the size of one character."""
    em = median(l.size for l in lines) if lines else 12.0
    em = em if em > 0 else 12.0
    # Every line starts at the block's left edge or right of it (indented, centred).
    left = min(l.left for l in lines)
    full = sorted(l.right for l in lines)
    right = full[int(len(full) * 0.9)] if full else left
    wrapped = sum(1 for r in full if abs(r - right) < em / 2)
    width = max((l.page_width for l in lines), default=0.0)
    if wrapped < 3:
        # Too few lines reach one right edge (a short text, most paragraphs one line).
        lefts = Counter(round(l.left / (em / 2)) for l in lines)
        usual_left = lefts.most_common(1)[0][0] * (em / 2)
        if usual_left > left + em and width > left:
            # Most lines are indented first lines, the leftmost ones continue a wrapped line at the
            # margin: assume even margins, as in 公文 layouts (28 mm left, 26 mm right) and Word's.
            right = max(full[-1], width - left - em / 2)
        else:
            longest = full[-1]
            # Unless two lines end at one edge, nothing wrapped: every line is a paragraph.
            right = longest if sum(1 for r in full if abs(r - longest) < em / 2) >= 2 else longest + em * 10
    return left, right, em


def paragraphs(lines: list[PdfLine]) -> list[str]:
    """Rejoin wrapped lines into paragraphs by the layout of the text block."""
    if not lines:
        return []
    left, right, em = _body_geometry(lines)
    pitch = median([a.baseline - b.baseline for a, b in zip(lines, lines[1:])
                    if a.page == b.page and a.baseline > b.baseline] or [em * 1.5])
    after_short = [b for a, b in zip(lines, lines[1:]) if a.right < right - em * 3]
    indented_block = sum(1 for l in after_short if l.left > left + em * 0.8) > len(after_short) * 0.6
    out: list[str] = []
    current = ""
    previous: PdfLine | None = None
    for line in lines:
        starts = previous is None or _starts_paragraph(previous, line, left, right, em, pitch, indented_block)
        if starts:
            if current:
                out.append(current)
            current = line.text
        else:
            glue = " " if current[-1:].isascii() and current[-1:].isalpha() and line.text[:1].isascii() \
                and line.text[:1].isalpha() else ""
            current += glue + line.text
        previous = line
    if current:
        out.append(current)
    return out


def _starts_paragraph(previous: PdfLine, line: PdfLine, left: float, right: float, em: float, pitch: float,
                      indented_block: bool) -> bool:
    if line.text[0] in _NO_LINE_START:          # typesetting never starts a line with these
        return False
    shortfall = right - previous.right
    # The line before stopped short: it ended a paragraph. But a line wrapped before a group that
    # cannot be broken (“一票否决”。) stops a little short too; where paragraphs are indented,
    # a line that is not indented continues unless the one before stopped far short.
    if shortfall > em * 3 or (shortfall > em * 1.2 and not indented_block and previous.text[-1] in _SENTENCE_END):
        return True
    if line.left > left + em * 0.8:             # an indented (or centred) first line
        return True
    if previous.text[-1] in "。！？；：!?;:" and leading_marker(line.text) is not None:
        return True                             # a sentence ended where a numbered heading begins
    if previous.left > left + em * 4 and previous.right < right - em * 0.5:
        return True                             # a centred line (a title) stands alone
    if line.page == previous.page and previous.baseline - line.baseline > pitch * 1.6:
        return True                             # a blank line's worth of space
    return abs(line.size - previous.size) > em * 0.2   # a change of type size (title → body)
