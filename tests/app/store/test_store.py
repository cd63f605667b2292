import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from app import workflows
from app.errors import CorruptDatabase, DataDirLocked, DataDirUnwritable, NotFound, ReadOnlyStore
from app.model import ChecklistItem, MarkerStyle, Part, Report, Section, Status
from app.report_json import report_to_dict
from app.store import Store
from app.store.backup import restore_newest_backup
from app.store.database import set_aside


def four_levels() -> Report:
    return Report(
        title="测试局2025年法治政府建设情况报告", organization="测试局", year=2025, recipient="区委、区政府：",
        preamble=["现将有关情况报告如下。"], closing=["特此报告。"], signature="测试局",
        date=dt.date(2026, 2, 25), marker_styles=[MarkerStyle.CHINESE, MarkerStyle.ARABIC],
        sections=[
            Section("主要举措和成效", ["总述。"], part=Part.MEASURES, status=Status.DRAFT, children=[
                Section("学法", ["第二层。"], run_in=True, children=[
                    Section("第三层", ["第三层正文"], children=[Section("第四层", ["第四层正文"], status=Status.FINAL)]),
                ]),
            ]),
            Section("存在的不足", part=Part.SHORTCOMINGS, reference=["去年的不足。"]),
        ],
        checklist=[ChecklistItem("加大执法力度", True)],
    )


def test_round_trip_of_four_levels(store: Store) -> None:
    report = four_levels()
    rid = store.reports.insert(report)
    loaded = store.reports.load(rid)
    assert report_to_dict(loaded, stored=True) == report_to_dict(report, stored=True)
    deepest = loaded.sections[0].children[0].children[0].children[0]
    assert deepest.heading == "第四层" and deepest.status is Status.FINAL
    assert loaded.marker_styles == [MarkerStyle.CHINESE, MarkerStyle.ARABIC]
    assert loaded.date == dt.date(2026, 2, 25)


def test_an_edit_writes_only_its_section(store: Store) -> None:
    rid = store.reports.insert(four_levels())
    report = store.reports.load(rid)
    target = report.sections[1]
    target.paragraphs = ["新写的一段。"]
    changes = store.db.conn.total_changes
    store.reports.update_section(target)
    assert store.db.conn.total_changes - changes == 2  # the section's row and the report's modified stamp
    assert store.reports.load(rid).sections[1].paragraphs == ["新写的一段。"]


def test_structure_edits(store: Store) -> None:
    rid = store.reports.insert(four_levels())
    report = store.reports.load(rid)
    first, second = report.sections
    new_id = store.reports.insert_section(rid, None, 1, Section("其他需要报告的情况", part=Part.OTHER))
    assert [s.heading for s in store.reports.load(rid).sections] == ["主要举措和成效", "其他需要报告的情况", "存在的不足"]
    assert first.children[0].id is not None
    store.reports.move_section(first.children[0].id, second.id, 0)
    loaded = store.reports.load(rid)
    assert loaded.sections[0].children == []
    assert loaded.sections[2].children[0].heading == "学法"
    assert loaded.sections[2].children[0].children[0].children[0].heading == "第四层"
    store.reports.delete_section(new_id)
    assert [s.heading for s in store.reports.load(rid).sections] == ["主要举措和成效", "存在的不足"]
    with pytest.raises(NotFound):
        store.reports.delete_section(new_id)


def test_unknown_report(store: Store) -> None:
    with pytest.raises(NotFound):
        store.reports.load(42)


def test_snapshot_and_restore(store: Store) -> None:
    rid = store.reports.insert(four_levels())
    snap = store.snapshots.take(rid, "初稿")
    report = store.reports.load(rid)
    report.sections[0].heading = "改过的标题"
    store.reports.update_section(report.sections[0])
    assert report.sections[1].id is not None
    store.reports.delete_section(report.sections[1].id)
    before = workflows.restore_snapshot(store, snap)
    restored = store.reports.load(rid)
    assert [s.heading for s in restored.sections] == ["主要举措和成效", "存在的不足"]
    assert restored.sections[0].children[0].children[0].children[0].heading == "第四层"
    # restoring first snapshotted the state it replaced
    assert [s.heading for s in store.snapshots.content(before).sections] == ["改过的标题"]
    labels = [i.label for i in store.snapshots.for_report(rid)]
    assert labels[-1] == "初稿" and "之前" in labels[0]


