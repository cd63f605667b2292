"""The workflow layer: which snapshots each workflow leaves, with which labels, in which order,
and what a printed draft is called."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app import workflows
from app.errors import UserError
from app.export import ExportOptions
from app.model import ChecklistItem
from app.store import Store
from app.template import template_report

REPORT_TEXT = ("某局2024年法治政府建设情况报告\n"
               "一、2024年推进法治政府建设的主要举措和成效\n"
               "2024年3月15日开展宪法宣传周活动，发放资料500份。\n"
               "二、存在的不足和原因\n不足。\n"
               "三、2025年推进法治政府建设的主要安排\n安排。\n")


def labels(store: Store, report_id: int) -> list[tuple[str, bool]]:
    """(label, automatic) of a report's snapshots, oldest first."""
    return [(s.label, s.automatic) for s in reversed(store.snapshots.for_report(report_id))]


def stored_draft(store: Store, year: int = 2025, organization: str = "某局") -> int:
    return store.reports.insert(template_report(year, organization), origin="template")


@pytest.fixture
def report_txt(tmp_path: Path) -> Path:
    path = tmp_path / "去年报告.txt"
    path.write_text(REPORT_TEXT, encoding="utf-8")
    return path


# ---- import ----------------------------------------------------------------------------------
def test_an_imported_file_is_stored_and_snapshotted_as_it_came_in(store: Store, report_txt: Path) -> None:
    report_id = workflows.import_report(store, report_txt)
    assert store.reports.load(report_id).year == 2024
    assert labels(store, report_id) == [(workflows.IMPORT_SNAPSHOT, True)]
    snapshot = store.snapshots.for_report(report_id)[0]
    assert store.snapshots.content(snapshot.id).title == "某局2024年法治政府建设情况报告"


def test_an_already_recognised_report_is_imported_the_same_way(store: Store, report_txt: Path) -> None:
    from app.importing import parse_file

    report_id = workflows.import_report(store, parse_file(report_txt))
    assert labels(store, report_id) == [(workflows.IMPORT_SNAPSHOT, True)]


def test_pasted_text_is_imported_with_the_same_snapshot(store: Store) -> None:
    report_id = workflows.import_text(store, REPORT_TEXT)
    assert labels(store, report_id) == [(workflows.IMPORT_SNAPSHOT, True)]


def test_a_bad_import_leaves_the_library_untouched(store: Store, tmp_path: Path) -> None:
    empty = tmp_path / "空.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(UserError):
        workflows.import_report(store, empty)
    with pytest.raises(UserError):
        workflows.import_text(store, "   \n")
    assert store.reports.summaries() == []


# ---- roll-forward ----------------------------------------------------------------------------
def test_roll_forward_snapshots_the_new_draft_as_made(store: Store, report_txt: Path) -> None:
    from app.importing import parse_file

    result = workflows.roll_forward(store, parse_file(report_txt))
    assert store.reports.load(result.report_id).year == 2025
    assert labels(store, result.report_id) == [(workflows.INITIAL_SNAPSHOT, True)]
    assert result.snapshots == [store.snapshots.for_report(result.report_id)[0].id]


def test_roll_forward_snapshots_an_existing_draft_for_that_year_before_the_new_one(store: Store,
                                                                                    report_txt: Path) -> None:
    from app.importing import parse_file

    existing = stored_draft(store, 2025, "某局")
    other_org = stored_draft(store, 2025, "另一局")
    result = workflows.roll_forward(store, parse_file(report_txt))
    assert result.report_id != existing
    assert labels(store, existing) == [(workflows.before_roll_forward_label(2025), True)]
    assert labels(store, other_org) == []
    before, initial = result.snapshots
    assert before < initial  # the state before, then the new draft


# ---- snapshots and restore -------------------------------------------------------------------
def test_a_snapshot_the_clerk_takes_is_named(store: Store) -> None:
    report_id = stored_draft(store)
    workflows.take_snapshot(store, report_id, "  送审稿 ")
    assert labels(store, report_id) == [("送审稿", False)]


def test_restore_snapshots_the_state_before_then_restores(store: Store) -> None:
    report_id = stored_draft(store)
    snapshot = workflows.take_snapshot(store, report_id, "初稿")
    report = store.reports.load(report_id)
    report.title = "改过的标题"
    store.reports.update_meta(report)
    before = workflows.restore_snapshot(store, snapshot)
    assert store.reports.load(report_id).title != "改过的标题"
    assert store.snapshots.content(before).title == "改过的标题"
    assert labels(store, report_id) == [("初稿", False), ("恢复快照“初稿”之前", True)]


# ---- printing --------------------------------------------------------------------------------
def test_printed_drafts_are_numbered_and_carry_the_clerks_newest_name(store: Store) -> None:
    report_id = stored_draft(store)
    assert workflows.print_label(store, report_id) == "第1稿"
    workflows.record_printed(store, report_id, workflows.print_label(store, report_id))
    assert workflows.print_label(store, report_id) == "第2稿"
    workflows.take_snapshot(store, report_id, "征求意见稿")
    workflows.take_snapshot(store, report_id, "送审稿")
    assert workflows.print_label(store, report_id) == "送审稿　第2稿"
    workflows.record_printed(store, report_id, workflows.print_label(store, report_id))
    assert labels(store, report_id) == [("打印稿 第1稿", True), ("征求意见稿", False), ("送审稿", False),
                                        ("打印稿 送审稿　第2稿", True)]
    assert workflows.print_label(store, report_id) == "送审稿　第3稿"


