"""Build .docx versions of a plain-text report the way Word users write them (python-docx).

The builder classifies the source lines itself with a deliberately simple rule (a line starting
with 一、 is level 1, one starting with （一） or 1. is level 2) so that the importer is tested
against an independent reading of the fixture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

_LEVEL1 = re.compile(r"^[一二三四五六七八九十]+、")
_LEVEL2 = re.compile(r"^(（[一二三四五六七八九十]+）|\d+\.)")


@dataclass
class SourceLine:
    text: str          # without the typed marker when `level` is set
    marker: str = ""
    level: int = 0     # 0 = body
    heading: str = ""  # for headings: the heading part (up to the first 。)
    rest: str = ""     # run-in body text after the heading


def classify(text: str) -> list[SourceLine]:
    out = []
    for raw in text.splitlines():
        line = raw.strip().strip("\u3000")
        if not line:
            continue
        for level, pattern in ((1, _LEVEL1), (2, _LEVEL2)):
            match = pattern.match(line)
            if match:
                body = line[match.end():]
                heading, _, rest = body.partition("。")
                out.append(SourceLine(body, match.group(0), level, heading, rest))
                break
        else:
            out.append(SourceLine(line))
    return out


def _east_asia(run, font: str) -> None:
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)


def _add_numbering(document, second_level_fmt: str, second_level_text: str) -> str:
    """A two-level Chinese multilevel list (一、 then （一） or 1.); returns its numId."""
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="{second_level_fmt}"/>'
        f'<w:lvlText w:val="{second_level_text}"/></w:lvl>'
        '</w:abstractNum>')
    numbering.insert(0, abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _num_pr(paragraph, num_id: str, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _link_style(document, style_name: str, num_id: str, ilvl: int) -> None:
    style = document.styles[style_name]
    ppr = style.element.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def build_docx(source: str, path: Path, *, title_lines: int, heading_styles: bool = False,
               auto_numbering: bool = False, style_linked: bool = False, two_fonts: bool = False,
               table_after: int | None = None, indent: bool = False, second_level: str = "（一）") -> Path:
    """Write `source` as a .docx. `auto_numbering`: headings carry Word numbering instead of typed
    markers (direct numPr, or through the heading styles when `style_linked`)."""
    document = Document()
    num_id = ""
    if auto_numbering:
        fmt, text = ("chineseCounting", "（%2）") if second_level == "（一）" else ("decimal", "%2.")
        num_id = _add_numbering(document, fmt, text)
        if style_linked:
            _link_style(document, "Heading 1", num_id, 0)
            _link_style(document, "Heading 2", num_id, 1)
    lines = classify(source)
    for index, line in enumerate(lines):
        if index < title_lines:
            paragraph = document.add_paragraph()
            _east_asia(paragraph.add_run(line.text), "方正小标宋简体")
            paragraph.alignment = 1
            continue
        if not line.level:
            paragraph = document.add_paragraph()
            _east_asia(paragraph.add_run(("\u3000\u3000" if indent else "") + line.text), "仿宋_GB2312")
        else:
            standalone = not line.rest
            style = f"Heading {line.level}" if (heading_styles and standalone) else None
            paragraph = document.add_paragraph(style=style)
            typed = "" if auto_numbering else line.marker
            if auto_numbering and not (style_linked and style):
                _num_pr(paragraph, num_id, line.level - 1)
            if standalone:
                _east_asia(paragraph.add_run(typed + line.heading), "黑体" if line.level == 1 else "楷体_GB2312")
            elif two_fonts:
                head = paragraph.add_run(typed + line.heading + "。")
                _east_asia(head, "楷体_GB2312")
                head.bold = True
                _east_asia(paragraph.add_run(line.rest), "仿宋_GB2312")
            else:
                _east_asia(paragraph.add_run(typed + line.heading + "。" + line.rest), "仿宋_GB2312")
        if table_after is not None and index == table_after:
            table = document.add_table(rows=2, cols=2)
            for r, row in enumerate([("项目", "数量"), ("执法检查", "32家")]):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(16)
    document.save(path)
    return path
