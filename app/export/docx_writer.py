"""Word export laid out to GB/T 9704-2012: A4, 22 lines × 28 characters, official fonts,
numbers as text, outline levels, odd/even page numbers `— 1 —`.

python-docx provides the package (parts, relationships, headers and footers); the styles part
and the body are generated as XML directly, because python-docx's per-run API is far too slow
for a 300-page report and does not set East Asian fonts.

The 22 × 28 grid: every paragraph has an exact line spacing of the grid pitch (the text height
over 22, rounded down to a twip) and the section a line grid of the same pitch (w:docGrid
type="lines"); all text is condensed (w:spacing −0.25 pt) so that 28 body characters of 16 pt
fill the 156 mm line (28 × 15.75 pt ≤ 442.2 pt < 29 ×). A "lines and characters" grid with a
negative charSpace gives 28 in Word, but LibreOffice (7.4, checked) then gives every 16 pt
character two 15.8 pt cells, i.e. 14 per line; the condensed spacing gives 28 in Word, WPS and
LibreOffice alike. Automatic spacing between Chinese and Latin text is off (digits stay
half-width, lines stay on the grid); on w:overflowPunct see `styles_xml`.
tests/export/test_libreoffice.py checks the result in LibreOffice.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Twips
from lxml import etree

from app.export import ExportOptions, register_writer
from app.export.docx_package import tidy_package
from app.export.formal import note_profile
from app.export.layout import Block, Kind, Rule, draft_mark_text, layout_blocks
from app.export.paginate import block_lines
from app.model import Report
from app.profiles import MM_PER_PT, FontSpec, Profile, load_profile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NSDECL = f'xmlns:w="{W_NS}"'

# Characters XML 1.0 cannot hold (control characters pasted from elsewhere) are dropped.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

STYLE_IDS = {
    Kind.TITLE: "Title",
    Kind.RECIPIENT: "Recipient",
    Kind.BODY: None,            # Normal
    Kind.BLANK: None,
    Kind.SIGNATURE: "Signature",
    Kind.DATE: "Date",
    Kind.MARK: "Title",
    Kind.DOC_NUMBER: "Recipient",
    Kind.NOTE: "Recipient",
}


def write_docx(report: Report, path: Path, options: ExportOptions) -> None:
    profile = note_profile(load_profile(options.profile))
    build_document(report, profile, options).save(str(path))


def build_document(report: Report, profile: Profile, options: ExportOptions | None = None) -> docx.document.Document:
    """The report as a python-docx Document, ready to save."""
    options = options or ExportOptions()
    document = docx.Document()
    _replace_styles(document, profile)
    blocks = layout_blocks(report, profile, options.variant)
    _set_section(document, profile, options)
    note, pages = "", None
    if options.is_formal:
        from app.export.docx_formal import formal_note_xml

        note, pages = formal_note_xml(report, profile, blocks)
    _fill_body(document, blocks, profile, note)
    tidy_package(document, report, profile, blocks, pages)
    return document


# -- runs and paragraphs ----------------------------------------------------------------------

def _text(text: str) -> str:
    return escape(_INVALID_XML.sub("", text))


def fonts_xml(font: FontSpec, profile: Profile) -> str:
    """w:rFonts naming the font for East Asian and Latin text alike (python-docx sets no eastAsia)."""
    latin = profile.latin_font or font.family
    return (f'<w:rFonts w:ascii="{escape(latin)}" w:hAnsi="{escape(latin)}" '
            f'w:eastAsia="{escape(font.family)}" w:cs="{escape(latin)}" w:hint="eastAsia"/>')


def run_properties(role: str, profile: Profile, paragraph_role: str) -> str:
    """rPr of a run in a font role; size only when it differs from the paragraph style's."""
    font = profile.font(role)
    parts = [fonts_xml(font, profile)]
    if font.bold:
        parts.append("<w:b/><w:bCs/>")
    elif profile.font(paragraph_role).bold:
        parts.append('<w:b w:val="0"/><w:bCs w:val="0"/>')
    if font.half_points != profile.font(paragraph_role).half_points:
        parts.append(f'<w:sz w:val="{font.half_points}"/><w:szCs w:val="{font.half_points}"/>')
    return "<w:rPr>" + "".join(parts) + "</w:rPr>"


def _run_xml(text: str, rpr: str) -> str:
    if text == "\t":
        return f"<w:r>{rpr}<w:tab/></w:r>"
    pieces = text.split("\n")
    body = []
    for index, piece in enumerate(pieces):
        if index:
            body.append("<w:br/>")
        if piece:
            space = ' xml:space="preserve"' if piece != piece.strip() else ""
            body.append(f"<w:t{space}>{_text(piece)}</w:t>")
    return f"<w:r>{rpr}{''.join(body)}</w:r>"