def test_an_export_record_is_not_taken_for_the_clerks_name(store: Store, tmp_path: Path) -> None:
    report_id = stored_draft(store)
    workflows.take_snapshot(store, report_id, "送审稿")
    workflows.export_stored(store, report_id, tmp_path / "报告.docx")
    assert workflows.print_label(store, report_id) == "送审稿　第1稿"


def test_nothing_is_recorded_in_a_read_only_library(store: Store, tmp_path: Path) -> None:
    report_id = stored_draft(store)
    with Store(store.db.path.parent, read_only=True) as reader:
        assert workflows.record_printed(reader, report_id, "第1稿") is None
        written = workflows.export_stored(reader, report_id, tmp_path / "报告.docx")
    assert written.exists()
    assert labels(store, report_id) == []


# ---- export ----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["报告.docx", "报告.pdf", "报告.xlsx"])
def test_every_export_handed_over_leaves_a_named_snapshot(store: Store, tmp_path: Path, name: str) -> None:
    report_id = stored_draft(store)
    written = workflows.export_stored(store, report_id, tmp_path / name)
    assert written == tmp_path / name and written.stat().st_size > 0
    assert labels(store, report_id) == [(f"导出：{name}", False)]


@pytest.mark.parametrize("name", ["报告.json", "报告.txt"])
def test_a_working_copy_leaves_no_snapshot(store: Store, tmp_path: Path, name: str) -> None:
    report_id = stored_draft(store)
    workflows.export_stored(store, report_id, tmp_path / name)
    assert labels(store, report_id) == []


def test_a_failed_export_leaves_no_snapshot(store: Store, tmp_path: Path) -> None:
    report_id = stored_draft(store)
    with pytest.raises(UserError):
        workflows.export_stored(store, report_id, tmp_path / "报告.odt")
    assert labels(store, report_id) == []


def test_a_draft_export_is_called_as_a_printed_draft_unless_labelled(store: Store, tmp_path: Path) -> None:
    report_id = stored_draft(store)
    draft = ExportOptions(draft=True)
    assert workflows.export_options(store, report_id, tmp_path / "a.docx", draft).draft_label == "第1稿"
    labelled = ExportOptions(draft=True, draft_label="内部讨论")
    assert workflows.export_options(store, report_id, tmp_path / "a.docx", labelled).draft_label == "内部讨论"
    assert workflows.export_options(store, report_id, tmp_path / "a.docx").draft_label == ""


def test_an_excel_export_carries_the_activity_ledger(store: Store, tmp_path: Path) -> None:
    from app.library.activities import Activity, ActivityLedger

    ActivityLedger(store.db).add_many([Activity(year=2024, date_text="3月15日", category="普法宣传", title="宪法宣传周")])
    report_id = stored_draft(store)
    options = workflows.export_options(store, report_id, tmp_path / "a.xlsx")
    assert options.stored and [a.title for a in options.activities or []] == ["宪法宣传周"]
    assert workflows.export_options(store, report_id, tmp_path / "a.docx").activities is None


def test_a_file_is_exported_without_a_library(report_txt: Path, tmp_path: Path) -> None:
    written = workflows.export_file(report_txt, tmp_path / "转换.docx")
    with zipfile.ZipFile(written) as z:
        assert "宪法宣传周" in z.read("word/document.xml").decode()


def test_import_then_export_then_print_leave_their_snapshots_in_order(store: Store, report_txt: Path,
                                                                      tmp_path: Path) -> None:
    report_id = workflows.import_report(store, report_txt)
    workflows.export_stored(store, report_id, tmp_path / "报告.docx")
    workflows.record_printed(store, report_id, workflows.print_label(store, report_id))
    assert labels(store, report_id) == [(workflows.IMPORT_SNAPSHOT, True), ("导出：报告.docx", False),
                                        ("打印稿 第1稿", True)]


def test_exporting_a_missing_file_says_so_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        workflows.export_file(tmp_path / "没有这个文件.txt", tmp_path / "a.docx")
    assert not (tmp_path / "a.docx").exists()


@pytest.mark.parametrize("name", ["xiqing-tongji-2024.txt", "nanyang-tongji-2024.txt"])
def test_import_snapshot_is_the_report_as_stored(store: Store, name: str) -> None:
    """The import snapshot is made from the report just stored, not loaded back: it must say exactly
    what loading it back would (ids, checklist answers, end nodes)."""
    from app.importing import parse_file
    from app.report_json import report_to_dict
    from tests.datafiles import report_file

    report = parse_file(report_file(name))
    report.checklist.append(ChecklistItem("核对数字", answered_number="一、"))
    report_id = workflows.import_report(store, report)
    (data,) = store.db.conn.execute("SELECT data FROM snapshots WHERE report_id=?", (report_id,)).fetchone()
    assert json.loads(data) == report_to_dict(store.reports.load(report_id), stored=True, notes=True)
