from app.counting import count_report, count_text
from app.model import Part
from app.template import Variables, template_report


def test_counts_chinese_letters_digits_and_punctuation_separately() -> None:
    counts = count_text("2024年，统计局 (ABC)。“双随机”")
    assert counts.characters == 4 + 1 + 3 + 3 + 3
    assert counts.punctuation == 1 + 2 + 1 + 2
    assert count_text("   \n\t").characters == 0


def test_template_has_five_parts_filled_for_year_and_org() -> None:
    report = template_report(2025, "某区统计局")
    assert report.title == "某区统计局2025年法治政府建设情况报告"
    assert [s.part for s in report.sections] == list(Part)
    assert "2026" in report.sections[3].heading
    assert all("{" not in s.heading for s in report.sections)
    assert report.missing_parts() == []
    assert count_report(report).characters > 100


def test_template_without_organization_reads_naturally() -> None:
    report = template_report(2030)
    assert report.title == "2030年法治政府建设情况报告"
    assert "本单位" in report.preamble[0]


def test_variables() -> None:
    v = Variables(2025, "西青区统计局", "2026年2月1日")
    assert v.fill("{上一年度}/{年度}/{下一年度} {单位} {日期}") == "2024/2025/2026 西青区统计局 2026年2月1日"
