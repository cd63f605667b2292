"""Text helpers the reviewers' checks share: sentences, masking of years and figures, character
bigrams for similarity, and what counts as a figure.

Similarity is measured on character bigrams rather than on words: a word segmenter (jieba) needs
about 0.7 s to load its dictionary and 0.5 s to cut a 300-page report, more than the whole
budget of the checks, while bigrams of Chinese text share most of what segmented words share."""

from __future__ import annotations

import re
from collections.abc import Iterator

HAN = "\u3400-\u4dbf\u4e00-\u9fff"
CHINESE_DIGITS = "〇零一二三四五六七八九十百千万两"

_SENTENCE = re.compile(r"[^。！？；!?;]+[。！？；!?;]?")
_SPACE = re.compile(r"\s+")
# Years, figures and Chinese numerals (but not the 一 of 一体化 or 统一: only numerals before a
# measure word, 年/月/日 or 是 as in 一是) are masked so that text with new figures still matches.
_NUMBER = re.compile(rf"\d+(?:[.．]\d+)?|[{CHINESE_DIGITS}]+(?=[是年月日项次个家件人场期批条名])")
_HAN_RUN = re.compile(f"[{HAN}]+")

# Measure words after a figure (longest first so that 人次 wins over 人).
UNITS = ("人次", "万元", "亿元", "余人", "个次", "小时", "平方米", "公里", "户次", "家次", "场次",
         "项", "次", "个", "家", "件", "人", "名", "场", "期", "份", "篇", "条", "批", "户", "起",
         "部", "本", "册", "天", "元", "所", "类", "套", "张", "台", "组", "支", "轮", "单", "例",
         "%", "％")
_UNIT = "|".join(re.escape(u) for u in UNITS)
# A figure with its measure word: 6次, 三项, 900余人次, 1.5万元, 98.5%.
FIGURE = re.compile(rf"(?:\d+(?:[.．]\d+)?|[{CHINESE_DIGITS}]+)\s*(?:余|多)?\s*(?:万|千|百)?(?:{_UNIT})")
DATE = re.compile(r"\d{1,4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月(?:份|上旬|中旬|下旬|底)")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each sentence, ended by 。！？ or ；, leading spaces left out."""
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        if start < end:
            yield start, end


def masked_sentences(text: str) -> list[tuple[int, int, str]]:
    """Each sentence's span with its masked text (as masked() gives it), masking the whole text
    at once: masking keeps the sentence ends, so the n-th masked sentence is the n-th sentence."""
    masked_text = _NUMBER.sub("#", text)
    pieces = [m.group(0) for m in _SENTENCE.finditer(masked_text)]
    out = []
    for (start, end), piece in zip(sentences(text), (p for p in pieces if p.strip()), strict=False):
        out.append((start, end, _SPACE.sub("", piece).rstrip("。！？；!?;，,") if " " in piece or "\u3000" in piece
                    or "\t" in piece else piece.rstrip("。！？；!?;，,")))
    return out


def squeeze(text: str) -> str:
    """The text without any whitespace (str.split is much faster than a regex here)."""
    return "".join(text.split())


def masked(text: str) -> str:
    """The text without spaces, every number replaced by #, closing punctuation dropped."""
    return _NUMBER.sub("#", squeeze(text)).rstrip("。！？；!?;，,")


def bigrams(text: str) -> set[str]:
    """The pairs of adjacent Han characters, within runs of Han text."""
    out: set[str] = set()
    for run in _HAN_RUN.findall(text):
        out.update(run[i:i + 2] for i in range(len(run) - 1))
    return out


def dice(a: set[str], b: set[str]) -> float:
    """Dice similarity of two bigram sets (1.0 = the same pairs)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))
