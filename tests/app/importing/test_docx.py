"""The fixtures as .docx files written the way Word users write them, and the OOXML details."""

from __future__ import annotations

import pytest
from docx import Document

from app.importing import parse_file, read_records
from tests.app.importing.docx_builder import build_docx
from tests.app.importing.helpers import expected, outline_problems

FIXTURES = {  # name → (title lines, second-level marker as the report writes it)
    "nanyang-tongji-2024": (2, "1."),
    "xiqing-tongji-2024": (1, "（一）"),
}
VARIANTS = {
    "typed": {},
    "typed-indented": {"indent": True},
    "heading-styles": {"heading_styles": True},
    "auto-numbering": {"auto_numbering": True},
    "style-linked-numbering": {"auto_numbering": True, "heading_styles": True, "style_linked": True},
    "two-fonts-run-in": {"two_fonts": True},
    "table-in-the-middle": {"table_after": 8},
    "all-together": {"auto_numbering": True, "heading_styles": True, "two_fonts": True, "table_after": 8,
                     "indent": True},
}


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("name", FIXTURES)
def test_docx_variant_gives_the_same_outline(name, variant, fixture_path, tmp_path):
    title_lines, second = FIXTURES[name]
    source = fixture_path(f"{name}.txt").read_text(encoding="utf-8")
    path = build_docx(source, tmp_path / f"{name}-{variant}.docx", title_lines=title_lines, second_level=second,
                      **VARIANTS[variant])
    report = parse_file(path)
    assert outline_problems(expected(fixture_path, name), report) == []
    txt = parse_file(fixture_path(f"{name}.txt"))
    # Same body text as the .txt import, apart from the table that only the .docx has.
    docx_paragraphs = [p for s in report.all_sections() for p in s.paragraphs if "执法检查\t32家" not in p
                       and "项目\t数量" not in p]
    assert docx_paragraphs == [p for s in txt.all_sections() for p in s.paragraphs]
    assert [s.run_in for s in report.all_sections()] == [s.run_in for s in txt.all_sections()]
    if "table_after" in VARIANTS[variant]:
        assert any("表格" in w for w in report.warnings)


def test_auto_numbering_records_carry_rendered_markers(fixture_path, tmp_path):
    source = fixture_path("xiqing-tongji-2024.txt").read_text(encoding="utf-8")
    path = build_docx(source, tmp_path / "x.docx", title_lines=1, auto_numbering=True)
    markers = [r.list_marker for r in read_records(path) if r.list_marker]
    assert markers[:3] == ["一、", "（一）", "（二）"]
    assert "二、" in markers and markers[markers.index("二、") + 1] == "（一）"  # level 2 restarts


def test_heading_styles_without_typed_numbers_give_levels(tmp_path):
    document = Document()
    document.add_paragraph("某某局2024年法治政府建设情况报告", style="Title")
    document.add_paragraph("现将有关情况报告如下。")
    document.add_paragraph("工作开展情况", style="Heading 1")
    document.add_paragraph("强化学习", style="Heading 2")
    document.add_paragraph("一是学习。二是培训。")
    document.add_paragraph("强化保障", style="Heading 2")
    document.add_paragraph("存在的不足", style="Heading 1")
    document.add_paragraph("力量薄弱。")
    document.add_paragraph("2025年工作打算", style="Heading 1")
    document.add_paragraph("继续加强。")
    path = tmp_path / "styles.docx"
    document.save(path)
    report = parse_file(path)
    assert report.title == "某某局2024年法治政府建设情况报告"
    assert report.organization == "某某局" and report.year == 2024
    assert [(s.heading, [c.heading for c in s.children]) for s in report.sections] == [
        ("工作开展情况", ["强化学习", "强化保障"]), ("存在的不足", []), ("2025年工作打算", [])]
    assert [int(s.part) for s in report.sections] == [1, 2, 4]
    assert report.sections[0].children[0].paragraphs == ["一是学习。二是培训。"]


def _raw_docx(tmp_path, body: str, numbering: str = "", styles: str = "") -> object:
    """A minimal .docx from raw WordprocessingML."""
    import zipfile

    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    path = tmp_path / "raw.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        archive.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {ns}><w:body>{body}</w:body></w:document>')
        if numbering:
            archive.writestr("word/numbering.xml", f'<?xml version="1.0"?><w:numbering {ns}>{numbering}</w:numbering>')
        if styles:
            archive.writestr("word/styles.xml", f'<?xml version="1.0"?><w:styles {ns}>{styles}</w:styles>')
    return path


def _p(text: str, num: tuple[int, int] | None = None, style: str = "") -> str:
    ppr = ""
    if num or style:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
        ppr += (f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else "") + "</w:pPr>"
    return f"<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>"


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, style: str = "") -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{pstyle}'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


