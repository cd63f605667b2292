"""OFD (GB/T 33190, 版式文档) → paragraph records.

An OFD file is a zip of XML: OFD.xml names each document's Document.xml, which lists its pages;
a page's Content.xml holds TextObjects (a Boundary box, a Size) whose TextCodes give the text
and its position (X, Y, DeltaX) in millimetres, y growing downwards. The text lines are rebuilt
from their baselines and go through the same layout rules as a PDF's (pdf_layout.py).

The readers on PyPI were tried first: easyofd renders pages to images (its PDF→OFD conversion
writes no text at all) and drags in PyMuPDF, OpenCV-class dependencies and onnxruntime; reading
the XML ourselves with lxml is small, fast and exact.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.importing.pdf_layout import PdfLine, clean_spacing, drop_furniture, merge_split_lines, paragraphs
from app.importing.records import ParagraphRecord, SourceDocument

MAX_MEMBER_BYTES = 50 * 1024 * 1024
MAX_PAGES = 2000
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: Any, name: str) -> list[Any]:
    return [c for c in element.iter() if _local(c.tag) == name]


def _first_text(element: Any, name: str) -> str:
    found = next((c for c in element.iter() if _local(c.tag) == name), None)
    return (found.text or "").strip() if found is not None else ""


def _numbers(text: str | None) -> list[float]:
    return [float(n) for n in _NUMBER.findall(text or "")]


def delta_x(spec: str | None, count: int) -> list[float]:
    """The advances between a TextCode's characters: "5.6 5.6" or "g 3 5.6" (5.6 three times)."""
    tokens = (spec or "").split()
    out: list[float] = []
    i = 0
    while i < len(tokens):
        if tokens[i] == "g" and i + 2 < len(tokens):
            out += [float(tokens[i + 2])] * int(float(tokens[i + 1]))
            i += 3
        else:
            try:
                out.append(float(tokens[i]))
            except ValueError:
                pass
            i += 1
    return out[:max(count - 1, 0)]


class _Archive:
    def __init__(self, path: Path) -> None:
        try:
            self.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise UserError(f"无法读取 OFD 文件 {path.name}：文件已损坏或不是 OFD（{exc}）") from None
        self.name = path.name

    def xml(self, member: str) -> Any:
        import lxml.etree

        member = member.lstrip("/")
        try:
            info = self.zip.getinfo(member)
        except KeyError:
            raise UserError(f"OFD 文件 {self.name} 不完整：缺少 {member}（broken OFD）") from None
        if info.file_size > MAX_MEMBER_BYTES:
            raise UserError(f"OFD 文件 {self.name} 中的 {member} 过大，无法读取（member too large）")
        try:
            return lxml.etree.fromstring(self.zip.read(info), lxml.etree.XMLParser(resolve_entities=False, no_network=True))
        except lxml.etree.XMLSyntaxError as exc:
            raise UserError(f"OFD 文件 {self.name} 已损坏：{member} 无法解析（{exc}）") from None


def _page_lines(root: Any, number: int, width: float) -> list[PdfLine]:
    """Text lines of one page: TextCodes on one baseline, left to right."""
    codes: list[tuple[float, float, float, float, str]] = []   # baseline, left, right, size, text
    for text_object in _children(root, "TextObject"):
        box = _numbers(text_object.get("Boundary"))
        ox, oy = (box[0], box[1]) if len(box) >= 2 else (0.0, 0.0)
        size = float(text_object.get("Size") or 0) or 3.5
        x = y = 0.0
        for code in _children(text_object, "TextCode"):
            text = code.text or ""
            x = float(code.get("X") or x)
            y = float(code.get("Y") or y)
            if not text.strip():
                continue
            advances = delta_x(code.get("DeltaX"), len(text))
            width_of = sum(advances) + size if advances else size * len(text)
            if advances and len(advances) == len(text) - 1:
                # Producers that leave spaces out advance past them: a gap wider than a character
                # and a half was a space in the source.
                text = "".join(c + (" " if i < len(advances) and advances[i] > size * 1.4 and c.isalnum()
                                    and text[i + 1].isalnum() else "") for i, c in enumerate(text))
            codes.append((oy + y, ox + x, ox + x + width_of, size, text))
    codes.sort(key=lambda c: (round(c[0] / (c[3] * 0.5)), c[1]))
    lines: list[PdfLine] = []
    for baseline, left, right, size, text in codes:
        last = lines[-1] if lines else None
        if last is not None and abs(-baseline - last.baseline) < size * 0.5:
            gap = left - last.right
            last.text += (" " if gap > size * 0.9 else "") + text
            last.right = right
        else:
            lines.append(PdfLine(text, left, right, -baseline, size, number, width))
    for line in lines:
        line.text = clean_spacing(line.text)
    return merge_split_lines([l for l in lines if l.text])


def read_ofd(path: Path) -> SourceDocument:
    archive = _Archive(path)
    with archive.zip:
        entry = archive.xml("OFD.xml")
        roots = [r.text.strip() for r in _children(entry, "DocRoot") if r.text and r.text.strip()]
        if not roots:
            raise UserError(f"OFD 文件 {path.name} 中没有文档（no DocRoot）")
        document_path = roots[0].lstrip("/")
        document = archive.xml(document_path)
        base = posixpath.dirname(document_path)
        box = _numbers(_first_text(document, "PhysicalBox"))
        width = box[2] if len(box) >= 4 else 210.0
        pages = [p.get("BaseLoc", "") for p in _children(document, "Page") if p.get("BaseLoc")]
        if not pages:
            raise UserError(f"OFD 文件 {path.name} 没有页面（empty OFD）")
        if len(pages) > MAX_PAGES:
            raise UserError(f"OFD 文件有 {len(pages)} 页，不像一份年度报告（too many pages）")
        page_lines = []
        for number, location in enumerate(pages):
            member = location.lstrip("/") if location.startswith("/") else posixpath.normpath(posixpath.join(base, location))
            page_lines.append(_page_lines(archive.xml(member), number, width))
    if not any(page_lines):
        raise UserError(f"{path.name} 没有文字（可能是扫描件或图片），无法识别文字：请找到文字版后再导入（no text in the OFD）")
    lines, dropped = drop_furniture(page_lines)
    warnings = ["已按版面把 OFD 中折行的文字重新连成段落，请核对段落划分"]
    if dropped:
        warnings.append(f"已去掉 OFD 的页眉、页脚和页码 {len(dropped)} 处（{'；'.join(dropped[:3])[:40]}）")
    return SourceDocument([ParagraphRecord(text=text) for text in paragraphs(lines)], warnings)
