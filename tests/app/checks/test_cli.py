"""`chengwen check ID|FILE [--json]`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.store import Store
from tests.app.checks.sample import clean_report


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_stored_report_json(capsys, data_dir: Path) -> None:
    report = clean_report()
    report.sections[2].paragraphs.clear()
    with Store(data_dir) as store:
        report_id = store.reports.insert(report)
    code, out, _ = run(capsys, "check", str(report_id), "--json", "--data-dir", str(data_dir), "--today", "2025-06-01")
    assert code == 0
    assert json.loads(out) == [{"kind": "empty-section", "severity": "warning", "message": "这一节还没有正文",
                                "section": "三、", "excerpt": report.sections[2].heading[:20]}]
    code, out, _ = run(capsys, "check", str(report_id), "--data-dir", str(data_dir), "--today", "2025-06-01")
    assert code == 0 and "[警告] 三、  这一节还没有正文" in out and "共 1 条警告" in out
    code, out, _ = run(capsys, "check", str(report_id), "--skip", "empty-section", "--data-dir", str(data_dir),
                       "--today", "2025-06-01")
    assert out.strip() == "没有发现问题。"


def test_dismissed_in_the_app_are_left_out_unless_all(capsys, data_dir: Path) -> None:
    from app.checks import run_checks
    from app.checks.preferences import dismiss

    report = clean_report()
    report.sections[2].paragraphs.clear()
    with Store(data_dir) as store:
        report_id = store.reports.insert(report)
        key = run_checks(store.reports.load(report_id))[0].key
        dismiss(store.settings, report_id, key)
    args = ("check", str(report_id), "--json", "--data-dir", str(data_dir), "--today", "2025-06-01")
    assert json.loads(run(capsys, *args)[1]) == []
    assert len(json.loads(run(capsys, *args, "--all")[1])) == 1


def test_check_file(capsys, fixture_path) -> None:
    code, out, _ = run(capsys, "check", str(fixture_path("nanyang-tongji-2024.txt")), "--json", "--today", "2025-06-01")
    assert code == 0
    findings = json.loads(out)
    assert {f["kind"] for f in findings} == {"missing-part", "numbering", "punctuation", "number-usage"}
    assert all(set(f) >= {"kind", "severity", "message", "section", "excerpt"} for f in findings)


def test_carried_over_against_the_report_it_was_rolled_from(capsys, data_dir: Path, fixture_path) -> None:
    code, out, _ = run(capsys, "new", "--year", "2025", "--from", str(fixture_path("xiqing-tongji-2024.txt")),
                       "--data-dir", str(data_dir))
    assert code == 0
    new_id = int(out.strip())
    with Store(data_dir) as store:
        report = store.reports.load(new_id)
        section = report.sections[1].children[0]
        section.paragraphs = list(section.reference)       # copied in, not yet edited
        store.reports.update_section(section)
        number = "二、（一）"
    code, out, _ = run(capsys, "check", str(new_id), "--json", "--data-dir", str(data_dir), "--skip", "empty-section")
    carried = [f for f in json.loads(out) if f["kind"] == "carried-over"]
    assert [f["section"] for f in carried] == [number]


@pytest.mark.parametrize("args, message", [
    (("check", "999"), "999"),
    (("check", "5", "--skip", "spelling"), "spelling"),
    (("check", "5", "--today", "yesterday"), "YYYY-MM-DD"),
])
def test_user_errors_are_one_line(capsys, data_dir: Path, args: tuple[str, ...], message: str) -> None:
    with Store(data_dir):
        pass
    code, out, err = run(capsys, *args, "--data-dir", str(data_dir))
    assert code == 1 and out == "" and message in err and err.count("\n") == 1
