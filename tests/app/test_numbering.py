import pytest

from app.importing.markers import parse_marker
from app.model import MarkerStyle, Report, Section
from app.numbering import chinese_number, heading_marker, located_sections, parse_chinese_number


@pytest.mark.parametrize("style", list(MarkerStyle))
def test_every_style_from_1_to_99_and_back(style: MarkerStyle) -> None:
    seen = set()
    for index in range(1, 100):
        marker = heading_marker(style, index)
        assert marker not in seen
        seen.add(marker)
        if style is MarkerStyle.CIRCLED and index > 50:
            continue  # Unicode has circled numbers up to 50; beyond that the marker falls back to （n）
        assert parse_marker(marker) == (style, index)


@pytest.mark.parametrize("n, text", [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"),
                                     (99, "九十九"), (100, "一百"), (105, "一百零五"), (115, "一百一十五")])
def test_chinese_numbers(n: int, text: str) -> None:
    assert chinese_number(n) == text
    assert parse_chinese_number(text) == n


def test_markers_as_written() -> None:
    assert heading_marker(MarkerStyle.CHINESE, 11) == "十一、"
    assert heading_marker(MarkerStyle.PAREN_CHINESE, 3) == "（三）"
    assert parse_marker("1．") == (MarkerStyle.ARABIC, 1)
    assert parse_marker("(二)") == (MarkerStyle.PAREN_CHINESE, 2)
    assert parse_marker("(12)") == (MarkerStyle.PAREN_ARABIC, 12)
    assert parse_marker("3、") == (MarkerStyle.ARABIC_COMMA, 3)
    assert parse_marker("一是") is None
    assert parse_marker("9.20") is None


def test_numbering_is_derived_from_position_and_per_report_style() -> None:
    report = Report(sections=[
        Section("甲", children=[Section("a"), Section("b", children=[Section("x")])]),
        Section("乙"),
    ])
    numbers = [loc.number for loc in located_sections(report)]
    assert numbers == ["一、", "一、（一）", "一、（二）", "一、（二）1.", "二、"]
    report.marker_styles = [MarkerStyle.CHINESE, MarkerStyle.ARABIC]
    assert [loc.marker for loc in located_sections(report)] == ["一、", "1.", "2.", "①", "二、"]
    moved = report.sections[0].children.pop(0)
    report.sections[1].children.append(moved)
    assert [loc.number for loc in located_sections(report) if loc.section is moved] == ["二、1."]
