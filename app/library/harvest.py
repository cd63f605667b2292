"""Harvest: reusable sentences proposed from an imported report, for the clerk to accept.

Kept: openings, transitions, closings, and the standard phrasings of shortcomings and plans.
Dropped: sentences full of dates and figures, names of people, documents and places, and
anything too short or too long to reuse. The report's own years and organization become
{年度} {上一年度} {下一年度} {单位}, so the phrase fits next year too.
"""

from __future__ import annotations

import re

from app.library.extraction import sentences
from app.model import Part, Report

MIN_LENGTH, MAX_LENGTH = 12, 110
MAX_FRAME_LENGTH = 280  # openings and closings run long by nature
_ENUMERATOR = re.compile(r"^\s*(?:[一二三四五六七八九十]+是|\d+[.．、]|[（(][一二三四五六七八九十\d]+[）)])\s*")
_CUE_WORDS: dict[str, tuple[str, ...]] = {
    "开头": ("坚持以", "为指导", "坚强领导", "深入学习贯彻", "认真贯彻落实"),
    "过渡": ("报告如下", "总结如下", "情况如下", "现将"),
    "结尾": ("将继续", "下一步", "提供坚实", "提供有力", "法治保障", "再上新台阶", "新局面"),
    "问题": ("有待", "不足", "不够", "还需", "薄弱", "欠缺", "不到位", "不平衡", "较少", "较低", "缺乏"),
    "打算": ("加强", "推进", "持续", "进一步", "深化", "提升", "落实", "完善", "强化", "健全"),
}
_NOT_REUSABLE = re.compile(r"\d{1,2}月|\d+(?:\.\d+)?(?:余|多)?[家次人场期份件篇条个项名册批户%％]|书记|局长|市长|区长|县长|主任")


def _generalise(sentence: str, report: Report) -> str:
    text = sentence
    if report.organization:
        text = text.replace(report.organization, "{单位}")
    if report.year:
        text = (text.replace(f"{report.year + 1}年", "{下一年度}年").replace(f"{report.year - 1}年", "{上一年度}年")
                    .replace(f"{report.year}年", "{年度}年"))
    return text


def harvest_category(sentence: str, part: Part | None = None) -> str:
    """The phrase category a harvested sentence belongs to."""
    for category in ("过渡", "开头", "结尾"):
        if any(word in sentence for word in _CUE_WORDS[category]):
            return category
    if part is Part.SHORTCOMINGS:
        return "问题"
    if part is Part.PLANS:
        return "打算"
    if any(word in sentence for word in _CUE_WORDS["问题"]):
        return "问题"
    return "打算" if part is None else "成效"


def _reusable(sentence: str, part: Part | None, where: str) -> bool:
    frame = where in ("preamble", "closing")
    shortest, longest = (6, MAX_FRAME_LENGTH) if frame else (MIN_LENGTH, MAX_LENGTH)  # 现将有关情况报告如下。
    if not shortest <= len(sentence) <= longest:
        return False
    if _NOT_REUSABLE.search(sentence) or re.search(r"\d", sentence.replace("{年度}", "")
                                                    .replace("{上一年度}", "").replace("{下一年度}", "")):
        return False
    if sentence.count("《") > 1 or sentence.count("、") > 4:
        return False  # lists of named documents or places are this report's facts
    if part is Part.SHORTCOMINGS:
        return any(word in sentence for word in _CUE_WORDS["问题"])
    if part is Part.PLANS:
        return any(word in sentence for word in _CUE_WORDS["打算"])
    return any(word in sentence for cue in ("开头", "过渡", "结尾") for word in _CUE_WORDS[cue])


def harvest_with_categories(report: Report) -> list[tuple[str, str]]:
    """(sentence, category) pairs, in document order, without repeats."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()

    def consider(paragraphs: list[str], part: Part | None, where: str) -> None:
        for paragraph in paragraphs:
            for raw in sentences(paragraph):
                sentence = _generalise(_ENUMERATOR.sub("", raw).strip().rstrip("；;") , report)
                if sentence and sentence[-1] not in "。！？":
                    sentence += "。"
                if sentence not in seen and _reusable(sentence, part, where):
                    seen.add(sentence)
                    found.append((sentence, harvest_category(sentence, part)))

    consider(report.preamble, None, "preamble")
    for top in report.sections:
        for section in top.walk():
            # sub-headings of shortcomings and plans are often the standard phrasing itself
            heading_is_phrase = section is not top and section.heading and top.part in (Part.SHORTCOMINGS,
                                                                                        Part.PLANS)
            heading = [section.heading.rstrip("。") + "。"] if heading_is_phrase else []
            consider(heading + section.paragraphs, top.part, "body")
    consider(report.closing, None, "closing")
    return found


def harvest(report: Report) -> list[str]:
    """Reusable sentences proposed from `report`."""
    return [sentence for sentence, _ in harvest_with_categories(report)]
