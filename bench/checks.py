"""How long all checks take over a 300-page report. Prints the figures as JSON.

A page of the standard layout holds 22 lines × 28 characters, so 300 pages are about 185,000
characters. The text is the real fixture reports' paragraphs, laid out in five parts with
sub-sections, each copy made distinct (so the duplicate check is not flooded) — and once more
with the copies left identical, the worst case for the duplicate and carried-over checks.

Every check runs, the reviewers' kinds (issue 13) included; "with_last_year" checks the report
against itself as last year's report, so that every sentence is carried over, every shortcoming
repeated and every plan looked for. "per_kind" gives each kind's best time on the 300-page report
with its last year, and "linear" the time at 75, 150 and 300 pages (each with a last year of the
same size): linear when doubling the pages about doubles the time."""

from __future__ import annotations

import datetime as dt
import json
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.checks import CHECKS, run_checks
from app.checks.context import build_context
from app.model import Part, Report, Section

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "data" / "reports"
PAGE_CHARACTERS = 22 * 28
PAGES = 300
RUNS = 7


def _paragraphs() -> list[str]:
    out: list[str] = []
    for path in sorted(FIXTURES.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line) > 60:  # body paragraphs, not headings
                out.append(line)
    if not out:
        raise SystemExit(f"no fixture text under {FIXTURES}")
    return out


def big_report(pages: int = PAGES, distinct: bool = True) -> Report:
    source = _paragraphs()
    target = pages * PAGE_CHARACTERS
    parts = [Part.MEASURES, Part.SHORTCOMINGS, Part.LEADERSHIP, Part.PLANS, Part.OTHER]
    report = Report(title="某区统计局2024年法治政府建设情况报告", organization="某区统计局", year=2024,
                    date=dt.date(2025, 2, 25), preamble=[source[0]], closing=["特此报告。"])
    report.sections = [Section(f"第{i + 1}部分", part=p) for i, p in enumerate(parts)]
    size, copy = 0, 0
    while size < target:
        for paragraph in source:
            if distinct:
                paragraph = re.sub(r"。", f"（第{copy}次）。", paragraph)
            top = report.sections[copy % len(parts)]
            if not top.children or len(top.children[-1].paragraphs) >= 4:
                top.children.append(Section(f"小节{len(top.children) + 1}"))
            top.children[-1].paragraphs.append(paragraph)
            size += len(paragraph)
            copy += 1
            if size >= target:
                break
    return report


def _time(report: Report, last_year: Report | None) -> dict[str, float | int]:
    timings = []
    findings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        findings = run_checks(report, last_year=last_year, today=dt.date(2025, 2, 26))
        timings.append((time.perf_counter() - start) * 1000)
    return {"median_ms": round(statistics.median(timings), 1), "max_ms": round(max(timings), 1),
            "min_ms": round(min(timings), 1), "findings": len(findings)}


def _per_kind(report: Report) -> dict[str, float]:
    """Each kind's best time (ms) over RUNS runs, on a context built once (as run_checks does)."""
    ctx = build_context(report, report, dt.date(2025, 2, 26))
    out: dict[str, float] = {}
    for kind, check in CHECKS.items():
        best = float("inf")
        for _ in range(RUNS):
            start = time.perf_counter()
            for _finding in check(ctx):
                pass
            best = min(best, (time.perf_counter() - start) * 1000)
        out[kind] = round(best, 1)
    return out


def _linear() -> dict[str, float]:
    out: dict[str, float] = {}
    for pages in (PAGES // 4, PAGES // 2, PAGES):
        report = big_report(pages)
        out[f"{pages}_pages_min_ms"] = _time(report, report)["min_ms"]
    return out


def main() -> None:
    figures: dict[str, object] = {"pages": PAGES, "runs": RUNS}
    for name, distinct in (("distinct_text", True), ("repeated_text", False)):
        report = big_report(distinct=distinct)
        characters = sum(len(p) for s in report.all_sections() for p in s.paragraphs)
        figures[name] = {"characters": characters, "sections": len(report.all_sections()),
                         "alone": _time(report, None),
                         # every paragraph found again in last year's report: the most findings
                         "with_last_year": _time(report, report)}
    figures["per_kind_with_last_year_ms"] = _per_kind(big_report())
    figures["linear"] = _linear()
    print(json.dumps(figures, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
