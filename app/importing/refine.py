"""What a line is, decided from the lines around it (after lines.prepare_lines):

- a level-1 heading ending in ；or ： that introduces numbered sub-headings is a heading;
- a marker followed by a short word cut at a line end ("（二）加强" / "组织领导。……") is one line;
- a numbered list inside a paragraph ("……主要做了以下工作：" 1.…。 2.…。) is body text;
- Word lists whose only structure is the indent level: the outermost items are headings.
"""

from __future__ import annotations

import re

from app.importing.lines import Line, first_sentence_end, is_heading, split_heading
from app.importing.markers import KIND_STYLE, STYLE_RANK

# Verbs and adverbs that open a heading and cannot end one: "（二）加强" is a cut line.
_OPENING_WORD = re.compile(
    r"(加强|强化|深化|推进|推动|完善|健全|坚持|落实|提升|提高|严格|规范|持续|全面|扎实|开展|建立|创新|优化|狠抓|抓好|做好|聚焦"
    r"|加大|加快|深入|积极|不断|切实|着力|大力|进一步|认真|依法|注重|突出)$")
_LIST_ITEM_MAX = 60
_CUT_MAX = 4


def refine(lines: list[Line]) -> list[Line]:
    lines = _join_cut_headings(lines)
    _headings_before_sub_headings(lines)
    _lists_inside_paragraphs(lines)
    _indent_only_lists(lines)
    return lines


def _rest(line: Line) -> str:
    return line.text if line.auto or line.marker is None else line.text[line.marker.end:].strip()


def _join_cut_headings(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    skip = False
    for i, line in enumerate(lines):
        if skip:
            skip = False
            continue
        following = lines[i + 1] if i + 1 < len(lines) else None
        rest = _rest(line)
        if (line.marker is not None and not line.auto and following is not None and following.marker is None
                and following.outline is None and not following.record.in_table and 0 < len(rest) <= _CUT_MAX
                and _OPENING_WORD.search(rest) and _continues_heading(following.text)):
            out.append(Line(line.text + following.text, line.record, line.marker, line.auto, line.forced))
            skip = True
        else:
            out.append(line)
    return out


def _continues_heading(text: str) -> bool:
    """The rest of a cut heading: a short line without a full stop (a standalone heading), or a
    heading's words up to a 。 followed by its body (a run-in heading) — not a paragraph of its own."""
    if text[:1].isdigit():
        return False
    end = first_sentence_end(text)
    if end is None:
        return len(text) <= 30 and not text.endswith(("；", ";", "，", ","))
    return 2 <= end < len(text) - 1


def _rank(line: Line) -> int | None:
    return STYLE_RANK[KIND_STYLE[line.marker.kind]] if line.marker is not None else None


def _headings_before_sub_headings(lines: list[Line]) -> None:
    """"一、主要举措和成效；" followed by "1、……" headings: a heading, not an enumeration item."""
    for line, following in zip(lines, lines[1:]):
        rank, next_rank = _rank(line), _rank(following)
        if (rank is not None and next_rank is not None and next_rank > rank and following.marker is not None
                and following.marker.number == 1 and _rest(line).endswith(("；", ";", "：", ":"))
                and first_sentence_end(_rest(line)) is None):
            line.forced = True


def _list_item(line: Line) -> bool:
    """One short punctuated sentence after an arabic or circled number (1. 1、 （1） ①): an item of an
    enumeration, where a heading would be unpunctuated or followed by its body."""
    rest = _rest(line)
    rank = _rank(line)
    return (rank is not None and rank >= 3 and len(rest) <= _LIST_ITEM_MAX and rest.endswith(("。", "；", ";"))
            and first_sentence_end(rest) in (None, len(rest) - 1))


def _lists_inside_paragraphs(lines: list[Line]) -> None:
    """Items 1. 2. 3. right after a sentence ending in ： that are one short sentence each are
    the paragraph's enumeration, not headings."""
    for i, line in enumerate(lines):
        text = line.text
        if not text.endswith(("：", ":")) or i + 1 >= len(lines):
            continue
        if is_heading(line) and not split_heading(line)[1]:
            continue   # a standalone heading ending in ： introduces sub-headings, not a list
        items: list[Line] = []
        for candidate in lines[i + 1:]:
            marker = candidate.marker
            if (marker is None or marker.number != len(items) + 1
                    or (items and items[0].marker is not None and marker.kind != items[0].marker.kind)):
                break
            items.append(candidate)
        if len(items) >= 2 and all(_list_item(item) for item in items):
            for item in items:
                item.forced = False


def _indent_only_lists(lines: list[Line]) -> None:
    """A document with no numbering at all whose bulleted lists nest: the outermost items head
    the items under them."""
    if any(line.marker is not None or (line.outline is not None and not line.record.is_title_style
                                       and line.record.list_level is None) for line in lines[2:]):
        return
    bullets = [line for line in lines if line.record.list_bullet and line.record.list_level is not None]
    levels = {line.record.list_level for line in bullets}
    if len(bullets) < 4 or len(levels) < 2:
        return
    top = min(level for level in levels if level is not None)
    for index, line in enumerate(lines):
        if line in bullets and line.record.list_level == top:
            nested = index + 1 < len(lines) and lines[index + 1].record.list_level not in (None, top)
            if nested and len(line.text) <= 40 and not line.text.endswith(("。", "；", ";")):
                line.forced = True


