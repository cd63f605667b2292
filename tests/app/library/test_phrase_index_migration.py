"""Libraries made before the compact phrase index (schema 1) and before the smaller one (schema 6)
are converted and search as before."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.library.phrase_search import PROBE_ROWS
from app.library.phrases import PhraseLibrary
from app.library.pinyin_keys import encode_syllables, pinyin_keys, search_keys
from app.store import Store
from app.store.database import _statements
from app.store.schema import MIGRATIONS
from tests.datafiles import DATA

TEXTS = ("开展“双随机一公开”执法检查32家。", "全面推进依法行政，法治方式更加成熟。", "嗯，PPT讲座", "……", "银行行长")


def _old_library(directory: Path) -> None:
    """A schema-1 database holding phrases as version 1 wrote them (with its own pinyin columns)."""
    conn = sqlite3.connect(directory / "chengwen.db", isolation_level=None)
    for statement in _statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version=1")
    for number, text in enumerate(TEXTS):
        initials, full = pinyin_keys(text)
        conn.execute("INSERT INTO phrases (text, tags, favorite, pinyin_initials, pinyin_full, chars, created) "
                     "VALUES (?, ?, ?, ?, ?, '', '2025-01-01T00:00:00')", (text, "标签甲", number % 2, initials, full))
    conn.close()


def test_an_old_library_is_converted(tmp_path: Path) -> None:
    _old_library(tmp_path)
    with Store(tmp_path) as store:
        conn = store.db.conn
        columns = {row[1] for row in conn.execute("PRAGMA table_info(phrases)")}
        assert "syllables" in columns and "pinyin_full" not in columns and "chars" not in columns
        for text, syllables in conn.execute("SELECT text, syllables FROM phrases"):
            assert syllables == encode_syllables(pinyin_keys(text)[1]), text
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert not names & {"phrases_fts", "phrases_chars_fts", "phrases_pinyin_fts", "phrases_rank_text"}
        library = PhraseLibrary(store.db, load_builtins=False)
        assert [p.text for p in library.search("机一公")] == [TEXTS[0]]
        assert [p.text for p in library.search("zhifa")] == [TEXTS[0]]
        assert [p.text for p in library.search("zfjc")] == [TEXTS[0]]
        assert {p.text for p in library.search("fazhi")} == {TEXTS[1]}
        assert [p.text for p in library.search("ppt")] == [TEXTS[2]]
        assert len(library.search("标签")) == len(TEXTS)
        assert [p.text for p in library.search("行长")] == [TEXTS[4]]
        # and the converted index is kept up to date by later edits
        phrase_id = library.search("行长")[0].id
        assert phrase_id is not None
        library.edit(phrase_id, text="银行调研")
        assert library.search("行长") == [] and library.search("yinhang")[0].id == phrase_id
        library.delete(phrase_id)
        assert library.search("yinhang") == []


def test_a_v6_library_gets_the_smaller_index(tmp_path: Path) -> None:
    """The rebuilt phrases table keeps every row, its id and its index entries; only the
    built-ins' keys are indexed (and still unique); the rank index gives the rank order whole."""
    shutil.copy(DATA / "chengwen-v6.db", tmp_path / "chengwen.db")
    conn = sqlite3.connect(tmp_path / "chengwen.db", isolation_level=None)
    ids = {}
    for number, text in enumerate(TEXTS):  # as version 6 wrote them: its triggers index them
        initials, syllables = search_keys(text)
        ids[text] = conn.execute(
            "INSERT INTO phrases (id, text, tags, favorite, uses, builtin_key, origin, pinyin_initials, syllables, "
            "created) VALUES (?, ?, '标签甲', ?, ?, ?, 'mine', ?, ?, '2025-01-01T00:00:00')",
            (10 * number + 3, text, number % 2, number, f"key{number}" if number < 2 else None, initials,
             syllables)).lastrowid
    conn.close()
    with Store(tmp_path) as store:
        conn = store.db.conn
        indexes = {row[1]: row for row in conn.execute("PRAGMA index_list(phrases)")}
        assert set(indexes) == {"phrases_builtin", "phrases_rank"}
        assert conn.execute("SELECT count(*) FROM phrase_term_rows WHERE term = '机一公'").fetchone()[0] == 1
        assert indexes["phrases_builtin"]["unique"] == 1 and indexes["phrases_builtin"]["partial"] == 1
        assert [row["name"] for row in conn.execute("PRAGMA index_info(phrases_rank)")] == \
            ["hidden", "favorite", "uses", "id", "category"]
        plan = " ".join(row[3] for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM phrases INDEXED BY phrases_rank WHERE hidden=0 "
            "ORDER BY favorite DESC, uses DESC, id LIMIT 5"))
        assert "TEMP B-TREE" not in plan
        library = PhraseLibrary(store.db, load_builtins=False)
        assert [(p.id, p.text) for p in library.search("机一公")] == [(ids[TEXTS[0]], TEXTS[0])]
        assert [p.id for p in library.search("zhifa")] == [ids[TEXTS[0]]]
        assert [p.id for p in library.search("zfjc")] == [ids[TEXTS[0]]]
        assert [p.id for p in library.search("行长")] == [ids[TEXTS[4]]]
        assert len(library.search("标签")) == len(TEXTS)
        assert [p.builtin_key for p in library.search("fazhi")] == ["key1"]
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE phrases SET builtin_key='key0' WHERE id=?", (ids[TEXTS[1]],))
        added = library.add("鹅毛大雪")  # a phrase without a key, like most
        assert library.search("鹅毛")[0].id == added.id
        library.edit(ids[TEXTS[4]], text="银行调研")
        assert library.search("行长") == [] and library.search("yinhang")[0].id == ids[TEXTS[4]]


