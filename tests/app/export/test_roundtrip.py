"""Parsing the exported .docx gives back the outline the report had."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.export import export_report
from app.model import Report
from app.report_json import report_to_dict
from tests.app.export.reports import fixture_file, fixture_report, small_report


def outline(report: Report) -> dict:
    """What must survive the trip: title, date, signature, preamble, closing and the section tree
    (derived numbers, headings, levels, run-in, parts, paragraphs)."""
    data = report_to_dict(report, stored=True)

    def sections(items: list[dict]) -> list[tuple]:
        return [(s["number"], s["heading"], s["level"], s["run_in"], s["part"], s["paragraphs"],
                 sections(s["children"])) for s in items]

    return {key: data[key] for key in ("title", "organization", "year", "date", "signature", "preamble", "closing",
                                       "recipient")} | {"sections": sections(data["sections"])}


@pytest.mark.parametrize("name", ["nanyang-tongji-2024.txt", "xiqing-tongji-2024.txt"])
def test_fixture_outline_survives_docx_export(tmp_path: Path, name: str) -> None:
    from app.importing import parse_file

    if not fixture_file(name).exists():
        pytest.skip(f"fixture missing: {name}")
    source = fixture_report(name)
    path = tmp_path / "report.docx"
    export_report(source, path)
    assert outline(parse_file(path)) == outline(source)


def test_small_report_outline_survives_docx_export(tmp_path: Path) -> None:
    from app.importing import parse_file

    source = small_report()
    source.sections = [s for s in source.sections if s.heading]  # headings must have text to be found
    for top in source.sections:
        top.children = [c for c in top.children if c.heading]
    for section in source.all_sections():  # a blank line is not a paragraph when read back
        section.paragraphs = [p for p in section.paragraphs if p]
    path = tmp_path / "small.docx"
    export_report(source, path)
    back = parse_file(path)
    got, want = outline(back), outline(source)
    assert got["sections"] == want["sections"]
    assert (got["title"], got["date"], got["signature"]) == (want["title"], want["date"], want["signature"])
    assert got["recipient"].rstrip("：") == want["recipient"]  # exported with its full-width colon