def _paragraph_role(block: Block) -> str:
    return f"heading{min(block.depth, 4)}" if block.kind is Kind.HEADING and len(block.runs) == 1 else (
        "title" if block.kind is Kind.TITLE else "body")


def paragraph_xml(block: Block, profile: Profile, rpr_cache: dict[tuple[str, str], str]) -> str:
    role = _paragraph_role(block)
    ppr: list[str] = []
    if block.kind is Kind.HEADING:
        if len(block.runs) == 1:
            ppr.append(f'<w:pStyle w:val="Heading{min(block.depth, 4)}"/>')
        # A run-in heading keeps the body style (its paragraph is body text) but still carries
        # the outline level, so Word's navigation pane lists it.
        level = min(block.depth, 9) - 1
        if block.depth > 4 or len(block.runs) > 1:
            ppr.append(f'<w:outlineLvl w:val="{level}"/>')
    else:
        style = STYLE_IDS[block.kind]
        if style:
            ppr.append(f'<w:pStyle w:val="{style}"/>')
    if block.kind in (Kind.SIGNATURE, Kind.DATE):
        chars = round(block.right_chars * 100)
        ppr.append(f'<w:ind w:right="{profile.chars_twips(block.right_chars)}" w:rightChars="{chars}"/>')
    if block.kind is Kind.BLANK:
        ppr.append(f"<w:rPr>{fonts_xml(profile.body, profile)}</w:rPr>")
    if block.keep_next or block.keep_together:
        ppr.append(("<w:keepNext/>" if block.keep_next else "") + ("<w:keepLines/>" if block.keep_together else ""))
    ppr += _rules_and_tabs(block, profile)
    runs = []
    for run in block.runs:
        key = (run.role, role)
        rpr = rpr_cache.get(key)
        if rpr is None:
            rpr = rpr_cache[key] = run_properties(run.role, profile, role)
        if block.color:
            rpr = _with_color(rpr, block.color)
        runs.append(_run_xml(run.text, rpr))
    ppr_xml = f"<w:pPr>{''.join(_order_ppr(ppr))}</w:pPr>" if ppr else ""
    return f"<w:p>{ppr_xml}{''.join(runs)}</w:p>"


def _with_color(rpr: str, color: str) -> str:
    at = rpr.find("<w:sz ")
    at = at if at >= 0 else rpr.rfind("</w:rPr>")
    return f'{rpr[:at]}<w:color w:val="{color}"/>{rpr[at:]}'


def _border(side: str, rule: Rule) -> str:
    eighths = max(2, round(rule.thickness_mm / MM_PER_PT * 8))
    return (f'<w:{side} w:val="single" w:sz="{eighths}" w:space="{round(rule.space_pt)}" '
            f'w:color="{rule.color}"/>')


def _spacing_under_rules(block: Block, profile: Profile) -> str:
    """Word and LibreOffice add a border's width and distance to the paragraph's height: take them
    off its exact line spacing so the paragraph still fills whole grid lines and the lines after it
    stay where the paginator puts them."""
    extra = 0.0
    for rule in (block.rule_above, block.rule_below):
        if rule:
            extra += (rule.thickness_mm / MM_PER_PT + round(rule.space_pt)) * 20
    lines = len(block_lines(block, profile))
    return (f'<w:snapToGrid w:val="0"/><w:spacing w:line="{profile.line_pitch_twips - math.ceil(extra / lines)}" '
            'w:lineRule="exact"/>')


def _rules_and_tabs(block: Block, profile: Profile) -> list[str]:
    """Separator lines as paragraph borders; a two-sided line (发文字号 and 签发人) as left and
    right indents of one character with a right tab at the right indent."""
    out = []
    if block.rule_above or block.rule_below:
        sides = (_border("top", block.rule_above) if block.rule_above else "") + (
            _border("bottom", block.rule_below) if block.rule_below else "")
        out.append(f"<w:pBdr>{sides}</w:pBdr>")
    if block.rule_above or block.rule_below:
        out.append(_spacing_under_rules(block, profile))
    if block.kind in (Kind.DOC_NUMBER, Kind.NOTE):
        left = profile.chars_twips(block.first_line_chars)
        right = profile.chars_twips(block.right_chars)
        if any(run.text == "\t" for run in block.runs):
            out.append(f'<w:tabs><w:tab w:val="right" w:pos="{profile.text_width_twips - left - right}"/></w:tabs>')
        out.append(f'<w:ind w:left="{left}" w:right="{right}" w:firstLine="0" w:firstLineChars="0"/>')
    return out