def test_a_v6_library_opened_read_only_is_searched_as_it_is(tmp_path: Path) -> None:
    """Read-only opening does not migrate: the search makes what it needs in its own temporary
    schema, and finds the phrases without writing the file."""
    shutil.copy(DATA / "chengwen-v6.db", tmp_path / "chengwen.db")
    conn = sqlite3.connect(tmp_path / "chengwen.db", isolation_level=None)
    fillers = [f"第{n}条：统计数据质量" for n in range(PROBE_ROWS)]  # enough rows for the index to be asked
    for text in (*TEXTS, *fillers):
        initials, syllables = search_keys(text)
        conn.execute("INSERT INTO phrases (text, pinyin_initials, syllables, created) VALUES (?, ?, ?, '2025-01-01')",
                     (text, initials, syllables))
    conn.close()
    before = (tmp_path / "chengwen.db").read_bytes()
    with Store(tmp_path, read_only=True) as store:
        assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == 6
        library = PhraseLibrary(store.db, load_builtins=False)
        assert [p.text for p in library.search("行")] == [TEXTS[1], TEXTS[4]]
        assert [p.text for p in library.search("zhifa")] == [TEXTS[0]]
        assert library.search("yh")[0].text == TEXTS[4]
    assert (tmp_path / "chengwen.db").read_bytes() == before


def test_a_v1_library_opened_read_only_is_searched_without_its_index(tmp_path: Path) -> None:
    _old_library(tmp_path)
    conn = sqlite3.connect(tmp_path / "chengwen.db", isolation_level=None)
    for n in range(PROBE_ROWS):
        conn.execute("INSERT INTO phrases (text, created) VALUES (?, '2025-01-01')", (f"第{n}条：统计数据质量",))
    conn.close()
    with Store(tmp_path, read_only=True) as store:
        library = PhraseLibrary(store.db, load_builtins=False)
        assert [p.text for p in library.search("行")] == [TEXTS[1], TEXTS[4]]
        assert len(library.search("统计", limit=1000)) == PROBE_ROWS
