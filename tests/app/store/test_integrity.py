"""The daily quick_check off the window's start-up path: an opening with `check_later` reads no
page beyond the schema, `check_if_due` checks on its own connection once a day, and damage it finds
makes the next opening check (and so offer the recovery) before anything is written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.errors import CorruptDatabase
from app.store import Store, check_if_due, integrity
from app.template import template_report


def _library(directory: Path) -> None:
    with Store(directory) as store:
        for _ in range(3):
            store.reports.insert(template_report(2024, "某某区统计局"))


def _damage_the_sections_table(directory: Path) -> None:
    """Garbage over the cells of the sections table's root page: quick_check sees it."""
    db = directory / "chengwen.db"
    conn = sqlite3.connect(db)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='sections'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    start = (root - 1) * size
    data[start + 8:start + size] = b"\xff" * (size - 8)
    db.write_bytes(bytes(data))


def _checks(monkeypatch: pytest.MonkeyPatch) -> list[sqlite3.Connection]:
    """The connections quick_check ran on, from now on."""
    seen: list[sqlite3.Connection] = []
    real = integrity.quick_check

    def spy(conn: sqlite3.Connection, db_path: Path) -> None:
        seen.append(conn)
        real(conn, db_path)
    monkeypatch.setattr(integrity, "quick_check", spy)
    return seen


def test_the_check_is_left_to_the_background_and_runs_there_once_a_day(data_dir: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _library(data_dir)
    (data_dir / integrity.CHECK_MARKER).unlink()  # due
    seen = _checks(monkeypatch)
    with Store(data_dir, check_later=True) as store:
        assert seen == [], "the opening left the check to the background"
        assert check_if_due(store) is True
        assert len(seen) == 1 and seen[0] is not store.db.conn, "checked on a connection of its own"
        assert check_if_due(store) is False  # not due again today
    with Store(data_dir) as store:  # the CLI's opening: not due either
        assert len(seen) == 1


def test_an_opening_without_check_later_still_checks_when_due(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _library(data_dir)
    (data_dir / integrity.CHECK_MARKER).unlink()
    seen = _checks(monkeypatch)
    Store(data_dir).close()
    assert len(seen) == 1


def test_damage_found_in_the_background_is_checked_at_the_next_opening(data_dir: Path) -> None:
    _library(data_dir)
    (data_dir / integrity.CHECK_MARKER).unlink()
    _damage_the_sections_table(data_dir)
    with Store(data_dir, check_later=True) as store:  # opens: the schema is whole
        with pytest.raises(CorruptDatabase) as info:
            check_if_due(store)
        assert "资料库文件已损坏" in str(info.value) and "\n" not in str(info.value)
    assert integrity.damage_seen(data_dir)
    with pytest.raises(CorruptDatabase):  # the window's next start is asked about recovery
        Store(data_dir, check_later=True)


def test_a_read_only_library_is_not_checked_in_the_background(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _library(data_dir)
    (data_dir / integrity.CHECK_MARKER).unlink()
    seen = _checks(monkeypatch)
    with Store(data_dir, read_only=True) as store:
        assert check_if_due(store) is False
    assert seen == []
