"""document.xml, styles.xml and both footers of a small report's .docx, pretty-printed and
compared with the reference files in tests/data/export_ref/.

After an intended change of the output: inspect it, then rewrite the references with
CHENGWEN_UPDATE_EXPORT_REFS=1 pytest tests/export/test_docx_reference.py
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from app.export import ExportOptions, export_report
from tests.app.export.docx_parts import header_footer_parts, pretty
from tests.app.export.reports import small_report
from tests.datafiles import EXPORT_REFS as REFS


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ref") / "small.docx"
    export_report(small_report(), path, ExportOptions(profile="standard"))
    return path


def _compare(exported: Path, part: str, reference: str) -> None:
    actual = pretty(exported, part)
    ref_path = REFS / reference
    if os.environ.get("CHENGWEN_UPDATE_EXPORT_REFS") == "1":
        ref_path.parent.mkdir(parents=True, exist_ok=True)
        ref_path.write_text(actual, encoding="utf-8")
    assert ref_path.exists(), f"missing reference {ref_path}; create it with CHENGWEN_UPDATE_EXPORT_REFS=1"
    expected = ref_path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "\n".join(difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                              "reference", "export", lineterm="", n=2))
        pytest.fail(f"{part} differs from {reference}:\n{diff[:4000]}")


def test_document_xml_matches_reference(exported: Path) -> None:
    _compare(exported, "word/document.xml", "small.document.xml")


def test_styles_xml_matches_reference(exported: Path) -> None:
    _compare(exported, "word/styles.xml", "small.styles.xml")


def test_odd_page_footer_matches_reference(exported: Path) -> None:
    _compare(exported, header_footer_parts(exported)["footer-default"], "small.footer-odd.xml")


def test_even_page_footer_matches_reference(exported: Path) -> None:
    _compare(exported, header_footer_parts(exported)["footer-even"], "small.footer-even.xml")


def test_settings_ask_for_different_odd_and_even_footers(exported: Path) -> None:
    text = pretty(exported, "word/settings.xml")
    assert "<w:evenAndOddHeaders/>" in text
    assert 'w:eastAsia="zh-CN"' in text


def test_no_headers_without_draft(exported: Path) -> None:
    assert not [k for k in header_footer_parts(exported) if k.startswith("header")]
