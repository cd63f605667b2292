"""The schema as forward migrations; `PRAGMA user_version` is the number of migrations applied.

Never edit a released migration: add a new one. Databases of every released version are kept
under tests/data/ and opened by the tests.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: reports, sections, snapshots, settings, phrases, activities
    """
    CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        organization TEXT NOT NULL DEFAULT '',
        year INTEGER NOT NULL DEFAULT 0,
        recipient TEXT,
        preamble TEXT NOT NULL DEFAULT '[]',
        closing TEXT NOT NULL DEFAULT '[]',
        signature TEXT NOT NULL DEFAULT '',
        date TEXT,
        marker_styles TEXT NOT NULL DEFAULT '[]',
        checklist TEXT NOT NULL DEFAULT '[]',
        warnings TEXT NOT NULL DEFAULT '[]',
        source_report_id INTEGER REFERENCES reports(id) ON DELETE SET NULL,
        origin TEXT NOT NULL DEFAULT 'new',
        created TEXT NOT NULL,
        modified TEXT NOT NULL
    );
    CREATE TABLE sections (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        parent_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        heading TEXT NOT NULL DEFAULT '',
        paragraphs TEXT NOT NULL DEFAULT '[]',
        part INTEGER,
        run_in INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT '待写',
        reference TEXT NOT NULL DEFAULT '[]',
        written_marker TEXT,
        modified TEXT NOT NULL
    );
    CREATE INDEX sections_by_parent ON sections(report_id, parent_id, position);
    CREATE TABLE snapshots (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        label TEXT NOT NULL DEFAULT '',
        automatic INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX snapshots_by_report ON snapshots(report_id, created);
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE phrases (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        category TEXT NOT NULL DEFAULT '其他',
        tags TEXT NOT NULL DEFAULT '',
        part INTEGER,
        favorite INTEGER NOT NULL DEFAULT 0,
        uses INTEGER NOT NULL DEFAULT 0,
        last_used TEXT,
        origin TEXT NOT NULL DEFAULT 'mine',
        builtin_key TEXT UNIQUE,
        hidden INTEGER NOT NULL DEFAULT 0,
        original_text TEXT,
        pinyin_initials TEXT NOT NULL DEFAULT '',
        pinyin_full TEXT NOT NULL DEFAULT '',
        chars TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL
    );
    -- Covering indexes for search (app/library/phrase_search.py): the rank ones are walked
    -- best-first and the walk stops at LIMIT; the text/initials ones answer prefix queries.
    CREATE INDEX phrases_rank_text ON phrases(hidden, favorite DESC, uses DESC, id, category, text, tags);
    CREATE INDEX phrases_rank_pinyin ON phrases(hidden, favorite DESC, uses DESC, id, category,
                                                pinyin_initials, pinyin_full);
    CREATE INDEX phrases_by_text ON phrases(text, hidden, favorite, uses, category);
    CREATE INDEX phrases_by_initials ON phrases(pinyin_initials, hidden, favorite, uses, category, pinyin_full);
    -- substrings of 3+ characters of text and tags
    CREATE VIRTUAL TABLE phrases_fts USING fts5(text, tags, content='phrases', content_rowid='id',
                                                tokenize='trigram');
    CREATE TRIGGER phrases_ai AFTER INSERT ON phrases BEGIN
        INSERT INTO phrases_fts(rowid, text, tags) VALUES (new.id, new.text, new.tags);
    END;
    CREATE TRIGGER phrases_ad AFTER DELETE ON phrases BEGIN
        INSERT INTO phrases_fts(phrases_fts, rowid, text, tags) VALUES ('delete', old.id, old.text, old.tags);
    END;
    CREATE TRIGGER phrases_au AFTER UPDATE OF text, tags ON phrases BEGIN
        INSERT INTO phrases_fts(phrases_fts, rowid, text, tags) VALUES ('delete', old.id, old.text, old.tags);
        INSERT INTO phrases_fts(rowid, text, tags) VALUES (new.id, new.text, new.tags);
    END;
    -- every character and every pair of adjacent characters as a token (`chars`, computed from text
    -- and tags), for rare 1-2 character queries that the trigram index cannot answer; the
    -- punctuation listed is TOKEN_PUNCTUATION in app/library/pinyin_keys.py
    CREATE VIRTUAL TABLE phrases_chars_fts USING fts5(chars, content='phrases', content_rowid='id',
                                                      tokenize="unicode61 tokenchars '，。、；：？！“”‘’《》（）【】〔〕—…·,.;:?!%()-/'");
    CREATE TRIGGER phrases_chars_ai AFTER INSERT ON phrases BEGIN
        INSERT INTO phrases_chars_fts(rowid, chars) VALUES (new.id, new.chars);
    END;
    CREATE TRIGGER phrases_chars_ad AFTER DELETE ON phrases BEGIN
        INSERT INTO phrases_chars_fts(phrases_chars_fts, rowid, chars) VALUES ('delete', old.id, old.chars);
    END;
    CREATE TRIGGER phrases_chars_au AFTER UPDATE OF chars ON phrases BEGIN
        INSERT INTO phrases_chars_fts(phrases_chars_fts, rowid, chars) VALUES ('delete', old.id, old.chars);
        INSERT INTO phrases_chars_fts(rowid, chars) VALUES (new.id, new.chars);
    END;
    -- pinyin initials (zfjc) and full pinyin (zhifajiancha), 3+ letters
    CREATE VIRTUAL TABLE phrases_pinyin_fts USING fts5(pinyin_initials, pinyin_full, content='phrases',
                                                       content_rowid='id', tokenize='trigram');
    CREATE TRIGGER phrases_pinyin_ai AFTER INSERT ON phrases BEGIN
        INSERT INTO phrases_pinyin_fts(rowid, pinyin_initials, pinyin_full)
            VALUES (new.id, new.pinyin_initials, new.pinyin_full);
    END;
    CREATE TRIGGER phrases_pinyin_ad AFTER DELETE ON phrases BEGIN
        INSERT INTO phrases_pinyin_fts(phrases_pinyin_fts, rowid, pinyin_initials, pinyin_full)
            VALUES ('delete', old.id, old.pinyin_initials, old.pinyin_full);
    END;
    CREATE TRIGGER phrases_pinyin_au AFTER UPDATE OF pinyin_initials, pinyin_full ON phrases BEGIN
        INSERT INTO phrases_pinyin_fts(phrases_pinyin_fts, rowid, pinyin_initials, pinyin_full)
            VALUES ('delete', old.id, old.pinyin_initials, old.pinyin_full);
        INSERT INTO phrases_pinyin_fts(rowid, pinyin_initials, pinyin_full)
            VALUES (new.id, new.pinyin_initials, new.pinyin_full);
    END;
    CREATE TABLE activities (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        date_text TEXT NOT NULL DEFAULT '',
        start TEXT,
        end TEXT,
        category TEXT NOT NULL DEFAULT '其他',
        title TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        part INTEGER,
        figures TEXT NOT NULL DEFAULT '[]',
        origin TEXT NOT NULL DEFAULT 'entered',
        created TEXT NOT NULL
    );
    CREATE INDEX activities_by_year ON activities(year, start);
    """,
    # review (issue 12): notes per section (kept 批注, never exported) and the changes of a
    # reviewed Word file that are neither accepted nor rejected yet
    """
    ALTER TABLE sections ADD COLUMN notes TEXT NOT NULL DEFAULT '';
    CREATE TABLE review_pending (
        report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
        source TEXT NOT NULL DEFAULT '',
        against INTEGER,
        created TEXT NOT NULL,
        changes TEXT NOT NULL DEFAULT '[]'
    );
    """,
    # 开头 and 结尾 as nodes (issue 11): a status for each, and last year's text as their reference
    """
    ALTER TABLE reports ADD COLUMN preamble_status TEXT NOT NULL DEFAULT '待写';
    ALTER TABLE reports ADD COLUMN closing_status TEXT NOT NULL DEFAULT '待写';
    ALTER TABLE reports ADD COLUMN preamble_reference TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE reports ADD COLUMN closing_reference TEXT NOT NULL DEFAULT '[]';
    UPDATE reports SET preamble_status = '草稿' WHERE preamble <> '[]';
    UPDATE reports SET closing_status = '草稿' WHERE closing <> '[]';
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
