"""The .docx package around the body: settings, font table, document properties — none of
python-docx's template leftovers (a font table of Calibri and ＭＳ 明朝, a blank thumbnail, an
app.xml saying "Microsoft Macintosh Word" with 0 words)."""

from __future__ import annotations

import datetime as dt
import re
from xml.sax.saxutils import escape

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from app.export.layout import Block
from app.export.paginate import Page, estimate_pages
from app.model import Report
from app.profiles import Profile

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"

# Word's own zh-CN kinsoku lists (what Word and WPS write for Chinese documents): no line starts
# with the first list's characters, none ends with the second's.
NO_BREAK_BEFORE = ("!%),.:;>?]}¢¨°·ˇˉ―‖’”…‰′″›℃∶、。〃〉》」』】〕〗〞︶︺︾﹀﹄﹚﹜﹞！＂％＇），．：；？］｝～￠")
NO_BREAK_AFTER = "$([{£¥·‘“〈《「『【〔〖〝﹙﹛﹝＄（．［｛￡￥"

# The Windows fonts Word and WPS substitute for the GB names when those are missing.
ALT_NAMES = {"仿宋_GB2312": "仿宋", "楷体_GB2312": "楷体", "方正小标宋简体": "宋体", "黑体": "SimHei",
             "宋体": "SimSun"}


def tidy_package(document: docx.document.Document, report: Report, profile: Profile, blocks: list[Block],
                 pages: list[Page] | None = None) -> None:
    _drop_styles_with_effects(document)
    _drop_thumbnail(document)
    _set_settings(document)
    _set_font_table(document, profile)
    _set_core_properties(document, report)
    _set_app_properties(document, report, profile, blocks, pages or estimate_pages(blocks, profile))


def _part(document: docx.document.Document, name: str):
    return next((p for p in document.part.package.iter_parts() if p.partname == name), None)


def _drop_styles_with_effects(document: docx.document.Document) -> None:
    """Word 2010 would read the template's stylesWithEffects.xml instead of our styles."""
    part = document.part
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            part.drop_rel(rel_id)


def _drop_thumbnail(document: docx.document.Document) -> None:
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rel_id]


def _set_settings(document: docx.document.Document) -> None:
    settings = document.settings
    settings.odd_and_even_pages_header_footer = True
    element = settings.element
    lang = element.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")
    preview = element.find(qn("w:savePreviewPicture"))
    if preview is not None:
        element.remove(preview)  # no thumbnail: nothing to preview
    spacing = element.find(qn("w:characterSpacingControl"))
    if spacing is None:
        return
    spacing.set(qn("w:val"), "doNotCompress")  # compressed punctuation would fit a 29th char
    for name in ("w:noLineBreaksBefore", "w:noLineBreaksAfter"):
        old = element.find(qn(name))
        if old is not None:
            element.remove(old)
    # Schema order: characterSpacingControl, (printTwoOnOne, strictFirstAndLastChars,)
    # noLineBreaksAfter, noLineBreaksBefore.
    before = parse_xml(f'<w:noLineBreaksBefore xmlns:w="{W_NS}" w:lang="zh-CN" w:val="{escape(NO_BREAK_BEFORE)}"/>')
    after = parse_xml(f'<w:noLineBreaksAfter xmlns:w="{W_NS}" w:lang="zh-CN" w:val="{escape(NO_BREAK_AFTER)}"/>')
    spacing.addnext(before)
    spacing.addnext(after)


def font_table_xml(profile: Profile) -> str:
    """Every font the profile names, GB2312 charset (86), with the Windows name to fall back on."""
    families: list[str] = []
    for role_font in profile.fonts.values():
        if role_font.family not in families:
            families.append(role_font.family)
    if profile.latin_font and profile.latin_font not in families:
        families.append(profile.latin_font)
    fonts = []
    for family in families:
        spec = next((s for s in profile.fonts.values() if s.family == family), None)
        alt = ALT_NAMES.get(family) or next((f for f in (spec.fallbacks if spec else ()) if f != family), "")
        alt_xml = f'<w:altName w:val="{escape(alt)}"/>' if alt and alt != family else ""
        latin = family.isascii()
        kind = "modern" if family in ("黑体", "SimHei") else "roman"
        fonts.append(f'<w:font w:name="{escape(family)}">{alt_xml}<w:charset w:val="{"00" if latin else "86"}"/>'
                     f'<w:family w:val="{kind}"/><w:pitch w:val="variable"/></w:font>')
    return f'<w:fonts xmlns:w="{W_NS}">{"".join(fonts)}</w:fonts>'


def _set_font_table(document: docx.document.Document, profile: Profile) -> None:
    part = _part(document, "/word/fontTable.xml")
    if part is not None:
        part._blob = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + font_table_xml(profile)).encode()


def _set_core_properties(document: docx.document.Document, report: Report) -> None:
    props = document.core_properties
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.title = _INVALID_XML.sub("", report.title)[:255]
    props.author = _INVALID_XML.sub("", report.organization)[:255] or "成文"
    props.last_modified_by = "成文"
    props.language = "zh-CN"
    props.created = now
    props.modified = now
    props.revision = 1
    props.comments = ""
    props.subject = f"{report.year}年法治政府建设情况报告" if report.year else ""
    props.keywords = ""


_LATIN_WORD = re.compile(r"[0-9A-Za-z][0-9A-Za-z.\-'_%]*")
_SPACE = re.compile(r"\s")
_WIDE = re.compile(r"[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]")


def text_counts(blocks: list[Block]) -> tuple[int, int, int, int]:
    """(words, characters without spaces, with spaces, paragraphs) as Word counts them for Chinese:
    each Chinese character or full-width mark is a word, so is each Latin word or number."""
    texts = [t for t in (b.text.replace("\n", "").replace("\t", "") for b in blocks) if t.strip()]
    joined = "\n".join(texts)
    spaced = len(joined) - len(texts) + 1 if texts else 0
    chars = len(joined) - len(_SPACE.findall(joined))
    words = len(_WIDE.findall(joined)) + len(_LATIN_WORD.findall(joined))
    return words, chars, spaced, len(texts)


def _set_app_properties(document: docx.document.Document, report: Report, profile: Profile, blocks: list[Block],
                        pages: list[Page]) -> None:
    part = _part(document, "/docProps/app.xml")
    if part is None:
        return
    words, chars, spaced, paragraphs = text_counts(blocks)
    lines = sum(1 for page in pages for line in page.lines if not line.blank)
    company = escape(_INVALID_XML.sub("", report.organization)[:255])
    part._blob = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{APP_NS}" xmlns:vt="{VT_NS}"><Template>Normal.dotm</Template><TotalTime>0</TotalTime>'
        f"<Pages>{len(pages)}</Pages><Words>{words}</Words><Characters>{chars}</Characters>"
        "<Application>Chengwen</Application><DocSecurity>0</DocSecurity>"
        f"<Lines>{lines}</Lines><Paragraphs>{paragraphs}</Paragraphs><ScaleCrop>false</ScaleCrop>"
        f"<Company>{company}</Company><LinksUpToDate>false</LinksUpToDate>"
        f"<CharactersWithSpaces>{spaced}</CharactersWithSpaces><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>1.0000</AppVersion></Properties>"
    ).encode()


