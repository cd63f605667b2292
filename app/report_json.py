"""The report as JSON-ready dicts, in the shape of DESIGN.md §4, and back."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.model import CharTargets, ChecklistItem, MarkerStyle, Part, Report, Section, Status
from app.numbering import located_sections


def _section_dict(markers: dict[int, str], section: Section, depth: int, stored: bool,
                  notes: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "number": section.written_marker if (section.written_marker and not stored) else markers[id(section)],
        "level": depth,
        "heading": section.heading,
        "run_in": section.run_in,
        "part": int(section.part) if section.part is not None else None,
        "paragraphs": list(section.paragraphs),
        "children": [_section_dict(markers, c, depth + 1, stored, notes) for c in section.children],
    }
    if stored:
        out["id"] = section.id
        out["status"] = section.status.value
        out["reference"] = list(section.reference)
        if notes and section.notes:  # snapshots keep them; no exported file has them
            out["notes"] = section.notes
    return out


def report_to_dict(report: Report, *, stored: bool = False, notes: bool = False) -> dict[str, Any]:
    """`parse --json` shape; with `stored`, the `export ID -o R.json` shape (ids, status,
    reference, checklist) and derived numbering instead of the markers as written; with
    `notes` too, the sections' notes (a snapshot's shape: notes never leave the program)."""
    markers = {}
    numbers = {}
    for located in located_sections(report):
        markers[id(located.section)] = located.marker
        numbers[id(located.section)] = located.number
    by_id = {s.id: numbers[id(s)] for s in report.all_sections() if s.id is not None}
    out: dict[str, Any] = {
        "title": report.title,
        "organization": report.organization,
        "year": report.year or None,
        "recipient": report.recipient,
        "date": report.date.isoformat() if report.date else None,
        "signature": report.signature,
        "preamble": list(report.preamble),
        "closing": list(report.closing),
        "sections": [_section_dict(markers, s, 1, stored, stored and notes) for s in report.sections],
        "missing_parts": [int(p) for p in report.missing_parts()],
        "warnings": list(report.warnings),
    }
    if stored:
        out = {"id": report.id, **out}
        out["marker_styles"] = [m.value for m in report.marker_styles]
        out.update({key: value or None for key, value in report.formal_text().items()})
        out["targets"] = report.targets.to_dict()  # 字数目标: {"total": N, "parts": {"1": N}}
        out["preamble_status"] = report.preamble_status.value
        out["closing_status"] = report.closing_status.value
        out["preamble_reference"] = list(report.preamble_reference)
        out["closing_reference"] = list(report.closing_reference)
        out["checklist"] = [
            {"text": item.text, "done": item.done,
             "answered_in": by_id.get(item.answered_in) if item.answered_in is not None else None}
            for item in report.checklist
        ]
    return out


def _section_from_dict(data: dict[str, Any]) -> Section:
    part = data.get("part")
    return Section(
        heading=str(data.get("heading", "")),
        paragraphs=[str(p) for p in data.get("paragraphs", [])],
        children=[_section_from_dict(c) for c in data.get("children", [])],
        part=Part(part) if part else None,
        run_in=bool(data.get("run_in", False)),
        status=Status(data.get("status", Status.TODO.value)),
        reference=[str(p) for p in data.get("reference", [])],
        written_marker=data.get("number") if data.get("number") and "id" not in data else None,
        notes=str(data.get("notes") or ""),
    )


def report_from_dict(data: dict[str, Any]) -> Report:
    """A Report from either JSON shape (ids are not kept: the result is a new, unsaved report)."""
    date = data.get("date")
    styles = data.get("marker_styles")
    report = Report(
        title=str(data.get("title") or ""),
        organization=str(data.get("organization") or ""),
        year=int(data.get("year") or 0),
        recipient=data.get("recipient"),
        preamble=[str(p) for p in data.get("preamble", [])],
        closing=[str(p) for p in data.get("closing", [])],
        signature=str(data.get("signature") or ""),
        date=dt.date.fromisoformat(date) if date else None,
        sections=[_section_from_dict(s) for s in data.get("sections", [])],
        warnings=[str(w) for w in data.get("warnings", [])],
        preamble_status=Status(data.get("preamble_status") or Status.TODO.value),
        closing_status=Status(data.get("closing_status") or Status.TODO.value),
        preamble_reference=[str(p) for p in data.get("preamble_reference", [])],
        closing_reference=[str(p) for p in data.get("closing_reference", [])],
    )
    for key in ("issuer_mark", "doc_number", "signer", "copy_to", "printer"):
        setattr(report, key, str(data.get(key) or ""))
    print_date = data.get("print_date")
    report.print_date = dt.date.fromisoformat(print_date) if print_date else None
    report.targets = CharTargets.from_dict(data.get("targets"))
    if styles:
        report.marker_styles = [MarkerStyle(s) for s in styles]
    report.checklist = [ChecklistItem(text=str(c["text"]), done=bool(c.get("done", False)),
                                      answered_number=c.get("answered_in"))
                        for c in data.get("checklist", [])]
    return report


def read_report_json(path: Path) -> Report:
    """A report from a file written by `chengwen export ID -o R.json` (or `parse --json`); a file
    that is not such JSON is one clear message."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise UserError(f"无法读取文件：{path}（{exc.strerror or exc}）") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(f"不是有效的 JSON 文件：{path}（{exc}）") from None
    if not isinstance(data, dict) or not isinstance(data.get("sections", []), list):
        raise UserError(f"JSON 文件不是成文导出的报告：{path}（not a Chengwen report export）")
    try:
        return report_from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UserError(f"JSON 报告内容有误：{path}（{exc}）") from None
