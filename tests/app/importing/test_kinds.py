"""The kinds of real report that went wrong (issue 14), as cases of our own built from the
patterns of public reports, at every format where the kind occurs (pasted text, .txt, web page)."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.importing import parse_file, parse_text
from app.importing.parts import part_reasons
from app.model import Part
from tests.app.importing.helpers import expected, outline_problems
from tests.app.importing.made_files import web_page
from tests.datafiles import REPORT_NAMES, report_file

TOWNSHIP = """某某镇人民政府2023年法治政府建设情况报告
2023年，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下。
一、2023年法治政府建设总体情况
党委书记认真履行推进法治建设第一责任人职责，年内专题研究法治工作4次。
（一）健全依法决策机制。重大行政决策全部经过合法性审查。
（二）深化普法宣传。开展“法律进村居”活动26场。
二、存在的问题和不足
基层执法力量薄弱，执法人员专业水平有待提高。
三、2024年工作打算
继续推进综合行政执法改革，提升依法行政水平。
某某镇人民政府
2024年1月15日"""


def _one_line(text: str, gap: str) -> str:
    return gap.join(line.strip() for line in text.splitlines() if line.strip())


def _outline(report) -> list[tuple[str, list[str]]]:
    return [(s.heading, [c.heading for c in s.children]) for s in report.sections]


@pytest.mark.parametrize("gap", ["    ", "\u3000\u3000", "  \u00a0 "])
def test_one_line_text_with_paragraphs_separated_by_spaces(gap):
    lined, one = parse_text(TOWNSHIP), parse_text(_one_line(TOWNSHIP, gap))
    assert _outline(one) == _outline(lined)
    assert (one.title, one.signature, one.date) == (lined.title, lined.signature, lined.date)
    assert any("一行" in w for w in one.warnings)


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_real_report_as_one_line_txt_and_web_page(tmp_path, fixture_path, name):
    text = report_file(f"{name}.txt").read_text(encoding="utf-8")
    txt = tmp_path / "one.txt"
    txt.write_text(_one_line(text, "      "), encoding="utf-8")
    assert outline_problems(expected(fixture_path, name), parse_file(txt)) == []
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = expected(fixture_path, name)["title"]
    taken = next(k for k in range(1, 4) if "".join(lines[:k]) == title)   # the title may be over two lines
    page = web_page(title + "\n" + "&nbsp;" * 4 + ("&nbsp;" * 4).join(lines[taken:]), "utf-8")
    html = tmp_path / "one.html"
    html.write_text(page.replace("&amp;nbsp;", "&nbsp;"), encoding="utf-8")
    assert outline_problems(expected(fixture_path, name), parse_file(html)) == []


def test_one_line_detection_leaves_ordinary_text_alone():
    text = "某局2024年法治政府建设情况报告\n一、主要举措\n开展  培训  三次，  效果较好。"
    assert not any("一行" in w for w in parse_text(text).warnings)


TRADITIONAL = """某某縣司法局2023年法治政府建設情況報告
2023年，我局堅持依法行政，現將有關情況報告如下。
一、主要舉措和成效
（一）加強組織領導。黨組書記認真履行第一責任人職責。
二、存在的問題和不足
執法隊伍力量薄弱。
三、下一步工作計劃
繼續深化普法宣傳。
特此報告。
某某縣司法局
2024年1月10日"""


@pytest.mark.parametrize("fmt", ["paste", "txt", "html"])
def test_traditional_characters_recognised_and_kept_as_written(tmp_path, fmt):
    if fmt == "paste":
        report = parse_text(TRADITIONAL)
    elif fmt == "txt":
        (tmp_path / "r.txt").write_bytes(TRADITIONAL.encode("utf-8"))
        report = parse_file(tmp_path / "r.txt")
    else:
        (tmp_path / "r.html").write_text(web_page(TRADITIONAL, "utf-8"), encoding="utf-8")
        report = parse_file(tmp_path / "r.html")
    assert report.title == "某某縣司法局2023年法治政府建設情況報告"
    assert report.year == 2023 and report.organization == "某某縣司法局"
    assert [s.heading for s in report.sections] == ["主要舉措和成效", "存在的問題和不足", "下一步工作計劃"]
    assert [s.part for s in report.sections] == [Part.MEASURES, Part.SHORTCOMINGS, Part.PLANS]
    assert report.closing == ["特此報告。"]
    assert report.signature == "某某縣司法局" and report.date is not None


def test_heading_words_outweigh_a_body_about_the_first_responsible_person():
    report = parse_text(TOWNSHIP)
    assert [s.part for s in report.sections] == [Part.MEASURES, Part.SHORTCOMINGS, Part.PLANS]
    reasons = part_reasons(report.sections, report.year)
    assert "总体情况" in reasons[0] and "问题" in reasons[1] and "打算" in reasons[2]


def test_body_decides_only_for_a_themed_heading():
    text = TOWNSHIP.replace("2023年法治政府建设总体情况", "坚持党的领导")
    report = parse_text(text)
    assert report.sections[0].part is Part.LEADERSHIP
    assert part_reasons(report.sections, report.year)[0].startswith("标题未点明部分，正文开头含“履行推进法治")


def test_parse_json_carries_the_part_reasons(tmp_path, capsys):
    path = tmp_path / "r.txt"
    path.write_text(TOWNSHIP, encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "data"), "parse", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["part_reason"] for s in data["sections"]] == [
        "标题含“总体情况”", "标题含“存在的问题”", "标题含“打算”"]
    assert main(["--data-dir", str(tmp_path / "data"), "parse", str(path)]) == 0
    assert "存在的问题和不足：标题含“存在的问题”" in capsys.readouterr().out


def test_time_colon_recipient_is_not_web_furniture():
    report = parse_text("某局关于2024年法治政府建设情况的报告\n时间：\n一、主要工作\n开展普法宣传。")
    assert report.recipient == "时间："


# A covering letter (报送函) before the report: set aside, its recipient, date and title not the report's.
COVER_LETTERS = [
    """某某县司法局
