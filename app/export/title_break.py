"""Breaking a long title into lines the way GB/T 9704 asks: meaning units kept whole, the lines
forming a trapezoid (each line at least as long as the one above) or a diamond (longest in the
middle), of sensible lengths.

Without a full dictionary we rely on what titles of official documents are made of: an
organization (a place and a department: 天津市西青区统计局), 关于, a year (2024年度), a subject
of common administrative words (法治政府建设, 人力资源和社会保障), and a document type
(情况的报告, 年度报告). A break never falls inside a number, a bracketed or quoted span, a year,
a known word, the organization (save between the place and the department, as a last resort) or
the document type; a title takes one more line rather than split one. Good breaks come after
关于, at punctuation, before 关于, after the organization or the year.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import combinations
from math import comb

# Spans that never break: a Latin/digit run, a bracketed or quoted span.
_ATOM = re.compile(r"[0-9A-Za-z.．\-_/]+|《[^》]{0,18}》|“[^”]{0,18}”|（[^）]{0,18}）|〔[^〕]{0,10}〕|\([^)]{0,18}\)|.", re.S)
_YEAR = re.compile(r"\d{4}(?:[—\-－至~～]\d{4})?年(?:度)?")
_ORG = re.compile(r"^(?:中共)?[\u4e00-\u9fff（）()、]{2,40}?(?:人民政府办公室|办公室|委员会|人民政府|人民法院|人民检察院|"
                  r"办事处|管理局|局|委|办|院|府|厅|部|署|会|中心|公司|处|所|站|队)(?=关于|\d|[（(]?\d{4})")
_ADMIN_END = "省市区县州旗盟镇乡"

# Words of administrative titles, longest first when matched; none is ever split.
WORDS = tuple(sorted({
    "法治政府建设", "法治政府", "法治建设", "法治", "政府", "建设", "依法行政", "依法治市", "依法治区", "依法治县",
    "依法治省", "依法治国", "情况", "工作", "报告", "年度", "关于", "推进", "落实", "责任", "第一责任人", "职责",
    "党政主要负责人", "主要负责人", "负责人", "履行", "人民政府", "办公室", "委员会", "人力资源", "社会保障",
    "人力资源和社会保障", "市场监督管理", "生态环境", "自然资源", "规划", "住房和城乡建设", "城乡建设", "交通运输",
    "卫生健康", "文化和旅游", "文化广电和旅游", "发展和改革", "教育", "财政", "公安", "司法", "统计", "审计",
    "应急管理", "农业农村", "水务", "水利", "民政", "商务", "税务", "退役军人事务", "医疗保障", "林业和草原", "体育",
    "信访", "城市管理", "综合行政执法", "行政审批", "政务服务", "数据", "大数据", "营商环境", "述职", "述法",
    "安排", "计划", "要点", "实施", "方案", "意见", "通知", "总结", "评估", "考核", "自查", "监督", "执法",
    "行政执法", "行政复议", "行政应诉", "普法", "八五普法", "中期", "街道办事处", "办事处", "管理委员会",
    "开发区", "高新区", "新区", "自治县", "自治州", "自治区", "人民检察院", "人民法院", "检察院", "法院",
    "主要举措", "成效", "不足", "下一步", "打算", "全面", "深化", "加强", "提升", "规范", "公正文明", "制度",
    "机制", "体系", "能力", "水平", "依法", "法规", "规章", "规范性文件", "合法性审查", "重大行政决策",
    "公共法律服务", "基层", "社会治理", "数字", "政府工作", "统计局", "司法局", "审计局", "财政局", "教育局",
    "公安局", "民政局", "商务局", "税务局", "应急管理局", "生态环境局", "自然资源局", "交通运输局",
    "卫生健康委员会", "卫生健康委", "发展和改革委员会", "发展改革委", "市场监管局", "医疗保障局", "城市管理局",
    "农业农村局", "水务局", "体育局", "信访局", "司法厅", "统计厅",
}, key=len, reverse=True))
_DOC_TYPE = re.compile(r"(?:情况的报告|情况报告|年度报告|工作报告|的报告|报告|的通知|通知|的意见|意见|方案|总结|"
                       r"的请示|请示|的函)$")

_NO_LINE_START = set("，。、；：？！”’）》」』】〕…·%％的之")
_NO_LINE_END = set("“‘（《「『【〔")

FORBIDDEN = 100.0


def text_width(text: str) -> float:
    """Width in full-width characters: Chinese characters and full-width punctuation count 1,
    Latin letters, digits and half-width punctuation ½."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5 for c in text)


def _atoms(text: str) -> list[str]:
    return _ATOM.findall(text)


