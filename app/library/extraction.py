"""Proposed ledger entries from a report: every sentence with a date or a figure.

4月3日，组织召开统计局警示教育大会 → date 4月3日, title 组织召开统计局警示教育大会;
开展“双随机一公开”执法检查32家 → figure 执法检查 32 家; 累计培训900余人次 → figure 培训 900 人次.
Sections of part 4 (next year's plans) are skipped: what they name has not happened yet.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.library.activities import Activity, ActivityLedger, Figure, number
from app.library.dates import DATE_PATTERN, MONTH_RANGE_PATTERN, match_range
from app.model import Part, Report
from app.numbering import located_sections

UNITS: tuple[str, ...] = (
    "万人次", "人次", "场次", "户次", "家次", "万元", "亿元", "万人", "小时", "课时", "余人",
    "元", "家", "次", "人", "场", "期", "份", "件", "篇", "条", "个", "项", "名", "册", "批", "户", "所",
    "起", "部", "本", "套", "处", "张", "幅", "块", "天", "%", "％",
)
FIGURE_PATTERN = re.compile(
    r"(?<![\d.〔\[第])(?P<value>\d+(?:\.\d+)?)(?P<approx>余|多)?(?P<unit>" + "|".join(map(re.escape, UNITS)) + ")"
)
_SENTENCE_END = re.compile(r"(?<=[。；！？!?;])")
_ENUMERATOR = re.compile(r"^\s*(?:[一二三四五六七八九十]+是|\d+[.．、]|[（(]\d+[）)]|[（(][一二三四五六七八九十]+[）)])\s*")
_CLAUSE_BREAK = re.compile(r"[，。；：,;:！？]")
_NAME_BREAK = re.compile(r"[，。；：、,;:（(）)]")
_LEADING_NOISE = re.compile(
    r"^(?:(?:19|20)\d\d年|今年|全年|其中|共计|共|累计|先后|全市|全区|全县|同时|并|还|已|对|向|在|为|将)+")
_TRAILING_VERB = re.compile(r"(?:共|累计)?(?:参加|参与|开展|举办|发放|发布|完成)了?$")
# a verb that starts the counted thing (召开党组理论学习中心组扩大会议学法4次): the name follows it
_LEADING_VERB = re.compile(r"^(?:召开|组织|开展|举办|利用|通过|依托|借助|进行)")
# a clause framed 在……中 / ……会上 / ……后 names an occasion, not an event: 在集体学习中 → 集体学习
_DANGLING_END = re.compile(r"(?:(?<![集其高初空途心期当])中|之中|当中|(?<![以线网马之向])上|(?<![然此今之以最前])后"
                           r"|(?<![同及按临小随准此当平课暂])时|期间|以来|之际)$")
# two numbers of one thing side by side (审查3批11人): each named by what its unit counts
UNIT_NOUNS: dict[str, str] = {"批": "批次", "人": "人数", "家": "家数", "次": "次数", "个": "个数", "件": "件数",
                              "项": "项数", "条": "条数", "篇": "篇数", "名": "人数", "份": "份数", "场": "场次"}
_DATE_JOIN = re.compile(r"^\s*(?:、|和|及|与|至)\s*$")
TITLE_MAX = 40
NAME_MAX = 16

CATEGORY_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("督察整改", ("督察", "巡视", "巡察", "整改")),
    ("执法检查", ("执法检查", "双随机", "抽查", "检查", "核查", "处罚", "查处", "立案", "执法")),
    ("培训", ("培训", "讲座", "授课", "研讨班", "辅导", "学员")),
    ("普法宣传", ("普法", "宣传", "宪法日", "知识竞赛", "进党校", "进校园", "进社区", "展板", "署名文章")),
    ("学法", ("学法", "学习", "中心组", "常务会", "传达", "警示教育", "民主生活会")),
    ("制度建设", ("制定", "印发", "出台", "修订", "制度", "机制", "方案", "办法", "规定", "要点")),
)


def guess_category(title: str, description: str = "") -> str:
    """The ledger category its words suggest (the title counts first), else 其他."""
    for text in (title, description):
        for category, words in CATEGORY_WORDS:
            if any(word in text for word in words):
                return category
    return "其他"


@dataclass
class _DateGroup:
    start: int
    end: int
    text: str
    first: dt.date
    last: dt.date


def sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]


def _date_groups(sentence: str, year: int) -> list[_DateGroup]:
    """Dates in a sentence; adjacent ones joined by 、/和 (1月15日、1月18日) form one group."""
    found: list[tuple[int, int, tuple[dt.date, dt.date]]] = []
    for pattern in (MONTH_RANGE_PATTERN, DATE_PATTERN):
        for match in pattern.finditer(sentence):
            span = match_range(match, year)
            if span and not any(s <= match.start() < e for s, e, _ in found):
                found.append((match.start(), match.end(), span))
    found.sort()
    groups: list[_DateGroup] = []
    for start, end, span in found:
        if groups and _DATE_JOIN.match(sentence[groups[-1].end:start]):
            group = groups[-1]
            group.end, group.text = end, sentence[group.start:end]
            group.first, group.last = min(group.first, span[0]), max(group.last, span[1])
        else:
            groups.append(_DateGroup(start, end, sentence[start:end], span[0], span[1]))
    return groups


_QUOTED = re.compile(r"《[^》]*》|“[^”]*”|\"[^\"]*\"")


def _figures(text: str) -> list[tuple[int, Figure]]:
    """Numbers with a unit, except inside titles and quotes (《“26个不得”》 counts nothing)."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    out: list[tuple[int, Figure]] = []
    previous_end = -1
    for match in FIGURE_PATTERN.finditer(text):
        if any(start < match.start() < end for start, end in quoted):
            continue
        unit = match["unit"]
        if unit == "余人":
            unit = "人"
        name = _figure_name(text, match.start(), match.end(), out[-1][1].name if out else "")
        figure = Figure(name, number(match["value"]), unit)
        if out and previous_end == match.start() and out[-1][1].name == name and out[-1][1].unit != unit:
            for same in (out[-1][1], figure):
                same.name += UNIT_NOUNS.get(same.unit, same.unit)
        out.append((match.start(), figure))
        previous_end = match.end()
    return out


