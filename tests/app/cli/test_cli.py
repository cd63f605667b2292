import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from tests.datafiles import ROOT


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_list_show_export_snapshot_restore(capsys, data_dir: Path, tmp_path: Path) -> None:
    d = ["--data-dir", str(data_dir)]
    code, out, _ = run(capsys, "new", "--year", "2025", "--org", "某区统计局", *d)
    assert code == 0
    rid = out.strip()
    code, out, _ = run(capsys, "list", *d)
    assert "某区统计局2025年法治政府建设情况报告" in out
    code, out, _ = run(capsys, "show", rid, *d)
    assert "一、2025年推进法治政府建设的主要举措和成效" in out and "待写" in out and "字" in out
    target = tmp_path / "r.json"
    assert run(capsys, "export", rid, "-o", str(target), *d)[0] == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["id"] == int(rid) and data["sections"][0]["status"] == "待写"
    assert data["sections"][0]["number"] == "一、" and data["checklist"] == []
    assert run(capsys, "export", rid, "-o", str(tmp_path / "r.txt"), *d)[0] == 0
    assert (tmp_path / "r.txt").read_text(encoding="utf-8").startswith("某区统计局2025年")
    code, out, _ = run(capsys, "snapshot", rid, "--label", "初稿", *d)
    snap = out.strip()
    code, out, _ = run(capsys, "snapshots", rid, *d)
    assert "初稿" in out
    code, out, _ = run(capsys, "restore", snap, *d)
    assert code == 0 and "已恢复" in out


@pytest.mark.parametrize("args, fragment", [
    (["show", "99"], "99"),
    (["export", "99", "-o", "x.json"], "99"),
    (["snapshots", "99"], "99"),
    (["snapshot", "abc"], "数字"),
    (["restore", "77"], "77"),
    (["new", "--year", "99999"], "年度"),
])
def test_user_errors_are_one_line_and_exit_1(capsys, data_dir: Path, args: list[str], fragment: str) -> None:
    code, out, err = run(capsys, *args, "--data-dir", str(data_dir))
    assert code == 1
    assert err.count("\n") == 1 and fragment in err and "Traceback" not in err


def test_export_errors(capsys, data_dir: Path, tmp_path: Path) -> None:
    d = ["--data-dir", str(data_dir)]
    rid = run(capsys, "new", "--year", "2025", *d)[1].strip()
    code, _, err = run(capsys, "export", rid, "-o", str(tmp_path / "x.unknown"), *d)
    assert code == 1 and "不支持" in err
    folder = tmp_path / "dir.json"
    folder.mkdir()
    code, _, err = run(capsys, "export", rid, "-o", str(folder), *d)
    assert code == 1 and "文件夹" in err
    code, _, err = run(capsys, "export", rid, "-o", str(tmp_path / "missing" / "x.json"), *d)
    assert code == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "dir.json"]


def test_bad_usage_exits_2_and_no_traceback(data_dir: Path) -> None:
    for args in (["frobnicate"], ["new"], ["export", "1"]):
        p = subprocess.run([sys.executable, "-m", "app", *args, "--data-dir", str(data_dir)],
                           capture_output=True, text=True, cwd=ROOT)
        assert p.returncode == 2, (args, p.stderr)
        assert "Traceback" not in p.stderr


def test_locked_library_from_the_cli(capsys, data_dir: Path) -> None:
    from app.store import Store

    d = ["--data-dir", str(data_dir)]
    rid = run(capsys, "new", "--year", "2025", *d)[1].strip()
    with Store(data_dir):
        code, _, err = run(capsys, "new", "--year", "2025", *d)
        assert code == 1 and "另一个成文程序" in err
        # reading still works while another copy holds the library
        code, out, _ = run(capsys, "show", rid, *d)
        assert code == 0 and "主要举措和成效" in out
        assert run(capsys, "list", *d)[0] == 0


def test_data_dir_before_or_after_the_subcommand(capsys, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert run(capsys, "--data-dir", str(first), "new", "--year", "2025")[0] == 0
    assert run(capsys, "new", "--year", "2026", "--data-dir", str(second))[0] == 0
    assert "2025" in run(capsys, "--data-dir", str(first), "list")[1]
    assert "2026" in run(capsys, "list", "--data-dir", str(second))[1]
    assert (first / "chengwen.db").exists() and (second / "chengwen.db").exists()


def test_export_of_a_stored_report_is_recorded_and_labels_drafts(capsys, data_dir: Path, tmp_path: Path) -> None:
    import zipfile

    d = ["--data-dir", str(data_dir)]
    rid = run(capsys, "new", "--year", "2025", *d)[1].strip()
    run(capsys, "snapshot", rid, "--label", "送审稿", *d)
    out = tmp_path / "r.docx"
    assert run(capsys, "export", rid, "-o", str(out), "--draft", *d)[0] == 0
    with zipfile.ZipFile(out) as z:
        headers = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/header"))
    # a draft is called as a printed one would be: the clerk's newest name and the draft number
    assert "草稿" in headers and "送审稿　第1稿" in headers
    listing = run(capsys, "snapshots", rid, *d)[1]
    assert "导出：r.docx" in listing


def test_messages_keep_their_english_gloss_only_when_bilingual() -> None:
    from app.errors import NotFound, set_bilingual

    error = NotFound("没有编号为 7 的报告（no report with id 7）")
    try:
        set_bilingual(False)
        assert str(error) == "没有编号为 7 的报告"
    finally:
        set_bilingual(True)
    assert str(error) == "没有编号为 7 的报告（no report with id 7）"


def test_parse_shows_markers_as_written_and_show_the_derived_ones(capsys, tmp_path: Path, data_dir: Path) -> None:
    source = tmp_path / "r.txt"
    source.write_text("某局2024年法治政府建设情况报告\n一、主要举措\n正文。\n三、存在的不足\n正文。\n", encoding="utf-8")
    out = run(capsys, "parse", str(source))[1]
    assert "三、存在的不足" in out  # as written: the gap stays visible
    rid = run(capsys, "import", str(source), "--data-dir", str(data_dir))[1].strip()
    out = run(capsys, "show", rid, "--data-dir", str(data_dir))[1]
    assert "二、存在的不足" in out  # stored: numbered from position


def test_an_unexpected_error_is_one_line_naming_the_log_and_its_traceback_is_logged(capsys, data_dir: Path,
                                                                                     monkeypatch) -> None:
    import logging

    from app.cli import manage_cmds as report_cmds
    from app.logs import log_path

    def broken(args) -> int:
        raise RuntimeError("内部故障")

    monkeypatch.setattr(report_cmds, "cmd_list", broken)
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        code, out, err = run(capsys, "list", "--data-dir", str(data_dir))
    finally:
        for handler in root.handlers:
            if handler not in handlers:
                handler.close()
        root.handlers[:] = handlers
    assert code == 3
    assert len(err.strip().splitlines()) == 1 and str(log_path(data_dir)) in err and "Traceback" not in err
    logged = log_path(data_dir).read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: 内部故障" in logged
