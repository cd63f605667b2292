"""Every sample document imports without an unexpected error and gives a sensible outline."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import UserError
from app.importing import parse_file
from app.model import MarkerStyle
from tests.datafiles import SAMPLES

SAMPLE_FILES = sorted(p for p in SAMPLES.glob("a*") if p.suffix in (".txt", ".docx"))


def sample(prefix: str) -> Path:
    found = [p for p in SAMPLE_FILES if p.name.startswith(prefix)]
    if not found:
        pytest.skip(f"sample {prefix} missing")
    return found[0]


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_every_sample_imports(path):
    try:
        report = parse_file(path)
    except UserError:
        return
    assert report.sections, "a report always has at least one section"


def _tree(report):
    return [(s.written_marker, s.heading, [(c.written_marker, c.heading) for c in s.children]) for s in report.sections]


def test_a05_word_automatic_numbering():
    report = parse_file(sample("a05"))
    assert report.title == "自动编号样例"
    assert [(s.written_marker, s.heading) for s in report.sections] == [
        ("1.", "自动编号第一项"), ("2.", "自动编号第二项"), ("3.", "自动编号第三项"), ("一、", "手写编号也应作为正文文本保留")]


def test_a10_five_typed_levels_and_a_table():
    report = parse_file(sample("a10"))
    assert report.title == '一级"标题"123'
    levels = []

    def visit(sections, depth):
        for s in sections:
            levels.append((depth, s.written_marker))
            visit(s.children, depth + 1)

    visit(report.sections, 1)
    assert levels == [(1, "一、"), (2, "（一）"), (3, "1．"), (4, "（1）"), (5, "①"), (5, "②")]
    assert report.marker_styles[:5] == [MarkerStyle.CHINESE, MarkerStyle.PAREN_CHINESE, MarkerStyle.ARABIC,
                                        MarkerStyle.PAREN_ARABIC, MarkerStyle.CIRCLED]
    assert any("表格" in w for w in report.warnings)


def test_a09_text_boxes_are_read_once():
    report = parse_file(sample("a09"))
    everything = report.preamble + report.closing + [p for s in report.all_sections() for p in s.paragraphs]
    assert sum(t.count("XXXX人民政府文件") for t in everything) == 1
    assert report.date is not None and report.signature == "XXXX人民政府"


def test_a12_heading_styled_title_is_the_title():
    report = parse_file(sample("a12"))
    assert report.title == "关于XXX工作的通知"
    assert [s.heading for s in report.sections] == ["工作内容"]


def test_a01_joint_signature_and_masthead():
    report = parse_file(sample("a01_govdoccn_397_tongzhi.txt"))
    assert report.title == "关于加强个人所得税纳税信用建设的通知"
    assert len(report.sections) == 5 and report.date is not None
    assert report.signature.count("\n") == 1
    assert report.recipient and report.recipient.endswith("：")
    assert all(not c.run_in for s in report.sections for c in s.children)


def test_a04_mixed_widths_and_attachment_line():
    report = parse_file(sample("a04"))
    first = report.sections[0]
    assert [c.written_marker for c in first.children] == ["（一）", "(二)"]
    assert [c.written_marker for c in first.children[0].children] == ["1.", "2．"]
    assert [c.written_marker for c in first.children[0].children[0].children] == ["（1）", "(2)"]
    assert any(c.startswith("附件：1.") for c in report.closing)
