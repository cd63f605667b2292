"""PDF through Qt: the same page, 22 lines, page numbers and draft mark as the Word export."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.export import ExportOptions, export_report
from app.export.layout import layout_blocks
from app.export.paginate import paginate
from app.profiles import MM_PER_PT, load_profile
from tests.app.export.office import office_env, pdf_pages_text, pdf_words, require
from tests.app.export.reports import fixture_file, fixture_report
from tests.datafiles import ROOT

PROFILE = load_profile("standard")


@pytest.fixture(scope="module")
def nanyang_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "nanyang.pdf"
    export_report(fixture_report("nanyang-tongji-2024.txt"), path, ExportOptions(draft=True, draft_label="第3稿"))
    return path


def test_pages_match_the_pagination(nanyang_pdf: Path) -> None:
    require("pdftotext")
    expected = paginate(layout_blocks(fixture_report("nanyang-tongji-2024.txt"), PROFILE), PROFILE)
    pages = pdf_pages_text(nanyang_pdf)
    assert abs(len(pages) - len(expected)) <= 1  # Qt's real digit widths may move a line
    text = pages[0]
    assert "南阳市统计局关于" in text and "2024年法治政府建设情况的报告" in text


def test_full_pages_use_22_grid_lines(nanyang_pdf: Path) -> None:
    require("pdftotext")
    words = pdf_words(nanyang_pdf)
    top = PROFILE.margin_top_mm / MM_PER_PT
    bottom = (PROFILE.page_height_mm - PROFILE.margin_bottom_mm) / MM_PER_PT
    pitch = PROFILE.line_pitch_twips / 20
    pages = max(w.page for w in words)
    for page in range(1, pages):
        rows = {int((w.y_middle - top) // pitch) for w in words if w.page == page and top < w.y_middle < bottom}
        assert max(rows) >= 18 and min(rows) == 0, f"page {page}: rows {sorted(rows)}"  # keep rules
        assert len(rows) >= 18


def test_page_numbers_and_draft_mark(nanyang_pdf: Path) -> None:
    require("pdftotext")
    pages = pdf_pages_text(nanyang_pdf)
    words = pdf_words(nanyang_pdf)
    right_edge = (PROFILE.page_width_mm - PROFILE.margin_right_mm) / MM_PER_PT
    left_edge = PROFILE.margin_left_mm / MM_PER_PT
    one_char = PROFILE.font("page_number").size_pt
    for number, page in enumerate(pages, start=1):
        lines = [l.strip() for l in page.splitlines() if l.strip()]
        assert lines[0].startswith("草稿") and "第3稿" in lines[0]
        assert "".join(lines[-1].split()) == f"—{number}—"
        footer = [w for w in words if w.page == number and w.y_min > 760]
        if number % 2:
            assert abs(max(w.x_max for w in footer) - (right_edge - one_char)) < 3
        else:
            assert abs(min(w.x_min for w in footer) - (left_edge + one_char)) < 3


@pytest.mark.parametrize("display", [{}, {"DISPLAY": ":77"}, {"QT_QPA_PLATFORM": ""}],
                         ids=["no-display", "unreachable-display", "empty-platform"])
def test_cli_pdf_from_a_shell(tmp_path: Path, display: dict[str, str]) -> None:
    env = {k: v for k, v in office_env().items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(display)
    target = tmp_path / "out.pdf"
    result = subprocess.run([sys.executable, "-m", "app", "export", str(fixture_file("xiqing-tongji-2024.txt")),
                             "-o", str(target)], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
