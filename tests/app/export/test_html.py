"""The web version: well-formed, UTF-8, lang zh-CN, no scripts, the same text and outline as the
report, public by default (no 版头, 版记 or 签发人)."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.export import ExportOptions, export_report
from app.export.layout import Kind, layout_blocks
from app.model import Report, Section
from app.numbering import located_sections
from app.profiles import load_profile
from tests.app.export.reports import fixture_report, small_report

XHTML = "{http://www.w3.org/1999/xhtml}"


def parse(path: Path) -> ET.Element:
    raw = path.read_bytes()
    assert raw.startswith(b"<!DOCTYPE html>\n")
    return ET.fromstring(raw.decode("utf-8").split("\n", 1)[1])


def texts(root: ET.Element) -> list[str]:
    body = root.find(f"{XHTML}body")
    return ["".join(e.itertext()) for e in body]


@pytest.mark.parametrize("name", ["xiqing-tongji-2024.txt", "nanyang-tongji-2024.txt", None])
def test_same_text_and_outline(name: str | None, tmp_path: Path) -> None:
    report = fixture_report(name) if name else small_report()
    path = tmp_path / "r.html"
    export_report(report, path)
    root = parse(path)
    assert root.get("lang") == "zh-CN"
    assert not list(root.iter(f"{XHTML}script")) and b"<script" not in path.read_bytes()
    expected = [b.text.replace("\n", "") for b in layout_blocks(report, load_profile(None))
                if b.kind is not Kind.BLANK and b.text.strip()]
    assert texts(root) == expected
    headings = [("".join(e.itertext()), e.tag[len(XHTML):]) for e in root.find(f"{XHTML}body")
                if e.tag[len(XHTML):] in ("h2", "h3", "h4")]
    outline = [(f"{loc.marker}{loc.section.heading}", f"h{min(loc.depth, 3) + 1}") for loc in located_sections(report)
               if not loc.section.run_in]
    assert headings == outline
    assert root.find(f"{XHTML}head/{XHTML}title").text == report.title


def test_public_by_default_even_for_a_formal_report(tmp_path: Path) -> None:
    report = small_report()
    report.issuer_mark, report.doc_number, report.signer = "南阳市统计局文件", "宛统〔2025〕3号", "王某某"
    report.copy_to, report.printer, report.print_date = "市司法局", "南阳市统计局办公室", dt.date(2025, 2, 25)
    for variant in (None, "public", "formal"):
        path = tmp_path / f"{variant}.html"
        export_report(report, path, ExportOptions(variant=variant))
        html = path.read_text(encoding="utf-8")
        for text in ("南阳市统计局文件", "宛统〔2025〕3号", "王某某", "市司法局", "印发"):
            assert text not in html


def test_hostile_text_stays_well_formed(tmp_path: Path) -> None:
    report = Report(title="<script>alert(1)</script>&\x01标题", organization='"单位"',
                    sections=[Section("a < b & c > d", paragraphs=["</p><p>\x0b注入", "]]>"])])
    path = tmp_path / "r.html"
    export_report(report, path)
    root = parse(path)
    assert not list(root.iter(f"{XHTML}script"))
    assert "</p><p>注入" in texts(root)


def test_draft_variant_marks_the_page(tmp_path: Path) -> None:
    path = tmp_path / "r.html"
    export_report(small_report(), path, ExportOptions(variant="draft", draft_label="第2稿"))
    first = texts(parse(path))[0]
    assert first.startswith("草稿") and "第2稿" in first
