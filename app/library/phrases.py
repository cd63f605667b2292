"""The phrase library (常用语): built-ins with user overrides, the clerk's own phrases, harvested ones.

Built-ins come from resources/phrases.json and are copied into the `phrases` table the first time
a library is opened (keyed by `builtin_key`, so loading again adds only what is new). Editing or
hiding a built-in keeps its original text, and `reset` brings it back.
"""

from __future__ import annotations

import builtins
import datetime as dt
import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.errors import NotFound, UserError
from app.library.pinyin_keys import search_keys
from app.model import Part
from app.resources import resource_path
from app.store.database import Database, now_iso
from app.store.settings import Settings
from app.template import Variables

CATEGORIES: tuple[str, ...] = ("开头", "指导思想", "过渡", "成效", "问题", "打算", "结尾", "其他")
_TAG_SPLIT = re.compile(r"[,，、;；\s]+")

BULK_ROWS = 500
# The index row of a phrase, as the migrations (app/store/schema.py) and their triggers write it.
_INDEX_TRIGGER = "phrase_index_ai"
_RANK_INDEX = "phrases_rank"
_INDEX_VALUES = ("char(2) || text || char(1, 1), tags || char(1, 1), char(2) || pinyin_initials || char(1, 1), "
                 "char(2) || syllables || char(1, 1)")

_INSERTED = ("text, category, tags, part, favorite, uses, last_used, origin, builtin_key, hidden, original_text, "
             "pinyin_initials, syllables, created")
_INSERTED_VALUES = ", ".join("?" * (_INSERTED.count(",") + 1))

COLUMNS = ("id, text, category, tags, part, favorite, uses, last_used, origin, builtin_key, hidden, "
           "original_text")


@dataclass
class Phrase:
    text: str
    category: str = "其他"
    tags: list[str] = field(default_factory=list)
    part: Part | None = None
    favorite: bool = False
    uses: int = 0
    last_used: str | None = None
    origin: str = "mine"           # builtin / mine / harvested:N / imported
    builtin_key: str | None = None
    hidden: bool = False
    original_text: str | None = None  # a built-in's text as shipped, once the clerk has edited it
    id: int | None = None

    @property
    def is_builtin(self) -> bool:
        return self.builtin_key is not None

    @property
    def is_modified(self) -> bool:
        return self.original_text is not None and self.original_text != self.text

    def to_dict(self) -> dict[str, object]:
        """The `phrases search --json` shape."""
        return {"id": self.id, "text": self.text, "category": self.category, "tags": list(self.tags),
                "favorite": self.favorite, "uses": self.uses}


def split_tags(value: str | Iterable[str] | None) -> list[str]:
    """Tags from a list or from text separated by commas, 、, semicolons or spaces; no duplicates."""
    if value is None:
        return []
    items = _TAG_SPLIT.split(value) if isinstance(value, str) else [str(v).strip() for v in value]
    out: list[str] = []
    for item in items:
        item = item.strip()
        if item and item not in out:
            out.append(item)
    return out


def phrase_from_row(row: sqlite3.Row) -> Phrase:
    return Phrase(
        id=row["id"], text=row["text"], category=row["category"], tags=split_tags(row["tags"]),
        part=Part(row["part"]) if row["part"] else None, favorite=bool(row["favorite"]), uses=row["uses"],
        last_used=row["last_used"], origin=row["origin"], builtin_key=row["builtin_key"],
        hidden=bool(row["hidden"]), original_text=row["original_text"],
    )


