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


def test_last_year_from_the_shell(capsys, fixture_path, tmp_path: Path) -> None:
    """`--last-year FILE`: this year's text with a sentence copied from last year, figures changed."""
    last = fixture_path("xiqing-tongji-2024.txt")
    lines = last.read_text(encoding="utf-8").splitlines()
    copied = next(line for line in lines if "双随机一公开" in line)
    this = tmp_path / "this.txt"
    this.write_text("\n".join(["某区统计局2025年法治政府建设情况报告", "一、2025年工作开展情况",
                               copied.replace("32家", "40家"), "二、存在的不足", "人员少。"]), encoding="utf-8")
    args = ("check", str(this), "--json", "--today", "2026-06-01", "--skip", "missing-part")
    code, out, _ = run(capsys, *args)
    assert code == 0 and not [f for f in json.loads(out) if f["kind"] == "carried-over"]
    code, out, _ = run(capsys, *args, "--last-year", str(last))
    carried = [f for f in json.loads(out) if f["kind"] == "carried-over"]
    assert len(carried) == 1 and "去年报告“一、（三）”" in carried[0]["message"]
    assert {"paragraph", "start", "length", "template", "values"} <= set(carried[0])
    code, _, err = run(capsys, *args, "--last-year", str(tmp_path / "missing.txt"))
    assert code == 1 and err.count("\n") == 1
    code, out, err = run(capsys, *args, "--last-year", str(this))     # not an earlier year
    assert code == 1 and out == "" and "2025" in err and err.count("\n") == 1


def test_ledger_and_clerk_rules_reach_the_check(capsys, data_dir: Path) -> None:
    from app.library.activities import Activity, ActivityLedger, Figure

    report = clean_report()
    report.sections[0].children[1].paragraphs[0] += "本单位推进法治机关建设。"
    with Store(data_dir) as store:
        report_id = store.reports.insert(report)
        ActivityLedger(store.db).add(Activity(year=2024, title="双随机检查", figures=[Figure("检查", 30, "家")]))
    assert run(capsys, "rules", "add", "法治机关", "法治政府", "--data-dir", str(data_dir))[1].strip() == "c1"
    args = ("check", str(report_id), "--json", "--data-dir", str(data_dir), "--today", "2025-06-01")
    found = {(f["kind"], f["severity"]) for f in json.loads(run(capsys, *args)[1])}
    assert found == {("wording", "warning"), ("figure-mismatch", "info")}
    run(capsys, "rules", "disable", "c1", "--data-dir", str(data_dir))
    assert {f["kind"] for f in json.loads(run(capsys, *args)[1])} == {"figure-mismatch"}


def test_rules_commands(capsys, data_dir: Path, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "rules", "list", "--json", "--data-dir", str(data_dir))
    rules = json.loads(out)
    assert code == 0 and all(r["builtin"] and r["enabled"] for r in rules)
    assert run(capsys, "rules", "disable", "qita", "--data-dir", str(data_dir))[0] == 0
    assert "[已停用]" in next(line for line in run(capsys, "rules", "list", "--data-dir", str(data_dir))[1].splitlines()
                             if line.startswith("qita"))
    run(capsys, "rules", "enable", "qita", "--data-dir", str(data_dir))
    run(capsys, "rules", "add", "a.b", "x", "--data-dir", str(data_dir))          # plain text: the dot is a dot
    out_file = tmp_path / "mine.json"
    assert run(capsys, "rules", "export", str(out_file), "--data-dir", str(data_dir))[0] == 0
    assert json.loads(out_file.read_text(encoding="utf-8"))[0]["pattern"] == r"a\.b"
    code, out, _ = run(capsys, "rules", "import", str(out_file), "--data-dir", str(tmp_path / "lib2"))
    assert code == 0 and "导入 1 条规则" in out
    for bad in (("rules", "enable", "nope"), ("rules", "add", "(", "x", "--regex"),
                ("rules", "import", str(tmp_path / "none.json")), ("rules", "export", str(tmp_path / "r.txt"))):
        code, out, err = run(capsys, *bad, "--data-dir", str(data_dir))
        assert code == 1 and out == "" and err.count("\n") == 1, bad
