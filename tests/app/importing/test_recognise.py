"""The recogniser on small texts: titles, markers, levels, run-in headings, dates, parts."""

from __future__ import annotations

import datetime as dt

import pytest

from app.importing import parse_text
from app.importing.dates import date_line
from app.importing.markers import MarkerKind, leading_marker
from app.model import MarkerStyle, Part

TITLE = "某某县统计局关于\n2024年法治政府建设情况的报告\n"


def outline(report) -> list[tuple[int, str, str]]:
    out = []

    def visit(sections, depth):
        for s in sections:
            out.append((depth, s.written_marker or "", s.heading))
            visit(s.children, depth + 1)

    visit(report.sections, 1)
    return out


@pytest.mark.parametrize("text,kind,number", [
    ("一、总体要求", MarkerKind.CHINESE, 1), ("十一、其他", MarkerKind.CHINESE, 11),
    ("（三）强化", MarkerKind.PAREN_CHINESE, 3), ("(三)强化", MarkerKind.PAREN_CHINESE, 3),
    ("三）强化", MarkerKind.HALF_PAREN_CHINESE, 3), ("2.积极", MarkerKind.ARABIC, 2),
    ("2．积极", MarkerKind.ARABIC, 2), ("2. 积极", MarkerKind.ARABIC, 2), ("12、积极", MarkerKind.ARABIC_COMMA, 12),
    ("（4）落实", MarkerKind.PAREN_ARABIC, 4), ("(4)落实", MarkerKind.PAREN_ARABIC, 4),
    ("4)落实", MarkerKind.HALF_PAREN_ARABIC, 4), ("⑤说明", MarkerKind.CIRCLED, 5),
])
def test_markers(text, kind, number):
    marker = leading_marker(text)
    assert marker is not None and (marker.kind, marker.number) == (kind, number)


@pytest.mark.parametrize("text", ["9.20宣传日", "12.4国家宪法日", "2024年全市", "4月3日召开", "〔2017〕77号文件",
                                  "一是领导干部带头学", "1.5亿元", "“12.4”宪法日", "十分重视", "一一对应"])
def test_numbers_inside_text_are_not_markers(text):
    assert leading_marker(text) is None


@pytest.mark.parametrize("text,expected", [
    ("2025年2月25日", dt.date(2025, 2, 25)), ("二〇二五年二月二十五日", dt.date(2025, 2, 25)),
    ("2025.2.25", dt.date(2025, 2, 25)), ("2025-02-25", dt.date(2025, 2, 25)),
    ("　　2025年 2 月 25 日　", dt.date(2025, 2, 25)), ("2025年2月30日", None), ("2025年2月", None),
])
def test_dates(text, expected):
    found = date_line(text)
    assert (found[0] if found else None) == expected and (found is None or found[1] == "")


def test_date_and_signature_on_one_line():
    assert date_line("某某县统计局        2025年2月25日") == (dt.date(2025, 2, 25), "某某县统计局")
    report = parse_text(TITLE + "一、工作情况\n做了工作。\n\n　　某某县统计局　　　　2025年2月25日　\n")
    assert report.signature == "某某县统计局" and report.date == dt.date(2025, 2, 25)
    assert report.sections[0].paragraphs == ["做了工作。"]


def test_title_over_two_lines_recipient_preamble_closing_signature():
    text = (TITLE + "市人民政府：\n　　2024年，我局坚持依法统计。现将有关情况报告如下。\n"
            "一、主要举措和成效\n（一）强化学习。一是学习。二是培训。\n二、存在的不足\n力量薄弱。\n"
            "三、2025年工作打算\n继续加强。\n特此报告。\n\n某某县统计局\n二〇二五年二月二十五日\n")
    report = parse_text(text)
    assert report.title == "某某县统计局关于2024年法治政府建设情况的报告"
    assert (report.organization, report.year, report.recipient) == ("某某县统计局", 2024, "市人民政府：")
    assert report.preamble == ["2024年，我局坚持依法统计。现将有关情况报告如下。"]
    assert report.closing == ["特此报告。"]
    assert (report.signature, report.date) == ("某某县统计局", dt.date(2025, 2, 25))
    child = report.sections[0].children[0]
    assert (child.heading, child.run_in, child.paragraphs) == ("强化学习", True, ["一是学习。二是培训。"])
    assert [int(s.part) for s in report.sections] == [1, 2, 4]
    assert [int(p) for p in report.missing_parts()] == [3, 5]


def test_inline_enumerations_and_numbers_in_text_are_body():
    text = TITLE + ("一、工作情况\n一是加强学习，二是强化培训。\n9.20宣传日当天发放资料。\n2024年共检查32家。\n"
                    "〔2017〕77号文件继续执行。\n")
    report = parse_text(text)
    assert outline(report) == [(1, "一、", "工作情况")]
    assert len(report.sections[0].paragraphs) == 4


def test_levels_follow_the_order_marker_kinds_appear():
    report = parse_text(TITLE + "一、甲\n1.子一\n正文。\n2.子二\n（1）孙\n二、乙\n1.子三\n")
    assert outline(report) == [(1, "一、", "甲"), (2, "1.", "子一"), (2, "2.", "子二"), (3, "（1）", "孙"),
                               (1, "二、", "乙"), (2, "1.", "子三")]
    assert report.marker_styles[:3] == [MarkerStyle.CHINESE, MarkerStyle.ARABIC, MarkerStyle.PAREN_ARABIC]


