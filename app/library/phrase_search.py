"""Phrase search, fast on 100,000 phrases with a small index.

Results come in three tiers — the text equals the query, the text (or its pinyin) starts with it,
the text, a tag or the pinyin contains it — and inside a tier favourites first, then the most used.

The plan (the index is described with migrations 3 and 7 in app/store/schema.py):
- the index's term list (phrase_terms) says how many rows the trigram index names for the query —
  counted by the index itself where the list only gives a loose bound; few (a rare query): those
  are taken and ranked in SQL, in the final order;
- otherwise the first PROBE_ROWS rows in rank order are walked and checked in SQL: for a common
  query (法, 执法, zf) they hold a full page of rows that start with it and of rows that contain
  it, and those are the true best ones;
- when that walk comes back short, the share of rows it found foretells how far a longer walk
  would go; that is weighed against the rows the index names and against one scan of the table,
  and the cheapest is taken. "Starts with" is a term too: every indexed text, initials and
  syllables value starts with U+0002. 1–2 character keys are the terms that begin with them.
Pinyin is checked against the syllable column (one character a syllable) with GLOB patterns.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from typing import NamedTuple

from app.library.phrases import COLUMNS, Phrase, phrase_from_row
from app.library.pinyin_keys import code_range, query_readings, reading_fixed_codes, reading_glob, reading_pattern

PROBE_ROWS = 500  # rank-ordered rows checked first: a common query is answered by them
_MAX_CHAR = "\U0010ffff"
_START = "\x02"        # what every indexed text, initials and syllables value starts with
_RANK = "favorite DESC, uses DESC, id"
# One part of the rows the index names: a MATCH expression, or a range [low, high) of index terms.
_Atom = str | tuple[str, str]


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
    """The WHERE part shared by every query (hidden, category, favourites), with named parameters:
    `ranked` is what the rank index holds (hidden, favourites), `other` the rest (category)."""

    def __init__(self, category: str | None, favorites_only: bool) -> None:
        ranked = ["hidden=0"]
        self.values: dict[str, object] = {}
        self.other = "1"
        if category:
            self.other = "category=:category"
            self.values["category"] = category
        if favorites_only:
            ranked.append("favorite=1")
        self.ranked = " AND ".join(ranked)
        self.sql = f"{self.ranked} AND {self.other}"


class _Query:
    """A typed query, compiled once: the SQL that decides a match, and its tier."""

    def __init__(self, query: str) -> None:
        self.pinyin = is_pinyin_query(query)
        self.key = query.lower() if self.pinyin else query
        self.readings = query_readings(self.key) if self.pinyin else ()
        self.columns = "pinyin_initials, syllables" if self.pinyin else "text, tags"
        self.values: dict[str, object] = {"q": self.key, "n": len(self.key)}
        if not self.pinyin:
            self.contains_sql = "(instr(text, :q) > 0 OR instr(tags, :q) > 0)"
            self.starts_sql = "substr(text, 1, :n) = :q"
            self.tier_sql = f"CASE WHEN text = :q THEN 0 WHEN {self.starts_sql} THEN 1 ELSE 2 END"
            self._starts = None
            return
        globs = [g for g in (reading_glob(r) for r in self.readings) if g is not None]
        contains, starts = ["instr(pinyin_initials, :q) > 0"], ["substr(pinyin_initials, 1, :n) = :q"]
        for number, pattern in enumerate(globs):
            self.values[f"c{number}"], self.values[f"s{number}"] = f"*{pattern}*", f"{pattern}*"
            contains.append(f"syllables GLOB :c{number}")
            starts.append(f"syllables GLOB :s{number}")
        self.contains_sql = "(" + " OR ".join(contains) + ")"
        self.starts_sql = "(" + " OR ".join(starts) + ")"
        self.tier_sql = f"CASE WHEN {self.starts_sql} THEN 1 ELSE 2 END"
        patterns = [reading_pattern(r) for r in self.readings]
        self._starts = re.compile("|".join(patterns)) if patterns else None

    def tier(self, row: sqlite3.Row) -> int:
        """0 equal, 1 starts with, 2 contains, of a row that matches; `row` holds the query's columns."""
        first, second = row[3], row[4]
        if self.pinyin:
            starts = first.startswith(self.key) or (self._starts is not None and self._starts.match(second))
            return 1 if starts else 2
        if first == self.key:
            return 0
        return 1 if first.startswith(self.key) else 2


