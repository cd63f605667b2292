"""Years named in running text (2024年, 〔2017〕77号, 2021—2025年…) and the context each one sits in.

Both the year check and the roll-forward need to know whether a year is a plain mention of a
year (which may be stale) or part of something that must never change: a document number, a book
title, a period (2021—2025年), a "since" phrase (自2018年以来) or the date a document was made
(2017年制定出台的……)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class YearContext(str, Enum):
    PLAIN = "plain"              # 2024年工作开展情况
    DOC_NUMBER = "doc-number"    # 〔2017〕77号, [2017], 2017年第3号
    BOOK_TITLE = "book-title"    # 《2024年全市统计法治工作要点》
    SINCE = "since"              # 自2018年以来, 2019年以来, 2018年起
    RANGE = "range"              # 2021—2025年, 2021年至2025年
    MADE = "made"                # 2017年制定出台的……
    SERIES = "series"            # a sentence about 连续三年


@dataclass(frozen=True)
class YearMention:
    start: int
    end: int
    year: int
    context: YearContext

    @property
    def historical(self) -> bool:
        """A mention the year check leaves alone however old it is."""
        return self.context is not YearContext.PLAIN


_YEAR = re.compile(r"(?<![\d.．])((?:19|20)\d{2})(?!\d)")
_OPEN_BRACKETS = "〔[［(（【"
_CLOSE_BRACKETS = "〕]］)）】"
_DASHES = r"[-—–~～至到]"
_RANGE_AFTER = re.compile(rf"\s*年?\s*{_DASHES}{{1,2}}\s*(?:19|20)\d{{2}}")
_RANGE_BEFORE = re.compile(rf"(?:19|20)\d{{2}}\s*年?\s*{_DASHES}{{1,2}}\s*$")
_DOC_SERIAL = re.compile(r"\s*年\s*第\s*\d+\s*号")
_SINCE_AFTER = re.compile(r"\s*年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:以来|起|至今|开始|后)")
_SINCE_BEFORE = re.compile(r"(?:自|从|自从|早在|始于)\s*$")
_MADE_AFTER = re.compile(r"\s*年(?:\d{1,2}月(?:\d{1,2}日)?)?[^，。；、\s]{0,2}?"
                         r"(?:制定|出台|印发|颁布|发布|修订|修正|通过|施行|实施|成立|设立)")
_YEAR_WORD = re.compile(r"\s*年")
_SERIES = re.compile(r"连续[一二两三四五六七八九十\d]+年")
_SENTENCE_END = "。！？；!?;\n"


def _sentence_bounds(text: str, index: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, index) for c in _SENTENCE_END) + 1
    ends = [e for e in (text.find(c, index) for c in _SENTENCE_END) if e != -1]
    return start, (min(ends) if ends else len(text))


def year_mentions(text: str) -> list[YearMention]:
    """Every year in `text` that is written as a year (followed by 年, bracketed as in a document
    number, or part of a period), in order, with its context."""
    out: list[YearMention] = []
    depth = 0       # how many 《 are open at the scan position
    scanned = 0
    series_text = _SERIES.search(text) is not None
    for match in _YEAR.finditer(text):
        start, end = match.span()
        for char in text[scanned:start]:
            if char == "《":
                depth += 1
            elif char == "》" and depth:
                depth -= 1
        scanned = start
        year = int(match.group(1))
        before, after = text[max(0, start - 12):start], text[end:end + 16]
        bracketed = bool(before) and before[-1] in _OPEN_BRACKETS and after[:1] in _CLOSE_BRACKETS
        range_after = _RANGE_AFTER.match(after)
        range_before = _RANGE_BEFORE.search(before)
        if not (bracketed or range_after or range_before or _YEAR_WORD.match(after)):
            continue  # 2000余人次 is a count, not a year
        if bracketed or _DOC_SERIAL.match(after):
            context = YearContext.DOC_NUMBER
        elif depth > 0:
            context = YearContext.BOOK_TITLE
        elif range_after or range_before:
            context = YearContext.RANGE
        elif _SINCE_AFTER.match(after) or _SINCE_BEFORE.search(before):
            context = YearContext.SINCE
        elif _MADE_AFTER.match(after):
            context = YearContext.MADE
        elif series_text and _SERIES.search(text[slice(*_sentence_bounds(text, start))]):
            context = YearContext.SERIES
        else:
            context = YearContext.PLAIN
        out.append(YearMention(start, end, year, context))
    return out
