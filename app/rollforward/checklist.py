"""Last year's plans (part 4) as the checklist this year's part 1 must answer."""

from __future__ import annotations

import re

from app.model import ChecklistItem, Part, Report, Section

# Inline enumerations in a plan paragraph: 一是……二是…… (body text, one promise each).
_ENUMERATED = re.compile(r"(?:^|(?<=[。；;]))\s*([一二三四五六七八九十]+是)")
_FIRST_SENTENCE = re.compile(r"^[^。！？；]*[。！？；]?")
SHORT_HEADING = 6  # characters; a heading this short says too little on its own


def _item_text(section: Section) -> str:
    heading = section.heading.strip().rstrip("。")
    first = next((p.strip() for p in section.paragraphs if p.strip()), "")
    if len(heading) <= SHORT_HEADING and first:
        sentence = _FIRST_SENTENCE.match(first).group(0).rstrip("。；")  # type: ignore[union-attr]
        return f"{heading}：{sentence}" if heading else sentence
    return heading


def _paragraph_items(paragraph: str) -> list[str]:
    """One item per 一是/二是 clause, or the whole paragraph when it is not enumerated."""
    starts = [m.start(1) for m in _ENUMERATED.finditer(paragraph)]
    if len(starts) < 2:
        return [paragraph.strip()]
    pieces = [paragraph[a:b] for a, b in zip(starts, [*starts[1:], len(paragraph)])]
    return [p.strip().rstrip("。；;") for p in pieces if p.strip()]


def plan_checklist(last: Report) -> list[ChecklistItem]:
    """One item per sub-section of last year's part-4 sections; a part-4 section without
    sub-sections gives one item per enumerated clause or paragraph."""
    texts: list[str] = []
    for section in last.sections:
        if section.part is not Part.PLANS:
            continue
        if section.children:
            texts.extend(_item_text(child) for child in section.children)
        else:
            for paragraph in section.paragraphs:
                if paragraph.strip():
                    texts.extend(_paragraph_items(paragraph))
    return [ChecklistItem(text=t) for t in texts if t]
