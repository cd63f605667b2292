"""Reports the export tests share: a small hand-made one covering every kind of paragraph, and
the real fixtures read by the importer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.model import Part, Report, Section, Status
from tests.datafiles import REPORTS as FIXTURES


def small_report() -> Report:
    """Title long enough to break, recipient, preamble, four heading levels, a run-in heading,
    an empty section, an empty paragraph, closing, signature and date."""
    return Report(
        title="南阳市统计局关于2024年法治政府建设情况的报告",
        organization="南阳市统计局",
        year=2024,
        recipient="市委依法治市办",
        preamble=["2024年，市统计局坚持以习近平新时代中国特色社会主义思想为指导。现将有关情况报告如下。"],
        sections=[
            Section("依法全面履行统计职能", part=Part.MEASURES, status=Status.FINAL,
                    paragraphs=["统计工作稳步推进。"], children=[
                        Section("强化学习", run_in=True, status=Status.DRAFT,
                                paragraphs=["一是加强学习。二是开展“12.4”宪法宣传日活动。", "第二段。"],
                                children=[Section("开展培训", paragraphs=["培训16次900余人次。"],
                                                  children=[Section("第四层", paragraphs=["内容。"])])]),
                        Section("", paragraphs=[]),
                    ]),
            Section("存在的不足", part=Part.SHORTCOMINGS, paragraphs=[""]),
            Section("2025年工作打算", part=Part.PLANS, paragraphs=["继续推进。"]),
        ],
        closing=["特此报告。"],
        signature="南阳市统计局",
        date=dt.date(2025, 2, 25),
    )


def fixture_file(name: str) -> Path:
    return FIXTURES / name


def fixture_report(name: str) -> Report:
    """A fixture report as the importer reads it (the same path `chengwen export FILE` takes)."""
    from app.importing import parse_file

    return parse_file(fixture_file(name))
