"""Does a file hold (a version of) this report at all? Answered before listing a thousand changes."""

from __future__ import annotations

from app.errors import UserError
from app.model import Report
from app.review.textdiff import sentences, similarity

MIN_SHARED_SENTENCES = 0.2
MIN_SIMILARITY = 0.75


def _sentence_set(paragraphs: list[str]) -> set[str]:
    out: set[str] = set()
    for paragraph in paragraphs:
        out.update(s.strip() for s in sentences(paragraph) if len(s.strip()) >= 6)
    return out


def _text(report: Report) -> str:
    return "\n".join(s.heading + "\n" + s.body_text() for s in report.all_sections())


def check_same_report(base: Report, original: list[str], name: str) -> None:
    """UserError when a file shares too little with `base`: few of its sentences unchanged and
    little of its wording. `original` is the file's paragraphs with the tracked changes
    rejected (a thousand tracked changes still leave the draft underneath)."""
    ours = _sentence_set([p for s in base.all_sections() for p in s.paragraphs])
    if len(ours) < 3:
        return  # too short to judge
    shared = len(ours & _sentence_set(original)) / len(ours)
    if shared >= MIN_SHARED_SENTENCES or similarity(_text(base), "\n".join(original)) >= MIN_SIMILARITY:
        return
    raise UserError(f"文件“{name}”与这份报告不符（只有 {shared:.0%} 的句子相同），"
                    f"请确认选择的是从这份报告导出的稿子（the file does not match the report）")
