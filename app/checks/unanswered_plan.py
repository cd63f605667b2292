"""unanswered-plan: one of last year's plans (its part 4) that this year's report does not take
up (去年的打算没有下文).

Each plan item — as the roll-forward lists them for the checklist: a sub-section of last year's
part 4, or each 一是/二是 item of a part 4 written as running text — is answered when the clerk linked it in the
checklist, or when a sentence or heading of this year's report outside part 4 shares most of
its key terms: the Han bigrams of its subject left after generic words (加强、进一步、工作……)
are taken out."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.checks.context import CheckContext, Where
from app.checks.finding import Finding, Severity, make_finding
from app.checks.text import bigrams, masked, squeeze
from app.model import Part
from app.rollforward.checklist import plan_checklist

KIND = "unanswered-plan"

SHARED = 0.6     # share of the subject's key bigrams one sentence of this year must contain
MAX_CANDIDATES = 40
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


def _answer_text(ctx: CheckContext) -> str:
    """This year's text outside part 4, one sentence or heading per line."""
    return _SENTENCE_END.sub("\n", "\n".join(u.text for u in ctx.units
                                             if u.top_part is not Part.PLANS and u.where is not Where.TITLE))


class _Counts(dict[str, int]):
    """How often each bigram occurs in the text, counted on first asking (str.count is C-speed;
    counting every bigram of a 300-page report up front costs more than all the plans need)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def __missing__(self, key: str) -> int:
        value = self[key] = self.text.count(key)
        return value


def _answered(plan: Plan, text: str, counts: _Counts) -> bool:
    """Whether a line of `text` holds SHARED of the plan's key bigrams. The search starts from the
    rarest bigram, so only the few lines that have it are looked at."""
    need = SHARED * len(plan.keys)
    if sum(1 for k in plan.keys if counts[k]) < need:
        return False
    rarest = min((k for k in plan.keys if counts[k]), key=counts.__getitem__)
    position = text.find(rarest)
    for _ in range(MAX_CANDIDATES):
        if position < 0:
            return False
        start = text.rfind("\n", 0, position) + 1
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if sum(1 for k in plan.keys if k in line) >= need:
            return True
        position = text.find(rarest, end)
    return False


def check(ctx: CheckContext) -> Iterator[Finding]:
    plans = _plans(ctx)
    if not plans:
        return
    linked = _linked(ctx)
    text = _answer_text(ctx)
    counts = _Counts(text)
    seen: set[str] = set()
    for plan in plans:
        subject = squeeze(plan.text)
        if subject in seen:
            continue
        seen.add(subject)
        if subject in linked or _answered(plan, text, counts):
            continue
        yield make_finding(KIND, Severity.WARNING,
                           "去年报告的打算“{plan}”在今年报告中没有下文，请在第一部分写明落实情况，"
                           "或在“去年打算的落实情况”中关联到相应章节",
                           section=None, excerpt=plan.text[:40], plan=plan.text[:30])
