"""Small user settings (last report, recent files, remembered organization…) kept in the library,
so the program never writes outside the data directory.

Every key the program uses has a typed accessor here and is listed in KNOWN_KEYS (per-report
keys by their prefix in PER_REPORT_PREFIXES); values are stored as JSON. Nothing else writes
the settings table."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.paths import DB_NAME, read_only_uri
from app.store.database import Database

LAST_REPORT = "last_report"
LAST_SECTION = "last_section"
RECENT_REPORTS = "recent_reports"
ORGANIZATION = "organization"
UI_LANGUAGE = "ui_language"
WINDOW_GEOMETRY = "window_geometry"
WINDOW_STATE = "window_state"
SPLITTER_STATE = "splitter_state"
IMPORT_FOLDER = "import_folder"
REVIEW_FOLDER = "review_folder"
EXPORT_FOLDER = "export.last_folder"
EXPORT_PROFILE = "export_profile"
EXPORT_VARIANT = "export.variant"
LEDGER_COLUMN_MAPPING = "ledger.column_mapping"
BUILTIN_PHRASES_DIGEST = "phrases.builtin_digest"
CHECKS_DISABLED = "checks.disabled."    # + report id
CHECKS_DISMISSED = "checks.dismissed."  # + report id

KNOWN_KEYS = (LAST_REPORT, LAST_SECTION, RECENT_REPORTS, ORGANIZATION, UI_LANGUAGE, WINDOW_GEOMETRY, WINDOW_STATE,
              SPLITTER_STATE, IMPORT_FOLDER, REVIEW_FOLDER, EXPORT_FOLDER, EXPORT_PROFILE, EXPORT_VARIANT,
              LEDGER_COLUMN_MAPPING,
              BUILTIN_PHRASES_DIGEST)
PER_REPORT_PREFIXES = (CHECKS_DISABLED, CHECKS_DISMISSED)

DEFAULT_LANGUAGE = "zh_CN"
DEFAULT_PROFILE = "standard"
DEFAULT_VARIANT = "plain"


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _strings(value: Any) -> frozenset[str]:
    return frozenset(str(v) for v in value) if isinstance(value, list) else frozenset()


class Settings:
    """Typed accessors over the settings table. A value of the wrong type (an older or hand-edited
    library) reads as the default rather than failing."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # get/set by key: the accessors below are built on them; ui/ still calls them by key until the
    # coordinator switches it to the accessors
    def get(self, key: str, default: Any = None) -> Any:
        row = self.db.conn.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
        if not row:
            return default
        try:
            return json.loads(row[0])
        except ValueError:
            return default

    def set(self, key: str, value: Any) -> None:
        if self.db.read_only:
            return  # a read-only window still works; it just does not remember
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    # ---- the session ---------------------------------------------------------------------
    # `set` above names the method inside this class: annotations here use frozenset/Iterable
    @property
    def last_report(self) -> int | None:
        return _int_or_none(self.get(LAST_REPORT))

    @last_report.setter
    def last_report(self, report_id: int | None) -> None:
        self.set(LAST_REPORT, report_id)

    @property
    def last_section(self) -> int | None:
        return _int_or_none(self.get(LAST_SECTION))

    @last_section.setter
    def last_section(self, section_id: int | None) -> None:
        self.set(LAST_SECTION, section_id)

    @property
    def recent_reports(self) -> list[int]:
        """Report ids, most recently opened first."""
        value = self.get(RECENT_REPORTS, [])
        return [v for v in value if _int_or_none(v) is not None] if isinstance(value, list) else []

    @recent_reports.setter
    def recent_reports(self, report_ids: list[int]) -> None:
        self.set(RECENT_REPORTS, list(report_ids))

    @property
    def organization(self) -> str:
        """The organization the clerk last named, offered for the next new report."""
        return _str_or_none(self.get(ORGANIZATION)) or ""

    @organization.setter
    def organization(self, name: str) -> None:
        self.set(ORGANIZATION, name)

    # ---- the window ----------------------------------------------------------------------
    @property
    def ui_language(self) -> str:
        return _str_or_none(self.get(UI_LANGUAGE)) or DEFAULT_LANGUAGE

    @ui_language.setter
    def ui_language(self, code: str) -> None:
        self.set(UI_LANGUAGE, code)

    @property
    def window_geometry(self) -> str | None:
        """Qt's saveGeometry() as base64 text."""
        return _str_or_none(self.get(WINDOW_GEOMETRY))

    @window_geometry.setter
    def window_geometry(self, value: str | None) -> None:
        self.set(WINDOW_GEOMETRY, value)

    @property
    def window_state(self) -> str | None:
        """Qt's saveState() (docks and toolbars) as base64 text."""
        return _str_or_none(self.get(WINDOW_STATE))

    @window_state.setter
    def window_state(self, value: str | None) -> None:
        self.set(WINDOW_STATE, value)

    @property
    def splitter_state(self) -> str | None:
        return _str_or_none(self.get(SPLITTER_STATE))

    @splitter_state.setter
    def splitter_state(self, value: str | None) -> None:
        self.set(SPLITTER_STATE, value)

    # ---- files and formats ---------------------------------------------------------------
    @property
    def import_folder(self) -> str | None:
        """The folder the last report was imported from."""
        return _str_or_none(self.get(IMPORT_FOLDER))

    @import_folder.setter
    def import_folder(self, folder: str | None) -> None:
        self.set(IMPORT_FOLDER, folder)

    @property
    def review_folder(self) -> str | None:
        """The folder the last reviewed Word file (领导修改稿) came from."""
        return _str_or_none(self.get(REVIEW_FOLDER))

    @review_folder.setter
    def review_folder(self, folder: str | None) -> None:
        self.set(REVIEW_FOLDER, folder)

    @property
    def export_folder(self) -> str | None:
        """The folder the last export went to."""
        return _str_or_none(self.get(EXPORT_FOLDER))

    @export_folder.setter
    def export_folder(self, folder: str | None) -> None:
        self.set(EXPORT_FOLDER, folder)

    @property
    def export_profile(self) -> str:
        """The format profile's name (resources/profiles); callers check it still exists."""
        return _str_or_none(self.get(EXPORT_PROFILE)) or DEFAULT_PROFILE

    @export_profile.setter
    def export_profile(self, name: str) -> None:
        self.set(EXPORT_PROFILE, name)

    @property
    def export_variant(self) -> str:
        """The export variant the clerk chose last (plain, formal, draft, public); callers check it."""
        return _str_or_none(self.get(EXPORT_VARIANT)) or DEFAULT_VARIANT

    @export_variant.setter
    def export_variant(self, name: str) -> None:
        self.set(EXPORT_VARIANT, name)

    @property
    def ledger_column_mapping(self) -> dict[str, str]:
        """The clerk's mapping of ledger fields to an Excel workbook's column headers."""
        value = self.get(LEDGER_COLUMN_MAPPING, {})
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    @ledger_column_mapping.setter
    def ledger_column_mapping(self, mapping: dict[str, str]) -> None:
        self.set(LEDGER_COLUMN_MAPPING, dict(mapping))

    @property
    def builtin_phrases_digest(self) -> str | None:
        """The digest of the shipped phrases last copied in (so unchanged ones are not re-read)."""
        return _str_or_none(self.get(BUILTIN_PHRASES_DIGEST))

    @builtin_phrases_digest.setter
    def builtin_phrases_digest(self, digest: str) -> None:
        self.set(BUILTIN_PHRASES_DIGEST, digest)

    # ---- per report ----------------------------------------------------------------------
    def disabled_checks(self, report_id: int) -> frozenset[str]:
        """The kinds of check the clerk switched off for a report."""
        return _strings(self.get(f"{CHECKS_DISABLED}{report_id}", []))

    def set_disabled_checks(self, report_id: int, kinds: Iterable[str]) -> None:
        self.set(f"{CHECKS_DISABLED}{report_id}", sorted(kinds))

    def dismissed_findings(self, report_id: int) -> frozenset[str]:
        """The keys of the findings the clerk dismissed for a report."""
        return _strings(self.get(f"{CHECKS_DISMISSED}{report_id}", []))

    def set_dismissed_findings(self, report_id: int, keys: Iterable[str]) -> None:
        self.set(f"{CHECKS_DISMISSED}{report_id}", sorted(keys))


def peek(directory: Path, key: str, default: Any = None) -> Any:
    """A setting read straight from the file, before the library is opened (and whether or not
    another copy holds it): the interface language is needed for the very first message."""
    path = directory / DB_NAME
    if not path.exists():
        return default
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
        finally:
            conn.close()
        return json.loads(row[0]) if row else default
    except (sqlite3.Error, ValueError):
        return default  # a damaged or foreign file: the opening itself will say so


def peek_ui_language(directory: Path) -> str:
    """The interface language, read before the library is opened."""
    value = peek(directory, UI_LANGUAGE, DEFAULT_LANGUAGE)
    return value if isinstance(value, str) and value else DEFAULT_LANGUAGE