某司报〔2024〕3号
关于报送2023年度法治政府建设情况报告的报告
县委全面依法治县委员会办公室：
根据《法治政府建设与责任落实督察工作规定》要求，现将我局2023年度法治政府建设情况报告如下，请审阅。
某某县司法局
2024年1月12日
""",
    """市政府办公室：
现将《某某区市场监督管理局2023年法治政府建设情况报告》报送你们，请审阅。
特此报告。
某某区市场监督管理局
2024年1月8日
""",
    """县委依法治县办：
按照《关于做好2023年度法治政府建设年度报告工作的通知》要求，现将我局年度报告报送你们，请审阅。
""",
]
REPORT_AFTER_LETTER = """某某县司法局2023年度
法治政府建设情况报告
2023年，我局在县委县政府的领导下，全面推进依法行政。
一、主要举措和成效
（一）加强组织领导。成立领导小组，专题研究法治工作。
二、存在的不足
执法力量不足。
三、下一步工作安排
继续深化普法宣传。
某某县司法局
2024年1月10日"""


@pytest.mark.parametrize("letter", COVER_LETTERS)
@pytest.mark.parametrize("fmt", ["paste", "html"])
def test_covering_letter_is_set_aside(tmp_path, letter, fmt):
    text = letter + REPORT_AFTER_LETTER
    if fmt == "paste":
        report = parse_text(text)
    else:
        (tmp_path / "r.html").write_text(web_page(text, "utf-8"), encoding="utf-8")
        report = parse_file(tmp_path / "r.html")
    assert report.title == "某某县司法局2023年度法治政府建设情况报告"
    assert report.recipient is None
    assert report.preamble == ["2023年，我局在县委县政府的领导下，全面推进依法行政。"]
    assert [s.heading for s in report.sections] == ["主要举措和成效", "存在的不足", "下一步工作安排"]
    assert str(report.date) == "2024-01-10"
    kept = "".join(report.set_aside)
    assert "请审阅" in kept and kept.startswith(letter.split("\n", 1)[0])
    assert any("报送函" in w for w in report.warnings)


def test_report_with_its_own_recipient_and_report_as_follows_is_no_letter():
    text = ("某某县人民政府关于2023年法治政府建设情况的报告\n市人民政府：\n2023年，我县全面推进依法行政，现将有关情况报告如下：\n"
            "一、主要举措和成效\n开展普法活动。\n二、存在的不足\n力量不足。\n某某县人民政府\n2024年1月5日")
    report = parse_text(text)
    assert report.recipient == "市人民政府：" and report.set_aside == []
    assert report.title == "某某县人民政府关于2023年法治政府建设情况的报告"


@pytest.mark.parametrize(("line", "title"), [
    ("某某区2024年法治政府建设情况报告 发布时间：2025-01-20 来源：区司法局 浏览次数：356", "某某区2024年法治政府建设情况报告"),
    ("某某区2024年法治政府建设情况报告　某某区人民政府　2025-01-20", "某某区2024年法治政府建设情况报告"),
    ("某某区2024年法治政府建设情况报告_某某区人民政府门户网站", "某某区2024年法治政府建设情况报告"),
    ("某某區2024年法治政府建設情況報告 發布時間：2025-01-20", "某某區2024年法治政府建設情況報告"),
])
def test_title_glued_to_site_text(line, title):
    report = parse_text(line + "\n2024年，我区全面推进依法行政。\n一、主要举措和成效\n开展普法活动。\n二、存在的不足\n力量不足。")
    assert report.title == title
    assert report.year == 2024
    assert line[len(title):].strip() in "".join(report.set_aside)


SEMICOLON_HEADINGS = """某某市民政局2023年法治政府建设情况报告
2023年，我局认真贯彻落实法治政府建设实施纲要。
一、主要举措和成效{end}
1、强化组织领导。局党组专题研究法治工作3次。
2、健全制度机制。修订完善内部管理制度12项。
二、存在的不足{end}
1、执法人员力量不足。
2、普法形式较为单一。
三、下一步工作打算{end}
1、加强队伍建设。
2、创新普法形式。"""


@pytest.mark.parametrize("end", ["；", "：", ":", ";"])
def test_level_one_heading_ending_in_semicolon_or_colon_before_numbered_headings(end):
    report = parse_text(SEMICOLON_HEADINGS.format(end=end))
    assert [s.heading for s in report.sections] == ["主要举措和成效", "存在的不足", "下一步工作打算"]
    assert [len(s.children) for s in report.sections] == [2, 2, 2]
    assert report.sections[0].children[0].heading == "强化组织领导"


MISSING_FIRST_LEVEL = """某某街道办事处2024年法治政府建设情况报告
2024年，街道坚持依法行政，现将有关情况报告如下。
（一）加强组织领导
街道党工委专题研究法治工作4次。
1.健全工作机制。建立法治建设例会制度。
2.强化学习培训。组织集中学法4次。
（二）存在的问题
基层法治力量较为薄弱。
（三）2025年工作打算
继续推进基层依法治理。"""


def test_missing_first_level_outline_starts_at_paren_chinese():
    report = parse_text(MISSING_FIRST_LEVEL)
    assert [s.heading for s in report.sections] == ["加强组织领导", "存在的问题", "2025年工作打算"]
    assert [c.heading for c in report.sections[0].children] == ["健全工作机制", "强化学习培训"]
    assert [s.part for s in report.sections] == [Part.MEASURES, Part.SHORTCOMINGS, Part.PLANS]
    assert not [w for w in report.warnings if "编号" in w]


CUT_HEADINGS = """某某县交通运输局2024年法治政府建设情况报告
2024年，我局扎实推进法治政府建设。
一、主要举措和成效
（一）加强
组织领导。局党组专题研究法治工作。
（二）深化
普法宣传。开展送法下乡活动8场。
（三）概况
全年办理行政许可1200件。
二、存在的不足
执法力量不足。"""


def test_a_short_word_cut_after_a_marker_joins_the_next_line():
    report = parse_text(CUT_HEADINGS)
    children = report.sections[0].children
    assert [c.heading for c in children] == ["加强组织领导", "深化普法宣传", "概况"]
    assert children[0].paragraphs == ["局党组专题研究法治工作。"]
    assert children[2].paragraphs == ["全年办理行政许可1200件。"]


NUMBERED_LIST = """某某市司法局2024年法治政府建设情况报告
2024年，我局全面推进依法行政。
一、主要举措和成效
（一）规范行政执法。全年开展执法检查，主要做了以下工作：
1.开展培训3次。
2.组织专项检查5次。
3.印发执法指引2件。
（二）深化普法宣传。开展活动20场。
二、存在的不足
执法力量不足。"""


def test_a_numbered_list_inside_a_paragraph_is_not_headings():
    report = parse_text(NUMBERED_LIST)
    first = report.sections[0].children[0]
    assert first.heading == "规范行政执法" and first.children == []
    assert first.paragraphs == ["全年开展执法检查，主要做了以下工作：",
                                "1.开展培训3次。", "2.组织专项检查5次。", "3.印发执法指引2件。"]
    assert report.sections[0].children[1].heading == "深化普法宣传"


def test_word_lists_structured_only_by_indent_level_become_headings():
    from tests.datafiles import sample_file

    report = parse_file(sample_file("a07_outline_summary_ilvl_only.docx"))
    headings = [s.heading.strip() for s in report.all_sections()]
    assert {"首先是完成情况", "然后是问题", "个人想法"} <= set(headings)
    first = next(s for s in report.all_sections() if s.heading.strip() == "首先是完成情况")
    assert first.paragraphs[0] == "页面UI和交互完成90%以上"


def test_parse_shows_the_set_aside_letter(tmp_path, capsys):
    path = tmp_path / "r.txt"
    path.write_text(COVER_LETTERS[1] + REPORT_AFTER_LETTER, encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "data"), "parse", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["set_aside"][0] == "市政府办公室：" and data["recipient"] is None
    assert main(["--data-dir", str(tmp_path / "data"), "parse", str(path)]) == 0
    assert "已放在一边" in capsys.readouterr().out
