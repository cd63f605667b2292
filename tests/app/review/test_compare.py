"""Comparing two snapshots of the real reports after scripted edits lists exactly the edits."""

from __future__ import annotations

import json

import pytest

from app import workflows
from app.cli import main
from app.export import export_report
from app.importing import import_file
from app.model import Section
from app.review.compare import compare_reports
from app.review.textdiff import diff_text
from app.review.versions import version
from tests.datafiles import REPORT_NAMES, report_file


def test_a_phrase_replacement_is_one_change_not_scattered_characters():
    segments = diff_text("我们要加强法治建设。", "我们要强化法治建设。")
    assert [(s.before, s.after) for s in segments if s.changed] == [("加强", "强化")]


def _leaves(report) -> list[Section]:
    return [s for s in report.all_sections() if not s.children and s.paragraphs and len(s.paragraphs[0]) > 40]


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_two_snapshots_of_a_real_report_list_exactly_the_edits(store, name):
    rid = import_file(store, report_file(f"{name}.txt"))
    first = store.snapshots.take(rid, "第1稿")
    report = store.reports.load(rid)
    leaves = _leaves(report)
    a, b, c = leaves[0], leaves[1], leaves[-1]
    a.paragraphs[0] = a.paragraphs[0][:20] + "〔新增内容〕" + a.paragraphs[0][20:]
    store.reports.update_section(a)
    old_heading = b.heading
    b.heading = b.heading + "（修订）"
    store.reports.update_section(b)
    removed = c.paragraphs[0][10:18]
    c.paragraphs[0] = c.paragraphs[0].replace(removed, "", 1)
    store.reports.update_section(c)
    second = store.snapshots.take(rid, "第2稿")
    comparison = compare_reports(version(store, rid, first), version(store, rid, second))
    got = sorted((ch.kind, ch.before, ch.after) for ch in comparison.changes)
    assert got == sorted([("insert", "", "〔新增内容〕"), ("heading", old_heading, b.heading), ("delete", removed, "")])
    assert comparison.changed_section_ids() == {a.id, b.id, c.id}
    # the default: the newest snapshot against now, and nothing changed since
    assert compare_reports(version(store, rid, second), version(store, rid, None)).changes == []


def test_moved_added_and_removed_sections(store):
    rid = import_file(store, report_file("xiqing-tongji-2024.txt"))
    first = store.snapshots.take(rid, "第1稿")
    report = store.reports.load(rid)
    part1 = report.sections[0].children
    store.reports.move_section(part1[3].id, report.sections[0].id, 0)
    store.reports.delete_section(part1[5].id)
    store.reports.insert_section(rid, report.sections[1].id, 1, Section("新增一节", ["新增的内容，共十个字以上。"]))
    comparison = compare_reports(version(store, rid, first), version(store, rid, None))
    kinds = sorted((c.kind, c.section) for c in comparison.changes)
    assert kinds == [("add-section", "二、（二）"), ("move-section", "一、（四）"), ("remove-section", "一、（六）")]


def test_diff_cli_json_and_printout(data_dir, tmp_path, capsys):
    from app.store import Store

    with Store(data_dir) as store:
        rid = import_file(store, report_file("xiqing-tongji-2024.txt"))
        store.snapshots.take(rid, "第1稿")
        section = _leaves(store.reports.load(rid))[0]
        section.paragraphs[0] = section.paragraphs[0].replace(section.paragraphs[0][5:9], "修改后的", 1)
        section.notes = "王局长：请核实"
        store.reports.update_section(section)
        report = store.reports.load(rid)
    assert main(["--data-dir", str(data_dir), "diff", str(rid), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(c["kind"], c["after"], c["tracked"], c["author"]) for c in listed] == [("replace", "修改后的", False, None)]
    assert set(listed[0]) == {"id", "section", "kind", "before", "after", "author", "date", "tracked"}
    out = tmp_path / "对照.html"
    assert main(["--data-dir", str(data_dir), "diff", str(rid), "--print", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<ins>修改后的</ins>" in html and f"<del>{listed[0]['before']}</del>" in html
    assert main(["--data-dir", str(data_dir), "diff", str(rid), "--print", str(tmp_path / "对照.docx")]) == 0
    import zipfile

    with zipfile.ZipFile(tmp_path / "对照.docx") as z:
        xml = z.read("word/document.xml").decode()
        assert "<w:strike/>" in xml and '<w:u w:val="single"/>' in xml and "修改后的" in xml
        assert "仿宋_GB2312" in z.read("word/styles.xml").decode()
    # notes are never exported, but snapshots keep them
    for suffix in (".docx", ".txt", ".json"):
        export_report(report, tmp_path / f"r{suffix}")
    assert "请核实" not in (tmp_path / "r.txt").read_text(encoding="utf-8")
    assert "请核实" not in (tmp_path / "r.json").read_text(encoding="utf-8")
    with Store(data_dir) as store:
        kept = store.snapshots.take(rid, "有批注")
        cleared = store.reports.load(rid).find_section(section.id)
        cleared.notes = ""
        store.reports.update_section(cleared)
        workflows.restore_snapshot(store, kept)
        assert [s.notes for s in store.reports.load(rid).all_sections() if s.notes] == ["王局长：请核实"]
    with zipfile.ZipFile(tmp_path / "r.docx") as z:
        assert "请核实" not in z.read("word/document.xml").decode()
    assert main(["--data-dir", str(data_dir), "diff", "99"]) == 1
    assert "99" in capsys.readouterr().err


def test_a_deleted_paragraph_beside_an_edited_one_is_its_own_change() -> None:
    """QA: 3场→5场 and the next paragraph deleted came back as one rewrite of both."""
    from app.review.textdiff import diff_text, paragraph_pairs

    before = "开展普法宣传3场。\n三是最后一句。"
    after = "开展普法宣传5场。"
    changes = [s for s in diff_text(before, after) if s.changed]
    assert [(s.before, s.after) for s in changes] == [("3", "5"), ("\n三是最后一句。", "")]
    assert paragraph_pairs("甲乙丙丁。\n戊己。\n", "甲乙丙丁戊。\n") == [("甲乙丙丁。\n", "甲乙丙丁戊。\n"), ("戊己。\n", "")]
    joined = paragraph_pairs("一段。\n二段。\n三段。", "一段！\n新的一段内容。\n三段。")
    assert "".join(a for a, _ in joined) == "一段。\n二段。\n三段。"
    assert "".join(b for _, b in joined) == "一段！\n新的一段内容。\n三段。"