def _figure_name(text: str, start: int, end: int, previous: str) -> str:
    """What a number counts: the noun right after it (举办16次专项培训, 6家有问题企业), else the
    words before it (执法检查32家, 累计培训900余人次)."""
    after = _NAME_BREAK.split(text[end:])[0]
    after = re.split(r"\d|做|进行|开展|参加|参与|实现|均|全部", after)[0]
    if after:
        return after[:NAME_MAX]
    before = text[:start]
    segment = _NAME_BREAK.split(before)[-1]
    if FIGURE_PATTERN.search(segment) and re.search(r"\d+(?:余|多)?\D{1,2}$", segment):
        return previous  # 审查3批11人: the second number counts the same thing
    quoted = re.search(r"[“《]([^”》]*)[”》]([^“《]*)$", segment)
    if quoted:
        segment = quoted.group(2) or quoted.group(1)
    segment = _LEADING_NOISE.sub("", segment)
    if not segment and before.endswith(("（共", "(共", "（", "(")):
        # 全部规模以上工业（共316家）: the thing counted stands before the bracket
        segment = _LEADING_NOISE.sub("", _NAME_BREAK.split(before.rstrip("（(共"))[-1])
    segment = _LEADING_VERB.sub("", segment) if len(segment) > 4 else segment
    every = max(segment.rfind("全部"), segment.rfind("所有"))
    if every > 0:  # 内乡县三个县区全部规模以上工业: what stands before 全部 says where, not what
        segment = segment[every:]
    trimmed = _TRAILING_VERB.sub("", segment) or segment
    if len(trimmed) > NAME_MAX:  # keep what follows the last verb rather than clip a word in two
        verbs = list(re.finditer(r"召开|组织|开展|举办|研究|进行|完成|发放|发布|参加", trimmed[:-2]))
        if verbs and len(trimmed) - verbs[-1].end() <= NAME_MAX:
            return trimmed[verbs[-1].end():]
    return trimmed[-NAME_MAX:]