def search_phrases(conn: sqlite3.Connection, query: str, *, limit: int = 50, category: str | None = None,
                   favorites_only: bool = False) -> list[Phrase]:
    query = query.strip()
    limit = max(1, limit)
    filters = _Filters(category, favorites_only)
    if not query:
        rows = conn.execute(f"SELECT {COLUMNS} FROM phrases WHERE {filters.sql} ORDER BY {_RANK} LIMIT :limit",
                            {**filters.values, "limit": limit}).fetchall()
        return [phrase_from_row(r) for r in rows]
    compiled = _Query(query)
    values = {**filters.values, **compiled.values, "limit": limit}
    candidates: dict[int, _Candidate] = {}
    for row in _matching_rows(conn, compiled, filters, values):
        candidate = _Candidate(compiled.tier(row), row[1], row[2], row[0])
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


def _index_ready(conn: sqlite3.Connection) -> bool:
    """Whether the index can be asked. A library opened read-only is not migrated: before migration
    3 it has no index (every row is read); before 7 the term-row list is made in the connection's
    own temporary schema, which a read-only file allows."""
    names = {row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE name IN ('phrase_index', 'phrase_term_rows') UNION ALL "
        "SELECT name FROM sqlite_temp_master WHERE name='phrase_term_rows'")}
    if "phrase_index" not in names:
        return False
    if "phrase_term_rows" not in names:
        conn.execute("CREATE VIRTUAL TABLE temp.phrase_term_rows USING fts5vocab(main, phrase_index, 'instance')")
    return True


def _select(query: _Query) -> str:
    return f"SELECT id, favorite, uses, {query.columns}"


def _ranked_from_index(conn: sqlite3.Connection, query: _Query, filters: _Filters, values: dict[str, object],
                       plan: _Plan, condition: str, order: str = _RANK) -> list[sqlite3.Row]:
    """The best `limit` rows (by `order`) the index names that meet `condition`. CROSS JOIN keeps
    the order of the loops: without statistics (a library just filled) the planner would rather
    walk the table and look each row up in the list; GROUP BY gives each row once and in id order,
    so that the look-ups go through the table in order (half the time of DISTINCT's any order)."""
    rowids, parameters = plan.rowids()
    return conn.execute(
        f"{_select(query)} FROM (SELECT rid FROM ({rowids}) GROUP BY rid) CROSS JOIN phrases ON phrases.id = rid "
        f"WHERE {filters.sql} AND {condition} ORDER BY {order} LIMIT :limit", {**values, **parameters}).fetchall()


# --- the rows to rank: the best that start with the query, the best that contain it -----------------
# What a row costs each way (CPU microseconds per row, measured at 100,000 phrases): walking the
# rank index looks each row up in the table; a row the index names is read from the index (once
# for each of its terms) and looked up too; a scan reads the table in order.
WALK_COST, INDEX_COST, SCAN_COST = 1.0, 1.2, 0.2
ENTRY_COST = 0.1  # a rank index entry of another category, passed over without reading its row


