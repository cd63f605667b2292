"""导入领导修改稿 in the window, on a .docx edited the ways a reviewer does (tracked changes by
王局长, untracked edits, a moved section, a reworded heading, a comment): accept all / reject all
/ mixed give the right text in the controller and the store; the merge can be undone; what is
left stays pending and can be reopened; a file of another report gives one message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from app.importing import import_file, parse_file
from app.model import Report
from app.review.pending import load_pending
from app.workflows import export_stored
from tests.app.review.reviewer import AUTHOR
from tests.datafiles import report_file
from tests.ui.conftest import answer_box
from tests.ui.review.helpers import when_modal
from ui.review.review_dialog import ReviewDialog


def _texts(report: Report) -> list[tuple[str, list[str]]]:
    return [(s.heading, s.paragraphs) for s in report.all_sections()]


def _kinds(dialog: ReviewDialog) -> dict[str, int]:
    """Change id by kind (the untracked paragraph deletion as "paragraph")."""
    out: dict[str, int] = {}
    for change in dialog.review.changes:
        key = change.kind if change.tracked or change.kind != "delete" else "paragraph"
        out[key] = change.id
    return out


def _run_review(w, file: Path, act) -> list:
    seen = when_modal(ReviewDialog, act)
    w.rooms.review.import_reviewed(file)
    assert seen, "the review dialog did not open"
    return seen


def test_lists_every_change_then_accept_all_and_undo_the_merge(reviewed, qtbot) -> None:
    w, rid, file, edits, report = reviewed
    listed: dict[str, Any] = {}

    def accept_all(dialog: ReviewDialog) -> None:
        table = dialog.table
        listed["rows"] = [[item.text(c) for c in range(8)] for r in range(table.topLevelItemCount())
                          if (item := table.topLevelItem(r)) is not None]
        listed["kinds"] = _kinds(dialog)
        listed["against"] = dialog.base_combo.currentData()
        dialog.accept_all_button.click()
        listed["left"] = dialog.table.topLevelItemCount()
        dialog.accept()

    _run_review(w, file, accept_all)
    rows = listed["rows"]
    assert set(listed["kinds"]) == {"replace", "insert", "delete", "paragraph", "move-section", "heading", "comment"}
    by_kind = {row[2]: row for row in rows}
    assert by_kind["插入"][5] == AUTHOR and by_kind["插入"][7] == "修订" and "并建立长效机制" in by_kind["插入"][4]
    deletions = sorted((r[5], r[7]) for r in rows if r[2] == "删除")
    assert deletions == [("", "直接修改"), (AUTHOR, "修订")]
    assert by_kind["改写"][7] == "直接修改" and by_kind["改写"][5] == ""
    assert by_kind["批注"][4] == "此处请补充具体数字" and by_kind["批注"][3] == edits["comment"][1]
    assert by_kind["改标题"][4] == edits["heading"][2]
    exported = [s.id for s in w.store.snapshots.for_report(rid) if s.label.endswith("：第1稿.docx")]
    assert [listed["against"]] == exported  # aligned against the export snapshot
    assert listed["left"] == 0

    expected = _texts(parse_file(file))
    assert _texts(w.controller.report) == expected
    assert _texts(w.store.reports.load(rid)) == expected
    commented = w.controller.section(edits["comment"][0].id)
    assert commented is not None and "此处请补充具体数字" in commented.notes
    assert "撤销合并" in w.window.statusBar().currentMessage()
    undo = w.window.registry["review.undo_merge"]
    assert undo.isEnabled()

    # 撤销合并: a confirmation, then the report as it was and the whole list pending again
    seen = answer_box("撤销合并")
    assert w.rooms.review.undo_merge()
    assert seen and "恢复到合并" in seen[0]
    assert _texts(w.controller.report) == _texts(report)
    assert _texts(w.store.reports.load(rid)) == _texts(report)
    pending = load_pending(w.store, rid)
    assert pending is not None and len(pending.changes) == len(rows)
    assert not undo.isEnabled()
    assert "已撤销合并" in w.window.statusBar().currentMessage()


def test_reject_all_leaves_the_report_unchanged(reviewed) -> None:
    w, rid, file, _edits, report = reviewed
    snapshots = len(w.store.snapshots.for_report(rid))

    def reject_all(dialog: ReviewDialog) -> None:
        dialog.reject_all_button.click()
        dialog.accept()

    _run_review(w, file, reject_all)
    assert _texts(w.controller.report) == _texts(report)
    assert _texts(w.store.reports.load(rid)) == _texts(report)
    assert len(w.store.snapshots.for_report(rid)) == snapshots  # nothing applied: no snapshot
    assert load_pending(w.store, rid) is None
    assert not w.window.registry["review.undo_merge"].isEnabled()
    assert not w.window.registry["review.pending"].isEnabled()


def test_mixed_then_the_rest_is_pending_and_reopens(reviewed) -> None:
    w, rid, file, edits, report = reviewed
    chosen: dict[str, int] = {}

    def mixed(dialog: ReviewDialog) -> None:
        chosen.update(_kinds(dialog))
        dialog.select_ids({chosen["insert"], chosen["heading"]})
        dialog.accept_button.click()
        dialog.select_ids({chosen["delete"]})
        dialog.reject_button.click()
        dialog.accept()

    _run_review(w, file, mixed)
    b, heading, c, a = (edits[k][0] for k in ("insert", "heading", "delete", "replace"))
    for source in (w.controller.report, w.store.reports.load(rid)):
        assert "，并建立长效机制" in source.find_section(b.id).paragraphs[0]
        assert source.find_section(heading.id).heading == edits["heading"][2]
        assert source.find_section(c.id).paragraphs == c.paragraphs  # rejected
        assert source.find_section(a.id).paragraphs == a.paragraphs  # still pending
    pending = load_pending(w.store, rid)
    assert pending is not None and len(pending.changes) == len(chosen) - 3
    assert w.window.registry["review.pending"].isEnabled()

    # after a restart the pending changes are announced and can be reopened
    w.rebuild()
    w.controller.open_report(rid)
    assert "待处理" in w.window.statusBar().currentMessage()
    reopened: dict[str, Any] = {}

    def look(dialog: ReviewDialog) -> None:
        reopened["kinds"] = _kinds(dialog)
        dialog.accept()

    seen = when_modal(ReviewDialog, look)
    w.rooms.review.show_pending()
    assert seen
    assert set(reopened["kinds"]) == {"replace", "paragraph", "move-section", "comment"}


def test_a_file_of_another_report_gives_one_message(reviewed, tmp_path: Path, qtbot) -> None:
    w, rid, _file, _edits, report = reviewed
    other = import_file(w.store, report_file("nanyang-tongji-2024.txt"))
    path = export_stored(w.store, other, tmp_path / "南阳.docx")
    boxes: list[str] = []

    def dismiss(box: QMessageBox) -> None:
        boxes.append(box.text())
        box.accept()

    when_modal(QMessageBox, dismiss)
    opened = when_modal(ReviewDialog, lambda d: d.accept(), timeout_ms=3000)
    assert w.rooms.review.import_reviewed(path) is None
    qtbot.wait(200)
    opened.stop()
    assert len(boxes) == 1 and "不符" in boxes[0]
    assert opened == []
    assert _texts(w.store.reports.load(rid)) == _texts(report)


def test_a_corrupt_file_gives_one_message(reviewed, tmp_path: Path) -> None:
    w, rid, _file, _edits, report = reviewed
    bad = tmp_path / "坏.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    boxes: list[str] = []

    def dismiss(box: QMessageBox) -> None:
        boxes.append(box.text())
        box.accept()

    when_modal(QMessageBox, dismiss)
    assert w.rooms.review.import_reviewed(bad) is None
    assert len(boxes) == 1 and boxes[0]
    assert "Traceback" not in boxes[0]


def test_comment_detail_shows_the_anchored_text(reviewed) -> None:
    w, _rid, file, edits, _report = reviewed
    shown: list[str] = []

    def look(dialog: ReviewDialog) -> None:
        dialog.select_ids({_kinds(dialog)["comment"]})
        shown.append(dialog.detail.toPlainText())
        dialog.table.selectAll()
        shown.append(str(dialog.accept_button.isEnabled()))
        dialog.accept()

    _run_review(w, file, look)
    assert edits["comment"][1] in shown[0] and "此处请补充具体数字" in shown[0] and AUTHOR in shown[0]
    assert shown[1] == "True"


def test_the_review_runs_off_the_gui_thread_and_can_be_cancelled(reviewed, monkeypatch) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from app.importing.records import checked
    from ui.review import room

    w, rid, file, _edits, report = reviewed
    threads: list[bool] = []

    def slow_review(store, report_id, path, against=None, *, progress=None):
        import threading
        import time

        threads.append(threading.current_thread() is threading.main_thread())
        for step in range(2000):  # until the clerk cancels (at most 20 s)
            checked(progress, step, 2000)
            time.sleep(0.01)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(room, "review_file", slow_review)
    cancelled = when_modal(QProgressDialog, lambda dialog: dialog.cancel())
    opened = when_modal(ReviewDialog, lambda d: d.accept(), timeout_ms=2000)
    assert w.rooms.review.import_reviewed(file) is None
    assert threads == [False]  # the worker thread, not the GUI's
    assert cancelled and not opened
    assert _texts(w.store.reports.load(rid)) == _texts(report)


def test_a_selected_change_selects_its_section_in_the_tree(reviewed) -> None:
    w, _rid, file, edits, _report = reviewed
    current: list[int] = []

    def look(dialog: ReviewDialog) -> None:
        dialog.select_ids({_kinds(dialog)["heading"]})
        current.append(w.controller.current_section_id())
        dialog.select_ids({_kinds(dialog)["insert"]})
        current.append(w.controller.current_section_id())
        dialog.accept()

    _run_review(w, file, look)
    assert current == [edits["heading"][0].id, edits["insert"][0].id]
