"""`chengwen review`: the issue's JSON shape, accept/reject by number, pending kept."""

from __future__ import annotations

import json

from app.cli import main
from app.importing import import_file
from app.review.pending import load_pending
from app.store import Store
from app.workflows import export_stored
from tests.app.review.reviewer import ReviewedDocx
from tests.datafiles import report_file


def test_review_lists_then_applies(data_dir, tmp_path, capsys):
    with Store(data_dir) as store:
        rid = import_file(store, report_file("nanyang-tongji-2024.txt"))
        path = export_stored(store, rid, tmp_path / "稿.docx")
        report = store.reports.load(rid)
    leaf = next(s for s in report.all_sections() if not s.children and s.paragraphs and len(s.paragraphs[0]) > 40)
    doc = ReviewedDocx(path)
    anchor = leaf.paragraphs[0][20:27]
    doc.tracked_insert(anchor, "〔局长加〕", "王局长", 7)
    doc.comment(leaf.paragraphs[0][30:36], "再斟酌", "王局长")
    reviewed = doc.save(tmp_path / "回来.docx")
    base = ["--data-dir", str(data_dir), "review", str(rid), str(reviewed)]
    assert main([*base, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(c["id"], c["kind"], c["after"], c["author"], c["tracked"]) for c in listed] == [
        (1, "insert", "〔局长加〕", "王局长", True), (2, "comment", "再斟酌", "王局长", True)]
    assert listed[0]["date"] == "2026-11-30T10:00:00Z"
    assert main([*base, "--accept", "1"]) == 0
    assert "已接受 1 处" in capsys.readouterr().out
    with Store(data_dir) as store:
        assert "〔局长加〕" in store.reports.load(rid).find_section(leaf.id).paragraphs[0]
        pending = load_pending(store, rid)
        assert pending is not None and [c.kind for c in pending.changes] == ["comment"]
        assert pending.source == str(reviewed.resolve()) and pending.against is not None
    assert main([*base, "--accept", "9"]) == 1
    assert "9" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "review", str(rid), str(tmp_path / "无.txt")]) == 1
