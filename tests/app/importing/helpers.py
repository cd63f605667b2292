"""Shared helpers for the importer tests: the outline comparison of tests/data/tools/outline_check.py."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from typing import Any

from app.model import Report
from app.report_json import report_to_dict
from tests.datafiles import OUTLINE_CHECK as TOOLS


def _outline_check():
    spec = importlib.util.spec_from_file_location("outline_check", TOOLS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def expected(fixture_path, name: str) -> dict[str, Any]:
    return json.loads(fixture_path(f"{name}.expected.json").read_text(encoding="utf-8"))


def outline_problems(expected_outline: dict[str, Any], report: Report | dict[str, Any]) -> list[str]:
    got = report if isinstance(report, dict) else report_to_dict(report)
    return _outline_check().compare(expected_outline, got)


def report_chars(report: Report) -> Counter:
    """Every character the report keeps (markers as written included), whitespace and 。 aside."""
    parts = [report.title, report.recipient or "", *report.preamble, *report.closing, report.signature]
    for section in report.all_sections():
        parts += [section.written_marker or "", section.heading, *section.paragraphs]
    return Counter(c for c in "".join(parts) if not c.isspace() and c != "。")


def text_chars(text: str) -> Counter:
    return Counter(c for c in text if not c.isspace() and c != "。")
