"""figure-mismatch: the same measure given two different values in the report (执法检查32家 …
执法检查30家), and — as info — a measure whose value differs from this year's ledger entry.

A measure is the Han text just before an Arabic figure (back to the previous punctuation mark,
after the last verb such as 开展/组织/共), with the figure's measure word: “双随机一公开”执法检查
32家 is the measure 执法检查/家. Percentages and ordinals (第3次) are not measures."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.checks.context import CheckContext, TextUnit, Where
from app.checks.finding import Finding, Severity, make_finding
from app.checks.text import HAN, UNITS

KIND = "figure-mismatch"

_COUNT_UNITS = "|".join(re.escape(u) for u in UNITS if u not in ("%", "％"))
_FIGURE = re.compile(rf"(\d+(?:\.\d+)?)\s*(余|多)?\s*({_COUNT_UNITS})")
_NAME = re.compile(rf"[{HAN}“”]+$")
_AFTER = re.compile(rf"[{HAN}]{{1,4}}")
# Words after which the measure's name starts: what was done, not the thing counted.
_LEAD = re.compile("开展|组织|召开|举办|举行|完成|参加|参与|共计|合计|总计|累计|其中|共|达到|达|覆盖|受理|办理|"
                   "发放|印发|发布|制定|出台|处理|查处|走访|检查了|给予|约|近|全年|全区|全市|先后|实现|新增")
MAX_NAME = 16
MIN_NAME = 2


@dataclass(frozen=True)
class Mention:
    name: str
    value: float
    unit: str
    counted: str      # what follows the measure word (家企业 → 企业), part of what is measured
    unit_index: int
    start: int
    end: int


def _measure_name(before: str) -> str:
    run = _NAME.search(before[-MAX_NAME:])
    if run is None:
        return ""
    name = run.group(0)
    leads = list(_LEAD.finditer(name))
    if leads:
        name = name[leads[-1].end():]
    return name.strip("“”")


def _mentions(ctx: CheckContext) -> Iterator[Mention]:
    for number, unit in enumerate(ctx.units):
        if unit.where is Where.TITLE:
            continue
        text = unit.text
        for match in _FIGURE.finditer(text):
            start = match.start()
            if start and text[start - 1] in "第.-－～—":
                continue  # an ordinal, a decimal's tail, a range
            name = _measure_name(text[max(0, start - MAX_NAME):start])
            if len(name) >= MIN_NAME:
                after = _AFTER.match(text, match.end())
                yield Mention(name, float(match.group(1)), match.group(3), after.group(0) if after else "",
                              number, start, match.end())


def _value(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _finding(ctx: CheckContext, mention: Mention, severity: Severity, template: str, **values: str) -> Finding:
    unit: TextUnit = ctx.units[mention.unit_index]
    text = unit.text
    return make_finding(KIND, severity, template, values, section=unit.number,
                        excerpt=text[max(0, mention.start - len(mention.name) - 2):mention.end].strip(),
                        **unit.span(mention.start, mention.end))


def check(ctx: CheckContext) -> Iterator[Finding]:
    by_measure: dict[tuple[str, str, str], list[Mention]] = {}
    for mention in _mentions(ctx):
        by_measure.setdefault((mention.name, mention.unit, mention.counted), []).append(mention)
    for (name, unit, counted), mentions in by_measure.items():
        first = mentions[0]
        other = next((m for m in mentions if m.value != first.value), None)
        if other is not None:
            place = ctx.units[first.unit_index].number or "前文"
            yield _finding(ctx, other, Severity.WARNING,
                           "同一数据前后不一致：“{place}”写的是{name}{first}{unit}，这里是{this}{unit}，请核对后统一",
                           place=place, name=name, first=_value(first.value), this=_value(other.value),
                           unit=unit + counted)
    for figure in ctx.ledger:
        matching = [m for (name, unit, _), ms in by_measure.items()
                    if unit == figure.unit and name.endswith(figure.name) for m in ms]
        if matching and all(m.value != figure.value for m in matching):
            mention = matching[0]
            yield _finding(ctx, mention, Severity.INFO,
                           "台账中{activity}记为{name}{ledger}{unit}，报告写的是{this}{unit}，请核对",
                           activity=f"“{figure.activity}”" if figure.activity else "", name=figure.name,
                           ledger=_value(figure.value), this=_value(mention.value), unit=figure.unit)
