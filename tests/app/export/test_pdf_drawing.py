"""Qt drawing: a 破折号 (——) is one unbroken mark over its cells and still reads back as its
characters."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.export import export_report
from app.export.paginate import Glyph
from app.export.pdf_writer import joined_runs
from app.model import Report, Section
from app.profiles import load_profile
from tests.app.export.office import longest_dark_run, require

PROFILE = load_profile("standard")
CELL = PROFILE.font("body").size_pt + PROFILE.char_spacing_twips / 20


def test_dashes_are_grouped_and_nothing_else() -> None:
    glyphs = [Glyph(c, "body", i * CELL) for i, c in enumerate("说——是……的—")]
    assert [len(run) for run in joined_runs(glyphs)] == [1, 2, 1, 1, 1, 1, 1]


@pytest.mark.parametrize("mark", ["——", "————"])
def test_a_dash_is_drawn_as_one_line(mark: str, tmp_path: Path) -> None:
    require("pdftoppm", "pdftotext")
    path = tmp_path / "d.pdf"
    export_report(Report(title="", sections=[Section("", paragraphs=[f"甲{mark}乙"])]), path)
    assert longest_dark_run(path, 1) >= (len(mark) - 0.15) * CELL
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert f"甲{mark}乙" in text