def _matching_rows(conn: sqlite3.Connection, query: _Query, filters: _Filters,
                   values: dict[str, object]) -> list[sqlite3.Row]:
    """Enough rows to rank: the best `limit` that start with the query and the best `limit` that
    contain it. A rare query (the index names few rows) is answered by the index; a common one by
    walking the first PROBE_ROWS rows in rank order, and whichever of the two that walk leaves
    short is completed by `_rest`, the cheapest way the walk's share of matches foretells."""
    limit = int(values["limit"])  # type: ignore[call-overload]
    total = int(conn.execute("SELECT coalesce(max(id), 0) FROM phrases").fetchone()[0])

    def containing(terms: _Terms) -> list[_Atom]:
        atoms = terms.substring(query.key)
        for reading in query.readings:
            atoms += _reading_terms(terms, reading)
        return atoms

    def starting(terms: _Terms) -> list[_Atom]:
        atoms = terms.substring(_START + query.key)
        for reading in query.readings:
            atoms += _reading_terms(terms, reading, _START)
        return atoms

    if total < PROBE_ROWS or not _index_ready(conn):  # one walk sees every row
        return conn.execute(f"{_select(query)} FROM phrases WHERE {filters.sql} AND {query.contains_sql}",
                            values).fetchall()
    contains_plan = _Plan(conn, containing)
    # rare: the index names fewer rows than a walk would read to find them all among the rest
    candidates = contains_plan.candidates((WALK_COST / INDEX_COST * limit * total) ** 0.5)
    if candidates is not None:
        if not candidates:
            return []
        # the few candidates are sorted anyway: in the final order (tier first), the best are the answer
        return _ranked_from_index(conn, query, filters, values, contains_plan, query.contains_sql,
                                  f"{query.tier_sql}, {_RANK}")
    # the category is checked after the walk, so that the share found foretells the walk's length
    found = conn.execute(
        f"SELECT * FROM ({_select(query)}, category FROM phrases INDEXED BY phrases_rank "
        f"WHERE {filters.ranked} ORDER BY {_RANK} LIMIT {PROBE_ROWS}) WHERE {filters.other} AND {query.contains_sql}",
        values).fetchall()
    rows = list(found)
    starts = sum(1 for row in found if query.tier(row) < 2)
    if starts >= limit and len(found) >= limit:
        return rows
    walk = _walk_cost(conn, filters, values, total)
    if starts < limit:
        rows += _rest(conn, query, filters, values, query.starts_sql, _Plan(conn, starting), starts, walk)
    if len(found) < limit:
        rows += _rest(conn, query, filters, values, query.contains_sql, contains_plan, len(found), walk)
    return rows


def _walk_cost(conn: sqlite3.Connection, filters: _Filters, values: dict[str, object], total: int) -> _Walk:
    """What walking on costs a row: in one category, the rows of the others are passed over in the
    rank index (their share among the first rows foretells it)."""
    if filters.other == "1":
        return _Walk(WALK_COST, total)
    inside = conn.execute(
        f"SELECT count(*) FROM (SELECT category FROM phrases INDEXED BY phrases_rank WHERE {filters.ranked} "
        f"ORDER BY {_RANK} LIMIT {PROBE_ROWS}) WHERE {filters.other}", values).fetchone()[0]
    return _Walk(ENTRY_COST + WALK_COST * inside / PROBE_ROWS, total)


class _Walk(NamedTuple):
    row_cost: float
    total: int


class _Plan:
    """The index's candidates for one condition: the parts of the index that name them, and how
    many rows that is."""

    def __init__(self, conn: sqlite3.Connection, build: Callable[[_Terms], list[_Atom]]) -> None:
        self.conn = conn
        self.build = build
        self.budget = 0.0
        self.terms = _Terms(conn, 0)
        self.atoms: list[_Atom] | None = None  # None: not worked out, or more rows than the budget
        self._count: int | None = None

    def candidates(self, budget: float) -> int | None:
        """How many rows the index names, None if more than `budget`. Counted by the index when the
        term list's figure is loose (rows holding every trigram of a longer key: the smallest
        trigram's rows can be thousands where a few dozen rows hold them all); a range of terms is
        summed (a row counted twice at most)."""
        if self.atoms is None and budget > self.budget:  # not yet, or cut short by a smaller budget
            self.budget, self.terms, self._count = budget, _Terms(self.conn, budget), None
            try:
                self.atoms = self.build(self.terms)
            except _TooCommon:
                self.atoms = None
        if self.atoms is None:
            return None
        if not self.atoms:
            return 0
        if self._count is None:
            self._count = self.terms.rows
            if self.terms.loose and self._count > PROBE_ROWS:
                rowids, parameters = self.rowids()
                self._count = int(self.conn.execute(f"SELECT count(DISTINCT rid) FROM ({rowids})",
                                                    parameters).fetchone()[0])
        return self._count if self._count <= budget else None

    def rowids(self) -> tuple[str, dict[str, str]]:
        """SELECT of the rowids the index names (a row may come more than once), with its named
        parameters. A range of terms is read from the term-row list, not matched as an OR of its
        terms: FTS5 steps every term of an OR for each row, a thousand terms a thousand times."""
        matches = [atom for atom in self.atoms or () if isinstance(atom, str)]
        ranges = [atom for atom in self.atoms or () if isinstance(atom, tuple)]
        parts, parameters = [], {}
        if matches:
            parts.append("SELECT rowid AS rid FROM phrase_index WHERE phrase_index MATCH :m")
            parameters["m"] = " OR ".join(matches)
        for number, (low, high) in enumerate(ranges):
            parts.append(f"SELECT doc AS rid FROM phrase_term_rows WHERE term >= :l{number} AND term < :h{number}")
            parameters[f"l{number}"], parameters[f"h{number}"] = low, high
        return " UNION ALL ".join(parts), parameters


