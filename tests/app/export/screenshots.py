"""Writes docs/screenshots/export-page1.png, export-page2.png (the Word export of the Nanyang
report laid out by LibreOffice) and print-preview.png (the print preview of the same report,
as a draft). Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.app.export.screenshots"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from tests.datafiles import ROOT

OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from app.export import export_report
    from tests.app.export.office import docx_to_pdf, pdf_to_png
    from tests.app.export.reports import fixture_report
    from ui.output.print_preview import show_print_preview

    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    report = fixture_report("nanyang-tongji-2024.txt")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        docx = work / "nanyang.docx"
        export_report(report, docx)
        pngs = pdf_to_png(docx_to_pdf(docx, work), 1, 2, work / "page", dpi=80)
        for index, png in enumerate(pngs, start=1):
            shutil.copy(png, OUT / f"export-page{index}.png")
    dialog = show_print_preview(None, report, "standard", "第2稿（交领导审阅）")
    assert dialog is not None
    dialog.resize(760, 980)
    while not dialog.whole:  # the page count in the bar comes from the worker's whole layout
        app.processEvents()
    for _ in range(20):
        app.processEvents()
    dialog.grab().save(str(OUT / "print-preview.png"))
    dialog.close()
    print("\n".join(str(p) for p in sorted(OUT.glob("*.png")) if p.name.startswith(("export-", "print-"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
