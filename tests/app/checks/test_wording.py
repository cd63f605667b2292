"""The wording rules: every built-in rule with its wrong and right examples, context rules that
must not misfire, and the clerk's own rules (add, disable, enable, import, export)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.checks import run_checks
from app.checks.wording_rules import (
    active_rules,
    add_rule,
    all_rules,
    builtin_rules,
    export_rules,
    import_rules,
    set_enabled,
)
from app.errors import UserError
from app.model import Part, Report, Section
from app.store import Store

RULES = builtin_rules()


def report_with(text: str) -> Report:
    return Report(title="某局2024年法治政府建设情况报告", year=2024,
                  sections=[Section("工作情况", [text], part=Part.MEASURES)])


def wording(text: str, rules=None) -> list:
    others = {"missing-part", "length", "vague-results", "figure-mismatch", "deadline"}
    return [f for f in run_checks(report_with(text), wording_rules=rules, disabled=others) if f.kind == "wording"]


def test_every_rule_has_its_source_and_examples() -> None:
    assert len(RULES) >= 10
    assert len({r.id for r in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.suggestion and rule.reason and rule.source, rule.id
        assert rule.wrong_examples and rule.right_examples, rule.id


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_flags_its_wrong_examples_once(rule) -> None:
    for text in rule.wrong_examples:
        found = wording(text, [rule])
        assert len(found) == 1, (rule.id, text)
        finding = found[0]
        assert rule.suggestion in finding.message
        match = rule.regex.search(text)
        assert match is not None and (finding.start, finding.length) == (match.start(), len(match.group(0)))


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_leaves_its_right_examples_alone(rule) -> None:
    for text in rule.right_examples:
        assert wording(text) == [], (rule.id, text)   # no built-in rule misfires on it


@pytest.mark.parametrize("text", ["严格落实重大执法决定法制审核制度。", "局法制机构负责合法性审核。",
                                  "申报截止日期为3月31日。", "贯彻落实任前考法、任上学法、年终述法制度。"])
def test_context_rules_do_not_misfire(text: str) -> None:
    assert wording(text) == []


def test_message_says_what_to_write(data_dir: Path) -> None:
    finding = wording("截止目前，共检查32家。")[0]
    assert finding.message.startswith("“截止”应为“截至”")
    assert finding.section == "一、" and (finding.paragraph, finding.start, finding.length) == (0, 0, 2)


def test_clerk_rules_add_disable_enable(data_dir: Path) -> None:
    with Store(data_dir) as store:
        rule = add_rule(store.settings, "法治机关", "法治政府", "本单位统一提法")
        assert [f.excerpt for f in wording("建设法治机关。", active_rules(store.settings))] == ["建设法治机关。"]
        set_enabled(store.settings, rule.id, False)
        set_enabled(store.settings, "bushu", False)
        assert wording("建设法治机关，决策布署。", active_rules(store.settings)) == []
        assert {r.id: r.enabled for r in all_rules(store.settings)}["bushu"] is False
        set_enabled(store.settings, rule.id, True)
        assert len(wording("建设法治机关。", active_rules(store.settings))) == 1
        with pytest.raises(UserError):
            set_enabled(store.settings, "no-such-rule", True)
        with pytest.raises(UserError):
            add_rule(store.settings, "(", "x")
        with pytest.raises(UserError):
            add_rule(store.settings, "a*", "x")   # matches empty text


def test_rules_files_round_trip(data_dir: Path, tmp_path: Path) -> None:
    with Store(data_dir) as store:
        add_rule(store.settings, "法治机关", "法治政府")
        assert export_rules(store.settings, tmp_path / "rules.json") == 1
        assert import_rules(store.settings, tmp_path / "rules.json") == (0, 1)
    other = tmp_path / "other"
    other.mkdir()
    with Store(other) as store:
        assert import_rules(store.settings, tmp_path / "rules.json") == (1, 0)
        assert [r.pattern for r in all_rules(store.settings) if not r.builtin] == ["法治机关"]


@pytest.mark.parametrize("content", ["not json", json.dumps({"a": 1}), json.dumps([{"pattern": "x"}]),
                                     json.dumps([{"pattern": "(", "suggestion": "y"}])])
def test_bad_rules_files_say_why(data_dir: Path, tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with Store(data_dir) as store, pytest.raises(UserError):
        import_rules(store.settings, path)
