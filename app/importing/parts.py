"""Which of the five required parts a top-level section covers, from its heading and content,
and the words that decided (shown in the import preview so the clerk can trust or change it).

The heading's own words decide whenever they name a part; the body decides only for a themed
heading. Traditional characters (舉措 問題 計劃 第一責任人) are matched through `fold`, the text
itself stays as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.model import Part, Section

# Traditional → simplified for the characters of the words the recogniser looks for (parts,
# document types, closings, dates); only for matching, never applied to the report's text.
_TRADITIONAL = str.maketrans(
    "報設況與舉措實問題準確計劃責負務們強規範執監權開發於後來處節點時間機關單聯織黨領導條門戶並屬區縣鄉鎮議審閱項號補過辦歲總結體進"
    "說明題廣這種為經濟會議決見對應當當級構組內員將繼續進確認點評積極創權統籌務據標數據雖點響當層級長",
    "报设况与举措实问题准确计划责负务们强规范执监权开发于后来处节点时间机关单联织党领导条门户并属区县乡镇议审阅项号补过办岁总结体进"
    "说明题广这种为经济会议决见对应当当级构组内员将继续进确认点评积极创权统筹务据标数据虽点响当层级长",
)


# the characters fold changes (措 and 明 are written the same in both)
_CHANGED = re.compile("[" + re.escape("".join(chr(k) for k, v in _TRADITIONAL.items() if k != v)) + "]")


def fold(text: str) -> str:
    """`text` with the traditional characters of our keywords made simplified (for matching only)."""
    # A report in simplified characters has none: looking costs a tenth of translating (the import
    # preview folds a 300-page report's whole text, 15 ms on the GUI thread)
    return text.translate(_TRADITIONAL) if _CHANGED.search(text) else text


_LEADERSHIP = re.compile(r"第一责任人|主要负责(人|同志)履|主要领导履|党政(主要)?负责人|履行推进法治(政府)?建设|履职(尽责)?情况")
_OTHER = re.compile(r"^其[他它]|需要报告的|其他(事项|情况)")
_SHORTCOMINGS = re.compile(
    r"存在的?(主要)?(问题|不足|短板|差距)|问题(和|与|及)(不足|原因|差距)|不足(之处)?|差距|^(主要)?问题$|薄弱环节")
_PLANS = re.compile(r"打算|安排|计划|下一步|下一年|明年|工作思路|思路|展望|工作重点|努力方向|今后|目标任务")
_MEASURES = re.compile(r"举措|成效|措施|做法|开展情况|工作情况|进展|成绩|亮点|经验|落实情况|建设情况|总体情况|基本情况|主要工作")
_YEAR = re.compile(r"(\d{4})\s*年")

_PLAN_WORDS = re.compile(r"将|要|计划|拟|继续|进一步|力争|确保")
_PROBLEM_WORDS = re.compile(r"不够|不足|有待|欠缺|薄弱|不到位|不平衡|较少|较低|缺乏|问题")

_NAMING = ((_LEADERSHIP, Part.LEADERSHIP), (_OTHER, Part.OTHER), (_SHORTCOMINGS, Part.SHORTCOMINGS), (_PLANS, Part.PLANS))


@dataclass(frozen=True)
class PartChoice:
    part: Part
    reason: str   # e.g. 标题含“存在的问题”, 正文开头含“第一责任人”


def part_from_heading(heading: str, report_year: int = 0) -> Part | None:
    """The part a heading names, or None when the heading does not say (a themed heading)."""
    choice = _heading_choice(heading, report_year)
    return choice.part if choice else None


def _heading_choice(heading: str, report_year: int) -> PartChoice | None:
    folded = fold(heading)
    for pattern, part in _NAMING:
        match = pattern.search(folded)
        if match:
            return PartChoice(part, f"标题含“{heading[match.start():match.end()]}”")
    later = [m for m in _YEAR.finditer(folded) if report_year and int(m.group(1)) > report_year]
    if later:
        return PartChoice(Part.PLANS, f"标题中的年份“{later[0].group(0)}”晚于报告年度")
    match = _MEASURES.search(folded)
    if match:
        return PartChoice(Part.MEASURES, f"标题含“{heading[match.start():match.end()]}”")
    return None


def _content_choice(section: Section) -> PartChoice | None:
    """A cue from the body: the first sentence names the first person responsible, or the text is
    mostly about shortcomings or about plans."""
    texts = [p for s in section.walk() for p in s.paragraphs] + [s.heading for s in section.children]
    if not texts:
        return None
    first = fold(texts[0][:80])
    match = _LEADERSHIP.search(first)
    if match:
        return PartChoice(Part.LEADERSHIP, f"标题未点明部分，正文开头含“{texts[0][match.start():match.end()]}”")
    joined = fold("".join(texts))
    problems = len(_PROBLEM_WORDS.findall(joined))
    plans = len(_PLAN_WORDS.findall(joined))
    if problems >= 3 and problems > 2 * plans:
        return PartChoice(Part.SHORTCOMINGS, f"标题未点明部分，正文多谈问题（“不足”“有待”等 {problems} 处）")
    if plans >= 3 and plans > 2 * problems:
        return PartChoice(Part.PLANS, f"标题未点明部分，正文多谈打算（“将”“继续”等 {plans} 处）")
    return None


def choose_parts(sections: list[Section], report_year: int) -> list[PartChoice]:
    """The part of each top-level section and why.

    A heading that names its part decides; a themed heading before the shortcomings and plans is
    an achievement (part 1) unless its first sentence is about the first person responsible;
    after them the content decides, else it is a plan (or continues part 5).
    """
    choices: list[PartChoice] = []
    seen: set[Part] = set()
    previous: Part | None = None
    for section in sections:
        choice = _heading_choice(section.heading, report_year)
        if choice is None:
            cue = _content_choice(section)
            if Part.SHORTCOMINGS not in seen and Part.PLANS not in seen:
                choice = cue if cue is not None and cue.part is Part.LEADERSHIP else PartChoice(
                    Part.MEASURES, "标题未点明部分，位于问题和打算之前，按主要举措和成效")
            elif cue is not None:
                choice = cue
            elif previous is Part.OTHER:
                choice = PartChoice(Part.OTHER, "标题未点明部分，接续上一节“其他事项”")
            else:
                choice = PartChoice(Part.PLANS, "标题未点明部分，位于问题之后，按下一步打算")
        choices.append(choice)
        seen.add(choice.part)
        previous = choice.part
    return choices


def assign_parts(sections: list[Section], report_year: int) -> None:
    """Set `part` on each top-level section (see choose_parts)."""
    for section, choice in zip(sections, choose_parts(sections, report_year)):
        section.part = choice.part


def part_reasons(sections: list[Section], report_year: int) -> list[str]:
    """Why each top-level section got the part the recogniser gave it ("" where the clerk changed it)."""
    return [choice.reason if choice.part is section.part else ""
            for section, choice in zip(sections, choose_parts(sections, report_year))]
