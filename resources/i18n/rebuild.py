"""Rebuild the translations: extract the strings of ui/ into the .ts sources (keeping the
translations already made) and compile them to .qm.

    .venv/bin/python resources/i18n/rebuild.py

Translate new strings with pyside6-linguist (or by editing the .ts), then run this again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ["en"]


def tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    for language in LANGUAGES:
        ts = HERE / f"chengwen_{language}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(ts), "-target-language", language,
                        "-no-obsolete", "-locations", "none"], cwd=ROOT, check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
