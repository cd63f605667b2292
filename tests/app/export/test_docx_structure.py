"""The Word export's structure: GB/T 9704 layout values, fonts on every run, outline levels,
numbers as text, run-in headings, signature block, draft header, profiles."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.export import ExportOptions, export_report
from app.model import Report, Section
from app.numbering import located_sections
from app.profiles import load_profile, profiles_dir
from tests.app.export.docx_parts import NS, W, header_footer_parts, paragraph_texts, read_xml
from tests.app.export.reports import small_report


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def export(tmp_path: Path, report: Report | None = None, **options) -> Path:
    path = tmp_path / "out.docx"
    export_report(report or small_report(), path, ExportOptions(**options))
    return path


def test_page_margins_and_grid_follow_the_profile(tmp_path: Path) -> None:
    document = read_xml(export(tmp_path), "word/document.xml")
    sect = document.find(".//w:sectPr", NS)
    size, margins, grid = (sect.find(f"w:{n}", NS) for n in ("pgSz", "pgMar", "docGrid"))
    assert (size.get(_w("w")), size.get(_w("h"))) == ("11906", "16838")  # A4
    # 37 / 35 / 28 / 26 mm in twips
    assert [margins.get(_w(k)) for k in ("top", "bottom", "left", "right")] == ["2098", "1984", "1587", "1474"]
    assert grid.get(_w("linePitch")) == "579"


def test_grid_gives_22_lines_and_28_characters() -> None:
    profile = load_profile("standard")
    text_height, text_width = profile.text_height_twips, profile.text_width_twips
    assert text_height // profile.line_pitch_twips == 22
    cell = profile.body.size_pt * 20 + profile.char_spacing_twips   # a condensed body character
    assert 28 * cell <= text_width < 29 * cell
    assert profile.line_pitch_twips * 22 <= text_height < profile.line_pitch_twips * 23


def test_every_paragraph_line_is_exactly_one_grid_line(tmp_path: Path) -> None:
    styles = read_xml(export(tmp_path), "word/styles.xml")
    normal = styles.find(".//w:style[@w:styleId='Normal']", NS)
    spacing = normal.find("w:pPr/w:spacing", NS)
    assert (spacing.get(_w("line")), spacing.get(_w("lineRule"))) == ("579", "exact")
    assert normal.find("w:pPr/w:ind", NS).get(_w("firstLineChars")) == "200"
    widow = normal.find("w:pPr/w:widowControl", NS)
    assert widow is not None and widow.get(_w("val")) in (None, "1", "true")  # widow and orphan control on
    for style in styles.iterfind("w:style[@w:type='paragraph']", NS):
        own = style.find("w:pPr/w:spacing", NS)
        assert own is None or own.get(_w("lineRule")) == "exact" or style.get(_w("styleId")) == "Header"


def test_every_run_and_paragraph_style_names_an_east_asian_font(tmp_path: Path) -> None:
    path = export(tmp_path, draft=True, draft_label="第1稿")
    parts = ["word/document.xml", *header_footer_parts(path).values()]
    runs = 0
    for part in parts:
        for run in read_xml(path, part).iter(_w("r")):
            fonts = run.find("w:rPr/w:rFonts", NS)
            assert fonts is not None and fonts.get(_w("eastAsia")), part
            runs += 1
    assert runs > 20
    styles = read_xml(path, "word/styles.xml")
    for style in styles.iterfind("w:style[@w:type='paragraph']", NS):
        assert style.find("w:rPr/w:rFonts", NS).get(_w("eastAsia")), style.get(_w("styleId"))
    lang = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert lang.get(_w("eastAsia")) == "zh-CN"


def _outline_level(paragraph, styles) -> int | None:
    own = paragraph.find("w:pPr/w:outlineLvl", NS)
    if own is not None:
        return int(own.get(_w("val")))
    style = paragraph.find("w:pPr/w:pStyle", NS)
    if style is None:
        return None
    level = styles.find(f"w:style[@w:styleId='{style.get(_w('val'))}']/w:pPr/w:outlineLvl", NS)
    return None if level is None else int(level.get(_w("val")))


def test_headings_carry_outline_levels_and_numbers_as_text(tmp_path: Path) -> None:
    report = small_report()
    path = export(tmp_path, report)
    document, styles = read_xml(path, "word/document.xml"), read_xml(path, "word/styles.xml")
    outline = [("".join(p.itertext()), level) for p in document.iter(_w("p"))
               if (level := _outline_level(p, styles)) is not None]
    expected = list(located_sections(report))
    assert len(outline) == len(expected)
    for (text, level), located in zip(outline, expected):
        assert level == located.depth - 1
        assert text.startswith(located.marker + located.section.heading)
    assert document.find(".//w:numPr", NS) is None  # never Word list numbering


def test_heading_fonts_per_level(tmp_path: Path) -> None:
    styles = read_xml(export(tmp_path), "word/styles.xml")
    fonts = {level: styles.find(f"w:style[@w:styleId='Heading{level}']/w:rPr/w:rFonts", NS).get(_w("eastAsia"))
             for level in range(1, 5)}
    assert fonts == {1: "黑体", 2: "楷体_GB2312", 3: "仿宋_GB2312", 4: "仿宋_GB2312"}
    title = styles.find("w:style[@w:styleId='Title']", NS)
    assert title.find("w:rPr/w:rFonts", NS).get(_w("eastAsia")) == "方正小标宋简体"
    assert title.find("w:rPr/w:sz", NS).get(_w("val")) == "44"  # 2号 = 22 pt
    assert title.find("w:pPr/w:jc", NS).get(_w("val")) == "center"


def test_run_in_heading_is_one_paragraph_of_two_runs(tmp_path: Path) -> None:
    document = read_xml(export(tmp_path), "word/document.xml")
    paragraph = next(p for p in document.iter(_w("p")) if "".join(p.itertext()).startswith("（一）强化学习"))
    runs = paragraph.findall("w:r", NS)
    assert len(runs) == 2
    heading, body = ("".join(r.itertext()) for r in runs)
    assert heading == "（一）强化学习。"
    assert body.startswith("一是加强学习。")
    assert runs[0].find("w:rPr/w:rFonts", NS).get(_w("eastAsia")) == "楷体_GB2312"
    assert runs[1].find("w:rPr/w:rFonts", NS).get(_w("eastAsia")) == "仿宋_GB2312"
    assert paragraph.find("w:pPr/w:outlineLvl", NS).get(_w("val")) == "1"


def test_title_breaks_and_blank_line_below(tmp_path: Path) -> None:
    document = read_xml(export(tmp_path), "word/document.xml")
    paragraphs = document.findall(".//w:body/w:p", NS)
    title = paragraphs[0]
    assert [t.text for t in title.iter(_w("t"))] == ["南阳市统计局关于", "2024年法治政府建设情况的报告"]
    assert len(title.findall(".//w:br", NS)) == 1
    assert "".join(paragraphs[1].itertext()) == ""


def test_recipient_signature_and_date(tmp_path: Path) -> None:
    document = read_xml(export(tmp_path), "word/document.xml")
    paragraphs = document.findall(".//w:body/w:p", NS)
    texts = paragraph_texts(document)
    recipient = paragraphs[texts.index("市委依法治市办：")]
    assert recipient.find("w:pPr/w:pStyle", NS).get(_w("val")) == "Recipient"
    assert texts[-3:] == ["", "南阳市统计局", "2025年2月25日"]  # one blank line, signature, date
    signature, date = paragraphs[-2], paragraphs[-1]
    # The date (6.5 characters) is longer than the signature minus 2: the date keeps two
    # characters from the right edge and the signature moves left so the date starts 2 further right.
    assert signature.find("w:pPr/w:ind", NS).get(_w("rightChars")) == "450"
    assert date.find("w:pPr/w:ind", NS).get(_w("rightChars")) == "200"


def test_footers_odd_right_even_left(tmp_path: Path) -> None:
    path = export(tmp_path)
    parts = header_footer_parts(path)
    odd, even = read_xml(path, parts["footer-default"]), read_xml(path, parts["footer-even"])
    for footer, side in ((odd, "right"), (even, "left")):
        p = footer.find("w:p", NS)
        assert p.find("w:pPr/w:jc", NS).get(_w("val")) == side
        assert p.find("w:pPr/w:ind", NS).get(_w(side)) == "280"  # one 4号 character
        assert "".join(p.itertext()).replace(" PAGE ", "") in ("— 1 —", "— 2 —")
        assert p.find(".//w:instrText", NS).text.strip() == "PAGE"
        assert {f.get(_w("eastAsia")) for f in p.iter(_w("rFonts"))} == {"宋体"}
    styles = read_xml(path, "word/styles.xml")
    assert styles.find("w:style[@w:styleId='Footer']/w:rPr/w:sz", NS).get(_w("val")) == "28"  # 4号


def test_draft_header_on_odd_and_even_pages(tmp_path: Path) -> None:
    path = export(tmp_path, draft=True, draft_label="快照：交领导审阅")
    parts = header_footer_parts(path)
    for key in ("header-default", "header-even"):
        text = "".join(read_xml(path, parts[key]).itertext())
        assert text.startswith("草稿")
        assert "快照：交领导审阅" in text
        assert re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", text)


def test_windows_profile_uses_windows_fonts(tmp_path: Path) -> None:
    styles = read_xml(export(tmp_path, profile="windows"), "word/styles.xml")
    names = {s.get(_w("styleId")): s.find("w:rPr/w:rFonts", NS).get(_w("eastAsia"))
             for s in styles.iterfind("w:style[@w:type='paragraph']", NS)}
    assert names["Title"] == "宋体" and names["Normal"] == "仿宋"
    assert names["Heading1"] == "黑体" and names["Heading2"] == "楷体" and names["Heading3"] == "仿宋"


def test_level_three_bold_is_a_profile_option(tmp_path: Path) -> None:
    data = json.loads((profiles_dir() / "standard.json").read_text(encoding="utf-8"))
    data["fonts"]["heading3"]["bold"] = True
    custom = tmp_path / "bold3.json"
    custom.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    styles = read_xml(export(tmp_path, profile=str(custom)), "word/styles.xml")
    assert styles.find("w:style[@w:styleId='Heading3']/w:rPr/w:b", NS) is not None
    assert styles.find("w:style[@w:styleId='Heading4']/w:rPr/w:b", NS) is None


@pytest.mark.parametrize("report", [
    Report(),
    Report(title="只有标题"),
    Report(sections=[Section(""), Section("", paragraphs=["", ""], children=[Section("", run_in=True)])]),
    Report(title="控制字符\x07\x0b测试", preamble=["含\x00空字符", "  前后空格  "], signature="单位"),
], ids=["empty", "title-only", "empty-sections", "control-characters"])
def test_odd_reports_export(tmp_path: Path, report: Report) -> None:
    path = export(tmp_path, report)
    texts = paragraph_texts(read_xml(path, "word/document.xml"))
    assert all("\x07" not in t and "\x00" not in t for t in texts)
    if report.preamble:
        assert "  前后空格  " in texts


def test_deep_headings_keep_an_outline_level(tmp_path: Path) -> None:
    deep = Section("第五层", paragraphs=["正文"])
    report = Report(sections=[Section("一", children=[Section("二", children=[Section("三", children=[
        Section("四", children=[deep])])])])])
    path = export(tmp_path, report)
    document, styles = read_xml(path, "word/document.xml"), read_xml(path, "word/styles.xml")
    levels = [_outline_level(p, styles) for p in document.iter(_w("p"))]
    assert [lvl for lvl in levels if lvl is not None] == [0, 1, 2, 3, 4]