_PPR_ORDER = ("pStyle", "keepNext", "pageBreakBefore", "framePr", "widowControl", "pBdr", "tabs",
              "overflowPunct", "autoSpaceDE", "autoSpaceDN", "snapToGrid", "spacing", "ind", "jc", "outlineLvl", "rPr")


def _order_ppr(items: list[str]) -> list[str]:
    """pPr children must follow the schema's order (Word rejects the file otherwise)."""
    def rank(item: str) -> int:
        name = item[3:].split(" ", 1)[0].split(">", 1)[0].rstrip("/")
        return _PPR_ORDER.index(name)
    return sorted(items, key=rank)


def _fill_body(document: docx.document.Document, blocks: Iterable[Block], profile: Profile, tail: str = "") -> None:
    cache: dict[tuple[str, str], str] = {}
    xml = "".join(paragraph_xml(block, profile, cache) for block in blocks) + tail
    fragment = etree.fromstring(f"<w:body {_NSDECL}>{xml}</w:body>".encode())
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    index = len(body) - 1  # the body ends with its sectPr: the paragraphs go before it
    body[index:index] = list(fragment)


# -- styles -----------------------------------------------------------------------------------

def _style(style_id: str, name: str, profile: Profile, role: str, *, ppr: str = "", default: bool = False,
           based_on: str | None = "Normal", next_style: str | None = None, builtin: bool = True) -> str:
    font = profile.font(role)
    attrs = ' w:default="1"' if default else ""
    custom = "" if builtin else ' w:customStyle="1"'
    parts = [f'<w:style w:type="paragraph"{attrs}{custom} w:styleId="{style_id}"><w:name w:val="{name}"/>']
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if next_style:
        parts.append(f'<w:next w:val="{next_style}"/>')
    parts.append('<w:qFormat/>')
    if ppr:
        parts.append(f"<w:pPr>{ppr}</w:pPr>")
    bold = "<w:b/><w:bCs/>" if font.bold else ""
    parts.append(f'<w:rPr>{fonts_xml(font, profile)}{bold}<w:sz w:val="{font.half_points}"/>'
                 f'<w:szCs w:val="{font.half_points}"/></w:rPr></w:style>')
    return "".join(parts)


def styles_xml(profile: Profile) -> str:
    body = profile.body
    pitch = profile.line_pitch_twips
    indent = round(profile.first_line_indent_chars * 100)
    indent_twips = profile.chars_twips(profile.first_line_indent_chars)
    no_indent = '<w:ind w:firstLine="0" w:firstLineChars="0"/>'
    # w:overflowPunct="1": Word and WPS let a closing mark hang past the margin (their default
    # for Chinese; the 28 characters stay in the line). LibreOffice 7.4 reads the value the other
    # way round and then does not hang, which it must not: hanging combined with the condensed
    # spacing makes it drop the hanging mark from the page (measured: "精神，在" printed "精神在").
    normal_ppr = (f'<w:widowControl/><w:overflowPunct w:val="1"/><w:autoSpaceDE w:val="0"/>'
                  f'<w:autoSpaceDN w:val="0"/><w:spacing w:before="0" w:after="0" w:line="{pitch}" '
                  f'w:lineRule="exact"/><w:ind w:firstLine="{indent_twips}" w:firstLineChars="{indent}"/>'
                  f'<w:jc w:val="both"/>')
    styles = [
        f'<w:styles {_NSDECL}>',
        '<w:docDefaults><w:rPrDefault><w:rPr>',
        fonts_xml(body, profile),
        f'<w:spacing w:val="{profile.char_spacing_twips}"/>'
        f'<w:kern w:val="2"/><w:sz w:val="{body.half_points}"/><w:szCs w:val="{body.half_points}"/>',
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>',
        '<w:pPrDefault><w:pPr><w:widowControl/><w:overflowPunct w:val="1"/>'
        '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:jc w:val="both"/>'
        '</w:pPr></w:pPrDefault>',
        '</w:docDefaults>',
        _style("Normal", "Normal", profile, "body", ppr=normal_ppr, default=True, based_on=None),
        _style("Title", "Title", profile, "title", next_style="Normal",
               ppr=f'<w:snapToGrid w:val="0"/>{no_indent}<w:jc w:val="center"/>'),
    ]
    for level in range(1, 5):
        styles.append(_style(f"Heading{level}", f"heading {level}", profile, f"heading{level}",
                             next_style="Normal", ppr=f'<w:outlineLvl w:val="{level - 1}"/>'))
    styles += [
        _style("Recipient", "主送机关", profile, "body", next_style="Normal", builtin=False,
               ppr=f'{no_indent}<w:jc w:val="left"/>'),
        _style("Signature", "Signature", profile, "body", ppr=f'{no_indent}<w:jc w:val="right"/>'),
        _style("Date", "Date", profile, "body", next_style="Normal", ppr=f'{no_indent}<w:jc w:val="right"/>'),
        _style("Header", "header", profile, "draft_mark",
               ppr=f'<w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/>{no_indent}'
                   '<w:jc w:val="left"/>'),
        _style("Footer", "footer", profile, "page_number",
               ppr=f'<w:snapToGrid w:val="0"/><w:spacing w:line="{profile.page_number_line_twips}" '
                   f'w:lineRule="exact"/>{no_indent}'),
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        '<w:unhideWhenUsed/></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
        '</w:styles>',
    ]
    return "".join(styles)