def test_a_major_marker_after_a_minor_one_does_not_nest():
    report = parse_text(TITLE + "一、甲\n1.子\n（二）丙\n正文。\n")
    assert outline(report) == [(1, "一、", "甲"), (2, "1.", "子"), (2, "（二）", "丙")]


def test_same_kind_at_two_levels_is_resolved_from_context():
    text = TITLE + "一、工作情况\n一、加强学习\n学习。\n二、强化保障\n保障。\n二、存在的问题\n问题。\n三、下一步打算\n打算。\n"
    report = parse_text(text)
    assert outline(report) == [(1, "一、", "工作情况"), (2, "一、", "加强学习"), (2, "二、", "强化保障"),
                               (1, "二、", "存在的问题"), (1, "三、", "下一步打算")]
    assert any("两个层级" in w for w in report.warnings)


def test_level3_numbering_continuing_across_parents():
    text = TITLE + "一、工作情况\n（一）学习\n1.甲\n2.乙\n（二）保障\n3.丙\n4.丁\n"
    report = parse_text(text)
    assert outline(report) == [(1, "一、", "工作情况"), (2, "（一）", "学习"), (3, "1.", "甲"), (3, "2.", "乙"),
                               (2, "（二）", "保障"), (3, "3.", "丙"), (3, "4.", "丁")]
    assert any("接续" in w for w in report.warnings)


def test_gaps_and_repeats_are_kept_and_reported():
    report = parse_text(TITLE + "一、甲\n甲。\n三、乙\n乙。\n三、丙\n丙。\n")
    assert [s.written_marker for s in report.sections] == ["一、", "三、", "三、"]
    assert any("不连续" in w for w in report.warnings) and any("重复" in w for w in report.warnings)


def test_standalone_heading_ending_with_full_stop_is_not_run_in():
    report = parse_text(TITLE + "一、总体要求\n（一）全面实施承诺制。\n税务部门设立承诺书。\n")
    child = report.sections[0].children[0]
    assert (child.heading, child.run_in, child.paragraphs) == ("全面实施承诺制", False, ["税务部门设立承诺书。"])


def test_run_in_heading_ends_at_first_full_stop_outside_quotes():
    report = parse_text(TITLE + "一、宣传\n1.结合“9.20。”开展宣传。当天发放资料。\n")
    child = report.sections[0].children[0]
    assert child.heading == "结合“9.20。”开展宣传" and child.paragraphs == ["当天发放资料。"]


def test_enumeration_items_ending_in_semicolons_are_body():
    report = parse_text(TITLE + "一、原则\n（1）坚持依法推进；\n（2）坚持协同；\n")
    assert outline(report) == [(1, "一、", "原则")]
    assert report.sections[0].paragraphs == ["（1）坚持依法推进；", "（2）坚持协同；"]


def test_no_headings_gives_one_section_and_a_warning():
    report = parse_text(TITLE + "今年我们做了很多工作。\n明年继续努力。\n")
    assert len(report.sections) == 1 and report.sections[0].paragraphs == ["今年我们做了很多工作。", "明年继续努力。"]
    assert any("未识别出任何标题" in w for w in report.warnings)


@pytest.mark.parametrize("headings,parts", [
    (["党政主要负责人履行推进法治建设第一责任人职责情况", "主要举措和成效", "存在的问题", "下一步工作安排", "其他需要报告的情况"],
     [3, 1, 2, 4, 5]),
    (["坚持依法行政", "深化普法宣传", "存在的不足和原因", "2025年工作思路"], [1, 1, 2, 4]),
    (["2024年工作开展情况", "2024年推进法治政府建设存在的不足", "2025年推进法治政府建设的主要安排"], [1, 2, 4]),
    (["主要工作", "问题与不足", "强化队伍建设", "完善制度"], [1, 2, 4, 4]),
])
def test_parts_from_headings_and_position(headings, parts):
    text = TITLE + "".join(f"{'一二三四五'[i]}、{h}\n内容。\n" for i, h in enumerate(headings))
    assert [int(s.part) for s in parse_text(text).sections] == parts


def test_leadership_from_content_when_the_heading_is_themed():
    text = TITLE + "一、以上率下抓法治\n局主要负责人认真履行推进法治建设第一责任人职责。\n二、存在的问题\n问题。\n"
    assert [s.part for s in parse_text(text).sections] == [Part.LEADERSHIP, Part.SHORTCOMINGS]


def test_masthead_lines_before_the_title_are_kept():
    text = ("000001\n某某市人民政府文件\n某政发〔2025〕3号\n关于2024年法治政府建设情况的报告\n一、工作\n内容。\n"
            "某某市人民政府\n2025年2月1日\n")
    report = parse_text(text)
    assert report.title == "关于2024年法治政府建设情况的报告"
    assert report.preamble == ["000001", "某某市人民政府文件", "某政发〔2025〕3号"]
    assert report.organization == "某某市人民政府"
