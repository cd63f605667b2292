"""Paragraph records → a Report: the one recogniser behind every reader.

Title (over one or more lines) with organization and year, 主送机关, preamble, headings at every
level (typed markers, Word numbering or heading styles; standalone or run-in), body, closing,
署名 and 成文日期. Levels follow the order in which marker kinds appear. Every character of the
source other than markers, whitespace and a heading's closing 。 lands in exactly one place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass, field

from app.errors import UserError
from app.importing.cover import set_aside_head
from app.importing.dates import date_line
from app.importing.header import split_header
from app.importing.lines import Line, is_heading, kind_of, prepare_lines, split_heading
from app.importing.markers import KIND_STYLE, STYLE_RANK, MarkerKind
from app.importing.parts import assign_parts, fold, part_from_heading
from app.importing.records import ParagraphRecord
from app.importing.refine import refine
from app.model import DEFAULT_MARKER_STYLES, MarkerStyle, Part, Report, Section, Status

_CLOSING = re.compile(r"^(特此(报告|通知|函告|请示|说明|汇报)|专此(报告|汇报)|以上(情况)?(报告|汇报)|妥否|当否"
                      r"|请审阅|请审示|请予审议|请审议|附件[:：\d一二三四五六七八九十]|附：)")
_SUMMARY_LEAD = re.compile(r"^((19|20)\d{2}年度?[，,]|今后|总之|综上|新的一年|展望未来|下一步[，,])")
_ORG_SUFFIX = re.compile(r"(局|委|办|政府|厅|室|院|部|会|处|中心|公司|所|队|站|组|局党组|委员会|办公室)$")
_PLACEHOLDER = re.compile(r"^[\[【〔［].{1,20}[\]】〕］]$")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CN_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})\s*年")


MAX_DEPTH = 9   # Word's nine outline levels; deeper "levels" are siblings at the ninth


@dataclass
class _Open:
    """An open heading on the level stack."""

    kind: Hashable
    number: int | None
    section: Section


@dataclass
class _State:
    warnings: list[str] = field(default_factory=list)
    numbers: dict[int, int | None] = field(default_factory=dict)   # id(section) → number as written
    depth_styles: dict[int, Counter] = field(default_factory=dict)


def _signature_candidate(line: Line) -> bool:
    text = line.text
    return (len(text) <= 30 and not any(c in text for c in "。，；：:;,！？") and line.marker is None
            and not line.record.in_table and not text.startswith("附") and line.outline is None)


@dataclass
class _Tail:
    end: int                         # the body ends here
    signature: str = ""
    date: dt.date | None = None
    closing: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)


def _split_tail(lines: list[Line], start: int, state: _State) -> _Tail:
    n = len(lines)
    tail = _Tail(end=n)
    found = None
    for k in range(n - 1, max(start, n - 10) - 1, -1):
        if is_heading(lines[k]) and not date_line(lines[k].text):
            break
        parsed = date_line(lines[k].text)
        if parsed and (not parsed[1] or len(parsed[1]) <= 30):
            found = k, parsed
            break
    signature: list[str] = []
    end = n
    if found is not None:
        k, (date, rest) = found
        tail.date = date
        tail.after = [l.text for l in lines[k + 1:]]
        end = k
        if rest:
            signature.append(rest)
        else:
            # One signature line; more only for joint issuers (each an organization name).
            while (end - 1 >= start and len(signature) < 3 and _signature_candidate(lines[end - 1])
                   and (not signature or _ORG_SUFFIX.search(lines[end - 1].text))):
                end -= 1
                signature.insert(0, lines[end].text)
    elif n - 1 >= start:
        last = lines[n - 1]
        previous = lines[n - 2].text if n - 2 >= start else ""
        after_closing = bool(_CLOSING.match(fold(previous)))
        if _signature_candidate(last) and (
                (_ORG_SUFFIX.search(last.text) and (previous.endswith("。") or after_closing))
                or (_PLACEHOLDER.match(last.text) and after_closing)):
            signature = [last.text]
            end = n - 1
    tail.signature = "\n".join(signature)
    while end - 1 >= start and _CLOSING.match(fold(lines[end - 1].text)) and not is_heading(lines[end - 1]):
        end -= 1
        tail.closing.insert(0, lines[end].text)
    tail.end = end
    if tail.after:
        state.warnings.append(f"成文日期之后的 {len(tail.after)} 段（如抄送、印发）已放入结束语，请核对")
    return tail


class _TreeBuilder:
    def __init__(self, state: _State) -> None:
        self.state = state
        self.stack: list[_Open] = []
        self.sections: list[Section] = []
        self.preamble: list[str] = []
        self.misuse_warned: set[Hashable] = set()

    def add_body(self, text: str) -> None:
        if self.stack:
            self.stack[-1].section.paragraphs.append(text)
        else:
            self.preamble.append(text)

    def add_heading(self, line: Line) -> None:
        heading, rest = split_heading(line)
        kind = kind_of(line)
        number = line.marker.number if line.marker is not None else None
        depth = self._depth(kind, number, heading, line)
        section = Section(heading=heading, run_in=bool(rest),
                          written_marker=line.marker.text if line.marker is not None else None)
        if rest:
            section.paragraphs.append(rest)
        del self.stack[depth:]
        siblings = self.stack[-1].section.children if self.stack else self.sections
        siblings.append(section)
        self.stack.append(_Open(kind, number, section))
        self.state.numbers[id(section)] = number
        if line.marker is not None:
            self.state.depth_styles.setdefault(depth + 1, Counter())[line.marker.style] += 1

    def _depth(self, kind: Hashable, number: int | None, heading: str, line: Line) -> int:
        return min(self._wanted_depth(kind, number, heading, line), MAX_DEPTH - 1)

    def _wanted_depth(self, kind: Hashable, number: int | None, heading: str, line: Line) -> int:
        stack = self.stack
        positions = [i for i, o in enumerate(stack) if o.kind == kind]
        if isinstance(kind, tuple):  # heading styles: place by outline level
            if positions:
                return positions[-1]
            level = kind[1]
            shallower = [i for i, o in enumerate(stack) if isinstance(o.kind, tuple) and o.kind[1] < level]
            return shallower[-1] + 1 if shallower else (0 if any(isinstance(o.kind, tuple) for o in stack) else len(stack))
        assert isinstance(kind, MarkerKind)  # _kind gives a MarkerKind or an ("outline", level) tuple
        if not positions:
            # A more major kind (一、) after a minor one (1.) closes it rather than nesting under it.
            rank = STYLE_RANK[KIND_STYLE[kind]] if isinstance(kind, MarkerKind) else 0
            for i, open_heading in enumerate(stack):
                if isinstance(open_heading.kind, MarkerKind) and STYLE_RANK[KIND_STYLE[open_heading.kind]] > rank:
                    return i
            return len(stack)
        follows = [i for i in positions if number is not None and (previous := stack[i].number) is not None
                   and number == previous + 1]
        if follows:
            if len(follows) > 1 and part_from_heading(heading) not in (None, Part.MEASURES):
                return follows[0]
            return follows[-1]
        top = positions[-1]
        if number == 1 and top == len(stack) - 1 and len(positions) == 1:
            # 一、 directly under 一、: the same kind used at two levels.
            if kind not in self.misuse_warned:
                self.misuse_warned.add(kind)
                self.state.warnings.append(
                    f"编号“{line.marker.text if line.marker else ''}”在两个层级都使用了，"
                    f"已按上下文把“{heading[:15]}”等作为下一级标题，请核对")
            return len(stack)
        return top


MAX_NUMBERING_WARNINGS = 20


def _check_numbering(sections: list[Section], state: _State) -> None:
    """Gaps, repeats and numbering continued from the previous parent, kept and reported."""
    found = _numbering_findings(sections, state)
    state.warnings += found[:MAX_NUMBERING_WARNINGS]
    if len(found) > MAX_NUMBERING_WARNINGS:
        state.warnings.append(f"另有 {len(found) - MAX_NUMBERING_WARNINGS} 处编号问题未逐一列出")


def _numbering_findings(sections: list[Section], state: _State) -> list[str]:
    out: list[str] = []
    last_at_depth: dict[int, int] = {}

    def visit(group: list[Section], depth: int) -> None:
        previous: int | None = None
        for index, section in enumerate(group):
            number = state.numbers.get(id(section))
            marker = section.written_marker or ""
            if number is not None:
                if index == 0 and number != 1:
                    if last_at_depth.get(depth) is not None and number == last_at_depth[depth] + 1:
                        out.append(f"“{marker}{section.heading[:15]}”的编号接续上一节的编号（未从1开始），导出时将重新编号")
                    else:
                        out.append(f"“{marker}{section.heading[:15]}”是本级第一个标题，但编号不是从1开始，已保留原编号")
                elif previous is not None and number == previous:
                    out.append(f"编号重复：“{marker}{section.heading[:15]}”与上一个标题编号相同，已保留原编号")
                elif previous is not None and number != previous + 1:
                    out.append(f"编号不连续：“{marker}{section.heading[:15]}”前面缺少编号，已保留原编号")
                previous = number
            visit(section.children, depth + 1)
        if group and previous is not None:
            last_at_depth[depth] = previous

    visit(sections, 1)
    return out


def _marker_styles(state: _State, depth: int) -> list[MarkerStyle]:
    styles: list[MarkerStyle] = []
    for d in range(1, max(depth, 1) + 1):
        counts = state.depth_styles.get(d)
        common = [style for style, _ in counts.most_common() if style not in styles] if counts else []
        if common:
            styles.append(common[0])
        else:
            rank = STYLE_RANK[styles[-1]] if styles else 0
            styles.append(next((s for s in DEFAULT_MARKER_STYLES if STYLE_RANK[s] > rank and s not in styles),
                               MarkerStyle.CIRCLED))
    while len(styles) < 4:
        rank = STYLE_RANK[styles[-1]]
        extra = next((s for s in DEFAULT_MARKER_STYLES if STYLE_RANK[s] > rank and s not in styles), None)
        if extra is None:
            break
        styles.append(extra)
    return styles


def _max_depth(sections: list[Section], depth: int = 1) -> int:
    return max((_max_depth(s.children, depth + 1) for s in sections), default=depth - 1)


def _year_of(title: str, preamble: list[str], date: dt.date | None) -> int:
    match = _YEAR.search(title)
    if match:
        return int(match.group(1))
    match = _CN_YEAR.search(title)
    if match:
        return int("".join(str("〇一二三四五六七八九".index(c)) if c != "零" else "0" for c in match.group(1)))
    for paragraph in preamble[:2]:
        match = _YEAR.search(paragraph[:30])
        if match:
            return int(match.group(1))
    if date is not None:
        return date.year - 1 if date.month <= 6 else date.year
    return 0


def _organization_of(title: str, signature: str) -> str:
    if "关于" in title:
        before = title.split("关于", 1)[0].strip()
        if before:
            return before
    match = _YEAR.search(title) or _CN_YEAR.search(title)
    if match and match.start() > 0 and not title.startswith("关于"):
        return title[:match.start()].strip()
    return signature.split("\n", 1)[0].strip()


def _move_summary_to_closing(sections: list[Section], closing: list[str]) -> None:
    """A summary after the last numbered item (2025年，我局将继续……) closes the report."""
    if not sections or not sections[-1].children:
        return
    last = sections[-1].walk()[-1]
    moved: list[str] = []
    while len(last.paragraphs) > 1 and _SUMMARY_LEAD.match(last.paragraphs[-1]):
        moved.insert(0, last.paragraphs.pop())
    closing[:0] = moved


def recognise(records: list[ParagraphRecord], warnings: list[str] | None = None) -> Report:
    """The report in `records`; reader warnings come first in report.warnings."""
    state = _State(warnings=list(warnings or []))
    lines = refine(prepare_lines(records))
    if lines and not any(_HAN.search(line.text) for line in lines):
        raise UserError("文件中没有中文文字，不像是一份报告，未导入")
    lines, set_aside = set_aside_head(lines, state.warnings)
    masthead, title_lines, recipient, start = split_header(lines, state.warnings)
    tail = _split_tail(lines, start, state)
    builder = _TreeBuilder(state)
    body = lines[start:tail.end]
    if not any(is_heading(l) for l in body):
        report_sections: list[Section] = []
        if body:
            report_sections = [Section(heading="正文", paragraphs=[l.text for l in body])]
            state.warnings.append("未识别出任何标题，全文已作为一个部分导入，请在预览中调整层级")
        preamble: list[str] = []
    else:
        for line in body:
            if is_heading(line):
                builder.add_heading(line)
            else:
                builder.add_body(line.text)
        report_sections = builder.sections
        preamble = builder.preamble
    closing = list(tail.closing)
    _move_summary_to_closing(report_sections, closing)
    closing += tail.after
    title = "".join(title_lines)
    if not title:
        state.warnings.append("未识别出标题，请在导入后补上")
    date = tail.date
    year = _year_of(title, preamble, date)
    if not year:
        state.warnings.append("未能从标题中识别出年度，请在导入后补上")
    report = Report(
        title=title,
        organization=_organization_of(title, tail.signature),
        year=year,
        recipient=recipient,
        preamble=masthead + preamble,
        closing=closing,
        signature=tail.signature,
        date=date,
        sections=report_sections,
        set_aside=set_aside,
    )
    _check_numbering(report.sections, state)
    assign_parts(report.sections, year)
    report.marker_styles = _marker_styles(state, _max_depth(report.sections))
    report.warnings = state.warnings
    for section in report.all_sections():
        if section.paragraphs:  # written text, though not necessarily final: 草稿, not 待写
            section.status = Status.DRAFT
    return report
