"""`chengwen phrases …` and `chengwen activities …` end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.datafiles import report_file


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_phrases(capsys, data_dir: Path, tmp_path: Path) -> None:
    d = ["--data-dir", str(data_dir)]
    code, out, _ = run(capsys, "phrases", "add", "统计执法检查常态化开展。", "--category", "成效", "--tags", "执法,统计", *d)
    assert code == 0 and out.strip().isdigit()
    code, out, _ = run(capsys, "phrases", "search", "tjzf", "--json", *d)
    data = json.loads(out)
    assert code == 0 and data[0]["text"] == "统计执法检查常态化开展。"
    assert set(data[0]) == {"id", "text", "category", "tags", "favorite", "uses"}
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "phrases", "search", "执法", "--limit", "3", "--json")
    assert len(json.loads(out)) == 3
    code, out, _ = run(capsys, "phrases", "list", "--json", *d)
    assert len(json.loads(out)) >= 151
    assert run(capsys, "phrases", "export", str(tmp_path / "p.xlsx"), *d)[0] == 0
    code, out, _ = run(capsys, "phrases", "import", str(tmp_path / "p.xlsx"), *d)
    assert code == 0 and "导入 0 条" in out
    code, _, err = run(capsys, "phrases", "import", str(tmp_path / "none.json"), *d)
    assert code == 1 and "找不到文件" in err and "Traceback" not in err


def test_activities(capsys, data_dir: Path, tmp_path: Path, fixture_path) -> None:
    d = ["--data-dir", str(data_dir)]
    code, out, _ = run(capsys, "activities", "add", "--year", "2024", "--date", "4月3日", "--title", "组织召开警示教育大会",
                       "--figure", "参会=60人", "--part", "1", "--json", *d)
    added = json.loads(out)
    assert code == 0 and added["start"] == "2024-04-03" and added["figures"] == [{"name": "参会", "value": 60, "unit": "人"}]
    assert added["category"] == "学法"
    code, _, err = run(capsys, "activities", "add", "--year", "2024", "--date", "9月31日", "--title", "x", *d)
    assert code == 1 and "9月31日" in err
    code, out, _ = run(capsys, "activities", "extract", str(fixture_path("xiqing-tongji-2024.txt")), "--json", "--save", *d)
    extracted = json.loads(out)
    assert code == 0 and any(a["date"] == "4月3日" for a in extracted)
    code, out, _ = run(capsys, "activities", "list", "--year", "2024", "--json", *d)
    assert len(json.loads(out)) == len(extracted) + 1
    assert run(capsys, "activities", "export", str(tmp_path / "l.xlsx"), *d)[0] == 0
    code, out, _ = run(capsys, "activities", "import", str(tmp_path / "l.xlsx"), "--map", "事项=事项", "--map", "年度=年度",
                       "--map", "日期=日期", *d)
    assert code == 0 and f"导入 0 条活动，跳过 {len(extracted) + 1} 行" in out and "已在台账中" in out
    code, _, err = run(capsys, "activities", "import", str(tmp_path / "l.xlsx"), "--map", "乱写", *d)
    assert code == 1 and "--map" in err
    code, out, _ = run(capsys, "activities", "unmentioned", str(fixture_path("nanyang-tongji-2024.txt")), "--json", *d)
    assert code == 0 and any(a["title"] == "组织召开警示教育大会" for a in json.loads(out))


def test_reading_while_the_app_holds_the_library(capsys, store, data_dir: Path) -> None:
    from app.library.activities import Activity, ActivityLedger
    from app.library.phrases import PhraseLibrary

    PhraseLibrary(store.db).add("应用打开时也能搜索到的一句。")
    ActivityLedger(store.db).add(Activity(year=2024, title="应用打开时的活动"))
    code, out, err = run(capsys, "phrases", "search", "应用打开", "--json", "--data-dir", str(data_dir))
    assert code == 0, err
    assert [p["text"] for p in json.loads(out)] == ["应用打开时也能搜索到的一句。"]
    code, out, _ = run(capsys, "activities", "list", "--json", "--data-dir", str(data_dir))
    assert code == 0 and json.loads(out)[0]["title"] == "应用打开时的活动"
    code, _, err = run(capsys, "phrases", "add", "写不进去", "--data-dir", str(data_dir))
    assert code == 1 and "Traceback" not in err


def test_extract_save_twice_adds_nothing_the_second_time(tmp_path) -> None:

    from app.cli import main as cli_main
    from app.library.activities import ActivityLedger
    from app.store import Store

    fixture = report_file("xiqing-tongji-2024.txt")
    data = tmp_path / "data"
    assert cli_main(["activities", "extract", str(fixture), "--save", "--data-dir", str(data)]) == 0
    with Store(data) as store:
        first = len(ActivityLedger(store.db).activities())
    assert cli_main(["activities", "extract", str(fixture), "--save", "--data-dir", str(data)]) == 0
    with Store(data) as store:
        assert len(ActivityLedger(store.db).activities()) == first > 0
