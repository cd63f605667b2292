"""Report management in the store: kinds, rename, copy, the 回收站, and the 字数目标 column."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.errors import NotFound, UserError
from app.model import CharTargets, ChecklistItem, Part, Report, Section
from app.store import InRecycleBin, ReportKind, Store
from tests.datafiles import DATA


def sample(title: str = "某局2025年法治政府建设情况报告") -> Report:
    return Report(title=title, year=2025, organization="某局", sections=[
        Section("主要举措和成效", ["做了很多。"], part=Part.MEASURES, notes="领导批注：再具体些", children=[
            Section("强化学习", ["学习十次。"])]),
        Section("下一年度主要安排", [], part=Part.PLANS)])


def test_kind_follows_the_origin(store: Store) -> None:
    made = {origin: store.reports.insert(sample(), origin=origin)
            for origin in ("new", "template", "import", "rollforward")}
    kinds = {s.id: s.kind for s in store.reports.summaries()}
    assert kinds == {made["new"]: ReportKind.DRAFT, made["template"]: ReportKind.DRAFT,
                     made["import"]: ReportKind.SOURCE, made["rollforward"]: ReportKind.DRAFT}
    store.reports.set_kind(made["import"], "草稿")
    assert store.reports.summary(made["import"]).kind is ReportKind.DRAFT
    with pytest.raises(ValueError):
        store.reports.set_kind(made["new"], "别的")


def test_rename(store: Store) -> None:
    rid = store.reports.insert(sample())
    store.reports.rename(rid, "  新标题  ")
    assert store.reports.load(rid).title == "新标题"
    with pytest.raises(UserError, match="标题不能为空"):
        store.reports.rename(rid, "   ")
    with pytest.raises(NotFound):
        store.reports.rename(rid + 99, "x")


def test_copy_is_a_fresh_draft_with_the_same_content(store: Store) -> None:
    report = sample()
    report.targets = CharTargets(8000, {Part.MEASURES: 5000})
    rid = store.reports.insert(report, origin="import")
    original = store.reports.load(rid)
    original.checklist = [ChecklistItem("落实一", True, original.sections[0].children[0].id)]
    store.reports.update_meta(original)
    store.snapshots.take(rid, "第一稿")

    copy_id = store.reports.copy(rid)
    copy = store.reports.load(copy_id)
    assert copy.title == "某局2025年法治政府建设情况报告（副本）"
    assert store.reports.summary(copy_id).kind is ReportKind.DRAFT  # a copy is written in, whatever it came from
    assert [(s.heading, s.paragraphs, s.notes) for s in copy.all_sections()] == \
        [(s.heading, s.paragraphs, s.notes) for s in original.all_sections()]
    assert not {s.id for s in copy.all_sections()} & {s.id for s in original.all_sections()}
    # the checklist answer points at the copy's own section, the targets came along
    assert copy.checklist[0].answered_in == copy.sections[0].children[0].id and copy.checklist[0].done
    assert copy.targets == report.targets
    assert store.snapshots.for_report(copy_id) == []  # a history of its own, starting fresh
    assert [s.label for s in store.snapshots.for_report(rid)] == ["第一稿"]
    assert store.reports.load(store.reports.copy(rid, "另一份")).title == "另一份"


def test_recycle_bin(store: Store) -> None:
    keep = store.reports.insert(sample("留下"))
    gone = store.reports.insert(sample("删掉"))
    store.snapshots.take(gone, "快照")
    store.reports.delete(gone)
    assert [s.id for s in store.reports.summaries()] == [keep]
    assert [s.id for s in store.reports.summaries(deleted=True)] == [gone]
    assert store.reports.summaries(deleted=True)[0].deleted_at
    assert not store.reports.exists(gone) and store.reports.exists(keep)
    with pytest.raises(InRecycleBin, match="回收站"):
        store.reports.load(gone)
    assert store.reports.load(gone, deleted=True).title == "删掉"
    with pytest.raises(UserError, match="不在回收站"):
        store.reports.undelete(keep)
    with pytest.raises(UserError, match="只能彻底删除回收站中的报告"):
        store.reports.purge(keep)

    store.reports.undelete(gone)
    assert {s.id for s in store.reports.summaries()} == {keep, gone}
    assert [s.label for s in store.snapshots.for_report(gone)] == ["快照"]  # nothing was lost on the way

    store.reports.delete(gone)
    store.reports.purge(gone)
    with pytest.raises(NotFound):
        store.reports.load(gone, deleted=True)
    assert store.db.conn.execute("SELECT COUNT(*) FROM snapshots WHERE report_id=?", (gone,)).fetchone()[0] == 0
    assert store.db.conn.execute("SELECT COUNT(*) FROM sections WHERE report_id=?", (gone,)).fetchone()[0] == 0


def test_empty_recycle_bin(store: Store) -> None:
    ids = [store.reports.insert(sample(str(i))) for i in range(3)]
    for rid in ids[:2]:
        store.reports.delete(rid)
    assert store.reports.empty_recycle_bin() == 2
    assert [s.id for s in store.reports.summaries()] == [ids[2]] and store.reports.summaries(deleted=True) == []


def test_a_deleted_source_leaves_its_draft_alone(store: Store) -> None:
    source = store.reports.insert(sample("去年"), origin="import")
    draft = sample("今年")
    draft.source_report_id = source
    draft_id = store.reports.insert(draft, origin="rollforward")
    store.reports.delete(source)
    store.reports.purge(source)
    assert store.reports.load(draft_id).source_report_id is None


def test_targets_are_stored_and_survive_odd_json(store: Store) -> None:
    report = sample()
    rid = store.reports.insert(report)
    assert not store.reports.load(rid).targets
    report.targets = CharTargets(6000, {Part.LEADERSHIP: 800})
    store.reports.update_meta(report)
    assert store.reports.load(rid).targets == CharTargets(6000, {Part.LEADERSHIP: 800})
    store.db.conn.execute("UPDATE reports SET targets=? WHERE id=?",
                          ('{"total": -5, "parts": {"9": 100, "2": "x", "1": 300, "x": 1}}', rid))
    assert store.reports.load(rid).targets == CharTargets(None, {Part.MEASURES: 300})


def test_an_older_library_gets_kinds(tmp_path: Path) -> None:
    shutil.copy(DATA / "chengwen-v1.db", tmp_path / "chengwen.db")
    with Store(tmp_path) as store:
        origins = dict(store.db.conn.execute("SELECT id, origin FROM reports").fetchall())
        for summary in store.reports.summaries():
            expected = ReportKind.SOURCE if origins[summary.id] == "import" else ReportKind.DRAFT
            assert summary.kind is expected and summary.deleted_at is None
            assert not store.reports.load(summary.id).targets