@pytest.mark.parametrize("fmt,text,expected_markers", [
    ("chineseCounting", "%1、", ["一、", "二、", "三、"]),
    ("chineseCountingThousand", "（%1）", ["（一）", "（二）", "（三）"]),
    ("japaneseCounting", "%1、", ["一、", "二、", "三、"]),
    ("ideographTraditional", "%1、", ["甲、", "乙、", "丙、"]),
    ("decimalEnclosedCircle", "%1", ["①", "②", "③"]),
    ("decimal", "%1.", ["1.", "2.", "3."]),
    ("decimal", "（%1）", ["（1）", "（2）", "（3）"]),
])
def test_numbering_formats(tmp_path, fmt, text, expected_markers):
    numbering = (f'<w:abstractNum w:abstractNumId="1">{_lvl(0, fmt, text)}</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    path = _raw_docx(tmp_path, "".join(_p(f"项{i}", (1, 0)) for i in range(3)), numbering)
    assert [r.list_marker for r in read_records(path)] == expected_markers


def test_counters_continue_across_nums_and_restart_with_start_override(tmp_path):
    numbering = (f'<w:abstractNum w:abstractNumId="1">{_lvl(0, "chineseCounting", "%1、")}'
                 f'{_lvl(1, "decimal", "%2.")}</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
                 '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">'
                 '<w:startOverride w:val="5"/></w:lvlOverride></w:num>')
    body = (_p("甲", (1, 0)) + _p("甲1", (1, 1)) + _p("甲2", (1, 1)) + _p("正文") + _p("乙", (2, 0))
            + _p("乙1", (2, 1)) + _p("丙", (3, 0)) + _p("丁", (3, 0)) + _p("无编号", (0, 0)))
    path = _raw_docx(tmp_path, body, numbering)
    records = read_records(path)
    assert [(r.text, r.list_marker) for r in records] == [
        ("甲", "一、"), ("甲1", "1."), ("甲2", "2."), ("正文", ""), ("乙", "二、"), ("乙1", "1."),
        ("丙", "五、"), ("丁", "六、"), ("无编号", "")]


def test_style_linked_numbering_and_outline_levels_through_based_on(tmp_path):
    styles = ('<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/>'
              '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="我的标题"/><w:basedOn w:val="H1"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="小标题"/>'
              '<w:pPr><w:outlineLvl w:val="1"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>')
    numbering = (f'<w:abstractNum w:abstractNumId="1">{_lvl(0, "chineseCounting", "%1、", style="H1")}'
                 f'{_lvl(1, "chineseCounting", "（%2）", style="Sub")}</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    body = _p("主要举措", style="Mine") + _p("学习", style="Sub") + _p("内容。") + _p("存在问题", style="H1")
    records = read_records(_raw_docx(tmp_path, body, numbering, styles))
    assert [(r.text, r.list_marker, r.outline_level) for r in records] == [
        ("主要举措", "一、", 1), ("学习", "（一）", 2), ("内容。", "", None), ("存在问题", "二、", 1)]


def test_text_boxes_once_soft_breaks_tables_and_skipped_parts(tmp_path):
    box = '<w:txbxContent><w:p><w:r><w:t>文本框文字</w:t></w:r></w:p></w:txbxContent>'
    body = (
        '<w:p><w:r><w:t>某局关于</w:t><w:br/><w:t>2024年法治政府建设情况的报告</w:t></w:r></w:p>'
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>' + box + '</w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:textbox>' + box + '</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
        '<w:r><w:t>前言。</w:t></w:r><w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del>'
        '<w:r><w:instrText>PAGE</w:instrText></w:r></w:p>'
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>数量</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
        '<w:p><w:r><w:t>一、工作情况</w:t></w:r></w:p>')
    path = _raw_docx(tmp_path, body)
    records = read_records(path)
    texts = [r.text for r in records]
    assert texts == ["某局关于", "2024年法治政府建设情况的报告", "前言。", "文本框文字", "项目\t数量", "一、工作情况"]
    assert records[4].in_table
    report = parse_file(path)
    assert report.title == "某局关于2024年法治政府建设情况的报告"
    assert report.preamble == ["前言。", "文本框文字", "项目\t数量"]
    assert any("文本框" in w for w in report.warnings) and any("表格" in w for w in report.warnings)


def test_run_in_heading_split_at_font_change_without_full_stop(tmp_path):
    body = ('<w:p><w:r><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr><w:t>（一）强化学习</w:t></w:r>'
            '<w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr><w:t>一是领导干部带头学。</w:t></w:r></w:p>')
    path = _raw_docx(tmp_path, _p("一、工作情况") + body)
    section = parse_file(path).sections[0].children[0]
    assert (section.heading, section.run_in, section.paragraphs) == ("强化学习", True, ["一是领导干部带头学。"])