def test_second_store_on_the_same_directory_is_refused(data_dir: Path) -> None:
    with Store(data_dir) as first:
        first.reports.insert(four_levels())
        with pytest.raises(DataDirLocked):
            Store(data_dir)
        with Store(data_dir, read_only=True) as reader:  # the read-only offer
            assert reader.reports.summaries()[0].title.startswith("测试局")
            with pytest.raises(ReadOnlyStore):
                reader.reports.insert(four_levels())
    with Store(data_dir):  # released on close
        pass


def test_schema_is_versioned_with_wal_and_foreign_keys(store: Store) -> None:
    conn = store.db.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_failed_write_leaves_nothing(store: Store) -> None:
    report = four_levels()
    report.sections[1].children.append(Section("坏的", status="不存在的状态"))  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        store.reports.insert(report)
    assert store.reports.summaries() == []
    assert store.db.conn.execute("SELECT COUNT(*) FROM sections").fetchone()[0] == 0


def test_corrupt_database_is_reported_and_set_aside_never_deleted(data_dir: Path) -> None:
    with Store(data_dir) as s:
        s.reports.insert(four_levels())
    Store(data_dir, make_backup=True).close()
    db = data_dir / "chengwen.db"
    db.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(CorruptDatabase) as info:
        Store(data_dir)
    assert "损坏" in str(info.value)
    aside = set_aside(db)
    assert aside.exists() and aside.read_bytes().startswith(b"this is not")
    assert restore_newest_backup(data_dir, db) is not None
    with Store(data_dir) as s:
        assert len(s.reports.summaries()) == 1


def test_unwritable_data_directory(tmp_path: Path) -> None:
    if os.name == "posix" and os.geteuid() == 0:
        target = Path("/proc/chengwen-data")  # not writable even for root
    else:
        target = tmp_path / "ro"
        target.mkdir()
        target.chmod(stat.S_IRUSR | stat.S_IXUSR)
    with pytest.raises(DataDirUnwritable) as info:
        Store(target)
    assert "不可写" in str(info.value)


def test_data_directory_that_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "afile"
    target.write_text("x")
    with pytest.raises(DataDirUnwritable):
        Store(target)


def test_automatic_snapshots_thin_out_with_age(store: Store) -> None:
    rid = store.reports.insert(four_levels())
    now = dt.datetime(2026, 1, 31, 12, 0, 0)
    ages = [dt.timedelta(minutes=m) for m in (1, 5, 15, 16, 45)] + \
           [dt.timedelta(days=d, hours=h) for d in (2, 3) for h in (1, 2)] + \
           [dt.timedelta(days=d) for d in (40, 41, 60)]
    ids = [store.snapshots.take(rid, "auto", automatic=True) for _ in ages]  # all fresh: none thinned
    for sid, age in zip(ids, ages):
        store.db.conn.execute("UPDATE snapshots SET created=? WHERE id=?", ((now - age).isoformat(), sid))
    manual = store.snapshots.take(rid, "手动")
    store.db.conn.execute("UPDATE snapshots SET created=? WHERE id=?",
                          ((now - dt.timedelta(days=2, hours=3)).isoformat(), manual))
    removed = store.snapshots.thin_automatic(rid, now)
    kept = store.snapshots.for_report(rid)
    # kept: 1 and 5 min; one of 15/16 min; 45 min; one of day 2; one of day 3; one of days 40/41; day 60
    assert removed == 1 + 2 + 1
    assert len([k for k in kept if k.automatic]) == len(ages) - removed
    assert any(k.id == manual for k in kept)


def test_a_setting_can_be_peeked_before_opening(data_dir: Path) -> None:
    from app.store.settings import peek

    assert peek(data_dir, "ui_language", "zh_CN") == "zh_CN"  # no library yet
    with Store(data_dir) as store:
        store.settings.set("ui_language", "en")
        assert peek(data_dir, "ui_language", "zh_CN") == "en"  # while another copy holds it
    (data_dir / "chengwen.db").write_bytes(b"not a database" * 100)
    assert peek(data_dir, "ui_language", "zh_CN") == "zh_CN"
