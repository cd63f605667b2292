"""Where the tests' own files are: everything a test reads lives in the repository (tests/data,
bench). Tests name files through these, never by building paths from __file__."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
REPORTS = DATA / "reports"          # the two real reports and their expected outlines
SAMPLES = DATA / "samples"          # the other sample documents (see SOURCES.md)
EXPORT_REFS = DATA / "export_ref"   # reference XML of a small report's .docx
OUTLINE_CHECK = DATA / "tools" / "outline_check.py"
FONTS_CONF = DATA / "tools" / "fonts.conf"
BENCH = ROOT / "bench"
REPORT_NAMES = ("nanyang-tongji-2024", "xiqing-tongji-2024")


def report_file(name: str) -> Path:
    """A real report or its expected outline, e.g. report_file("xiqing-tongji-2024.txt")."""
    path = REPORTS / name
    if not path.exists():
        raise FileNotFoundError(f"test data missing: {path}")
    return path


def sample_file(name: str) -> Path:
    path = SAMPLES / name
    if not path.exists():
        raise FileNotFoundError(f"test data missing: {path}")
    return path
