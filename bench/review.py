"""Review benchmarks (issue 12): compare two versions of a 300-page report (< 0.5 s) and review a
300-page .docx with 500 tracked changes (< 2 s). Prints a JSON line last."""

from __future__ import annotations

import copy
import difflib
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.cli.report_cmds import export_stored  # noqa: E402
from app.importing import parse_file  # noqa: E402
from app.review.compare import compare_reports  # noqa: E402
from app.review.merge import review_file  # noqa: E402
from app.store import Store  # noqa: E402
from tests.app.review.reviewer import ReviewedDocx  # noqa: E402
from tests.datafiles import report_file  # noqa: E402

PAGES = 300
CHARS_PER_PAGE = 22 * 28


def big_report():
    base = parse_file(report_file("xiqing-tongji-2024.txt"))
    other = parse_file(report_file("nanyang-tongji-2024.txt"))
    report = copy.deepcopy(base)
    report.sections = []
    n = 0
    while sum(len(s.body_text()) for s in report.all_sections()) < PAGES * CHARS_PER_PAGE:
        for source in (base, other):
            for section in copy.deepcopy(source.sections):
                n += 1
                section.heading = f"{section.heading}（第{n}组）"
                report.sections.append(section)
    return report


def main() -> None:
    report = big_report()
    chars = sum(len(s.body_text()) for s in report.all_sections())
    edited = copy.deepcopy(report)
    for k, section in enumerate(edited.all_sections()):
        if k % 5 == 0 and section.paragraphs:
            text = section.paragraphs[0]
            section.paragraphs[0] = text[:10] + "〔改〕" + text[14:]
    started = time.perf_counter()
    comparison = compare_reports(report, edited)
    compare_s = time.perf_counter() - started
    whole_a = "\n".join(s.body_text() for s in report.all_sections())
    whole_b = "\n".join(s.body_text() for s in edited.all_sections())
    started = time.perf_counter()
    difflib.SequenceMatcher(None, whole_a[:20000], whole_b[:20000], autojunk=False).get_opcodes()
    difflib_20k_s = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "data") as store:
        rid = store.reports.insert(report)
        path = export_stored(store, store.reports.load(rid), Path(tmp) / "稿.docx")
        doc = ReviewedDocx(path)
        labels = doc.sprinkle_insertions(40, "王局长", 500, set(report.preamble) | set(report.closing))
        doc.save(Path(tmp) / "改.docx")
        started = time.perf_counter()
        review = review_file(store, rid, Path(tmp) / "改.docx")
        review_s = time.perf_counter() - started
    result = {"pages": round(chars / CHARS_PER_PAGE), "compare_changes": len(comparison.changes),
              "compare_s": round(compare_s, 3), "difflib_20k_chars_s": round(difflib_20k_s, 3),
              "review_changes": len(review.changes), "tracked_inserted": len(labels),
              "review_s": round(review_s, 3), "ok": compare_s < 0.5 and review_s < 2}
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
