"""Keep rules in the Qt paginator: no page ends with a heading, no paragraph leaves one line
alone at a break, the signature and date keep two lines of body text (both real reports with a
signature and date, and long generated ones)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.export.layout import Block, Kind, layout_blocks
from app.export.paginate import Page, block_lines, paginate
from app.model import Report, Section
from app.profiles import load_profile
from tests.app.export.reports import fixture_report

PROFILE = load_profile("standard")


def signed(report: Report) -> Report:
    report.signature = report.signature or report.organization or "某某区统计局"
    report.date = dt.date(2025, 2, 25)
    return report


def generated(n_sections: int, body_chars: int, seed: int) -> Report:
    """Sections with paragraphs of varied length, so headings and endings fall everywhere."""
    sections = []
    for i in range(n_sections):
        length = body_chars + (i * 37 + seed * 11) % 90
        sections.append(Section(f"第{i + 1}项工作的推进情况", paragraphs=["依法行政" * (length // 4) + "。"]))
    return signed(Report(title="某某局关于2024年法治政府建设情况的报告", organization="某某局", sections=sections,
                         closing=["特此报告。"]))


def owners(blocks: list[Block]) -> list[tuple[Block, int, int]]:
    """(block, line index, line count) for every line, in order."""
    out = []
    for block in blocks:
        count = len(block_lines(block, PROFILE))
        out += [(block, index, count) for index in range(count)]
    return out


def check(pages: list[Page], blocks: list[Block]) -> None:
    lines = owners(blocks)
    assert sum(len(p.lines) for p in pages) == len(lines)
    position = 0
    for page in pages[:-1]:
        position += len(page.lines)
        last_block, last_index, last_count = lines[position - 1]
        first_block, first_index, first_count = lines[position]
        assert last_block.kind is not Kind.HEADING or last_block.runs[1:], f"page {page.number} ends with a heading"
        if first_block is last_block:
            assert first_index >= 2 and first_count - first_index >= 2, f"page {page.number}: a lone line"
        assert first_block.kind not in (Kind.SIGNATURE, Kind.DATE), f"page {page.number + 1} starts with the signature"
    final = [b for b, _, _ in lines[-len(pages[-1].lines):]]
    body_lines = [b for b in final if b.kind in (Kind.BODY, Kind.HEADING)]
    assert len(body_lines) >= 2, "the signature page holds less than two lines of body text"


@pytest.mark.parametrize("name", ["xiqing-tongji-2024.txt", "nanyang-tongji-2024.txt"])
def test_real_reports_with_signature_and_date(name: str) -> None:
    blocks = layout_blocks(signed(fixture_report(name)), PROFILE)
    check(paginate(blocks, PROFILE), blocks)


@pytest.mark.parametrize("seed", range(12))
def test_generated_reports(seed: int) -> None:
    blocks = layout_blocks(generated(8 + seed * 3, 20 + seed * 7, seed), PROFILE)
    check(paginate(blocks, PROFILE), blocks)


def test_a_page_ending_just_before_the_signature_moves_body_lines_along() -> None:
    """Body that fills exactly the first page: the signature would stand alone on page 2."""
    # title (1) + blank (1) + heading (1) + 19 lines of 3-line paragraphs and a last one of one line
    paragraphs = ["依" * (28 * 3 - 2)] * 6 + ["特此报告。"]
    report = signed(Report(title="标题", sections=[Section("工作", paragraphs=paragraphs)]))
    blocks = layout_blocks(report, PROFILE)
    pages = paginate(blocks, PROFILE)
    assert len(pages) == 2
    check(pages, blocks)
