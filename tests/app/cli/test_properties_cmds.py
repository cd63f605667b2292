"""chengwen set ID KEY=VALUE…, export --variant, import R.json (round trip of everything)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.report_json import report_to_dict
from app.store import Store

FORMAL = ["issuer_mark=西青区统计局", "doc_number=西青统〔2025〕3号", "signer=张三", "copy_to=区委依法治区办",
          "printer=西青区统计局办公室", "print_date=2025年2月25日"]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def imported(capsys, data_dir: Path, fixture_path) -> tuple[list[str], str]:
    d = ["--data-dir", str(data_dir)]
    code, out, _ = run(capsys, "import", str(fixture_path("xiqing-tongji-2024.txt")), *d)
    assert code == 0
    return d, out.strip()


def test_set_every_new_property_and_export_it(capsys, imported, tmp_path: Path) -> None:
    d, rid = imported
    assert run(capsys, "set", rid, *FORMAL, "signature=天津市西青区统计局", "date=2025-02-25", "year=2024", *d)[0] == 0
    out = tmp_path / "r.json"
    assert run(capsys, "export", rid, "-o", str(out), *d)[0] == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["doc_number"] == "西青统〔2025〕3号" and data["print_date"] == "2025-02-25"
    assert data["signer"] == "张三" and data["date"] == "2025-02-25" and data["year"] == 2024
    for variant in ("plain", "formal", "draft", "public"):
        target = tmp_path / f"{variant}.docx"
        code, _, err = run(capsys, "export", rid, "-o", str(target), "--variant", variant, *d)
        assert code == 0 and target.exists(), err


@pytest.mark.parametrize(("pair", "words"), [
    ("doc_number=西青统[2025]3号", "〔〕"),
    ("doc_number=西青统〔2025〕03号", "前导0"),
    ("print_date=2025年13月1日", "不是有效日期"),
    ("print_date=明天", "不是有效日期"),
    ("nonsense=1", "没有这个属性"),
    ("sections=[]", "不能用 set"),
    ("year=二〇二四", "四位年份"),
    ("marker_styles=甲", "序号样式"),
    ("noequals", "键=值"),
    ("copy_to=" + "抄" * 501, "过长"),
])
def test_bad_key_or_value_is_one_line_and_changes_nothing(capsys, imported, pair: str, words: str) -> None:
    d, rid = imported
    code, _, err = run(capsys, "set", rid, "signer=李四", pair, *d)
    assert code == 1 and words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    with Store(Path(d[1])) as store:
        assert store.reports.load(int(rid)).signer == ""


def test_xml_illegal_characters_are_dropped_and_200_char_copy_to_kept(capsys, imported, tmp_path: Path, qapp) -> None:
    # qapp: the PDF export would otherwise make a bare QGuiApplication that later widget tests cannot use
    d, rid = imported
    long_copy = "，".join(["区委依法治区办公室"] * 20)
    assert run(capsys, "set", rid, *FORMAL, f"copy_to={long_copy}", "signer=张\x01三\x0b", *d)[0] == 0
    with Store(Path(d[1])) as store:
        report = store.reports.load(int(rid))
    assert report.signer == "张三" and report.copy_to == long_copy
    for suffix in (".docx", ".pdf", ".html"):
        target = tmp_path / f"r{suffix}"
        assert run(capsys, "export", rid, "-o", str(target), "--variant", "formal", *d)[0] == 0


def test_formal_export_refuses_a_missing_property(capsys, imported, tmp_path: Path) -> None:
    d, rid = imported
    assert run(capsys, "set", rid, *FORMAL[:-1], *d)[0] == 0
    target = tmp_path / "r.docx"
    code, _, err = run(capsys, "export", rid, "-o", str(target), "--variant", "formal", *d)
    assert code == 1 and "印发日期" in err and not target.exists()


def test_import_json_round_trips_everything(capsys, imported, tmp_path: Path) -> None:
    d, rid = imported
    assert run(capsys, "set", rid, *FORMAL, "recipient=区委依法治区办", "closing=特此报告。", *d)[0] == 0
    first = tmp_path / "a.json"
    assert run(capsys, "export", rid, "-o", str(first), *d)[0] == 0
    code, out, err = run(capsys, "import", str(first), *d)
    assert code == 0, err
    second = tmp_path / "b.json"
    assert run(capsys, "export", out.strip(), "-o", str(second), *d)[0] == 0
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    assert a.pop("id") != b.pop("id")

    def without_ids(node):
        if isinstance(node, dict):
            return {k: without_ids(v) for k, v in node.items() if k != "id"}
        if isinstance(node, list):
            return [without_ids(v) for v in node]
        return node

    assert without_ids(a) == without_ids(b)
    assert a["issuer_mark"] == "西青区统计局" and a["closing"] == ["特此报告。"]


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"sections": 5}', '{"date": "2025-13-40"}'])
def test_import_of_a_bad_json_file_is_one_line(capsys, data_dir: Path, tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "import", str(path), "--data-dir", str(data_dir))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_report_to_dict_carries_the_new_keys() -> None:
    from app.model import Report

    data = report_to_dict(Report(doc_number="西青统〔2025〕3号"), stored=True)
    assert {"issuer_mark", "doc_number", "signer", "copy_to", "printer", "print_date"} <= set(data)
