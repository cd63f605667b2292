"""Pagination benchmark: laying out a long report for print and PDF (issue 15).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/paginate.py [--pages 300] [--repeat 3]

Prints {"pages": …, "paginate_seconds": …, "paginate_qt_measure_seconds": …, "pdf_seconds": …}:
pagination alone (half-width characters at half the size, and with the fonts' own advances as the
print preview and the PDF measure them), and the whole PDF export.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from export import generate, timed

from app.export import ExportOptions, export_report
from app.export.layout import layout_blocks
from app.export.paginate import paginate
from app.profiles import load_profile


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    report = generate(args.pages)
    profile = load_profile("standard")
    blocks = list(layout_blocks(report, profile))
    pages = len(paginate(blocks, profile))
    plain_s = timed(lambda: paginate(blocks, profile), args.repeat)

    from app.export.pdf_writer import ensure_gui_application
    from app.jobs import _font_measure

    ensure_gui_application()
    measured_s = timed(lambda: paginate(blocks, profile, _font_measure(profile, 600.0)), args.repeat)
    with tempfile.TemporaryDirectory() as folder:
        pdf_s = timed(lambda: export_report(report, Path(folder) / "r.pdf", ExportOptions()), args.repeat)
    print(json.dumps({"pages": pages, "paginate_seconds": round(plain_s, 3),
                      "paginate_qt_measure_seconds": round(measured_s, 3), "pdf_seconds": round(pdf_s, 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
