"""docx hygiene: a schema-valid package for every variant (openxml-audit), a font table of the
profile's fonts, no thumbnail, app.xml and core.xml from the report, zh-CN line breaking, the keep
rules in the paragraph properties."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openxml_audit import OpenXmlValidator

from app.export import VARIANTS, ExportOptions, export_report
from app.export.layout import layout_blocks
from app.export.paginate import paginate
from app.profiles import load_profile, profile_names
from tests.app.export.docx_parts import NS, W, part_names, read_xml
from tests.app.export.reports import fixture_report, small_report

APP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"


def formal_ready(report):
    report.issuer_mark, report.doc_number, report.signer = "南阳市统计局", "宛统〔2025〕3号", "王某某"
    report.copy_to, report.printer, report.print_date = "市司法局", "南阳市统计局办公室", dt.date(2025, 2, 25)
    return report


def hostile():
    """Characters XML cannot hold, a 200-character 抄送, markup-looking text."""
    report = formal_ready(small_report())
    report.title = "标题\x01<w:p>&amp;\ufffe"
    report.copy_to = "，".join(["区委依法治区办公室"] * 20)
    report.signer = "王\x0b某"
    report.sections[0].paragraphs = ["]]>&<>\"'\x08正文"]
    return report


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("which", ["small", "nanyang", "hostile"])
def test_every_variant_is_schema_valid(variant: str, which: str, tmp_path: Path) -> None:
    report = {"small": lambda: formal_ready(small_report()), "hostile": hostile,
              "nanyang": lambda: formal_ready(fixture_report("nanyang-tongji-2024.txt"))}[which]()
    path = tmp_path / "r.docx"
    export_report(report, path, ExportOptions(variant=variant, draft_label="第1稿"))
    result = OpenXmlValidator().validate(str(path))
    assert result.is_valid, [str(e) for e in result.errors[:10]]


@pytest.mark.parametrize("profile", profile_names())
def test_font_table_declares_the_profile_fonts(profile: str, tmp_path: Path) -> None:
    path = tmp_path / "r.docx"
    export_report(small_report(), path, ExportOptions(profile=profile))
    table = read_xml(path, "word/fontTable.xml")
    fonts = {f.get(f"{{{W}}}name"): f for f in table.findall("w:font", NS)}
    for spec in load_profile(profile).fonts.values():
        assert spec.family in fonts
        if not spec.family.isascii():
            assert fonts[spec.family].find("w:charset", NS).get(f"{{{W}}}val") == "86"
    assert not {"Calibri", "ＭＳ 明朝", "Cambria"} & set(fonts)
    if "仿宋_GB2312" in fonts:
        assert fonts["仿宋_GB2312"].find("w:altName", NS).get(f"{{{W}}}val") == "仿宋"
        assert fonts["楷体_GB2312"].find("w:altName", NS).get(f"{{{W}}}val") == "楷体"


def test_no_thumbnail_and_properties_from_the_report(tmp_path: Path) -> None:
    report = fixture_report("xiqing-tongji-2024.txt")
    path = tmp_path / "r.docx"
    export_report(report, path)
    assert not [n for n in part_names(path) if "thumbnail" in n]
    rels = read_xml(path, "_rels/.rels")
    assert not [r for r in rels if r.get("Type", "").endswith("/thumbnail")]
    app = read_xml(path, "docProps/app.xml")
    assert app.findtext(f"{APP}Application") == "Chengwen"
    assert app.findtext(f"{APP}Company") == report.organization
    profile = load_profile(None)
    assert int(app.findtext(f"{APP}Pages")) == len(paginate(layout_blocks(report, profile), profile))
    source = "".join("".join(b.text.split()) for b in layout_blocks(report, profile))
    assert int(app.findtext(f"{APP}Characters")) == len(source)
    assert int(app.findtext(f"{APP}Words")) > 0.9 * len(source)
    core = read_xml(path, "docProps/core.xml")
    texts = {el.tag.split("}")[1]: el.text for el in core}
    assert texts["title"] == report.title and texts["creator"] == report.organization
    assert texts["language"] == "zh-CN"


def test_zh_cn_line_breaking_settings(tmp_path: Path) -> None:
    path = tmp_path / "r.docx"
    export_report(small_report(), path)
    settings = read_xml(path, "word/settings.xml")
    before = settings.find("w:noLineBreaksBefore", NS)
    after = settings.find("w:noLineBreaksAfter", NS)
    assert before.get(f"{{{W}}}lang") == after.get(f"{{{W}}}lang") == "zh-CN"
    assert all(c in before.get(f"{{{W}}}val") for c in "，。、；：？！）》”")
    assert all(c in after.get(f"{{{W}}}val") for c in "（《“")
    assert settings.find("w:savePreviewPicture", NS) is None


def test_headings_keep_with_next_and_widow_control_is_on(tmp_path: Path) -> None:
    path = tmp_path / "r.docx"
    export_report(small_report(), path)
    document = read_xml(path, "word/document.xml")
    headings = [p for p in document.iter(f"{{{W}}}p") if p.find("w:pPr/w:pStyle", NS) is not None
                and p.find("w:pPr/w:pStyle", NS).get(f"{{{W}}}val").startswith("Heading")]
    assert headings and all(p.find("w:pPr/w:keepNext", NS) is not None for p in headings)
    signature = next(p for p in document.iter(f"{{{W}}}p") if p.find("w:pPr/w:pStyle[@w:val='Signature']", NS)
                     is not None)
    assert signature.find("w:pPr/w:keepNext", NS) is not None