def clean_text(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise UserError("常用语内容不能为空（phrase text is empty）")
    return cleaned


def fill_variables(text: str, variables: Variables) -> str:
    """The phrase as inserted: {年度} {上一年度} {下一年度} {单位} {日期} filled from the report."""
    return variables.fill(text)


def builtin_phrases() -> list[Phrase]:
    """The shipped starter set (resources/phrases.json)."""
    data = json.loads(resource_path("phrases.json").read_text(encoding="utf-8"))
    out = []
    for item in data["phrases"]:
        out.append(Phrase(text=item["text"], category=item["category"], tags=split_tags(item.get("tags")),
                          part=Part(item["part"]) if item.get("part") else None, origin="builtin",
                          builtin_key=item["key"]))
    return out


def _index_config(conn: sqlite3.Connection, **values: int) -> None:
    for name, value in values.items():
        conn.execute("INSERT INTO phrase_index(phrase_index, rank) VALUES (?, ?)", (name, value))


class PhraseLibrary:
    """Phrases in the store: add, edit, hide, delete, favourite, count uses, search."""

    def __init__(self, db: Database, *, load_builtins: bool = True) -> None:
        self.db = db
        if load_builtins:
            self.ensure_builtins()

    # --- built-ins -------------------------------------------------------------------------
    def ensure_builtins(self) -> int:
        """Copy built-ins that are not in the library yet; returns how many were added. Cheap
        when nothing changed: the shipped file's digest is remembered in settings."""
        if self.db.read_only:
            return 0
        raw = resource_path("phrases.json").read_bytes()
        digest = hashlib.sha1(raw).hexdigest()
        settings = Settings(self.db)
        if settings.builtin_phrases_digest == digest:
            return 0
        added = 0
        with self.db.transaction() as conn:
            known = {r[0] for r in conn.execute("SELECT builtin_key FROM phrases WHERE builtin_key IS NOT NULL")}
            for phrase in builtin_phrases():
                if phrase.builtin_key in known:
                    continue
                self._insert(conn, phrase)
                added += 1
            settings.builtin_phrases_digest = digest  # joins this transaction
        return added

    def reset(self, phrase_id: int) -> Phrase:
        """A built-in back to its shipped text, visible again."""
        phrase = self.get(phrase_id)
        if not phrase.is_builtin:
            raise UserError("只有内置常用语可以恢复原文（only built-in phrases can be reset）")
        text = phrase.original_text if phrase.original_text is not None else phrase.text
        self._write_text(phrase_id, text, phrase.tags, {"hidden": 0, "original_text": None})
        return self.get(phrase_id)

    # --- writes --------------------------------------------------------------------------------
    def add(self, text: str, category: str = "其他", tags: Iterable[str] | str | None = None,
            *, part: Part | None = None, origin: str = "mine", favorite: bool = False, uses: int = 0) -> Phrase:
        phrase = Phrase(text=clean_text(text), category=(category or "其他").strip() or "其他",
                        tags=split_tags(tags), part=part, origin=origin, favorite=favorite, uses=max(0, uses))
        with self.db.transaction() as conn:
            phrase.id = self._insert(conn, phrase)
        return phrase

    def add_many(self, phrases: Iterable[Phrase]) -> list[int]:
        """Insert many phrases in one transaction (import, bench). A large batch is indexed in one
        statement after the rows are in (row by row through the trigger costs four times as much);
        one that at least doubles the library also rebuilds the rank index after the rows (random
        inserts leave it a third larger) and merges the trigram index into one segment."""
        items = list(phrases)
        for phrase in items:
            phrase.text = clean_text(phrase.text)
        created = now_iso()
        rows = [self._row(phrase, created) for phrase in items]  # the pinyin, before taking the write lock
        with self.db.transaction() as conn:
            if len(items) < BULK_ROWS:
                for phrase, row in zip(items, rows):
                    phrase.id = self._insert_row(conn, row)
                return [int(p.id or 0) for p in items]
            last, count = conn.execute("SELECT coalesce(max(id), 0), count(*) FROM phrases").fetchone()
            rebuild = len(items) >= count
            schema = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE name IN (?, ?)",
                                       (_INDEX_TRIGGER, _RANK_INDEX)).fetchall())
            conn.execute(f"DROP TRIGGER {_INDEX_TRIGGER}")
            if rebuild:
                conn.execute(f"DROP INDEX {_RANK_INDEX}")
            ids = list(range(last + 1, last + 1 + len(items)))
            conn.executemany(f"INSERT INTO phrases (id, {_INSERTED}) VALUES (?, {_INSERTED_VALUES})",
                             [(number, *row) for number, row in zip(ids, rows)])
            if rebuild:  # no merging while the index is built: it is merged once, whole, after
                _index_config(conn, automerge=0, crisismerge=2000)
            conn.execute(f"INSERT INTO phrase_index(rowid, text, tags, initials, syllables) "
                         f"SELECT id, {_INDEX_VALUES} FROM phrases WHERE id > ?", (last,))
            if rebuild:
                conn.execute("INSERT INTO phrase_index(phrase_index) VALUES ('optimize')")
                _index_config(conn, automerge=4, crisismerge=16)  # FTS5's defaults
                conn.execute(schema[_RANK_INDEX])
            conn.execute(schema[_INDEX_TRIGGER])
        for phrase, number in zip(items, ids):
            phrase.id = number
        return ids

    @staticmethod
    def _row(phrase: Phrase, created: str) -> tuple[object, ...]:
        """The values of `_INSERTED` for `phrase`."""
        initials, syllables = search_keys(phrase.text)
        return (phrase.text, phrase.category, ",".join(phrase.tags), int(phrase.part) if phrase.part else None,
                int(phrase.favorite), phrase.uses, phrase.last_used, phrase.origin, phrase.builtin_key,
                int(phrase.hidden), phrase.original_text, initials, syllables, created)

    @staticmethod
    def _insert_row(conn: sqlite3.Connection, row: tuple[object, ...]) -> int:
        cursor = conn.execute(f"INSERT INTO phrases ({_INSERTED}) VALUES ({_INSERTED_VALUES})", row)
        return int(cursor.lastrowid or 0)

    def _insert(self, conn: sqlite3.Connection, phrase: Phrase) -> int:
        return self._insert_row(conn, self._row(phrase, now_iso()))

    def edit(self, phrase_id: int, *, text: str | None = None, category: str | None = None,
             tags: Iterable[str] | str | None = None, part: Part | None | bool = False) -> Phrase:
        """Change text, category, tags or part (part=False leaves it). A built-in keeps its original."""
        phrase = self.get(phrase_id)
        new_text = clean_text(text) if text is not None else phrase.text
        new_tags = split_tags(tags) if tags is not None else phrase.tags
        with self.db.transaction() as conn:
            extra: dict[str, object] = {}
            if phrase.is_builtin and phrase.original_text is None and new_text != phrase.text:
                extra["original_text"] = phrase.text
            self._write_text(phrase_id, new_text, new_tags, extra)
            if category is not None:
                conn.execute("UPDATE phrases SET category=? WHERE id=?", (category.strip() or "其他", phrase_id))
            if part is not False:
                conn.execute("UPDATE phrases SET part=? WHERE id=?", (int(part) if part else None, phrase_id))
        return self.get(phrase_id)

    def _write_text(self, phrase_id: int, text: str, tags: Sequence[str],
                    extra: dict[str, object] | None = None) -> None:
        """Text and tags with their search columns; `extra` holds other columns (fixed names)."""
        initials, syllables = search_keys(text)
        values: dict[str, object] = {"text": text, "tags": ",".join(tags), "pinyin_initials": initials,
                                     "syllables": syllables, **(extra or {})}
        sets = ", ".join(f"{name}=?" for name in values)
        with self.db.transaction() as conn:
            conn.execute(f"UPDATE phrases SET {sets} WHERE id=?", (*values.values(), phrase_id))

    def set_hidden(self, phrase_id: int, hidden: bool = True) -> None:
        self.get(phrase_id)
        with self.db.transaction() as conn:
            conn.execute("UPDATE phrases SET hidden=? WHERE id=?", (int(hidden), phrase_id))

    def set_favorite(self, phrase_id: int, favorite: bool = True) -> None:
        self.get(phrase_id)
        with self.db.transaction() as conn:
            conn.execute("UPDATE phrases SET favorite=? WHERE id=?", (int(favorite), phrase_id))

    def delete(self, phrase_id: int) -> None:
        """Delete the clerk's phrase; a built-in is hidden instead, so that loading the built-ins
        again does not bring it back and `reset` still can."""
        phrase = self.get(phrase_id)
        if phrase.is_builtin:
            self.set_hidden(phrase_id, True)
            return
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM phrases WHERE id=?", (phrase_id,))

    def record_use(self, phrase_id: int) -> None:
        """One more use (the phrase was inserted): uses+1 and last_used now."""
        with self.db.transaction() as conn:
            cursor = conn.execute("UPDATE phrases SET uses=uses+1, last_used=? WHERE id=?",
                                  (dt.datetime.now().isoformat(timespec="seconds"), phrase_id))
            if cursor.rowcount == 0:
                raise NotFound(f"没有编号为 {phrase_id} 的常用语（no such phrase）")

    # --- reads ---------------------------------------------------------------------------------
    def get(self, phrase_id: int) -> Phrase:
        row = self.db.conn.execute(f"SELECT {COLUMNS} FROM phrases WHERE id=?", (phrase_id,)).fetchone()
        if row is None:
            raise NotFound(f"没有编号为 {phrase_id} 的常用语（no such phrase）")
        return phrase_from_row(row)

    def phrases(self, *, category: str | None = None, include_hidden: bool = False,
               favorites_only: bool = False) -> list[Phrase]:
        """Phrases best first (favourites, then most used), as the search shows an empty query."""
        where, params = ["1=1"], []
        if not include_hidden:
            where.append("hidden=0")
        if category:
            where.append("category=?")
            params.append(category)
        if favorites_only:
            where.append("favorite=1")
        rows = self.db.conn.execute(
            f"SELECT {COLUMNS} FROM phrases WHERE {' AND '.join(where)} ORDER BY hidden, favorite DESC, uses DESC, id",
            params).fetchall()
        return [phrase_from_row(r) for r in rows]

    def categories(self) -> builtins.list[str]:
        """The standard categories first, then any the clerk has added."""
        used = [r[0] for r in self.db.conn.execute("SELECT DISTINCT category FROM phrases ORDER BY category")]
        return list(CATEGORIES) + [c for c in used if c not in CATEGORIES]

    def count(self) -> int:
        return int(self.db.conn.execute("SELECT count(*) FROM phrases WHERE hidden=0").fetchone()[0])

    def search(self, query: str, limit: int = 50, category: str | None = None,
               favorites_only: bool = False) -> builtins.list[Phrase]:
        """Substring of text or tags, pinyin initials (zfjc) or full pinyin (zhifa); best first."""
        from app.library.phrase_search import search_phrases

        return search_phrases(self.db.conn, query, limit=limit, category=category, favorites_only=favorites_only)

    def texts(self) -> set[str]:
        return {r[0] for r in self.db.conn.execute("SELECT text FROM phrases")}


