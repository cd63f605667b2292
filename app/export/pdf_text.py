"""Exact text in Qt's PDF: rewrite the fonts' ToUnicode maps from the characters actually drawn.

Qt's PDF writer maps each glyph to the *first* code point of the font's cmap that uses it, and
Noto CJK shares glyphs between ideographs and the Kangxi radicals / CJK radical supplement
(工 and ⼯ U+2F2F, 青 and ⻘ U+2EC4) and between 〈 and U+2329: copying, searching and reading
aloud then give the radical. We know what we drew, so each code point in a ToUnicode map that
was not drawn is replaced by the drawn character that has the same glyph in the same font.

Qt writes the ToUnicode CMaps uncompressed with four hex digits per BMP code point; the
replacement is always a BMP character of four digits too, so the file is patched in place,
byte for byte the same length: no offset in the cross-reference table moves.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

_CMAP = re.compile(rb"begincmap.*?endcmap", re.S)
_HEX4 = re.compile(rb"<([0-9A-Fa-f]{4})>")


def mapped_characters(path: Path) -> set[str]:
    """Every character the ToUnicode maps of the PDF at `path` name."""
    out: set[str] = set()
    for cmap in _CMAP.finditer(path.read_bytes()):
        for line in cmap[0].split(b"\n"):
            if line.startswith(b"<") and line.count(b"<") >= 2:
                cut = line.index(b"[") if b"[" in line else line.rindex(b"<")
                out.update(chr(int(code, 16)) for code in _HEX4.findall(line[cut:]))
    return out


def equivalents(drawn: set[str], fonts: Iterable[object], mapped: set[str]) -> dict[str, str]:
    """{code point Qt wrote but we did not draw: the drawn character it stands for}, from shared
    glyphs in `fonts` (QFonts) and, for glyphs found in no primary font, Unicode decompositions."""
    from PySide6.QtGui import QRawFont

    out: dict[str, str] = {}
    raws = [QRawFont.fromFont(font) for font in fonts]  # type: ignore[arg-type]
    suspects = sorted(mapped - drawn)
    for raw in raws:
        if not raw.isValid():
            continue
        by_glyph: dict[int, str] = {}
        for char in sorted(drawn):
            glyphs = raw.glyphIndexesForString(char)
            if len(glyphs) == 1 and glyphs[0]:
                by_glyph.setdefault(glyphs[0], char)
        for suspect in suspects:
            if suspect in drawn or suspect in out:
                continue
            glyphs = raw.glyphIndexesForString(suspect)
            if len(glyphs) == 1 and glyphs[0] in by_glyph:
                out[suspect] = by_glyph[glyphs[0]]
    for suspect in suspects:
        if suspect not in drawn and suspect not in out:
            decomposed = unicodedata.normalize("NFKC", suspect)
            if decomposed in drawn:
                out[suspect] = decomposed
    return {k: v for k, v in out.items() if ord(v) <= 0xFFFF}


def fix_to_unicode(path: Path, replacements: dict[str, str]) -> int:
    """Patch the ToUnicode CMaps of the PDF at `path` in place; returns the entries changed."""
    if not replacements:
        return 0
    table = {f"{ord(k):04X}".encode(): f"{ord(v):04X}".encode() for k, v in replacements.items()}
    data = path.read_bytes()
    changed = 0

    def fix_hex(match: re.Match[bytes]) -> bytes:
        nonlocal changed
        new = table.get(match[1].upper())
        if new is None:
            return match[0]
        changed += 1
        return b"<" + new + b">"

    def fix_cmap(match: re.Match[bytes]) -> bytes:
        # Only the destinations hold code points; the sources are glyph ids and could collide.
        lines = []
        for line in match[0].split(b"\n"):
            tokens = line.split()
            single = b"[" in line or len(tokens) != 3 or tokens[0] == tokens[1]
            if line.startswith(b"<") and line.count(b"<") >= 2 and single:  # a <lo> <hi> <dst> run stays
                cut = line.index(b"[") if b"[" in line else line.rindex(b"<")
                line = line[:cut] + _HEX4.sub(fix_hex, line[cut:])
            lines.append(line)
        return b"\n".join(lines)

    fixed = _CMAP.sub(fix_cmap, data)
    assert len(fixed) == len(data)
    if changed:
        path.write_bytes(fixed)
    return changed



_TRAILER = re.compile(rb"trailer\s*<<(?P<dict>.*?)>>\s*startxref\s*(?P<xref>\d+)", re.S)


def set_language(path: Path, language: str = "zh-CN") -> None:
    """Give the document catalog a /Lang (screen readers, search) by an incremental update appended
    to the file, the PDF way of changing an object without moving the others."""
    data = path.read_bytes()
    trailer = list(_TRAILER.finditer(data))[-1]
    fields = trailer["dict"]
    root = re.search(rb"/Root\s+(\d+)\s+0\s+R", fields)
    if root is None or b"/Lang" in data:
        return
    number = int(root[1])
    catalog = re.search(rb"(?:^|\n)%d 0 obj\s*<<(?P<body>.*?)>>\s*endobj" % number, data, re.S)
    if catalog is None:
        return
    body = catalog["body"].strip() + b"\n/Lang (" + language.encode("ascii") + b")"
    update = b"\n%d 0 obj\n<<\n" % number + body + b"\n>>\nendobj\n"
    object_offset = len(data) + 1
    xref_offset = len(data) + len(update)
    kept = re.sub(rb"/Prev\s+\d+", b"", fields).strip()
    update += (b"xref\n%d 1\n%010d 00000 n \ntrailer\n<<\n" % (number, object_offset) + kept
               + b"\n/Prev %s\n>>\nstartxref\n%d\n%%%%EOF\n" % (trailer["xref"], xref_offset))
    path.write_bytes(data + update)
