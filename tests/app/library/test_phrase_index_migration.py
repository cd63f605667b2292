"""A library made before the compact phrase index (schema 1) is converted and searches as before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.library.phrases import PhraseLibrary
from app.library.pinyin_keys import encode_syllables, pinyin_keys
from app.store import Store
from app.store.database import _statements
from app.store.schema import MIGRATIONS

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
