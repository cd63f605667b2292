"""A .docx file → paragraph records, parsing the OOXML directly (zipfile + lxml).

Body order including tables (one record per row) and text boxes (once: Word stores a text box
in mc:Choice and again in the VML mc:Fallback); Word automatic numbering rendered from
numbering.xml; heading styles and outline levels through basedOn chains; soft line breaks split
a paragraph into lines. Headers, footers, footnotes, deleted revisions and field codes are ignored.
Defensive: corrupt or encrypted files, zip bombs and XML entity bombs give a one-line UserError.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from app.errors import UserError
from app.importing.docx_numbering import Numbering, W
from app.importing.records import ParagraphRecord, Progress, SourceDocument, checked
from app.importing.safe_zip import SafeZip, check_not_ole

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)


@dataclass
class StyleInfo:
    name: str = ""
    based_on: str = ""
    outline_level: int | None = None   # 0-based as in w:outlineLvl
    num_id: str = ""
    ilvl: int | None = None
    bold: bool | None = None
    font: str = ""
    kind: str = "paragraph"


class Styles:
    """Paragraph styles with their basedOn chains resolved lazily."""

    def __init__(self, root: etree._Element | None) -> None:
        self.styles: dict[str, StyleInfo] = {}
        self.default_id = ""
        self.numbering_styles: dict[str, str] = {}   # numbering style id → numId
        if root is None:
            return
        for style in root.iter(W + "style"):
            sid = style.get(W + "styleId", "")
            info = StyleInfo(kind=style.get(W + "type", "paragraph"))
            name = style.find(W + "name")
            info.name = name.get(W + "val", "") if name is not None else sid
            based = style.find(W + "basedOn")
            info.based_on = based.get(W + "val", "") if based is not None else ""
            ppr = style.find(W + "pPr")
            if ppr is not None:
                outline = ppr.find(W + "outlineLvl")
                if outline is not None:
                    info.outline_level = _int(outline.get(W + "val", "9"), 9)
                num_pr = ppr.find(W + "numPr")
                if num_pr is not None:
                    num_id = num_pr.find(W + "numId")
                    ilvl = num_pr.find(W + "ilvl")
                    info.num_id = num_id.get(W + "val", "") if num_id is not None else ""
                    info.ilvl = _int(ilvl.get(W + "val", "0"), 0) if ilvl is not None else None
            rpr = style.find(W + "rPr")
            if rpr is not None:
                info.bold = _on(rpr.find(W + "b"))
                info.font = _east_asia_font(rpr)
            self.styles[sid] = info
            if info.kind == "numbering" and info.num_id:
                self.numbering_styles[sid] = info.num_id
            if style.get(W + "default") in ("1", "true") and info.kind == "paragraph":
                self.default_id = sid

    def chain(self, sid: str) -> list[StyleInfo]:
        out: list[StyleInfo] = []
        seen: set[str] = set()
        while sid and sid in self.styles and sid not in seen and len(out) < 20:
            seen.add(sid)
            out.append(self.styles[sid])
            sid = self.styles[sid].based_on
        return out

    def name(self, sid: str) -> str:
        info = self.styles.get(sid)
        return info.name if info else sid

    def outline_level(self, sid: str) -> int | None:
        """1-based heading level of a style (heading N names or w:outlineLvl), None for body."""
        for info in self.chain(sid):
            match = _HEADING_NAME.match(info.name.strip())
            if match and 1 <= int(match.group(1)) <= 9:
                return int(match.group(1))
            if info.outline_level is not None:
                return info.outline_level + 1 if info.outline_level < 9 else None
        return None

    def is_title(self, sid: str) -> bool:
        return any(i.name.strip().lower() in ("title", "标题") for i in self.chain(sid))

    def numbering(self, sid: str) -> tuple[str, int | None] | None:
        for info in self.chain(sid):
            if info.num_id:
                return info.num_id, info.ilvl
        return None

    def bold(self, sid: str) -> bool:
        for info in self.chain(sid):
            if info.bold is not None:
                return info.bold
        return False

    def font(self, sid: str) -> str:
        for info in self.chain(sid):
            if info.font:
                return info.font
        return ""


def _int(text: str, default: int) -> int:
    try:
        return int(text)
    except ValueError:
        return default


def _on(elem: etree._Element | None) -> bool | None:
    if elem is None:
        return None
    return elem.get(W + "val", "true") not in ("0", "false", "off")


def _east_asia_font(rpr: etree._Element) -> str:
    fonts = rpr.find(W + "rFonts")
    if fonts is None:
        return ""
    return fonts.get(W + "eastAsia") or fonts.get(W + "ascii") or fonts.get(W + "hAnsi") or ""


_T, _TAB, _BR, _CR, _R = W + "t", W + "tab", W + "br", W + "cr", W + "r"
_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT = W + "p", W + "tbl", W + "tr", W + "tc", W + "sdt", W + "sdtContent"
_TXBX = W + "txbxContent"
_SKIP = {W + "pPr", W + "rPr", W + "del", W + "delText", W + "instrText", W + "delInstrText",
         MC + "Fallback", W + "footnoteReference", W + "endnoteReference", W + "commentReference",
         W + "moveFrom"}
_ALT, _CHOICE = MC + "AlternateContent", MC + "Choice"


class _Paragraph:
    """Text and runs of one w:p, with the text boxes anchored in it."""

    __slots__ = ("runs", "boxes")

    def __init__(self) -> None:
        self.runs: list[list] = []          # [text, font, bold]
        self.boxes: list[etree._Element] = []


def _collect(elem: etree._Element, para: _Paragraph, font: str, bold: bool) -> None:
    for child in elem:
        tag = child.tag
        if tag == _R:
            rpr = child.find(W + "rPr")
            run_font, run_bold = font, bold
            if rpr is not None:
                run_font = _east_asia_font(rpr) or font
                b = _on(rpr.find(W + "b"))
                run_bold = bold if b is None else b
            para.runs.append(["", run_font, run_bold])
            _collect(child, para, run_font, run_bold)
        elif tag == _T:
            if not para.runs:
                para.runs.append(["", font, bold])
            para.runs[-1][0] += child.text or ""
        elif tag == _TAB:
            if para.runs:
                para.runs[-1][0] += "\t"
        elif tag == _BR or tag == _CR:
            if para.runs and child.get(W + "type") not in ("page", "column"):
                para.runs[-1][0] += "\n"
        elif tag == _TXBX:
            para.boxes.append(child)
        elif tag in _SKIP or not isinstance(tag, str):
            continue
        else:
            _collect(child, para, font, bold)


class DocxReader:
    def __init__(self, archive: SafeZip, progress: Progress | None) -> None:
        self.archive = archive
        self.progress = progress
        self.styles = Styles(archive.xml("word/styles.xml"))
        self.numbering = Numbering(archive.xml("word/numbering.xml"))
        self.records: list[ParagraphRecord] = []
        self.tables = 0
        self.boxes = 0

    def read(self) -> SourceDocument:
        root = self.archive.xml(self._main_part())
        if root is None:
            raise UserError(f"文件缺少正文部分，不是有效的 Word 文档：{self.archive.name}（no document.xml）")
        body = root.find(W + "body")
        if body is None:
            raise UserError(f"文件缺少正文部分，不是有效的 Word 文档：{self.archive.name}（no body）")
        children = list(body)
        total = len(children)
        for done, child in enumerate(children):
            if done % 200 == 0:
                checked(self.progress, done, total)
            self._block(child, in_table=False)
        checked(self.progress, total, total)
        warnings = []
        if self.tables:
            warnings.append(f"文档中有 {self.tables} 个表格，表格内容已按行作为正文段落保留，请核对")
        if self.boxes:
            warnings.append(f"文档中有 {self.boxes} 个文本框，其中的文字已作为正文段落保留，请核对")
        return SourceDocument(self.records, warnings)

    def _main_part(self) -> str:
        rels = self.archive.xml("_rels/.rels")
        if rels is not None:
            for rel in rels:
                if rel.get("Type", "").endswith("/officeDocument"):
                    target = rel.get("Target", "").lstrip("/")
                    if target:
                        return target
        return "word/document.xml"

    def _block(self, elem: etree._Element, in_table: bool) -> None:
        tag = elem.tag
        if tag == _P:
            self._paragraph(elem, in_table)
        elif tag == _TBL:
            if not in_table:
                self.tables += 1
            for row in elem.iter(_TR):
                if row.getparent() is not elem:
                    continue   # rows of nested tables are read with their cell
                self._row(row)
        elif tag == _SDT:
            content = elem.find(_SDT_CONTENT)
            if content is not None:
                for child in content:
                    self._block(child, in_table)
        elif tag == _ALT:
            choice = elem.find(_CHOICE)
            if choice is not None:
                for child in choice:
                    self._block(child, in_table)
        elif tag in (W + "customXml", W + "ins", W + "moveTo"):
            for child in elem:
                self._block(child, in_table)

    def _row(self, row: etree._Element) -> None:
        cells: list[str] = []
        for cell in row:
            if cell.tag == _SDT:
                content = cell.find(_SDT_CONTENT)
                cell = content.find(_TC) if content is not None and content.find(_TC) is not None else cell
            if cell.tag != _TC:
                continue
            start = len(self.records)
            for child in cell:
                self._block(child, in_table=True)
            texts = [r.text for r in self.records[start:] if r.text.strip()]
            del self.records[start:]
            cells.append(" ".join(t.strip() for t in texts))
        text = "\t".join(c for c in cells if c)
        if text:
            self.records.append(ParagraphRecord(text=text, in_table=True))

    def _paragraph(self, p: etree._Element, in_table: bool) -> None:
        ppr = p.find(W + "pPr")
        sid = ""
        num: tuple[str, int | None] | None = None
        outline: int | None = None
        if ppr is not None:
            pstyle = ppr.find(W + "pStyle")
            sid = pstyle.get(W + "val", "") if pstyle is not None else ""
            num_pr = ppr.find(W + "numPr")
            if num_pr is not None:
                num_id = num_pr.find(W + "numId")
                ilvl = num_pr.find(W + "ilvl")
                num = (num_id.get(W + "val", "") if num_id is not None else "",
                       _int(ilvl.get(W + "val", "0"), 0) if ilvl is not None else None)
            outline_elem = ppr.find(W + "outlineLvl")
            if outline_elem is not None:
                value = _int(outline_elem.get(W + "val", "9"), 9)
                outline = value + 1 if value < 9 else None
        sid = sid or self.styles.default_id
        style_font, style_bold = self.styles.font(sid), self.styles.bold(sid)
        para = _Paragraph()
        _collect(p, para, style_font, style_bold)
        text = "".join(r[0] for r in para.runs)
        has_own_level = ppr is not None and ppr.find(W + "outlineLvl") is not None
        record_outline = outline if has_own_level else self.styles.outline_level(sid)
        style_num = self.styles.numbering(sid)
        if num is None and style_num is not None:
            num = style_num
        elif num is not None and num[0] == "" and style_num is not None:
            num = (style_num[0], num[1])
        list_marker, bullet, level, list_id = "", False, None, ""
        if num is not None and num[0] not in ("", "0") and text.strip():
            ilvl = num[1]
            if ilvl is None:
                linked = self.numbering.style_levels.get(sid)
                ilvl = linked[1] if linked else (style_num[1] if style_num and style_num[1] is not None else 0)
            rendered = self.numbering.render(num[0], ilvl, self.styles.numbering_styles)
            if rendered is not None:
                list_marker, bullet, level, list_id = rendered.text.strip(), rendered.bullet, rendered.level, rendered.list_id
        runs = [(r[0], r[1], bool(r[2])) for r in para.runs if r[0]]
        visible = [r for r in runs if r[0].strip()]
        bold = bool(visible) and all(r[2] for r in visible)
        font = visible[0][1] if visible else style_font
        common: dict[str, Any] = dict(style=self.styles.name(sid), outline_level=record_outline, bold=bold, font=font,
                      in_table=in_table, is_title_style=self.styles.is_title(sid))
        lines = text.split("\n")
        if len(lines) == 1:
            self.records.append(ParagraphRecord(text=text, list_marker=list_marker, runs=runs, list_bullet=bullet,
                                                list_level=level, list_id=list_id, **common))
        else:
            # A soft line break: each line is a paragraph of its own for the recogniser; the
            # number (if any) belongs to the first line.
            for i, line in enumerate(lines):
                self.records.append(ParagraphRecord(
                    text=line, list_marker=list_marker if i == 0 else "", list_bullet=bullet and i == 0,
                    list_level=level if i == 0 else None, list_id=list_id if i == 0 else "",
                    runs=[(line, font, bold)], **common))
        for box in para.boxes:
            self.boxes += 1
            for child in box:
                self._block(child, in_table)


def read_docx(path: Path, progress: Progress | None = None) -> SourceDocument:
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise UserError(f"无法读取文件：{path}（{exc.strerror or exc}）") from None
    if not head:
        raise UserError(f"文件是空的：{path.name}（empty file）")
    check_not_ole(path, head)
    archive = SafeZip(path)
    try:
        return DocxReader(archive, progress).read()
    finally:
        archive.close()