def _replace_styles(document: docx.document.Document, profile: Profile) -> None:
    """Swap the template's 350 kB of styles for ours: only what the report uses, all with
    East Asian fonts, so the styles Word shows are the official ones."""
    document.part._styles_part._element = parse_xml(styles_xml(profile))


# -- settings, section, headers and footers ---------------------------------------------------

def _set_section(document: docx.document.Document, profile: Profile, options: ExportOptions) -> None:
    section = document.sections[0]
    section.page_width = Twips(profile.twips(profile.page_width_mm))
    section.page_height = Twips(profile.twips(profile.page_height_mm))
    section.top_margin = Twips(profile.twips(profile.margin_top_mm))
    section.bottom_margin = Twips(profile.twips(profile.margin_bottom_mm))
    section.left_margin = Twips(profile.twips(profile.margin_left_mm))
    section.right_margin = Twips(profile.twips(profile.margin_right_mm))
    section.header_distance = Twips(profile.twips(profile.header_distance_mm))
    section.footer_distance = Twips(profile.footer_distance_twips)
    section.gutter = Twips(0)
    sect_pr = section._sectPr
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = etree.SubElement(sect_pr, qn("w:docGrid"))
    grid.attrib.clear()
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(profile.line_pitch_twips))
    _fill_footer(section.footer, profile, odd=True)
    _fill_footer(section.even_page_footer, profile, odd=False)
    if options.is_draft:
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
        for header in (section.header, section.even_page_header):
            _fill_draft_header(header, profile, stamp, options.draft_label)


def _replace_paragraphs(container, xml: str) -> None:
    element = container._element
    for child in list(element):
        element.remove(child)
    element.append(parse_xml(xml))


def footer_paragraph_xml(profile: Profile, *, odd: bool) -> str:
    """`— n —` with the page number as a PAGE field: odd pages right, even pages left, one
    character (of the page-number font) in from the edge."""
    font = profile.font("page_number")
    indent = profile.chars_twips(profile.page_number_indent_chars, "page_number")
    side, align = ("right", "right") if odd else ("left", "left")
    rpr = f"<w:rPr>{fonts_xml(font, profile)}</w:rPr>"
    dash = _text(profile.page_number_dash)
    runs = (
        f'<w:r>{rpr}<w:t xml:space="preserve">{dash} </w:t></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r>{rpr}<w:t>{1 if odd else 2}</w:t></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
        f'<w:r>{rpr}<w:t xml:space="preserve"> {dash}</w:t></w:r>'
    )
    return (f'<w:p {_NSDECL}><w:pPr><w:pStyle w:val="Footer"/>'
            f'<w:ind w:{side}="{indent}"/><w:jc w:val="{align}"/></w:pPr>{runs}</w:p>')


def _fill_footer(footer, profile: Profile, *, odd: bool) -> None:
    footer.is_linked_to_previous = False
    _replace_paragraphs(footer, footer_paragraph_xml(profile, odd=odd))


def _fill_draft_header(header, profile: Profile, stamp: str, label: str) -> None:
    header.is_linked_to_previous = False
    font = profile.font("draft_mark")
    rpr = f"<w:rPr>{fonts_xml(font, profile)}</w:rPr>"
    text = _text(draft_mark_text(stamp, label))
    _replace_paragraphs(header, f'<w:p {_NSDECL}><w:pPr><w:pStyle w:val="Header"/></w:pPr>'
                                f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>')


register_writer(".docx", write_docx)
