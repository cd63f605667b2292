"""Rules files are user files: every hostile or odd file is one clear message and imports nothing;
a regular expression that does not compile or would backtrack for ever is refused; editing and
removing clerk rules."""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pytest

from app.checks.rules_file import MAX_FILE, MAX_PATTERN, MAX_RULES, MAX_TEXT, nested_quantifier
from app.checks.wording_rules import (
    add_rule,
    all_rules,
    builtin_rules,
    import_rules,
    remove_rules,
    set_enabled,
    update_rule,
    valid_pattern,
)
from app.cli import main
from app.errors import UserError
from app.store import Store

GOOD = {"pattern": "法治机关", "suggestion": "法治政府", "reason": "本单位统一提法", "source": "办公室"}


def write(tmp_path: Path, text: str | bytes, name: str = "rules.json") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def clerk_rules(store: Store) -> list:
    return [r for r in all_rules(store.settings) if not r.builtin]


HOSTILE = {
    "deep": "[" * 100_000 + "]" * 100_000,
    "nan": '[{"pattern": "x", "suggestion": NaN}]',
    "infinity": '[{"pattern": "x", "suggestion": "y", "reason": -Infinity}]',
    "huge number": '[{"pattern": "x", "suggestion": ' + "9" * 5000 + "}]",
    "number as pattern": '[{"pattern": 12, "suggestion": "y"}]',
    "list as suggestion": '[{"pattern": "x", "suggestion": ["y"]}]',
    "nested object": '[{"pattern": {"pattern": {"pattern": "x"}}, "suggestion": "y"}]',
    "not an object": '["法治机关"]',
    "not a list": '{"pattern": "x"}',
    "lone surrogate": '[{"pattern": "\\ud800", "suggestion": "y"}]',
    "control character": '[{"pattern": "x", "suggestion": "y\\u0000"}]',
    "long pattern": json.dumps([{"pattern": "法" * (MAX_PATTERN + 1), "suggestion": "y"}]),
    "long reason": json.dumps([{**GOOD, "reason": "理" * (MAX_TEXT + 1)}]),
    "too many": json.dumps([{"pattern": f"词{i}", "suggestion": "y"} for i in range(MAX_RULES + 1)]),
    "not compiling": json.dumps([GOOD, {"pattern": "(未闭合", "suggestion": "y"}]),
    "catastrophic": json.dumps([GOOD, {"pattern": "(a+)+b", "suggestion": "y"}]),
    "overlapping": json.dumps([{"pattern": "(法|法治)+x", "suggestion": "y"}]),
    "empty match": json.dumps([{"pattern": "x*", "suggestion": "y"}]),
    "huge repeat": json.dumps([{"pattern": "x{99999999999}", "suggestion": "y"}]),
    "not json": "这不是 JSON",
    "empty": "",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_files_are_one_message_and_import_nothing(data_dir: Path, tmp_path: Path, name: str) -> None:
    path = write(tmp_path, HOSTILE[name])
    with Store(data_dir) as store:
        with pytest.raises(UserError) as caught:
            import_rules(store.settings, path)
        assert clerk_rules(store) == []  # all or nothing: the good rule before a bad one is not kept
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message and len(message) < 400


def test_the_message_names_the_rule_and_the_problem(data_dir: Path, tmp_path: Path) -> None:
    with Store(data_dir) as store:
        with pytest.raises(UserError, match="第 2 条.*嵌套"):
            import_rules(store.settings, write(tmp_path, HOSTILE["catastrophic"]))
        with pytest.raises(UserError, match="第 1 条.*建议（suggestion）应为文字"):
            import_rules(store.settings, write(tmp_path, HOSTILE["list as suggestion"]))


@pytest.mark.parametrize("content", [b"\xff\xfe\x00\x00 not utf-8", b"\x89PNG\r\n\x1a\n\x00\x00"])
def test_binary_files_are_refused(data_dir: Path, tmp_path: Path, content: bytes) -> None:
    with Store(data_dir) as store, pytest.raises(UserError, match="UTF-8"):
        import_rules(store.settings, write(tmp_path, content))


def test_unreadable_files_are_refused(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "folder.json"
    folder.mkdir()
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE + 1)  # sparse: nothing to fill the disk
    with Store(data_dir) as store:
        for path, words in ((folder, "无法读取"), (big, "过大"), (tmp_path / "none.json", "找不到")):
            with pytest.raises(UserError, match=words):
                import_rules(store.settings, path)
        if os.geteuid() != 0:  # root reads everything
            locked = write(tmp_path, json.dumps([GOOD]), "locked.json")
            locked.chmod(0)
            with pytest.raises(UserError, match="无法读取"):
                import_rules(store.settings, locked)


def test_a_good_file_with_a_bom_and_the_rules_shape_imports(data_dir: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "\ufeff" + json.dumps({"rules": [GOOD, {"pattern": "截止日期前", "suggestion": "截至日期前"}]},
                                                 ensure_ascii=False))
    with Store(data_dir) as store:
        assert import_rules(store.settings, path) == (2, 0)
        assert [(r.pattern, r.reason) for r in clerk_rules(store)] == [("法治机关", "本单位统一提法"), ("截止日期前", "")]


def test_a_big_good_file_imports_quickly(data_dir: Path, tmp_path: Path) -> None:
    path = write(tmp_path, json.dumps([{"pattern": f"旧提法{i}", "suggestion": f"新提法{i}"} for i in range(MAX_RULES)],
                                      ensure_ascii=False))
    with Store(data_dir) as store:
        start = time.perf_counter()
        assert import_rules(store.settings, path) == (MAX_RULES, 0)
        assert time.perf_counter() - start < 5  # one settings write, not one per rule
        with pytest.raises(UserError, match="最多"):
            add_rule(store.settings, "再多一条", "x")


@pytest.mark.parametrize("pattern", ["(a+)+", r"(\d*)*x", "(x{2,9}){1,99}", "((a|b)c+)+", "(a|aa)+", "(x|)+y"])
def test_nested_quantifiers_are_refused(data_dir: Path, pattern: str) -> None:
    assert nested_quantifier(pattern)
    with Store(data_dir) as store, pytest.raises(UserError, match="嵌套"):
        add_rule(store.settings, pattern, "y")


@pytest.mark.parametrize("pattern", ["法治机关", "(?:了|的)+", "截止(?!日期)", "a+b+", "(ab)+", r"\d{4}年"])
def test_ordinary_patterns_pass(pattern: str) -> None:
    assert not nested_quantifier(pattern)
    assert valid_pattern(pattern) == pattern


def test_every_builtin_rule_passes_the_guards() -> None:
    for rule in builtin_rules():
        assert valid_pattern(rule.pattern) == rule.pattern, rule.id
        re.compile(rule.pattern)


def test_update_and_remove_clerk_rules(data_dir: Path) -> None:
    with Store(data_dir) as store:
        first = add_rule(store.settings, "法治机关", "法治政府")
        second = add_rule(store.settings, "布置落实", "部署落实")
        set_enabled(store.settings, second.id, False)
        changed = update_rule(store.settings, second.id, "布置(?=落实)", "部署", "常见别字")
        assert (changed.id, changed.pattern, changed.enabled) == (second.id, "布置(?=落实)", False)
        with pytest.raises(UserError):
            update_rule(store.settings, "bushu", "x", "y")  # built-in rules are switched off, not edited
        with pytest.raises(UserError):
            update_rule(store.settings, first.id, "布置(?=落实)", "部署")  # the same as the other rule
        with pytest.raises(UserError):
            update_rule(store.settings, first.id, "(a+)+", "y")
        assert remove_rules(store.settings, [second.id]) == 1
        assert [r.id for r in clerk_rules(store)] == [first.id]
        assert second.id not in store.settings.get("checks.wording.disabled", [])


def test_cli_import_of_a_hostile_file_is_one_line(capsys, data_dir: Path, tmp_path: Path) -> None:
    path = write(tmp_path, HOSTILE["catastrophic"])
    assert main(["rules", "import", str(path), "--data-dir", str(data_dir)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "嵌套" in err
    assert main(["rules", "add", "(a+)+b", "y", "--regex", "--data-dir", str(data_dir)]) == 1
    assert "嵌套" in capsys.readouterr().err


def test_cli_delete(capsys, data_dir: Path) -> None:
    assert main(["rules", "add", "法治机关", "法治政府", "--data-dir", str(data_dir)]) == 0
    rule_id = capsys.readouterr().out.strip()
    for bad in ("qita", "c99"):  # built-in: disabled, not deleted; unknown
        assert main(["rules", "delete", rule_id, bad, "--data-dir", str(data_dir)]) == 1
        assert capsys.readouterr().err.count("\n") == 1
    with Store(data_dir) as store:
        assert [r.id for r in clerk_rules(store)] == [rule_id]  # nothing deleted when one id is bad
    assert main(["rules", "delete", rule_id, "--data-dir", str(data_dir)]) == 0
    assert "已删除 1 条" in capsys.readouterr().out
    with Store(data_dir) as store:
        assert clerk_rules(store) == []
