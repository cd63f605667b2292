"""The shared block layout and the drawn-output pagination (22 lines, 28 characters)."""

from __future__ import annotations

import datetime as dt

from app.export.layout import Align, Kind, layout_blocks, recipient_line, signature_indents
from app.export.paginate import block_lines, paginate
from app.model import Report, Section
from app.profiles import load_profile
from tests.app.export.reports import fixture_report, small_report

PROFILE = load_profile("standard")


def test_blocks_in_document_order() -> None:
    kinds = [b.kind for b in layout_blocks(small_report(), PROFILE)]
    assert kinds[:4] == [Kind.TITLE, Kind.BLANK, Kind.RECIPIENT, Kind.BODY]
    assert kinds[-3:] == [Kind.BLANK, Kind.SIGNATURE, Kind.DATE]
    assert kinds.count(Kind.HEADING) == len(small_report().all_sections())


def test_recipient_ends_with_a_full_width_colon() -> None:
    assert recipient_line("市委依法治市办") == "市委依法治市办："
    assert recipient_line("市委依法治市办:") == "市委依法治市办："
    assert recipient_line("市委依法治市办：") == "市委依法治市办："


def test_signature_and_date_positions() -> None:
    # signature longer than date + 2: both keep to the signature's rule
    assert signature_indents("某某市人民政府办公室法制科", "2025年2月5日", PROFILE) == (2, 2 + 13 - 2 - 6)
    # date longer: the date keeps 2 characters from the right, the signature moves left
    assert signature_indents("南阳市统计局", "2025年2月25日", PROFILE) == (4.5, 2)


def test_no_signature_or_date_no_block() -> None:
    report = Report(title="标题", sections=[Section("一")])
    assert Kind.SIGNATURE not in [b.kind for b in layout_blocks(report, PROFILE)]
    report.date = dt.date(2025, 3, 1)
    blocks = list(layout_blocks(report, PROFILE))
    assert blocks[-1].kind is Kind.DATE and blocks[-1].text == "2025年3月1日"
    assert blocks[-1].align is Align.RIGHT


def test_lines_hold_28_characters_and_respect_line_breaking_rules() -> None:
    pages = paginate(layout_blocks(fixture_report("nanyang-tongji-2024.txt"), PROFILE), PROFILE)
    lines = [line for page in pages for line in page.lines if not line.blank]
    assert max(len(line.text) for line in lines if line.text.isascii() is False and
               all(not c.isascii() for c in line.text)) == 28
    for line in lines:
        assert line.text[0] not in "，。、；：？！）》”"
        assert line.text[-1] not in "（《“"
        assert line.glyphs[-1].x < PROFILE.text_width_twips / 20


def test_pages_hold_22_lines_but_for_what_the_keep_rules_move() -> None:
    pages = paginate(layout_blocks(fixture_report("xiqing-tongji-2024.txt"), PROFILE), PROFILE)
    assert len(pages) > 3
    assert all(19 <= len(p.lines) <= 22 for p in pages[:-1])
    assert sum(len(p.lines) == 22 for p in pages[:-1]) >= len(pages) // 2
    assert 0 < len(pages[-1].lines) <= 22


def test_first_line_indent_is_two_characters() -> None:
    block = next(b for b in layout_blocks(small_report(), PROFILE) if b.kind is Kind.BODY)
    first, *rest = block_lines(block, PROFILE)
    assert first.glyphs[0].x == 2 * PROFILE.body.size_pt
    assert all(line.glyphs[0].x == 0 for line in rest)


def test_title_lines_are_centred() -> None:
    block = next(iter(layout_blocks(small_report(), PROFILE)))
    lines = block_lines(block, PROFILE)
    assert [line.text for line in lines] == ["南阳市统计局关于", "2024年法治政府建设情况的报告"]
    width = PROFILE.text_width_twips / 20
    for line in lines:
        left = line.glyphs[0].x
        assert 0 < left < width / 2
