"""Which of the five required parts a top-level section covers, from its heading and content."""

from __future__ import annotations

import re

from app.model import Part, Section

_LEADERSHIP = re.compile(r"第一责任人|主要负责(人|同志)履|主要领导履|党政(主要)?负责人|履行推进法治(政府)?建设|履职(尽责)?情况")
_OTHER = re.compile(r"^其[他它]|需要报告的|其他(事项|情况)")
_SHORTCOMINGS = re.compile(r"存在的?(主要)?(问题|不足|短板|差距)|问题(和|与|及)(不足|原因|差距)"
                           r"|不足(之处)?|差距|^(主要)?问题$|薄弱环节")
_PLANS = re.compile(r"打算|安排|计划|下一步|下一年|明年|工作思路|思路|展望|工作重点|努力方向|今后|目标任务")
_MEASURES = re.compile(r"举措|成效|措施|做法|开展情况|工作情况|进展|成绩|亮点|经验|落实情况|建设情况")
_YEAR = re.compile(r"(\d{4})\s*年")

_PLAN_WORDS = re.compile(r"将|要|计划|拟|继续|进一步|力争|确保")
_PROBLEM_WORDS = re.compile(r"不够|不足|有待|欠缺|薄弱|不到位|不平衡|较少|较低|缺乏|问题")


def part_from_heading(heading: str, report_year: int = 0) -> Part | None:
    """The part a heading names, or None when the heading does not say (a themed heading)."""
    if _LEADERSHIP.search(heading):
        return Part.LEADERSHIP
    if _OTHER.search(heading):
        return Part.OTHER
    if _SHORTCOMINGS.search(heading):
        return Part.SHORTCOMINGS
    if _PLANS.search(heading):
        return Part.PLANS
    years = [int(y) for y in _YEAR.findall(heading)]
    if report_year and any(y > report_year for y in years):
        return Part.PLANS
    if _MEASURES.search(heading):
        return Part.MEASURES
    return None


def _content_part(section: Section) -> Part | None:
    """A cue from the body: the first sentence names the first person responsible, or the text is
    mostly about shortcomings or about plans."""
    texts = [p for s in section.walk() for p in s.paragraphs] + [s.heading for s in section.children]
    if not texts:
        return None
    if _LEADERSHIP.search(texts[0][:80]):
        return Part.LEADERSHIP
    joined = "".join(texts)
    problems = len(_PROBLEM_WORDS.findall(joined))
    plans = len(_PLAN_WORDS.findall(joined))
    if problems >= 3 and problems > 2 * plans:
        return Part.SHORTCOMINGS
    if plans >= 3 and plans > 2 * problems:
        return Part.PLANS
    return None


def assign_parts(sections: list[Section], report_year: int) -> None:
    """Set `part` on each top-level section.

    A heading that names its part decides; a themed heading before the shortcomings and plans is
    an achievement (part 1); after them the content decides, else it is a plan (or continues part 5).
    """
    named = [part_from_heading(s.heading, report_year) for s in sections]
    seen: set[Part] = set()
    previous: Part | None = None
    for section, part in zip(sections, named):
        if part is None:
            if Part.SHORTCOMINGS not in seen and Part.PLANS not in seen:
                part = Part.MEASURES
                cue = _content_part(section)
                if cue is Part.LEADERSHIP:
                    part = cue
            else:
                cue = _content_part(section)
                # After the shortcomings a themed heading is a plan, or continues "other matters".
                part = cue or (Part.OTHER if previous is Part.OTHER else Part.PLANS)
        section.part = part
        seen.add(part)
        previous = part
