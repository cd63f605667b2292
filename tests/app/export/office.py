"""LibreOffice and poppler helpers: .docx → PDF with soffice, PDF → text/boxes/PNG with poppler."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.datafiles import FONTS_CONF


def require(*programs: str) -> None:
    missing = [p for p in programs if shutil.which(p) is None]
    if missing:
        pytest.skip(f"{'、'.join(missing)} not installed: LibreOffice/poppler layout check skipped "
                    "(apt install libreoffice-writer-nogui poppler-utils)")


def office_env() -> dict[str, str]:
    env = dict(os.environ)
    if FONTS_CONF.exists():
        env["FONTCONFIG_FILE"] = str(FONTS_CONF)  # official font names → Noto CJK on Linux
    return env


def docx_to_pdf(docx: Path, out_dir: Path) -> Path:
    """Convert with a private LibreOffice profile so parallel runs do not collide."""
    profile = out_dir / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out_dir), str(docx)],
                   check=True, capture_output=True, timeout=180, env=office_env())
    pdf = out_dir / (docx.stem + ".pdf")
    assert pdf.exists(), "LibreOffice wrote no PDF"
    return pdf


def pdf_pages_text(pdf: Path) -> list[str]:
    """`pdftotext -layout`, one string per page."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                         text=True, timeout=60).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x_min: float
    x_max: float
    y_min: float
    y_max: float

    @property
    def y_middle(self) -> float:
        return (self.y_min + self.y_max) / 2


def pdf_words(pdf: Path) -> list[Word]:
    """Every word with its box (points from the page's top left), from `pdftotext -bbox`."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True,
                         text=True, timeout=60).stdout
    words, page = [], 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        match = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if match:
            words.append(Word(page, match.group(5), float(match.group(1)), float(match.group(3)),
                              float(match.group(2)), float(match.group(4))))
    return words


def pdf_to_png(pdf: Path, first: int, last: int, prefix: Path, dpi: int = 80) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(first), "-l", str(last), "-png", str(pdf), str(prefix)],
                   check=True, capture_output=True, timeout=60)
    return sorted(prefix.parent.glob(prefix.name + "*.png"))


def red_rows(pdf: Path, page: int, dpi: int = 72) -> dict[int, tuple[int, int]]:
    """{row in points from the top: (first, last) red column} of one page, from its pixels."""
    root = pdf.with_name(f"{pdf.stem}-red{page}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(root)], check=True, capture_output=True, timeout=60)
    out = root.with_suffix(".ppm").read_bytes()
    header = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", out)
    assert header, "pdftoppm wrote no PPM"
    width, height = int(header[1]), int(header[2])
    pixels = out[header.end():]
    rows: dict[int, tuple[int, int]] = {}
    for y in range(height):
        row = pixels[y * width * 3:(y + 1) * width * 3]
        red = [x for x in range(width) if row[3 * x] > 180 and row[3 * x + 1] < 90 and row[3 * x + 2] < 90]
        if red:
            rows[round(y * 72 / dpi)] = (round(red[0] * 72 / dpi), round(red[-1] * 72 / dpi))
    return rows


def longest_dark_run(pdf: Path, page: int, dpi: int = 150) -> float:
    """The longest horizontal run of dark pixels on a page, in points (a joined —— is two cells)."""
    root = pdf.with_name(f"{pdf.stem}-dark{page}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", "-gray", str(pdf),
                    str(root)], check=True, capture_output=True, timeout=60)
    out = root.with_suffix(".pgm").read_bytes()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", out)
    assert header, "pdftoppm wrote no PGM"
    width, height = int(header[1]), int(header[2])
    pixels = out[header.end():]
    longest = 0
    for y in range(height):
        run = 0
        for value in pixels[y * width:(y + 1) * width]:
            run = run + 1 if value < 200 else 0
            longest = max(longest, run)
    return longest * 72 / dpi
