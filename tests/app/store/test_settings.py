"""Typed settings: every key the program uses has an accessor with its type and default; bad
stored values read as the default; a read-only library does not remember; nothing but the
settings module writes the table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.store import Store
from app.store import settings as settings_module
from app.store.settings import KNOWN_KEYS, PER_REPORT_PREFIXES, Settings, peek_ui_language
from tests.datafiles import ROOT

DEFAULTS = {
    "last_report": None, "last_section": None, "recent_reports": [], "organization": "", "ui_language": "zh_CN",
    "window_geometry": None, "window_state": None, "splitter_state": None, "import_folder": None,
    "review_folder": None, "export_folder": None, "export_profile": "standard", "export_variant": "plain",
    "ledger_column_mapping": {},
    "builtin_phrases_digest": None,
}
VALUES = {
    "last_report": 7, "last_section": 12, "recent_reports": [7, 3], "organization": "某区司法局", "ui_language": "en",
    "window_geometry": "AdnQywAD", "window_state": "AAAA/wAA", "splitter_state": "AAAA/wAB",
    "import_folder": "/home/clerk/文档", "review_folder": "/home/clerk/修改稿", "export_folder": "/home/clerk/导出",
    "export_profile": "windows", "export_variant": "formal",
    "ledger_column_mapping": {"title": "活动名称"}, "builtin_phrases_digest": "ab12",
}


@pytest.fixture
def settings(store: Store) -> Settings:
    return Settings(store.db)


def test_every_accessor_has_its_default_and_keeps_what_is_set(settings: Settings) -> None:
    assert {name: getattr(settings, name) for name in DEFAULTS} == DEFAULTS
    for name, value in VALUES.items():
        setattr(settings, name, value)
    assert {name: getattr(settings, name) for name in VALUES} == VALUES


def test_accessors_write_the_keys_the_program_always_used(settings: Settings) -> None:
    settings.export_folder = "/tmp/x"
    settings.ledger_column_mapping = {"title": "名称"}
    assert settings.get("export.last_folder") == "/tmp/x"
    assert settings.get("ledger.column_mapping") == {"title": "名称"}


def test_known_keys_name_every_accessor(settings: Settings) -> None:
    for name, value in VALUES.items():
        setattr(settings, name, value)
    settings.set_disabled_checks(1, {"a"})
    settings.set_dismissed_findings(1, {"b"})
    stored = {row[0] for row in settings.db.conn.execute("SELECT key FROM settings")}
    assert stored <= set(KNOWN_KEYS) | {f"{p}1" for p in PER_REPORT_PREFIXES}
    assert len(KNOWN_KEYS) == len(DEFAULTS)


def test_per_report_check_settings_are_kept_apart(settings: Settings) -> None:
    settings.set_disabled_checks(1, {"part_order", "dates"})
    settings.set_dismissed_findings(2, ["k1"])
    assert settings.disabled_checks(1) == {"part_order", "dates"} and settings.disabled_checks(2) == set()
    assert settings.dismissed_findings(2) == {"k1"} and settings.dismissed_findings(1) == set()


@pytest.mark.parametrize(("name", "bad"), [("last_report", "七"), ("last_report", True), ("recent_reports", "7,3"),
                                           ("ui_language", 3), ("export_profile", ""), ("ledger_column_mapping", [1]),
                                           ("organization", None)])
def test_a_value_of_the_wrong_type_reads_as_the_default(settings: Settings, name: str, bad: object) -> None:
    settings.set(getattr(settings_module, name.upper()), bad)
    assert getattr(settings, name) == DEFAULTS[name]


def test_unreadable_json_reads_as_the_default(settings: Settings) -> None:
    with settings.db.transaction() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('ui_language', 'not json')")
    assert settings.ui_language == "zh_CN"


def test_a_read_only_library_does_not_remember(data_dir: Path) -> None:
    with Store(data_dir) as writer:
        writer.settings.organization = "甲局"
        with Store(data_dir, read_only=True) as reader:
            reader.settings.organization = "乙局"
            assert reader.settings.organization == "甲局"


def test_the_language_is_peeked_before_the_library_opens(data_dir: Path) -> None:
    assert peek_ui_language(data_dir) == "zh_CN"  # no library yet
    with Store(data_dir) as store:
        store.settings.ui_language = "en"
    assert peek_ui_language(data_dir) == "en"


def test_no_module_writes_the_settings_table_itself() -> None:
    pattern = re.compile(r"(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+settings\b", re.IGNORECASE)
    sources = [*(ROOT / "app").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]
    writers = [path for path in sources if path != ROOT / "app" / "store" / "settings.py"
               and pattern.search(path.read_text(encoding="utf-8"))]
    assert writers == []
