"""开头 and 结尾 as nodes: their statuses and last year's text beside them are stored with the report."""

from app import workflows
from app.model import Report, Section, Status
from app.report_json import report_from_dict, report_to_dict
from app.store import Store


def _report() -> Report:
    return Report(title="关于2025年法治政府建设情况的报告", year=2025, sections=[Section("一、举措")],
                  preamble_reference=["2025年，我局坚持依法统计。"], closing_reference=["特此报告。"])


def test_statuses_and_references_survive_insert_update_and_load(store: Store) -> None:
    report = _report()
    report_id = store.reports.insert(report)
    loaded = store.reports.load(report_id)
    assert loaded.preamble == [] and loaded.preamble_status is Status.TODO
    assert loaded.preamble_reference == ["2025年，我局坚持依法统计。"]
    assert loaded.closing_reference == ["特此报告。"]
    loaded.preamble = ["2025年，我局坚持依法行政。"]
    loaded.preamble_status = Status.DRAFT
    loaded.closing_status = Status.FINAL
    store.reports.update_meta(loaded)
    again = store.reports.load(report_id)
    assert again.preamble == ["2025年，我局坚持依法行政。"]
    assert (again.preamble_status, again.closing_status) == (Status.DRAFT, Status.FINAL)


def test_json_carries_them_and_a_snapshot_restores_them(store: Store) -> None:
    report_id = store.reports.insert(_report())
    data = report_to_dict(store.reports.load(report_id), stored=True)
    assert data["preamble"] == [] and data["preamble_reference"] == ["2025年，我局坚持依法统计。"]
    assert data["closing_reference"] == ["特此报告。"] and data["preamble_status"] == "待写"
    back = report_from_dict(data)
    assert back.preamble_reference == ["2025年，我局坚持依法统计。"] and back.closing_status is Status.TODO
    snapshot = store.snapshots.take(report_id, "前")
    changed = store.reports.load(report_id)
    changed.preamble_reference, changed.preamble_status = [], Status.FINAL
    store.reports.update_meta(changed)
    workflows.restore_snapshot(store, snapshot)
    restored = store.reports.load(report_id)
    assert restored.preamble_reference == ["2025年，我局坚持依法统计。"] and restored.preamble_status is Status.TODO


def test_an_older_library_gets_statuses_from_its_text(tmp_path) -> None:
    import shutil

    from tests.datafiles import DATA

    shutil.copy(DATA / "chengwen-v1.db", tmp_path / "chengwen.db")  # made before 开头/结尾 had a status
    with Store(tmp_path) as store:
        [summary] = store.reports.summaries()
        report = store.reports.load(summary.id)
        assert report.preamble == ["现将情况报告如下。"] and report.preamble_status is Status.DRAFT
        assert report.closing == ["特此报告。"] and report.closing_status is Status.DRAFT
        assert report.preamble_reference == [] and report.closing_reference == []