def _quoted_at(text: str, index: int) -> bool:
    return any(m.start() < index < m.end() for m in _QUOTED.finditer(text))


def _clauses(text: str) -> list[str]:
    """The text split at clause punctuation, except inside 《》 and quotes: a book title with a
    comma in it (《深入学习贯彻新修改统计法，为……提供坚实统计保障》) stays whole."""
    cuts = [m for m in _CLAUSE_BREAK.finditer(text) if not _quoted_at(text, m.start())]
    starts = [0, *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), len(text)]
    return [text[a:b] for a, b in zip(starts, ends)]


def _clean_title(text: str) -> str:
    title = _ENUMERATOR.sub("", text).strip(" ，、。；：,;:")
    title = re.sub(r"^(?:在|于|从|自)", "", title)
    if len(title) > TITLE_MAX:
        cut = title.rfind("、", 0, TITLE_MAX)
        title = title[:cut] if cut > 10 else _clip(title)
    framed = _DANGLING_END.sub("", title)
    return framed if len(framed) >= 4 else title


def _clip(title: str) -> str:
    """The first TITLE_MAX characters, but never half a 《title》 or “quote” (cut before it), and
    rather right after a closing 》 or ” than in the middle of a word (……的意见》和新)."""
    clipped = title[:TITLE_MAX]
    for opening, closing in (("《", "》"), ("“", "”")):
        start = clipped.rfind(opening)
        if start > clipped.rfind(closing) and start >= 10:
            return clipped[:start].rstrip("和及与、，")   # ends where the quote would begin
    closed = max(clipped.rfind("》"), clipped.rfind("”")) + 1
    if closed >= TITLE_MAX // 2:
        clipped = clipped[:closed]
    return clipped


def _title_after_date(sentence: str, group: _DateGroup, next_start: int) -> str:
    after = re.sub(r"^(?:期间|以来|前后|中|间)?[\s，,、：:]*", "", sentence[group.end:next_start])
    clause = _clauses(after)[0]
    if not clause.strip(" 、和及"):
        before = sentence[:group.start].rstrip(" 在于从自")
        clause = _clauses(before)[-1] if before else ""
    return _clean_title(clause)


def extract_activities(report: Report, year: int | None = None,
                       ledger: ActivityLedger | None = None) -> list[Activity]:
    """Proposed activities (not stored) for `year` (default: the report's year). Given a ledger,
    what it already holds (same year, date and title) is left out, and so is a repeat."""
    year = year or report.year
    out: list[Activity] = []
    for located in located_sections(report):
        top = report.sections[located.path[0] - 1]
        if top.part is Part.PLANS:
            continue
        origin = f"report:{report.id if report.id is not None else ''}:{located.number}"
        for paragraph in located.section.paragraphs:
            for sentence in sentences(paragraph):
                out.extend(_sentence_activities(sentence, year, top.part, origin))
    return ledger.missing(out) if ledger is not None else out


def _sentence_activities(sentence: str, year: int, part: Part | None, origin: str) -> list[Activity]:
    groups = _date_groups(sentence, year)
    figures = _figures(sentence)
    if not groups and not figures:
        return []
    description = _ENUMERATOR.sub("", sentence).strip()
    if not groups:
        first = figures[0][0]
        clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, first)
                            if not _quoted_at(sentence, m.start())), default=0)
        clause = _clauses(sentence[clause_start:])[0]
        title = _clean_title(clause)
        return [Activity(year=year, category=guess_category(title, description), title=title,
                         description=description, part=part, figures=[f for _, f in figures], origin=origin)]
    out = []
    for index, group in enumerate(groups):
        next_start = groups[index + 1].start if index + 1 < len(groups) else len(sentence)
        own = [f for at, f in figures if (group.start if index else 0) <= at < next_start]
        title = _title_after_date(sentence, group, next_start)
        out.append(Activity(
            year=group.first.year, date_text=group.text, start=group.first, end=group.last,
            category=guess_category(title, description), title=title, description=description, part=part,
            figures=own, origin=origin))
    return out
