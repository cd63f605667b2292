"""Reading parts back out of an exported .docx for the tests."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W, "r": R}

# Values that change with every export and are ignored by the reference comparison.
_VOLATILE = [re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")]


def read_xml(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(name))


def part_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


def header_footer_parts(path: Path) -> dict[str, str]:
    """{"footer-default": "word/footer1.xml", "footer-even": …, "header-…": …} from the sectPr."""
    document = read_xml(path, "word/document.xml")
    rels = read_xml(path, "word/_rels/document.xml.rels")
    targets = {rel.get("Id"): "word/" + rel.get("Target") for rel in rels}
    out = {}
    for kind in ("header", "footer"):
        for ref in document.iter(f"{{{W}}}{kind}Reference"):
            out[f"{kind}-{ref.get(f'{{{W}}}type')}"] = targets[ref.get(f"{{{R}}}id")]
    return out


def pretty(path: Path, name: str) -> str:
    """A part pretty-printed, volatile values blanked, for comparison with a reference file."""
    parser = etree.XMLParser(remove_blank_text=True)
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read(name), parser)
    text = etree.tostring(root, pretty_print=True, encoding="unicode")
    for pattern in _VOLATILE:
        text = pattern.sub("<timestamp>", text)
    return text


def paragraph_texts(root: etree._Element) -> list[str]:
    return ["".join(p.itertext()) for p in root.iter(f"{{{W}}}p")]
