"""A clean five-part report built in code, for planting one error at a time."""

from __future__ import annotations

import datetime as dt

from app.model import Part, Report, Section

_TOPICS = ["统计执法", "普法宣传", "数据质量", "依法行政", "队伍建设", "制度建设", "监督检查", "信息公开",
           "源头治理", "基层基础", "行政复议", "政务服务"]
_VERBS = ["围绕", "聚焦", "持续推进", "深入开展", "不断完善", "全面加强"]


def sentence(seed: int, index: int) -> str:
    """A sentence of over twenty characters, different for every (seed, index) even with its
    figures masked; a measure (…活动N次) has the same figure wherever it recurs."""
    topic = _TOPICS[seed % len(_TOPICS)]
    activity = _TOPICS[(index + 5) % len(_TOPICS)]
    verb = _VERBS[(seed + index * 5) % len(_VERBS)]
    return f"{verb}{topic}工作，开展{activity}活动{index + 1}次，取得明显成效。"


def body(seed: int, sentences: int = 8) -> str:
    return "".join(sentence(seed, i) for i in range(sentences))


def clean_report() -> Report:
    """Year 2024, dated 2025-02-20, all five parts in order, every section written, no finding."""
    return Report(
        title="某区统计局2024年法治政府建设情况报告",
        organization="某区统计局",
        year=2024,
        preamble=["2024年，我局坚持以习近平新时代中国特色社会主义思想为指导，现将有关情况报告如下。"],
        closing=["特此报告。"],
        signature="某区统计局",
        date=dt.date(2025, 2, 20),
        sections=[
            Section("2024年主要举措和成效", part=Part.MEASURES, children=[
                Section("强化学习", [body(1) + "3月5日，召开专题学习会。"]),
                Section("严格执法", [body(2) + "“双随机一公开”检查32家。"]),
                Section("普法宣传", [body(3), body(4)]),
            ]),
            Section("存在的不足", [body(5)], part=Part.SHORTCOMINGS),
            Section("主要负责人履行推进法治建设第一责任人职责情况", [body(6)], part=Part.LEADERSHIP),
            Section("2025年工作安排", part=Part.PLANS, children=[
                Section("加强统计执法", [body(7)]),
                Section("深化普法宣传", [body(8) + "计划于2025年12月4日开展宪法宣传。"]),
                Section("提升队伍素质", [body(9)]),
            ]),
            Section("其他需要报告的情况", [body(10)], part=Part.OTHER),
        ],
    )


def _last_sentence(seed: int, index: int) -> str:
    """A sentence of last year's report: worded unlike any of this year's."""
    topic = _TOPICS[(seed + index) % len(_TOPICS)]
    return f"{topic}领域上年度推进重点事项{index + 1}件，各项工作有序展开。"


def vague_text() -> str:
    """Results without a figure, date, document or named event."""
    return "".join(f"坚持把{a}摆在突出位置，持续推动{b}取得新进展。" for a, b in zip(_TOPICS, _TOPICS[3:] + _TOPICS[:3]))


def last_year_report() -> Report:
    """Last year's report for clean_report(): no sentence carried over, its shortcomings not
    repeated this year, and each of its plans taken up by this year's text."""
    def text(seed: int) -> str:
        return "".join(_last_sentence(seed, i) for i in range(6))

    return Report(
        title="某区统计局2023年法治政府建设情况报告",
        organization="某区统计局",
        year=2023,
        preamble=["2023年，我局认真履行法治建设职责，现将有关情况报告如下。"],
        closing=["特此报告。"],
        signature="某区统计局",
        date=dt.date(2024, 2, 22),
        sections=[
            Section("2023年主要举措和成效", part=Part.MEASURES, children=[
                Section("完善制度", [text(1)]),
                Section("规范执法", [text(2)]),
            ]),
            Section("存在的不足", ["一是部分基层单位统计台账登记不够规范；二是统计执法信息化手段应用偏少。"],
                    part=Part.SHORTCOMINGS),
            Section("主要负责人履行推进法治建设第一责任人职责情况", [text(3)], part=Part.LEADERSHIP),
            Section("2024年工作安排", part=Part.PLANS, children=[
                Section("强化普法宣传", [text(4)]),
                Section("严格规范执法", [text(5)]),
            ]),
        ],
    )
