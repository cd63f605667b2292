"""rename, copy, kind, delete, list --deleted, undelete, purge; new --from adds the missing parts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.cli import main
from tests.datafiles import ROOT


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_manage_from_the_cli(capsys, data_dir: Path, fixture_path) -> None:
    d = ["--data-dir", str(data_dir)]
    source = run(capsys, "import", str(fixture_path("xiqing-tongji-2024.txt")), *d)[1].strip()
    draft = run(capsys, "new", "--year", "2025", "--org", "某局", *d)[1].strip()
    code, out, _ = run(capsys, "list", *d)
    assert code == 0 and out.index("草稿：") < out.index(f"{draft:>4}") < out.index("来源") < out.index(f"{source:>4}")

    assert run(capsys, "rename", draft, "我的报告", *d)[0] == 0
    code, out, _ = run(capsys, "copy", draft, *d)
    copy = out.strip()
    assert code == 0 and copy.isdigit() and copy not in (draft, source)
    listed = json.loads(run(capsys, "list", "--json", *d)[1])
    assert {r["id"]: (r["title"], r["kind"]) for r in listed} == {
        int(draft): ("我的报告", "草稿"), int(copy): ("我的报告（副本）", "草稿"),
        int(source): ("西青区统计局2024年法治政府建设情况报告", "来源")}

    assert run(capsys, "kind", source, "draft", *d)[0] == 0
    assert "来源" not in run(capsys, "list", *d)[1]

    code, out, _ = run(capsys, "delete", copy, *d)
    assert code == 0 and "回收站" in out
    assert "我的报告（副本）" not in run(capsys, "list", *d)[1]
    assert "我的报告（副本）" in run(capsys, "list", "--deleted", *d)[1]
    for command in ("show", "export"):
        extra = ["-o", str(data_dir / "x.json")] if command == "export" else []
        code, _, err = run(capsys, command, copy, *extra, *d)
        assert code == 1 and "回收站" in err and "Traceback" not in err
    assert run(capsys, "undelete", copy, *d)[0] == 0
    assert "我的报告（副本）" in run(capsys, "list", *d)[1]
    code, _, err = run(capsys, "undelete", copy, *d)
    assert code == 1 and "不在回收站" in err

    code, _, err = run(capsys, "purge", copy, "--yes", *d)
    assert code == 1 and "只能彻底删除回收站中的报告" in err
    run(capsys, "delete", copy, *d)
    assert run(capsys, "purge", copy, "--yes", *d)[0] == 0
    assert "回收站是空的" in run(capsys, "list", "--deleted", *d)[1]
    code, _, err = run(capsys, "show", copy, *d)
    assert code == 1 and "没有编号为" in err
    code, _, err = run(capsys, "rename", "999", "x", *d)
    assert code == 1 and "999" in err


def test_purge_asks_on_a_terminal_and_refuses_without_one(data_dir: Path) -> None:
    def chengwen(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "app", *args, "--data-dir", str(data_dir)],
                              capture_output=True, text=True, cwd=ROOT, input=stdin)

    rid = chengwen("new", "--year", "2025").stdout.strip()
    chengwen("delete", rid)
    refused = chengwen("purge", rid, stdin="y\n")  # a pipe is not a terminal: no answer is taken from it
    assert refused.returncode == 1 and "--yes" in refused.stderr and "Traceback" not in refused.stderr
    assert rid in chengwen("list", "--deleted").stdout
    assert chengwen("purge", "--all", "--yes").returncode == 0
    assert rid not in chengwen("list", "--deleted").stdout
    assert chengwen("purge").returncode == 2  # neither an id nor --all


def test_new_from_adds_the_missing_parts_unless_kept(capsys, data_dir: Path, fixture_path) -> None:
    d = ["--data-dir", str(data_dir)]
    for name in ("xiqing-tongji-2024.txt", "nanyang-tongji-2024.txt"):
        code, out, err = run(capsys, "new", "--year", "2025", "--from", str(fixture_path(name)), *d)
        assert code == 0 and "已添加第3部分" in err and "已添加第5部分" in err
        target = data_dir / "r.json"
        run(capsys, "export", out.strip(), "-o", str(target), *d)
        data = json.loads(target.read_text(encoding="utf-8"))
        parts = [s["part"] for s in data["sections"]]
        assert data["missing_parts"] == [] and parts[-1] == 5 and parts.index(3) == parts.index(4) - 1
        code, out, err = run(capsys, "new", "--year", "2025", "--from", str(fixture_path(name)), "--keep-structure", *d)
        assert code == 0 and "已添加" not in err
        run(capsys, "export", out.strip(), "-o", str(target), *d)
        assert json.loads(target.read_text(encoding="utf-8"))["missing_parts"] == [3, 5]


def test_targets_from_the_cli(capsys, data_dir: Path, fixture_path) -> None:
    d = ["--data-dir", str(data_dir)]
    rid = run(capsys, "import", str(fixture_path("nanyang-tongji-2024.txt")), *d)[1].strip()
    code, out, _ = run(capsys, "targets", rid, "total=3000", "1=2000", "3=500", *d)
    assert code == 0 and "全文：现有" in out and "目标 3000" in out and "第3部分 第一责任人履职情况：现有 0 字，目标 500" in out
    run(capsys, "targets", rid, "3=0", *d)
    target = data_dir / "r.json"
    run(capsys, "export", rid, "-o", str(target), *d)
    assert json.loads(target.read_text(encoding="utf-8"))["targets"] == {"total": 3000, "parts": {"1": 2000}}
    for bad in ("9=100", "total=多", "1"):
        code, _, err = run(capsys, "targets", rid, bad, *d)
        assert code == 1 and "Traceback" not in err
    assert "目标 2000" in run(capsys, "targets", rid, *d)[1]  # a bad value changed nothing
