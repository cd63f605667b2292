"""The PDF reads back exactly the characters written (no Kangxi radicals, no U+2329), with its
title, author and language."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from app.export import ExportOptions, export_report
from app.export.layout import layout_blocks
from app.model import Report, Section
from app.profiles import load_profile
from tests.app.export.office import require
from tests.app.export.reports import fixture_report, small_report

# Every punctuation mark of GB/T 15834-2011, digits, Latin letters and the ideographs whose glyphs
# Noto CJK shares with radicals.
EVERY_CLASS = ("句号。问号？叹号！逗号，顿号、分号；冒号：引号“甲”‘乙’括号（丙）［丁］〔2025〕【戊】"
               "破折号——省略号……连接号－～—书名号《己》〈庚〉间隔号·分隔号/ 数字0123456789 "
               "Latin ABCxyz 12.5% 工一青二人力大小口土子山日月水火车门马金长")
PROFILES = ("standard", "windows")


def _pdftotext(path: Path) -> str:
    require("pdftotext")
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def _without_page_numbers(text: str) -> str:
    return re.sub(r"—\s*\d+\s*—", "", text)


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _source(report: Report, profile: str) -> str:
    return "".join(block.text for block in layout_blocks(report, load_profile(profile)))


def _every_class_report() -> Report:
    return Report(title="字符测试", organization="测试局",
                  sections=[Section("字符", paragraphs=[EVERY_CLASS, "〈〉《》" * 3])])


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("name", ["xiqing-tongji-2024.txt", "nanyang-tongji-2024.txt", "every class"])
def test_extraction_equals_the_source(tmp_path: Path, name: str, profile: str) -> None:
    report = _every_class_report() if name == "every class" else fixture_report(name)
    path = tmp_path / "r.pdf"
    export_report(report, path, ExportOptions(profile=profile))
    text = _without_page_numbers(_pdftotext(path))
    assert not [c for c in text if 0x2E80 <= ord(c) <= 0x2FDF or ord(c) in (0x2329, 0x232A)]
    assert _squeezed(text) == _squeezed(_source(report, profile))


def test_pdfminer_reads_the_same(tmp_path: Path) -> None:
    from pdfminer.high_level import extract_text

    report = fixture_report("xiqing-tongji-2024.txt")
    path = tmp_path / "r.pdf"
    export_report(report, path)
    text = _without_page_numbers(extract_text(str(path)))
    assert _squeezed(text) == _squeezed(_source(report, "standard"))


def test_title_author_and_language(tmp_path: Path) -> None:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    report = small_report()
    path = tmp_path / "r.pdf"
    export_report(report, path)
    with path.open("rb") as handle:
        document = PDFDocument(PDFParser(handle))
        info = document.info[0]
        assert resolve1(info["Title"]).decode("utf-16") == report.title
        assert resolve1(info["Author"]).decode("utf-16") == report.organization
        assert resolve1(document.catalog["Lang"]) == b"zh-CN"
    require("pdfinfo")
    assert "Pages:" in subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
