"""Harvest proposes reusable sentences, generalised, without facts and figures."""

from __future__ import annotations

from app.library.harvest import harvest, harvest_with_categories
from app.model import Part, Report, Section


def test_harvest_built_report() -> None:
    report = Report(year=2024, organization="样例局",
                    preamble=["2024年，样例局坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治建设。现将有关情况报告如下。"],
                    sections=[
                        Section("主要举措", ["4月3日，组织召开警示教育大会。全年开展执法检查32家。"], part=Part.MEASURES),
                        Section("存在的不足", ["执法人员力量较为薄弱，专业人才缺乏。局长张三对此高度重视，多次研究。"],
                                part=Part.SHORTCOMINGS),
                        Section("2025年工作打算", ["进一步加强执法队伍建设，提升执法能力。"], part=Part.PLANS),
                    ],
                    closing=["2025年，样例局将继续深入推进法治建设，为高质量发展提供坚实法治保障。"])
    proposals = dict(harvest_with_categories(report))
    assert proposals == {
        "{年度}年，{单位}坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治建设。": "开头",
        "现将有关情况报告如下。": "过渡",
        "执法人员力量较为薄弱，专业人才缺乏。": "问题",
        "进一步加强执法队伍建设，提升执法能力。": "打算",
        "{下一年度}年，{单位}将继续深入推进法治建设，为高质量发展提供坚实法治保障。": "结尾",
    }


def test_harvest_fixture(fixture_path) -> None:
    import app.importing as importing
    report = importing.parse_file(fixture_path("nanyang-tongji-2024.txt"))
    sentences = harvest(report)
    assert "统计信息公开渠道有待进一步拓展。" in sentences
    assert "持续提升服务型统计监督检查水平。" in sentences
    assert not any(any(c.isdigit() for c in s) for s in sentences)
    assert not any("月" in s and "日" in s for s in sentences if "{" not in s)