def _rest(conn: sqlite3.Connection, query: _Query, filters: _Filters, values: dict[str, object],
          condition: str, plan: _Plan, found: int, cost: _Walk) -> list[sqlite3.Row]:
    """The best `limit` rows that meet `condition`, when the first walk found only `found`. Walking
    on costs about limit / (found / PROBE_ROWS) rows; asking the index, as many rows as it names;
    scanning the table, every row (cheaply): the cheapest is taken."""
    limit = int(values["limit"])  # type: ignore[call-overload]
    walk = cost.row_cost * min(cost.total, limit * PROBE_ROWS / max(found, 0.5))
    scan = SCAN_COST * cost.total + WALK_COST * limit
    candidates = plan.candidates(min(walk, scan) / INDEX_COST)
    if candidates is not None:
        return _ranked_from_index(conn, query, filters, values, plan, condition) if candidates else []
    how = "INDEXED BY phrases_rank" if walk <= scan else "NOT INDEXED"
    return conn.execute(f"{_select(query)} FROM phrases {how} "
                        f"WHERE {filters.sql} AND {condition} ORDER BY {_RANK} LIMIT :limit", values).fetchall()


def _reading_terms(terms: _Terms, reading: str, start: str = "") -> list[_Atom]:
    """The index parts naming the rows whose syllables may contain (after `start`) one reading."""
    fixed, partial = reading_fixed_codes(reading)
    key = start + fixed
    if not partial or len(key) >= 3:  # the whole syllables make trigrams of their own
        return terms.substring(key)
    # the unfinished syllable is any of a range of codes: the terms that begin with the rest
    atoms = []
    if len(partial) == 1:  # the letter itself
        atoms += terms.substring(key + partial)
    codes = code_range(partial)
    if codes:
        atoms += terms.between(key + codes[0], key + chr(ord(codes[1]) + 1))
    return atoms


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


class _TooCommon(Exception):
    pass


class _Terms:
    """The index parts naming the rows that may contain a substring, with how many rows they may
    name (`rows`, from the index's term list). Reading a term's row count reads its rows (in the
    index): a range of terms is read only until its rows pass `budget`, and the key is then too
    common to ask the index."""

    def __init__(self, conn: sqlite3.Connection, budget: float) -> None:
        self.conn = conn
        self.budget = budget
        self.rows = 0
        self.loose = False  # `rows` is the smallest of several terms' rows, not their sum

    def between(self, low: str, high: str) -> list[_Atom]:
        """The index terms in [low, high) as one part, none if there is no such term."""
        found = False
        cursor = self.conn.execute("SELECT doc FROM phrase_terms WHERE term >= ? AND term < ?", (low, high))
        try:
            for (docs,) in cursor:
                found = True
                self.rows += int(docs)
                if self.rows > self.budget:
                    raise _TooCommon
        finally:
            cursor.close()
        return [(low, high)] if found else []

    def substring(self, key: str) -> list[_Atom]:
        """The parts naming every row that contains `key` (and maybe others), none if no row can."""
        if len(key) < 3:
            return self.between(key, key + _MAX_CHAR)
        grams = list(dict.fromkeys(key[i:i + 3] for i in range(len(key) - 2)))
        docs = [self.conn.execute("SELECT doc FROM phrase_terms WHERE term = ?", (gram,)).fetchone()
                for gram in grams]
        if any(doc is None for doc in docs):
            return []
        self.rows += min(int(doc[0]) for doc in docs if doc is not None)
        self.loose = self.loose or len(grams) > 1
        return ["(" + " AND ".join(_quoted(g) for g in grams) + ")"]
