"""A reviewed Word file: exactly the reviewer's changes, at the right sections, with authors;
accept all / reject all / mixed / undo; LibreOffice round trip; bad input."""

from __future__ import annotations

import shutil
import subprocess
import time

import pytest

from app import workflows
from app.errors import UserError
from app.importing import import_file
from app.model import Report
from app.outline import OutlineIndex
from app.review.merge import apply_review, review_file
from app.review.pending import load_pending
from tests.app.review.reviewer import AUTHOR, ReviewedDocx
from tests.app.review.reviewer import review_as_leader as _reviewed
from tests.app.review.reviewer import unique_piece as _unique
from tests.datafiles import report_file


@pytest.fixture
def reviewed(exported, tmp_path):
    store, rid, path = exported
    report = store.reports.load(rid)
    file, edits = _reviewed(report, path, tmp_path / "第1稿（王局长修改）.docx")
    return store, rid, file, edits, report


def _by_kind(changes):
    out = {}
    for c in changes:
        key = c.kind if c.tracked or c.kind != "delete" else "paragraph"
        assert key not in out, f"two {key} changes: {[x.to_dict() for x in changes]}"
        out[key] = c
    return out


def _check_list(review, edits, report):
    kinds = _by_kind(review.changes)
    assert set(kinds) == {"replace", "insert", "delete", "paragraph", "move-section", "heading", "comment"}, kinds
    number = {k: OutlineIndex(report).number_of(v[0]) for k, v in edits.items()}
    assert (kinds["replace"].section, kinds["replace"].before, kinds["replace"].after) == \
        (number["replace"], edits["replace"][1], "全面提升")
    assert kinds["replace"].tracked is False and kinds["replace"].author is None
    assert (kinds["insert"].section, kinds["insert"].after, kinds["insert"].author, kinds["insert"].tracked) == \
        (number["insert"], "，并建立长效机制", AUTHOR, True)
    assert kinds["insert"].date == "2026-11-30T10:00:00Z"
    assert (kinds["delete"].section, kinds["delete"].before, kinds["delete"].author) == \
        (number["delete"], edits["delete"][1], AUTHOR)
    assert (kinds["paragraph"].section, kinds["paragraph"].before.strip("\n"), kinds["paragraph"].tracked) == \
        (number["paragraph"], edits["paragraph"][1], False)
    assert kinds["move-section"].section == number["move"]
    assert (kinds["heading"].section, kinds["heading"].before, kinds["heading"].after) == \
        (number["heading"], edits["heading"][1], edits["heading"][2])
    assert (kinds["comment"].section, kinds["comment"].before, kinds["comment"].after, kinds["comment"].author) == \
        (number["comment"], edits["comment"][1], "此处请补充具体数字", AUTHOR)


def _texts(report: Report) -> list[tuple[str, list[str]]]:
    return [(s.heading, s.paragraphs) for s in report.all_sections()]


def test_lists_exactly_the_reviewers_changes(reviewed):
    store, rid, file, edits, report = reviewed
    review = review_file(store, rid, file)
    assert review.against == store.snapshots.for_report(rid)[0].id
    _check_list(review, edits, report)


def test_accept_all_gives_the_reviewers_text_and_undo_restores(reviewed):
    from app.importing import parse_file

    store, rid, file, edits, report = reviewed
    review = review_file(store, rid, file)
    applied = apply_review(store, review, {c.id for c in review.changes}, set())
    after = store.reports.load(rid)
    expected = parse_file(file)
    assert _texts(after) == _texts(expected)
    commented = after.find_section(edits["comment"][0].id)
    assert "此处请补充具体数字" in commented.notes and AUTHOR in commented.notes
    assert load_pending(store, rid) is None
    workflows.restore_snapshot(store, applied.snapshot)
    assert _texts(store.reports.load(rid)) == _texts(report)


def test_reject_all_leaves_the_report_unchanged(reviewed):
    store, rid, file, edits, report = reviewed
    review = review_file(store, rid, file)
    applied = apply_review(store, review, set(), {c.id for c in review.changes})
    assert applied.snapshot is None
    assert _texts(store.reports.load(rid)) == _texts(report)


def test_mixed_and_the_rest_stays_pending(reviewed):
    store, rid, file, edits, report = reviewed
    review = review_file(store, rid, file)
    kinds = _by_kind(review.changes)
    apply_review(store, review, {kinds["insert"].id, kinds["heading"].id}, {kinds["delete"].id})
    after = store.reports.load(rid)
    b, heading = edits["insert"][0], edits["heading"][0]
    assert "，并建立长效机制" in after.find_section(b.id).paragraphs[0]
    assert after.find_section(heading.id).heading == edits["heading"][2]
    c = edits["delete"][0]
    assert after.find_section(c.id).paragraphs == c.paragraphs
    a = edits["replace"][0]
    assert after.find_section(a.id).paragraphs == a.paragraphs
    pending = load_pending(store, rid)
    assert pending is not None
    assert sorted(p.id for p in pending.changes) == sorted(
        c.id for c in review.changes if c.id not in {kinds["insert"].id, kinds["heading"].id, kinds["delete"].id})


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_file_saved_by_libreoffice_gives_the_same_list(reviewed, tmp_path):
    store, rid, file, edits, report = reviewed
    out = tmp_path / "lo"
    out.mkdir()
    source = tmp_path / "lo-in.docx"
    shutil.copy(file, source)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "docx", "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=180)
    review = review_file(store, rid, out / "lo-in.docx")
    _check_list(review, edits, report)


