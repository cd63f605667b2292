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


def test_time_colon_recipient_is_not_web_furniture():
    report = parse_text("某局关于2024年法治政府建设情况的报告\n时间：\n一、主要工作\n开展普法宣传。")
    assert report.recipient == "时间："
