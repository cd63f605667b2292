"""The schema as forward migrations; `PRAGMA user_version` is the number of migrations applied.

Never edit a released migration: add a new one. Databases of every released version are kept
under tests/data/ and opened by the tests.
"""

from __future__ import annotations

from app.library.pinyin_keys import CODE_BASE, OTHER_CODE, SYLLABLE_CODES

# Every coded syllable in a 7-character slot "|zhuang" / "|fa    ": the slot number of a syllable
# is its code less CODE_BASE (app/library/pinyin_keys.py), found with instr() in SQL.
_SYLLABLE_SLOTS = "".join("|" + s.ljust(6) for s in SYLLABLE_CODES)

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
    # 2: review (issue 12): notes per section (kept 批注, never exported) and the changes of a
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
    # 3: one compact phrase search index (issue 15, speed). Three FTS5 tables and four covering
    # indexes (22x the text) become one contentless trigram index over text, tags, pinyin initials
    # and the syllables (full pinyin, one character a syllable), with no positions and no sizes
    # (detail=none, columnsize=0: a row found is checked against the query anyway), plus one
    # small rank index. Each indexed value ends in two U+0001, so that every character starts a
    # trigram and 1-2 character queries are answered from the index's term list (phrase_terms);
    # text and pinyin start with U+0002, so that "starts with" is a term too.
    """
    DROP TRIGGER phrases_ai;
    DROP TRIGGER phrases_ad;
    DROP TRIGGER phrases_au;
    DROP TRIGGER phrases_chars_ai;
    DROP TRIGGER phrases_chars_ad;
    DROP TRIGGER phrases_chars_au;
    DROP TRIGGER phrases_pinyin_ai;
    DROP TRIGGER phrases_pinyin_ad;
    DROP TRIGGER phrases_pinyin_au;
    DROP TABLE phrases_fts;
    DROP TABLE phrases_chars_fts;
    DROP TABLE phrases_pinyin_fts;
    DROP INDEX phrases_rank_text;
    DROP INDEX phrases_rank_pinyin;
    DROP INDEX phrases_by_text;
    DROP INDEX phrases_by_initials;
    ALTER TABLE phrases ADD COLUMN syllables TEXT NOT NULL DEFAULT '';
    UPDATE phrases SET syllables = (
        WITH RECURSIVE split(rest, out) AS (
            SELECT trim(phrases.pinyin_full) || ' ', ''
            UNION ALL
            SELECT substr(rest, instr(rest, ' ') + 1),
                   out || (WITH token(t) AS (SELECT substr(rest, 1, instr(rest, ' ') - 1))
                           SELECT CASE WHEN length(t) <= 1 THEN t
                                       WHEN length(t) <= 6 AND instr(:slots, '|' || substr(t || '      ', 1, 6)) > 0
                                       THEN char(:base + (instr(:slots, '|' || substr(t || '      ', 1, 6)) - 1) / 7)
                                       ELSE :other END FROM token)
            FROM split WHERE rest <> '' AND rest <> ' '
        )
        SELECT out FROM split WHERE rest = '' OR rest = ' ' LIMIT 1);
    ALTER TABLE phrases DROP COLUMN pinyin_full;
    ALTER TABLE phrases DROP COLUMN chars;
    CREATE INDEX phrases_rank ON phrases(hidden, favorite DESC, uses DESC, category);
    CREATE VIRTUAL TABLE phrase_index USING fts5(text, tags, initials, syllables, content='', columnsize=0,
                                                 detail=none, tokenize='trigram case_sensitive 1');
    CREATE VIRTUAL TABLE phrase_terms USING fts5vocab(phrase_index, 'row');
    INSERT INTO phrase_index(rowid, text, tags, initials, syllables)
        SELECT id, char(2) || text || char(1, 1), tags || char(1, 1), char(2) || pinyin_initials || char(1, 1),
               char(2) || syllables || char(1, 1)
        FROM phrases;
    CREATE TRIGGER phrase_index_ai AFTER INSERT ON phrases BEGIN
        INSERT INTO phrase_index(rowid, text, tags, initials, syllables)
            VALUES (new.id, char(2) || new.text || char(1, 1), new.tags || char(1, 1),
                    char(2) || new.pinyin_initials || char(1, 1), char(2) || new.syllables || char(1, 1));
    END;
    CREATE TRIGGER phrase_index_ad AFTER DELETE ON phrases BEGIN
        INSERT INTO phrase_index(phrase_index, rowid, text, tags, initials, syllables)
            VALUES ('delete', old.id, char(2) || old.text || char(1, 1), old.tags || char(1, 1),
                    char(2) || old.pinyin_initials || char(1, 1), char(2) || old.syllables || char(1, 1));
    END;
    CREATE TRIGGER phrase_index_au AFTER UPDATE OF text, tags, pinyin_initials, syllables ON phrases BEGIN
        INSERT INTO phrase_index(phrase_index, rowid, text, tags, initials, syllables)
            VALUES ('delete', old.id, char(2) || old.text || char(1, 1), old.tags || char(1, 1),
                    char(2) || old.pinyin_initials || char(1, 1), char(2) || old.syllables || char(1, 1));
        INSERT INTO phrase_index(rowid, text, tags, initials, syllables)
            VALUES (new.id, char(2) || new.text || char(1, 1), new.tags || char(1, 1),
                    char(2) || new.pinyin_initials || char(1, 1), char(2) || new.syllables || char(1, 1));
    END;
    """.replace(":slots", f"'{_SYLLABLE_SLOTS}'").replace(":base", str(CODE_BASE)).replace(":other", f"'{OTHER_CODE}'"),
    # 4: formal submission (正式行文): 发文机关标志, 发文字号, 签发人, 抄送, 印发机关, 印发日期
    """
    ALTER TABLE reports ADD COLUMN issuer_mark TEXT NOT NULL DEFAULT '';
    ALTER TABLE reports ADD COLUMN doc_number TEXT NOT NULL DEFAULT '';
    ALTER TABLE reports ADD COLUMN signer TEXT NOT NULL DEFAULT '';
    ALTER TABLE reports ADD COLUMN copy_to TEXT NOT NULL DEFAULT '';
    ALTER TABLE reports ADD COLUMN printer TEXT NOT NULL DEFAULT '';
    ALTER TABLE reports ADD COLUMN print_date TEXT;
    """,
    # 5: manage (issue 11): a kind per report (草稿 the clerk writes, 来源 imported last-year reports),
    # the 回收站 (deleted_at set: hidden everywhere, restorable until purged) and the 字数目标 (JSON)
    """
    ALTER TABLE reports ADD COLUMN kind TEXT NOT NULL DEFAULT '草稿';
    ALTER TABLE reports ADD COLUMN deleted_at TEXT;
    ALTER TABLE reports ADD COLUMN targets TEXT NOT NULL DEFAULT '{}';
    UPDATE reports SET kind = '来源' WHERE origin = 'import';
    """,
    # 6: 开头 and 结尾 as nodes (issue 11): a status for each, and last year's text as their reference
    """
    ALTER TABLE reports ADD COLUMN preamble_status TEXT NOT NULL DEFAULT '待写';
    ALTER TABLE reports ADD COLUMN closing_status TEXT NOT NULL DEFAULT '待写';
    ALTER TABLE reports ADD COLUMN preamble_reference TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE reports ADD COLUMN closing_reference TEXT NOT NULL DEFAULT '[]';
    UPDATE reports SET preamble_status = '草稿' WHERE preamble <> '[]';
    UPDATE reports SET closing_status = '草稿' WHERE closing <> '[]';
    """,
    # 7: a smaller phrase index (issue 15, speed). The builtin_key UNIQUE constraint kept an index
    # entry for every phrase (1 MB at 100,000 phrases, where only the built-ins have a key): the table
    # is rebuilt with a partial unique index instead. The rank index holds id before the category, so
    # that it gives the whole rank order (favourites, uses, id: without it every walk sorted) and a
    # walk in one category reads only that category's rows. The trigram index is merged into one
    # segment (bulk building leaves several, a quarter larger). phrase_term_rows lists the rows of
    # each index term (no storage of its own): a range of terms is read from it, not matched as a
    # long OR.
    """
    DROP TRIGGER phrase_index_ai;
    DROP TRIGGER phrase_index_ad;
    DROP TRIGGER phrase_index_au;
    DROP INDEX phrases_rank;
    CREATE TABLE phrases_rebuilt (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        category TEXT NOT NULL DEFAULT '其他',
        tags TEXT NOT NULL DEFAULT '',
        part INTEGER,
        favorite INTEGER NOT NULL DEFAULT 0,
        uses INTEGER NOT NULL DEFAULT 0,
        last_used TEXT,
        origin TEXT NOT NULL DEFAULT 'mine',
        builtin_key TEXT,
        hidden INTEGER NOT NULL DEFAULT 0,
        original_text TEXT,
        pinyin_initials TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        syllables TEXT NOT NULL DEFAULT ''
    );
    INSERT INTO phrases_rebuilt (id, text, category, tags, part, favorite, uses, last_used, origin, builtin_key,
                                 hidden, original_text, pinyin_initials, created, syllables)
        SELECT id, text, category, tags, part, favorite, uses, last_used, origin, builtin_key, hidden,
               original_text, pinyin_initials, created, syllables FROM phrases;
    DROP TABLE phrases;
    ALTER TABLE phrases_rebuilt RENAME TO phrases;
    CREATE UNIQUE INDEX phrases_builtin ON phrases(builtin_key) WHERE builtin_key IS NOT NULL;
    CREATE INDEX phrases_rank ON phrases(hidden, favorite DESC, uses DESC, id, category);
    CREATE TRIGGER phrase_index_ai AFTER INSERT ON phrases BEGIN
        INSERT INTO phrase_index(rowid, text, tags, initials, syllables)
            VALUES (new.id, char(2) || new.text || char(1, 1), new.tags || char(1, 1),
                    char(2) || new.pinyin_initials || char(1, 1), char(2) || new.syllables || char(1, 1));
    END;
    CREATE TRIGGER phrase_index_ad AFTER DELETE ON phrases BEGIN
        INSERT INTO phrase_index(phrase_index, rowid, text, tags, initials, syllables)
            VALUES ('delete', old.id, char(2) || old.text || char(1, 1), old.tags || char(1, 1),
                    char(2) || old.pinyin_initials || char(1, 1), char(2) || old.syllables || char(1, 1));
    END;
    CREATE TRIGGER phrase_index_au AFTER UPDATE OF text, tags, pinyin_initials, syllables ON phrases BEGIN
        INSERT INTO phrase_index(phrase_index, rowid, text, tags, initials, syllables)
            VALUES ('delete', old.id, char(2) || old.text || char(1, 1), old.tags || char(1, 1),
                    char(2) || old.pinyin_initials || char(1, 1), char(2) || old.syllables || char(1, 1));
        INSERT INTO phrase_index(rowid, text, tags, initials, syllables)
            VALUES (new.id, char(2) || new.text || char(1, 1), new.tags || char(1, 1),
                    char(2) || new.pinyin_initials || char(1, 1), char(2) || new.syllables || char(1, 1));
    END;
    INSERT INTO phrase_index(phrase_index) VALUES ('optimize');
    CREATE VIRTUAL TABLE phrase_term_rows USING fts5vocab(phrase_index, 'instance');
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