def test_another_reports_file_does_not_match(exported, tmp_path):
    from app.workflows import export_stored

    store, rid, _ = exported
    other = import_file(store, report_file("nanyang-tongji-2024.txt"))
    path = export_stored(store, other, tmp_path / "南阳.docx")
    with pytest.raises(UserError, match="不符"):
        review_file(store, rid, path)


def test_a_corrupt_file_is_a_user_error(exported, tmp_path):
    store, rid, _ = exported
    bad = tmp_path / "坏.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UserError):
        review_file(store, rid, bad)
    with pytest.raises(UserError):
        review_file(store, rid, tmp_path / "没有.docx")


def test_a_thousand_tracked_changes_fast_and_correct(store, tmp_path):
    from app.importing import parse_file
    from app.workflows import export_stored

    # the real reports in one (xiqing twice), for enough text to hold 1,000 changes spaced like a real reviewer's
    report = parse_file(report_file("xiqing-tongji-2024.txt"))
    report.sections += parse_file(report_file("nanyang-tongji-2024.txt")).sections
    report.sections += parse_file(report_file("xiqing-tongji-2024.txt")).sections
    rid = store.reports.insert(report)
    path = export_stored(store, rid, tmp_path / "稿.docx")
    doc = ReviewedDocx(path)
    # every 4 characters: closer than the diff's cleanup keeps apart, so the tracked changes must split it
    labels = doc.sprinkle_insertions(4, AUTHOR, 1000, set())
    assert len(labels) == 1000
    doc.save(tmp_path / "many.docx")
    started = time.perf_counter()
    review = review_file(store, rid, tmp_path / "many.docx")
    elapsed = time.perf_counter() - started
    assert sorted(c.after for c in review.changes) == sorted(labels)
    assert all(c.kind == "insert" and c.tracked and c.author == AUTHOR for c in review.changes)
    assert elapsed < 5, elapsed


def test_the_opening_and_closing_are_compared_too(exported, tmp_path):
    store, rid, path = exported
    report = store.reports.load(rid)
    opening = report.preamble[-1]
    gone = opening[10:16]
    doc = ReviewedDocx(path)
    doc.tracked_delete(gone, AUTHOR, 1)
    doc.comment(opening[30:36], "开头再精炼些", AUTHOR)
    review = review_file(store, rid, doc.save(tmp_path / "开头.docx"))
    assert [(c.section, c.kind, c.before, c.after, c.author) for c in review.changes] == [
        ("（开头）", "delete", gone, "", AUTHOR), ("（开头）", "comment", opening[30:36], "开头再精炼些", AUTHOR)]
    apply_review(store, review, {1, 2}, set())
    after = store.reports.load(rid)
    assert after.preamble[-1] == opening.replace(gone, "", 1)
    assert "开头再精炼些" in after.sections[0].notes


def test_progress_is_reported_and_cancelling_stops(reviewed):
    from app.importing import ImportCancelled

    store, rid, file, edits, report = reviewed
    seen: list[int] = []
    review_file(store, rid, file, progress=lambda done, total: seen.append(done * 100 // total) is None)
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen)
    with pytest.raises(ImportCancelled):
        review_file(store, rid, file, progress=lambda done, total: done < 50)


def test_an_added_and_a_removed_section_merge_into_the_reviewers_outline(exported, tmp_path):
    import copy as copy_module

    from app.importing import parse_file

    store, rid, path = exported
    report = store.reports.load(rid)
    part1 = report.sections[0].children
    doc = ReviewedDocx(path)
    doc.delete_paragraph(part1[2].heading)           # a run-in section: heading and text in one paragraph
    last = doc.paragraph(part1[-1].heading)
    added = copy_module.deepcopy(last)
    for t in list(added.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"))[1:]:
        t.getparent().getparent().remove(t.getparent())
    next(added.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")).text = \
        "（七）加强统计数据质量管理。建立数据质量追溯制度，全年开展数据核查四次。"
    last.addnext(added)
    file = doc.save(tmp_path / "增删.docx")
    review = review_file(store, rid, file)
    parsed = parse_file(file)
    assert sorted((c.kind, c.section) for c in review.changes) == [
        ("add-section", OutlineIndex(parsed).number_of(parsed.sections[0].children[-1])),
        ("remove-section", OutlineIndex(report).number_of(part1[2]))]
    assert "建立数据质量追溯制度" in review.changes[-1].after
    apply_review(store, review, {c.id for c in review.changes}, set())
    assert _texts(store.reports.load(rid)) == _texts(parse_file(file))


def test_accepting_keeps_what_the_clerk_wrote_since_the_export(exported, tmp_path):
    store, rid, path = exported
    report = store.reports.load(rid)
    section = report.sections[0].children[1]
    text = section.paragraphs[0]
    anchor = _unique(report, text, 40, 5)
    doc = ReviewedDocx(path)
    doc.tracked_insert(anchor, "〔局长加〕", AUTHOR, 1)
    file = doc.save(tmp_path / "回来.docx")
    # meanwhile the clerk went on writing in the same section, before the leader's place
    section.paragraphs[0] = "〔科员改〕" + text
    store.reports.update_section(section)
    review = review_file(store, rid, file)
    assert [(c.kind, c.after) for c in review.changes] == [("insert", "〔局长加〕")]
    apply_review(store, review, {1}, set())
    merged = store.reports.load(rid).find_section(section.id).paragraphs[0]
    assert merged == "〔科员改〕" + text.replace(anchor, anchor + "〔局长加〕", 1)
