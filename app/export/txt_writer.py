"""The report as plain text, laid out the way reports are posted on websites (and read back by
the .txt importer): title, recipient, preamble, numbered headings, body, closing, signature, date."""

from __future__ import annotations

from pathlib import Path

from app.model import Report
from app.numbering import located_sections


def format_date(report: Report) -> str:
    """成文日期 in Arabic numerals, full year, no leading zeros: 2025年2月25日."""
    d = report.date
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def heading_line(marker: str, heading: str, run_in: bool, first_paragraph: str | None) -> str:
    """A heading as one line; a run-in heading ends in 。 and carries its first paragraph."""
    if run_in:
        end = "" if heading.endswith(("。", "？", "！")) else "。"
        return f"{marker}{heading}{end}{first_paragraph or ''}"
    return f"{marker}{heading}"


def report_text(report: Report) -> str:
    lines: list[str] = []
    if report.title:
        lines += [report.title, ""]
    if report.recipient:
        lines.append(report.recipient)
    lines += report.preamble
    for located in located_sections(report):
        section = located.section
        paragraphs = list(section.paragraphs)
        first = paragraphs.pop(0) if section.run_in and paragraphs else None
        lines.append(heading_line(located.marker, section.heading, section.run_in, first))
        lines += paragraphs
    lines += report.closing
    if report.signature or report.date:
        lines.append("")
        if report.signature:
            lines.append(report.signature)
        if report.date:
            lines.append(format_date(report))
    return "\n".join(lines) + "\n"


def write_txt(report: Report, path: Path) -> None:
    path.write_text(report_text(report), encoding="utf-8")
