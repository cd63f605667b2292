"""unanswered-plan: one of last year's plans (its part 4) that this year's report does not take
up (去年的打算没有下文).

Each plan item — as the roll-forward lists them for the checklist: a sub-section of last year's
part 4, or each 一是/二是 item of a part 4 written as running text — is answered when the clerk linked it in the
checklist, or when a sentence or heading of this year's report outside part 4 shares most of
its key terms: the Han bigrams of its subject left after generic words (加强、进一步、工作……)
are taken out."""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.checks.context import CheckContext, Where
from app.checks.finding import Finding, Severity, make_finding
from app.checks.text import bigrams, masked, squeeze
from app.model import Part
from app.rollforward.checklist import plan_checklist

KIND = "unanswered-plan"

MAX_TEXTS = 500  # paragraphs compared per plan, to bound the time on a long report
SHARED = 0.6     # share of the subject's key bigrams one sentence of this year must contain
_ITEM_START = re.compile(r"^[一二三四五六七八九十]+是")
_FIRST_SENTENCE = re.compile(r"^[^。！？；]*[。！？；]?")
# Words that say how hard, not what: they do not tell one plan from another.
_GENERIC = re.compile(
    "进一步|持续|不断|继续|全面|深入|切实|扎实|大力|积极|认真|着力|努力|坚持|加强|加大|强化|深化|推进|推动|"
    "提升|提高|完善|健全|做好|抓好|开展|落实|加快|优化|规范|创新|力度|水平|能力|工作|建设|体系|机制|"
    "方面|有关|相关|我局|全局|本局|全区|全市|年度|今年|明年|下一步|重点|主要|围绕|聚焦|着眼|不断|"
    "统筹|常态化|的|和|与|及|等|是|在|对|为|将|把|以")


@dataclass(frozen=True)
class Plan:
    text: str         # the checklist item's text
    keys: frozenset[str]


def _key_bigrams(subject: str) -> frozenset[str]:
    return frozenset(bigrams(_GENERIC.sub(" ", masked(subject))))


def _subject(item: str) -> str:
    """The part of a checklist item that names the plan: a short heading before its “：” (as the
    roll-forward writes 加强学习：first sentence), else its first sentence, without 一是."""
    text = _ITEM_START.sub("", item.strip())
    heading, colon, _ = text.partition("：")
    if colon and len(_key_bigrams(heading)) >= 2:
        return heading
    return _FIRST_SENTENCE.match(text).group(0).rstrip("。；;")  # type: ignore[union-attr]


def _plans(ctx: CheckContext) -> list[Plan]:
    """Last year's plans as the roll-forward lists them, or the report's checklist without it."""
    items = plan_checklist(ctx.last_year) if ctx.last_year is not None else ctx.report.checklist
    plans = [Plan(item.text, _key_bigrams(_subject(item.text))) for item in items]
    return [p for p in plans if len(p.keys) >= 2]


def _linked(ctx: CheckContext) -> set[str]:
    """Checklist items the clerk ticked or linked to a section, by their subject."""
    return {squeeze(item.text) for item in ctx.report.checklist if item.done or item.answered_in is not None}


_SENTENCE_END = re.compile("[。！？；!?;]")


class _Index:
    """This year's text outside part 4, searchable by key bigram: for each key, the paragraphs
    and headings holding it; a paragraph is cut into sentences only when it could answer a plan.
    The pairs of a text are made at C speed (map over the text and itself shifted by one)."""

    def __init__(self, ctx: CheckContext, keys: frozenset[str]) -> None:
        self.keys = keys
        self.texts = [u.text for u in ctx.units if u.top_part is not Part.PLANS and u.where is not Where.TITLE]
        self.held: list[frozenset[str]] = []
        self.postings: dict[str, list[int]] = {}
        self._sentences: dict[int, list[frozenset[str]]] = {}
        for number, text in enumerate(self.texts):
            held = keys.intersection(map(operator.add, text, text[1:]))
            self.held.append(held)
            for key in held:
                self.postings.setdefault(key, []).append(number)

    def sentences(self, number: int) -> list[frozenset[str]]:
        found = self._sentences.get(number)
        if found is None:
            found = self._sentences[number] = [
                self.keys.intersection(map(operator.add, line, line[1:]))
                for line in _SENTENCE_END.split(self.texts[number])]
        return found


def _answered(plan: Plan, index: _Index) -> bool:
    """Whether one sentence or heading holds SHARED of the plan's key bigrams. It is looked for
    among the texts of the plan's rarest keys (a sentence that qualifies misses at most the
    other keys, so that many keys plus one are enough to try); a text is cut into sentences only
    when it holds enough of the keys as a whole."""
    need = SHARED * len(plan.keys)
    postings = index.postings
    present = sorted((k for k in plan.keys if k in postings), key=lambda k: len(postings[k]))
    if len(present) < need:
        return False
    budget = MAX_TEXTS
    for key in present[:len(plan.keys) - math.ceil(need) + 1]:
        for number in postings[key][:budget]:
            if len(plan.keys & index.held[number]) >= need and any(
                    len(plan.keys & sentence) >= need for sentence in index.sentences(number)):
                return True
        budget -= len(postings[key])
        if budget <= 0:
            break
    return False


def check(ctx: CheckContext) -> Iterator[Finding]:
    plans = _plans(ctx)
    if not plans:
        return
    linked = _linked(ctx)
    index = _Index(ctx, frozenset(k for plan in plans for k in plan.keys))
    seen: set[str] = set()
    for plan in plans:
        subject = squeeze(plan.text)
        if subject in seen:
            continue
        seen.add(subject)
        if subject in linked or _answered(plan, index):
            continue
        yield make_finding(KIND, Severity.WARNING,
                           "去年报告的打算“{plan}”在今年报告中没有下文，请在第一部分写明落实情况，"
                           "或在“去年打算的落实情况”中关联到相应章节",
                           section=None, excerpt=plan.text[:40], plan=plan.text[:30])
