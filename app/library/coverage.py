"""Coverage: which of the year's ledger activities a report does not mention yet."""

from __future__ import annotations

import re

from app.library.activities import Activity
from app.model import Report

# Words any activity title has; they say nothing about which activity it is.
_COMMON = re.compile(r"组织|召开|开展|举办|参加|进行|全市|全区|全县|全局|工作|活动|会议|我局|本局|单位|相关|有关")
KEY_SHARE = 0.7  # share of a title's key pieces the report must contain to count as mentioned


def report_text(report: Report) -> str:
    parts = [report.title, *report.preamble, *report.closing]
    for section in report.all_sections():
        parts.append(section.heading)
        parts.extend(section.paragraphs)
    return "\n".join(parts)


def _key_pieces(title: str) -> set[str]:
    """Three-character pieces of the title's word runs, common words taken out (two-character
    pieces for short runs): 警示教育大会 → 警示教 示教育 教育大 育大会. Pieces of three keep a
    report that only says 大会 somewhere from counting as mentioning it."""
    pieces: set[str] = set()
    for run in re.findall(r"\w+", _COMMON.sub(" ", title)):
        size = 3 if len(run) >= 3 else 2
        pieces.update(run[i:i + size] for i in range(len(run) - size + 1))
    return pieces


def is_mentioned(activity: Activity, text: str) -> bool:
    title = activity.title.strip()
    if title and title in text:
        return True
    if activity.date_text and activity.start and activity.date_text in text:
        return True
    pieces = _key_pieces(title)
    if not pieces:
        return False
    return sum(piece in text for piece in pieces) / len(pieces) >= KEY_SHARE


def unmentioned(report: Report, activities: list[Activity]) -> list[Activity]:
    """Activities of the report's year whose title (or its key words, or its date) the report
    text does not contain yet, in ledger order."""
    text = report_text(report)
    return [a for a in activities if a.year == report.year and not is_mentioned(a, text)]
