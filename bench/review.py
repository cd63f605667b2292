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

from app.cli.report_cmds import export_stored
from app.importing import parse_file
from app.model import Section
from app.review.compare import compare_reports
from app.review.merge import review_file
from app.store import Store
from tests.app.review.reviewer import ReviewedDocx
from tests.datafiles import report_file

PAGES = 300
CHARS_PER_PAGE = 22 * 28


def big_report():
    """The real report's parts, each holding 20 sub-sections of copies of real sections (three
    levels, as a long report is built), until it reaches 300 pages."""
    base = parse_file(report_file("xiqing-tongji-2024.txt"))
    other = parse_file(report_file("nanyang-tongji-2024.txt"))
    leaves = [s for r in (base, other) for s in r.all_sections() if not s.children and s.paragraphs]
    report = copy.deepcopy(base)
    n = 0
    average = sum(len(s.body_text()) for s in leaves) / len(leaves)
    per_child = int(PAGES * CHARS_PER_PAGE / (len(report.sections) * 20 * average)) + 1
    for part in report.sections:
        part.children = []
        for k in range(20):
            child = Section(f"{part.heading[:8]}的第{k + 1}方面工作", [f"本方面工作概述，编号{k + 1}。"])
            for _ in range(per_child):
                leaf = copy.deepcopy(leaves[n % len(leaves)])
                n += 1
                leaf.heading = f"{leaf.heading}（{n}）"
                leaf.run_in = False
                child.children.append(leaf)
            part.children.append(child)
    return report


def main() -> None:
    report = big_report()
    chars = sum(len(s.body_text()) for s in report.all_sections())
    edited = copy.deepcopy(report)
    edits = 0
    for k, section in enumerate(edited.all_sections()):
        if k % 5 == 0 and section.paragraphs and len(section.paragraphs[0]) > 14:
            edits += 1
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
    result = {"pages": round(chars / CHARS_PER_PAGE), "edits": edits, "compare_changes": len(comparison.changes),
              "compare_s": round(compare_s, 3), "difflib_20k_chars_s": round(difflib_20k_s, 3),
              "review_changes": len(review.changes), "tracked_inserted": len(labels),
              "review_s": round(review_s, 3), "ok": compare_s < 0.5 and review_s < 2 and edits == len(comparison.changes)
              and len(review.changes) == len(labels)}
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
