"""The Word export of the Nanyang report, laid out by LibreOffice: every full page holds 22 lines,
the widest lines hold 28 characters, page numbers read — 1 —, — 2 — on the right of odd and the
left of even pages."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

import pytest

from app.export import export_report
from app.export.layout import Kind, layout_blocks
from app.profiles import MM_PER_PT, load_profile
from tests.app.export.office import docx_to_pdf, pdf_pages_text, pdf_words, require
from tests.app.export.reports import fixture_report

PAGE_NUMBER = re.compile(r"^—\s*(\d+)\s*—$")


def line_width(line: str) -> float:
    """Width in full-width characters (spaces pdftotext adds between scripts are not text)."""
    text = "".join(line.split())
    return sum(1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5 for c in text)


def split_page(page: str) -> tuple[list[str], str]:
    """The text lines of a page (from the first to the last, blank lines between kept) and its
    page-number line."""
    lines = page.rstrip("\n").splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    number = lines.pop().strip() if lines else ""
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    return lines, number


@pytest.fixture(scope="module")
def nanyang_pdf(tmp_path_factory) -> Path:
    require("soffice", "pdftotext")
    folder = tmp_path_factory.mktemp("lo")
    docx = folder / "nanyang.docx"
    export_report(fixture_report("nanyang-tongji-2024.txt"), docx)
    return docx_to_pdf(docx, folder)


def test_every_full_page_holds_22_lines_but_for_the_keep_rules(nanyang_pdf: Path) -> None:
    pages = pdf_pages_text(nanyang_pdf)
    assert len(pages) >= 5
    for index, page in enumerate(pages[:-1], start=1):
        lines, _ = split_page(page)
        assert 19 <= len(lines) <= 22, f"page {index} holds {len(lines)} lines:\n" + "\n".join(lines)
    last, _ = split_page(pages[-1])
    assert 0 < len(last) <= 22


def _squeezed(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("name", ["nanyang-tongji-2024.txt", "xiqing-tongji-2024.txt", "generated-5", "generated-9"])
def test_keep_rules_with_signature_and_date(name: str, tmp_path: Path) -> None:
    """No page ends with a heading, none starts with the signature or date, and the signature
    page holds at least two lines of body text (LibreOffice's own pagination of the .docx)."""
    require("soffice", "pdftotext")
    if name.startswith("generated"):
        from tests.app.export.test_keep_rules import generated

        seed = int(name.split("-")[1])
        report = generated(8 + seed * 3, 20 + seed * 7, seed)
    else:
        report = fixture_report(name)
    report.signature = report.organization or "某某区统计局"
    report.date = dt.date(2025, 2, 25)
    docx = tmp_path / "r.docx"
    export_report(report, docx)
    pages = [[_squeezed(line) for line in split_page(p)[0] if line.strip()] for p in pdf_pages_text(docx_to_pdf(docx, tmp_path))]
    blocks = layout_blocks(report, load_profile("standard"))
    headings = [_squeezed(b.text) for b in blocks if b.kind is Kind.HEADING and not b.runs[1:]]
    ending = [_squeezed(b.text) for b in blocks if b.kind in (Kind.SIGNATURE, Kind.DATE)]
    assert len(pages) >= 4
    for number, lines in enumerate(pages, start=1):
        assert not any(h.startswith(lines[-1]) for h in headings) or number == len(pages), f"page {number} ends with a heading"
        assert lines[0] not in ending, f"page {number} starts with the signature or date"
    assert pages[-1][-len(ending):] == ending
    assert len(pages[-1]) >= len(ending) + 2


def test_widest_lines_hold_28_characters(nanyang_pdf: Path) -> None:
    widths = [line_width(line) for page in pdf_pages_text(nanyang_pdf) for line in split_page(page)[0]]
    assert max(widths) == 28
    assert all(w <= 28 for w in widths)
    # Most body lines are full: a justified paragraph only ends short on its last line.
    assert sum(w >= 27 for w in widths) > len(widths) / 2


def test_page_numbers_read_and_alternate_sides(nanyang_pdf: Path) -> None:
    pages = pdf_pages_text(nanyang_pdf)
    for index, page in enumerate(pages, start=1):
        _, number_line = split_page(page)
        match = PAGE_NUMBER.match(number_line)
        assert match and int(match.group(1)) == index, f"page {index}: {number_line!r}"
        raw = next(line for line in page.splitlines() if line.strip() == number_line)
        indent = len(raw) - len(raw.lstrip())
        assert (indent > 20) if index % 2 else (indent < 5), f"page {index} number at column {indent}"

    profile = load_profile("standard")
    one_char = profile.font("page_number").size_pt
    right_edge = (profile.page_width_mm - profile.margin_right_mm) / MM_PER_PT
    left_edge = profile.margin_left_mm / MM_PER_PT
    dashes = [w for w in pdf_words(nanyang_pdf) if w.text.startswith("—") and w.y_min > 700]
    for page in range(1, len(pages) + 1):
        on_page = [w for w in dashes if w.page == page]
        assert on_page, f"no page number found on page {page}"
        if page % 2:  # odd: right, one character in from the text block's edge
            assert abs(max(w.x_max for w in on_page) - (right_edge - one_char)) < 3
        else:          # even: left, one character in
            assert abs(min(w.x_min for w in on_page) - (left_edge + one_char)) < 3
