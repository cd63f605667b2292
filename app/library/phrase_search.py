"""Phrase search, fast on 100,000 phrases.

Results come in three tiers — the text equals the query, the text (or its pinyin initials) starts
with it, the text, a tag or the pinyin contains it — and inside a tier favourites first, then the
most used.

Why the plan looks like this (a plain instr() scan of 100k rows takes 35–90 ms):
- prefixes come from covering indexes on `text` / `pinyin_initials`;
- for "contains", a covering index in rank order is walked best-first: a common query (法, 执法,
  zf) fills the page after a few hundred rows, and the rows found are the true best ones;
- only when that walk comes back short — the query is rare — is the full match set taken from an
  index: trigram FTS for 3+ characters (text, tags or pinyin), the character/pair-token FTS for
  1–2 characters. Rare means few rows, so ranking them all is cheap;
- candidates carry only id, rank and the matched key; full rows are read for the final page only.
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from app.library.phrases import COLUMNS, Phrase, phrase_from_row
from app.library.pinyin_keys import is_token_char, query_readings

PROBE_ROWS = 1000      # rank-ordered rows checked first
MAX_PROBE_ROWS = 5000  # beyond this, taking the matches from an index is cheaper
_MAX_CHAR = "\U0010ffff"


class _Candidate(NamedTuple):
    tier: int
    favorite: int
    uses: int
    id: int

    @property
    def sort_key(self) -> tuple[int, int, int, int]:
        return (self.tier, -self.favorite, -self.uses, self.id)


def is_pinyin_query(query: str) -> bool:
    return query.isascii() and query.isalpha()


class _Filters:
    """The WHERE part shared by every query (hidden, category, favourites), with named parameters."""

    def __init__(self, category: str | None, favorites_only: bool) -> None:
        parts = ["hidden=0"]
        self.values: dict[str, object] = {}
        if category:
            parts.append("category=:category")
            self.values["category"] = category
        if favorites_only:
            parts.append("favorite=1")
        self.sql = " AND ".join(parts)


def search_phrases(conn: sqlite3.Connection, query: str, *, limit: int = 50, category: str | None = None,
                   favorites_only: bool = False) -> list[Phrase]:
    query = query.strip()
    limit = max(1, limit)
    filters = _Filters(category, favorites_only)
    if not query:
        rows = conn.execute(f"SELECT {COLUMNS} FROM phrases WHERE {filters.sql} "
                            "ORDER BY favorite DESC, uses DESC, id LIMIT :limit",
                            {**filters.values, "limit": limit}).fetchall()
        return [phrase_from_row(r) for r in rows]
    pinyin = is_pinyin_query(query)
    key = query.lower() if pinyin else query
    values = {**filters.values, "q": key, "limit": limit}

    candidates: dict[int, _Candidate] = {}
    for candidate in [*_prefixed(conn, key, pinyin, filters, values), *_containing(conn, key, pinyin, filters, values)]:
        known = candidates.get(candidate.id)
        if known is None or candidate.tier < known.tier:
            candidates[candidate.id] = candidate
    best = sorted(candidates.values(), key=lambda c: c.sort_key)[:limit]
    if not best:
        return []
    ids = [c.id for c in best]
    rows = conn.execute(f"SELECT {COLUMNS} FROM phrases WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()
    by_id = {row["id"]: row for row in rows}
    return [phrase_from_row(by_id[i]) for i in ids if i in by_id]


def _prefixed(conn: sqlite3.Connection, key: str, pinyin: bool, filters: _Filters,
              values: dict[str, object]) -> list[_Candidate]:
    column, index = ("pinyin_initials", "phrases_by_initials") if pinyin else ("text", "phrases_by_text")
    rows = conn.execute(
        f"SELECT id, favorite, uses, {column} FROM phrases INDEXED BY {index} "
        f"WHERE {column} >= :q AND {column} < :q_end AND {filters.sql} "
        "ORDER BY favorite DESC, uses DESC, id LIMIT :limit", {**values, "q_end": key + _MAX_CHAR}).fetchall()
    return [_Candidate(0 if (not pinyin and row[3] == key) else 1, row[1], row[2], row[0]) for row in rows]


def _containing(conn: sqlite3.Connection, key: str, pinyin: bool, filters: _Filters,
                values: dict[str, object]) -> list[_Candidate]:
    readings = query_readings(key) if pinyin else ()
    if pinyin:
        keys, index = "pinyin_initials, pinyin_full", "phrases_rank_pinyin"
        # full pinyin matches whole syllables: ' zhi fa jian cha ' contains ' zhi fa '
        values.update({f"r{i}": " " + reading for i, reading in enumerate(readings)})
        match = "(" + " OR ".join(["instr(pinyin_initials, :q) > 0"] + [
            f"instr(' ' || pinyin_full || ' ', :r{i}) > 0" for i in range(len(readings))]) + ")"
    else:
        keys, index = "text, tags", "phrases_rank_text"
        match = "(instr(text, :q) > 0 OR instr(tags, :q) > 0)"
    limit = int(values["limit"])  # type: ignore[call-overload]

    def probe(rows: int) -> list[sqlite3.Row]:
        return conn.execute(
            f"SELECT * FROM (SELECT id, favorite, uses, {keys} FROM phrases INDEXED BY {index} "
            f"WHERE {filters.sql} ORDER BY hidden, favorite DESC, uses DESC, id LIMIT {rows}) "
            f"WHERE {match} LIMIT :limit", values).fetchall()

    found = probe(PROBE_ROWS)
    complete = len(found) >= limit or _fewer_rows_than(conn, filters, PROBE_ROWS)
    if not complete and found:
        # common enough that a longer walk down the rank index should fill the page
        needed = int(PROBE_ROWS * limit / len(found) * 1.3)
        if needed <= MAX_PROBE_ROWS:
            found = probe(needed)
            complete = len(found) >= limit
    if not complete:
        fts = _fts_query(key, pinyin, readings)
        if fts is None:  # no index can answer (1–2 pinyin letters, punctuation): scan
            sql = f"SELECT id, favorite, uses, {keys} FROM phrases WHERE {filters.sql} AND {match}"
        else:
            table, values["fts"] = fts
            sql = (f"SELECT id, favorite, uses, {keys} FROM "
                   f"(SELECT rowid AS rid FROM {table} WHERE {table} MATCH :fts) "
                   f"CROSS JOIN phrases ON phrases.id = rid WHERE {filters.sql} AND {match}")
        found = conn.execute(sql + " ORDER BY favorite DESC, uses DESC, id LIMIT :limit", values).fetchall()
    return [_Candidate(_tier(row, key, pinyin, readings), row["favorite"], row["uses"], row["id"]) for row in found]


def _tier(row: sqlite3.Row, key: str, pinyin: bool, readings: tuple[str, ...]) -> int:
    if pinyin:
        full = row["pinyin_full"] + " "
        starts = row["pinyin_initials"].startswith(key) or any(full.startswith(r) for r in readings)
        return 1 if starts else 2
    text = row["text"]
    if text == key:
        return 0
    return 1 if text.startswith(key) else 2


def _fewer_rows_than(conn: sqlite3.Connection, filters: _Filters, count: int) -> bool:
    """Whether the probe saw every row (a small library): counting stops at `count`."""
    rows = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM phrases WHERE {filters.sql} LIMIT {count})",
                        filters.values).fetchone()[0]
    return int(rows) < count


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _fts_query(key: str, pinyin: bool, readings: tuple[str, ...]) -> tuple[str, str] | None:
    """(table, MATCH expression) of the index that finds every row containing `key`, if any."""
    if pinyin and len(key) >= 3 and all(len(r.strip()) >= 3 for r in readings):
        terms = [f"pinyin_initials : {_quoted(key)}"] + [f"pinyin_full : {_quoted(r.strip())}" for r in readings]
        return "phrases_pinyin_fts", " OR ".join(terms)
    if not pinyin and len(key) >= 3:
        return "phrases_fts", _quoted(key)
    if pinyin or not all(is_token_char(c) for c in key):
        return None
    # 1–2 characters are one token in phrases_chars_fts (执, 执法, 优，)
    return "phrases_chars_fts", _quoted(key)
