"""The two real reports: CLI parse --json matches the expected outlines, in every encoding."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.importing import parse_file, parse_text
from app.importing.dates import date_line
from tests.app.importing.helpers import expected, outline_problems, report_chars, text_chars
from tests.datafiles import REPORT_NAMES as FIXTURE_NAMES


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_cli_parse_json_matches_expected(name, fixture_path, capsys):
    assert main(["parse", str(fixture_path(f"{name}.txt")), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert outline_problems(expected(fixture_path, name), data) == []
    # The JSON has exactly the DESIGN §4 keys, and parse adds why each part was chosen (issue 14).
    assert set(data) == {"title", "organization", "year", "recipient", "date", "signature", "preamble",
                         "closing", "sections", "missing_parts", "warnings", "set_aside"}
    assert data["set_aside"] == []
    assert set(data["sections"][0]) == {"number", "level", "heading", "run_in", "part", "paragraphs", "children",
                                        "part_reason"}
    assert all(section["part_reason"] for section in data["sections"])


def test_outline_check_tool_reports_matches():
    chengwen = Path(sys.executable).parent / "chengwen"
    if not chengwen.exists():
        pytest.skip("chengwen script not installed")
    from tests.datafiles import OUTLINE_CHECK as TOOLS

    result = subprocess.run([sys.executable, str(TOOLS), str(chengwen)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout
    assert result.stdout.count("matches") == 2


def test_nanyang_details(fixture_path):
    report = parse_file(fixture_path("nanyang-tongji-2024.txt"))
    assert report.signature == "南阳市统计局"
    assert report.date.isoformat() == "2025-02-25"
    assert report.preamble[0].startswith("2024年，市统计局坚持")
    assert report.closing == [p for p in report.closing if p.startswith("2025年，市统计局将继续")] and report.closing
    first = report.sections[0].children[0]
    assert first.run_in and first.paragraphs[0].startswith("一是配合市委")
    # 二、 keeps its intro paragraph before the numbered items.
    assert report.sections[1].paragraphs[0].startswith("市统计局强化党纪学习教育")
    assert [s.value for s in report.marker_styles[:2]] == ["一、", "1."]
    assert report.warnings == []


def test_xiqing_details(fixture_path):
    report = parse_file(fixture_path("xiqing-tongji-2024.txt"))
    assert report.date is None and report.signature == ""
    assert report.sections[2].paragraphs[0].startswith("2025年，区统计局将以")
    assert all(not c.run_in for c in report.sections[2].children)
    assert all(c.run_in for c in report.sections[0].children)
    assert [s.value for s in report.marker_styles[:2]] == ["一、", "（一）"]


@pytest.mark.parametrize("name", FIXTURE_NAMES)
@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16", "utf-8-sig"])
def test_other_encodings_give_the_same_outline(name, encoding, fixture_path, tmp_path):
    text = fixture_path(f"{name}.txt").read_text(encoding="utf-8")
    path = tmp_path / f"{name}.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    assert outline_problems(expected(fixture_path, name), parse_file(path)) == []


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_cr_only_line_ends_and_pasted_text(name, fixture_path, tmp_path):
    text = fixture_path(f"{name}.txt").read_text(encoding="utf-8")
    path = tmp_path / f"{name}.txt"
    path.write_bytes(text.replace("\n", "\r").encode("utf-8"))
    assert outline_problems(expected(fixture_path, name), parse_file(path)) == []
    assert outline_problems(expected(fixture_path, name), parse_text(text)) == []


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_nothing_is_lost(name, fixture_path):
    """Every character of the fixture other than markers, whitespace, a heading's closing 。 and
    the date (kept as a date) is in the report exactly once."""
    text = fixture_path(f"{name}.txt").read_text(encoding="utf-8")
    report = parse_file(fixture_path(f"{name}.txt"))
    source = text_chars(text)
    date_lines = [l for l in text.splitlines() if date_line(l) and not date_line(l)[1]]
    for line in date_lines:
        source -= text_chars(line)
    assert report_chars(report) == source


def test_web_copy_furniture_is_dropped(fixture_path):
    text = fixture_path("xiqing-tongji-2024.txt").read_text(encoding="utf-8")
    title = "西青区统计局2024年法治政府建设情况报告"
    web = (f"当前位置：首页 > 政务公开 > 法治政府建设\n{title}\n发布时间：2025-03-01 10:20  来源：西青区统计局  浏览次数：1234\n"
           "【字体：大 中 小】 【打印】 【关闭】\n" + text + "\n打印本页  关闭窗口\n")
    report = parse_text(web)
    assert outline_problems(expected(fixture_path, "xiqing-tongji-2024"), report) == []
    assert report.title == title
    assert any("网页" in w for w in report.warnings)
    assert report_chars(report) == report_chars(parse_text(text))
