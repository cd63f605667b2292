"""The formal variant (正式行文, GB/T 9704 7.2 and 7.4): 版头 with the red mark and line, 发文字号 and
签发人 on one line, 版记 at the foot of the last page, which is even; missing properties refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.errors import UserError
from app.export import ExportOptions, export_report
from app.export.formal import REQUIRED, head_blocks, note_lines, note_profile
from app.export.layout import Kind, layout_blocks
from app.export.paginate import paginate
from app.model import Report, Section
from app.profiles import MM_PER_PT, load_profile
from tests.app.export.office import docx_to_pdf, pdf_pages_text, pdf_words, red_rows, require
from tests.app.export.reports import fixture_report

PROFILE = note_profile(load_profile("standard"))
FORMAL = ExportOptions(variant="formal")
TEXT_BOTTOM = (PROFILE.page_height_mm - PROFILE.margin_bottom_mm) / MM_PER_PT
TEXT_LEFT = PROFILE.margin_left_mm / MM_PER_PT
TEXT_RIGHT = (PROFILE.page_width_mm - PROFILE.margin_right_mm) / MM_PER_PT


def formal(report: Report, copy_to: str = "区委依法治区办，区司法局") -> Report:
    report.issuer_mark = "西青区统计局"
    report.doc_number = "西青统〔2025〕3号"
    report.signer = "张三"
    report.copy_to = copy_to
    report.printer = "西青区统计局办公室"
    report.print_date = dt.date(2025, 2, 25)
    report.signature = report.signature or "天津市西青区统计局"
    report.date = dt.date(2025, 2, 25)
    return report


def body_report(paragraph_chars: int) -> Report:
    return formal(Report(title="某某局关于2024年法治政府建设情况的报告",
                         sections=[Section("工作", paragraphs=["依法行政。" * (paragraph_chars // 5)])]))


def check_pdf(pdf: Path) -> None:
    """Red mark and line on page 1, 签发人 on the 字号 line, 版记 at the foot of the last page, even."""
    words = pdf_words(pdf)
    pages = pdf_pages_text(pdf)
    assert len(pages) % 2 == 0, f"{len(pages)} pages: the 版记 page must be even"
    mark = [w for w in words if w.page == 1 and "西青区统计局" == w.text.strip()]
    assert mark, "no 发文机关标志 on page 1"
    assert 70 < mark[0].y_min * MM_PER_PT < 90, "the mark's top edge is about 80 mm from the page top"
    red = red_rows(pdf, 1)
    assert any(mark[0].y_min <= y <= mark[0].y_max for y in red), "the mark is not red"
    number = next(w for w in words if w.page == 1 and "〔2025〕" in w.text)
    signer = [w for w in words if w.page == 1 and "签发人" in w.text]
    assert signer and abs(signer[0].y_middle - number.y_middle) < 3, "签发人 is not on the 字号 line"
    assert number.x_min < TEXT_LEFT + 25 and signer[0].x_min > (TEXT_LEFT + TEXT_RIGHT) / 2
    lines = [y for y, (x0, x1) in red.items() if x1 - x0 > 0.9 * (TEXT_RIGHT - TEXT_LEFT)]
    assert lines and number.y_max < min(lines) < number.y_max + 20, "no red line the text width under the 字号"
    last = len(pages)
    printed = [w for w in words if w.page == last and "印发" in w.text]
    copy = [w for w in words if w.page == last and w.text.startswith("抄送")]
    assert printed and copy, "the 版记 is not on the last page"
    assert TEXT_BOTTOM - 30 < printed[-1].y_max <= TEXT_BOTTOM + 3, "the 版记 does not end on the last line"
    assert copy[0].y_max < printed[-1].y_min


@pytest.mark.parametrize("name", ["xiqing-tongji-2024.txt", "nanyang-tongji-2024.txt"])
def test_formal_layout_in_libreoffice(name: str, tmp_path: Path) -> None:
    require("soffice", "pdftotext", "pdftoppm")
    docx = tmp_path / "r.docx"
    export_report(formal(fixture_report(name)), docx, FORMAL)
    check_pdf(docx_to_pdf(docx, tmp_path))


@pytest.mark.parametrize("name", ["xiqing-tongji-2024.txt", "nanyang-tongji-2024.txt"])
def test_formal_layout_in_the_qt_pdf(name: str, tmp_path: Path) -> None:
    require("pdftotext", "pdftoppm")
    pdf = tmp_path / "r.pdf"
    export_report(formal(fixture_report(name)), pdf, FORMAL)
    check_pdf(pdf)


@pytest.mark.parametrize("chars", [200, 650, 1000])
def test_the_note_page_is_even_whatever_the_body_length(chars: int, tmp_path: Path) -> None:
    """One page of body (blank page 2 not needed: 版记 on page 2), and bodies ending on odd and
    even pages, in the paginator and in LibreOffice."""
    require("soffice", "pdftotext", "pdftoppm")
    report = body_report(chars)
    docx = tmp_path / "r.docx"
    export_report(report, docx, FORMAL)
    check_pdf(docx_to_pdf(docx, tmp_path))


def test_a_long_copy_to_wraps_inside_the_note(tmp_path: Path) -> None:
    require("soffice", "pdftotext", "pdftoppm")
    report = formal(fixture_report("xiqing-tongji-2024.txt"), copy_to="，".join(["区委依法治区办公室"] * 20))
    assert len(report.copy_to) >= 199
    assert len(note_lines(report, PROFILE)) >= 6
    docx = tmp_path / "r.docx"
    export_report(report, docx, FORMAL)
    check_pdf(docx_to_pdf(docx, tmp_path))


def test_head_blocks_come_first_and_in_order() -> None:
    report = formal(fixture_report("xiqing-tongji-2024.txt"))
    blocks = layout_blocks(report, PROFILE, "formal")
    kinds = [b.kind for b in blocks[:len(head_blocks(report, PROFILE)) + 1]]
    assert kinds.index(Kind.MARK) < kinds.index(Kind.DOC_NUMBER) < kinds.index(Kind.TITLE)
    assert paginate(blocks, PROFILE)[0].lines[4].color == "FF0000"


@pytest.mark.parametrize("key", REQUIRED)
@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_each_missing_property_is_refused_and_nothing_written(key: str, suffix: str, tmp_path: Path) -> None:
    report = formal(fixture_report("xiqing-tongji-2024.txt"))
    setattr(report, key, None if key == "print_date" else "")
    out = tmp_path / f"r{suffix}"
    with pytest.raises(UserError) as error:
        export_report(report, out, FORMAL)
    assert key in str(error.value)
    assert not out.exists() and not list(tmp_path.iterdir())


def test_a_malformed_doc_number_is_refused(tmp_path: Path) -> None:
    report = formal(fixture_report("xiqing-tongji-2024.txt"))
    report.doc_number = "西青统[2025]03号"
    with pytest.raises(UserError, match="〔〕"):
        export_report(report, tmp_path / "r.docx", FORMAL)
    assert not list(tmp_path.iterdir())


def test_plain_and_public_have_no_head_or_note(tmp_path: Path) -> None:
    report = formal(fixture_report("xiqing-tongji-2024.txt"))
    for variant in ("plain", "public"):
        kinds = {b.kind for b in layout_blocks(report, PROFILE, variant)}
        assert not kinds & {Kind.MARK, Kind.DOC_NUMBER, Kind.NOTE}