def _protect(costs: list[float], start: int, end: int, cost: float = FORBIDDEN) -> None:
    """No break (or a `cost`ly one) between the characters of text[start:end]."""
    for boundary in range(start + 1, end):
        costs[boundary] = max(costs[boundary], cost)


def break_costs(text: str) -> list[float]:
    """Cost of a line break before each character (index 0 unused): FORBIDDEN inside a unit."""
    n = len(text)
    costs = [0.0] * (n + 1)
    known = [False] * (n + 1)  # a break here lies between two known units
    position = 0
    for atom in _atoms(text):
        _protect(costs, position, position + len(atom))
        position += len(atom)
    for match in _YEAR.finditer(text):
        _protect(costs, match.start(), match.end())
        known[match.start()] = known[match.end()] = True
    index = 0
    while index < n:
        word = next((w for w in WORDS if text.startswith(w, index)), None)
        if word:
            _protect(costs, index, index + len(word))
            known[index] = known[index + len(word)] = True
            index += len(word)
        else:
            index += 1
    org = _ORG.match(text)
    if org:
        for boundary in range(1, org.end()):
            admin = text[boundary - 1] in _ADMIN_END and boundary - 1 > 0
            costs[boundary] = max(costs[boundary], 5.0 if admin else FORBIDDEN)
        known[org.end()] = True
    doc_type = _DOC_TYPE.search(text)
    if doc_type:
        _protect(costs, doc_type.start(), doc_type.end())
    for boundary in range(1, n):
        before, after = text[:boundary], text[boundary:]
        costs[boundary] = max(costs[boundary], _break_penalty(before, after, known[boundary]))
    return costs


def _break_penalty(before: str, after: str, known: bool) -> float:
    """Cost of a line break between the text `before` and the text `after`."""
    last, first = before[-1], after[0]
    if first in _NO_LINE_START or last in _NO_LINE_END:
        return FORBIDDEN
    if before.endswith("关于"):
        return 0.0
    if last in "、，：；":
        return 1.0
    if after.startswith("关于"):
        return 1.0
    if after[0] in "和及与暨":
        return 1.5
    if known:
        return 2.0
    return 4.0  # between two Chinese characters no word list knows: may split a word


def _shape_cost(widths: list[float]) -> float:
    rising = all(a <= b for a, b in zip(widths, widths[1:]))
    peak = widths.index(max(widths))
    diamond = (len(widths) >= 3
               and all(a <= b for a, b in zip(widths[:peak], widths[1:peak + 1]))
               and all(a >= b for a, b in zip(widths[peak:], widths[peak + 1:])))
    cost = 0.0 if rising or diamond else 3.0
    cost += 0.15 * (max(widths) - min(widths))
    if min(widths) < 3:
        cost += 10.0  # a stub line of one or two characters
    return cost


def break_title(title: str, max_width: float) -> list[str]:
    """The title as lines no wider than `max_width` full-width characters (a single over-long
    unit may still exceed it): the fewest lines that keep every unit whole, the best-shaped."""
    text = " ".join(title.split())
    if not text:
        return []
    if text_width(text) <= max_width or max_width <= 0:
        return [text]
    costs = break_costs(text)
    allowed = [b for b in range(1, len(text)) if costs[b] < FORBIDDEN]
    total = text_width(text)
    minimum_lines = max(2, int(-(-total // max_width)))
    for lines in range(minimum_lines, minimum_lines + 3):
        best = _best(text, allowed, costs, lines, max_width)
        if best is not None:
            return best
    # Nothing keeps every unit whole: allow what is forbidden, at its cost.
    for lines in range(minimum_lines, minimum_lines + 3):
        best = _best(text, list(range(1, len(text))), costs, lines, max_width)
        if best is not None:
            return best
    return _greedy(_atoms(text), max_width)


def _best(text: str, allowed: list[int], costs: list[float], lines: int, max_width: float) -> list[str] | None:
    if lines - 1 > len(allowed) or comb(len(allowed), lines - 1) > 20000:
        return None
    best: tuple[float, list[str]] | None = None
    for cuts in combinations(allowed, lines - 1):
        bounds = (0, *cuts, len(text))
        parts = [text[a:b] for a, b in zip(bounds, bounds[1:])]
        widths = [text_width(p) for p in parts]
        if max(widths) > max_width:
            continue
        cost = sum(costs[c] for c in cuts) + _shape_cost(widths)
        if best is None or cost < best[0]:
            best = (cost, parts)
    return best[1] if best else None


def _greedy(atoms: list[str], max_width: float) -> list[str]:
    lines, current = [], ""
    for atom in atoms:
        if current and text_width(current + atom) > max_width:
            lines.append(current)
            current = ""
        current += atom
    if current:
        lines.append(current)
    return lines
