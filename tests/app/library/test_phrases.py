"""Phrase library: built-ins with overrides, search (1–8 characters, pinyin), ranking, variables."""

from __future__ import annotations

import random
from typing import Any

import pytest

from app.errors import NotFound, UserError
from app.library.phrase_search import PROBE_ROWS
from app.library.phrases import CATEGORIES, Phrase, PhraseLibrary, builtin_phrases, fill_variables
from app.model import Part
from app.template import Variables


@pytest.fixture
def library(store) -> PhraseLibrary:
    return PhraseLibrary(store.db)


def test_builtins_cover_every_category_and_part() -> None:
    phrases = builtin_phrases()
    assert len(phrases) >= 150
    assert {p.category for p in phrases} == set(CATEGORIES)
    assert {p.part for p in phrases if p.part} == set(Part)
    assert len({p.builtin_key for p in phrases}) == len(phrases)
    texts = " ".join(p.text for p in phrases)
    for variable in ("{年度}", "{下一年度}", "{单位}"):
        assert variable in texts


def test_builtins_load_once(store, library: PhraseLibrary) -> None:
    count = library.count()
    assert count == len(builtin_phrases())
    store.settings.set("phrases.builtin_digest", "changed")  # force a reload: nothing is added twice
    assert PhraseLibrary(store.db).ensure_builtins() == 0
    assert library.count() == count


def test_edit_hide_and_reset_a_builtin(library: PhraseLibrary) -> None:
    phrase = library.search("现将有关情况报告如下")[0]
    assert phrase.is_builtin
    original = phrase.text
    edited = library.edit(phrase.id, text="现将我局有关情况报告如下。")
    assert edited.text == "现将我局有关情况报告如下。" and edited.original_text == original
    library.edit(phrase.id, text="再改一次。")
    assert library.get(phrase.id).original_text == original  # the shipped text is kept once
    library.delete(phrase.id)  # a built-in is hidden, not lost
    assert library.get(phrase.id).hidden
    assert all(p.id != phrase.id for p in library.search("再改一次"))
    reset = library.reset(phrase.id)
    assert reset.text == original and not reset.hidden and reset.original_text is None
    assert library.search("现将有关情况报告如下")[0].id == phrase.id


def test_add_delete_and_errors(library: PhraseLibrary) -> None:
    mine = library.add("本单位专用的一句话。", "其他", "自定、测试")
    assert mine.tags == ["自定", "测试"] and mine.origin == "mine"
    with pytest.raises(UserError):
        library.add("   ")
    with pytest.raises(UserError):
        library.reset(mine.id)
    library.delete(mine.id)
    with pytest.raises(NotFound):
        library.get(mine.id)
    with pytest.raises(NotFound):
        library.record_use(mine.id)


def test_search_by_length_and_pinyin(library: PhraseLibrary) -> None:
    library.add("开展“双随机一公开”执法检查，依法查处统计违法行为。", "成效", "执法")
    one = library.search("查")
    assert one and all("查" in p.text or "查" in "".join(p.tags) for p in one)
    two = library.search("执法")
    assert two and all("执法" in p.text + "".join(p.tags) for p in two)
    three = library.search("机一公")
    assert [p.text for p in three] == ["开展“双随机一公开”执法检查，依法查处统计违法行为。"]
    assert len(library.search("双随机")) == 2  # the built-in 深入推进“双随机、一公开”监管 too
    eight = library.search("一公开”执法检查，")
    assert len("一公开”执法检查，") == 9 and eight[0].text.startswith("开展“双随机")
    assert len("检查，依法查处统") == 8
    assert [p.text[:6] for p in library.search("检查，依法查处统")] == ["开展“双随机"]
    assert len(library.search("执法检查，依法查")) == 2  # and the built-in
    initials = library.search("zfjc")
    assert initials and all("执法检查" in p.text for p in initials)
    assert library.search("ZFJC")[0].id == initials[0].id
    full = library.search("zhifa")
    assert full and all("执法" in p.text for p in full)
    assert library.search("鹅鹅鹅") == [] and library.search("鹅") == []
    assert library.search("", limit=5) == library.phrases()[:5]


def test_search_by_tag_and_category(library: PhraseLibrary) -> None:
    tagged = library.add("这一句正文里没有那个词。", "其他", "营商环境")
    assert tagged.id in [p.id for p in library.search("营商")]
    results = library.search("执法", category="问题")
    assert results and all(p.category == "问题" for p in results)


def test_ranking_exact_prefix_favourite_uses(library: PhraseLibrary) -> None:
    inner = library.add("全面加强执法队伍建设。")
    used = library.add("认真做好执法队伍培训。")
    favourite = library.add("持续优化执法队伍结构。")
    prefix = library.add("执法队伍素质进一步提升。")
    exact = library.add("执法队伍")
    library.record_use(used.id)
    library.record_use(used.id)
    library.set_favorite(favourite.id)
    ids = [p.id for p in library.search("执法队伍")]
    assert ids[:4] == [exact.id, prefix.id, favourite.id, used.id]
    assert ids.index(inner.id) > ids.index(used.id)  # not used: after the used one (and built-ins by age)
    assert library.get(used.id).uses == 2 and library.get(used.id).last_used


def test_fill_variables() -> None:
    text = "{年度}年，{单位}……{下一年度}年继续；对比{上一年度}年。{日期}"
    filled = fill_variables(text, Variables(2024, "西青区统计局", "2025年2月25日"))
    assert filled == "2024年，西青区统计局……2025年继续；对比2023年。2025年2月25日"


WORDS = ("执法", "检查", "普法", "宣传", "培训", "制度", "统计", "数据", "质量", "监督", "整改", "学习",
         "法治", "政府", "建设", "依法", "行政", "公开", "企业", "社区", "鹅毛")


def _brute_force(phrases: list[Phrase], query: str, limit: int) -> list[int]:
    hits = []
    for p in phrases:
        if p.hidden:
            continue
        if query in p.text or query in ",".join(p.tags):
            tier = 0 if p.text == query else 1 if p.text.startswith(query) else 2
            hits.append(((tier, -int(p.favorite), -p.uses, p.id), p.id))
    return [i for _, i in sorted(hits)[:limit]]


@pytest.mark.slow
def test_search_equals_brute_force_on_a_big_library(store) -> None:
    """More rows than the rank probe reads, so every path (probe, longer probe, index) runs."""
    library = PhraseLibrary(store.db, load_builtins=False)
    rng = random.Random(7)
    phrases = []
    for _ in range(PROBE_ROWS * 3):
        words = rng.choices(WORDS[:-1], k=rng.randint(3, 8))
        if rng.random() < 0.003:
            words.append("鹅毛")
        text = "".join(w + ("，" if rng.random() < 0.1 else "") for w in words)
        phrases.append(Phrase(text, tags=rng.sample(WORDS[:-1], k=1), favorite=rng.random() < 0.05,
                              uses=rng.randint(0, 30)))
    library.add_many(phrases)
    for hidden in phrases[:50]:
        library.set_hidden(hidden.id)
        hidden.hidden = True
    for query in ("执", "鹅", "鹅毛", "执法", "法检", "毛执", "执法检查", "检查普法宣传培训", "统计数据质量", "鹅毛执法",
                  "，", "法，", "，鹅", "鹅毛，执"):
        assert [p.id for p in library.search(query, limit=20)] == _brute_force(phrases, query, 20), query


def _brute_force_pinyin(library: PhraseLibrary, query: str, limit: int, category: str | None = None,
                        favorites_only: bool = False) -> list[int]:
    """Pinyin search by its definition: the initials contain the query, or the full pinyin holds
    one of its readings as whole syllables; it starts there for the second tier."""
    import re

    from app.library.pinyin_keys import query_readings, reading_pattern

    key = query.lower()
    patterns = [re.compile(reading_pattern(r)) for r in query_readings(key)]
    hits = []
    for row in library.db.conn.execute("SELECT * FROM phrases WHERE hidden=0"):
        if (category and row["category"] != category) or (favorites_only and not row["favorite"]):
            continue
        initials, syllables = row["pinyin_initials"], row["syllables"]
        if key in initials or any(p.search(syllables) for p in patterns):
            tier = 1 if initials.startswith(key) or any(p.match(syllables) for p in patterns) else 2
            hits.append(((tier, -row["favorite"], -row["uses"], row["id"]), row["id"]))
    return [i for _, i in sorted(hits)[:limit]]


@pytest.mark.slow
def test_pinyin_and_filtered_search_equal_brute_force_on_a_big_library(store) -> None:
    """Queries that every row, many rows, a few rows or no row match, with and without a category
    or favourites: whichever way the search takes (the index, a walk, a scan), the same answer."""
    library = PhraseLibrary(store.db, load_builtins=False)
    rng = random.Random(13)
    phrases = [Phrase("".join(rng.choices(WORDS, k=rng.randint(3, 8))), category=rng.choice(CATEGORIES),
                      favorite=rng.random() < 0.05, uses=rng.randint(0, 30)) for _ in range(PROBE_ROWS * 4)]
    ids = library.add_many(phrases)
    for hidden in ids[::40]:
        library.set_hidden(hidden)
    for query in ("zf", "zfjc", "zhifa", "zhif", "f", "fa", "a", "e", "ing", "xian", "emao", "emaozhi", "jczf",
                  "zfjcpf", "qv", "hen", "zhengfu", "jian", "tjsj"):
        options: dict[str, Any]
        for options in ({}, {"category": "结尾"}, {"favorites_only": True}):
            found = [p.id for p in library.search(query, limit=20, **options)]
            assert found == _brute_force_pinyin(library, query, 20, **options), (query, options)
    for query in ("法", "鹅毛", "执法检查", "检查普法"):
        found = [p.id for p in library.search(query, limit=20, category="问题")]
        expected = [p for p in library.phrases(category="问题") if query in p.text]
        tiers = sorted(expected, key=lambda p: 0 if p.text.startswith(query) else 1)
        assert found == [p.id for p in tiers[:20]], query


def test_full_pinyin_matches_whole_syllables(library: PhraseLibrary) -> None:
    from app.library.pinyin_keys import pinyin_keys, query_readings

    assert pinyin_keys("执法检查32家") == ("zfjc32j", "zhi fa jian cha 3 2 jia")
    assert query_readings("zhifa") == ("zhi fa ",)
    assert "zhi f" in query_readings("zhif")
    texts = [p.text for p in library.search("zhifa")]
    assert texts and all("执法" in t for t in texts)  # not 法治方式 (fa zhi fang)
    assert any("法治方式" in p.text for p in library.search("fazhifang"))


def test_a_bulk_import_is_indexed_like_single_adds(store) -> None:
    from app.library.phrases import BULK_ROWS

    library = PhraseLibrary(store.db, load_builtins=False)
    schema = store.db.conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    rng = random.Random(11)
    texts = ["".join(rng.choices(WORDS, k=rng.randint(2, 6))) for _ in range(BULK_ROWS + 20)]
    ids = library.add_many([Phrase(t) for t in texts])
    assert [library.get(i).text for i in ids] == texts
    ids += library.add_many([Phrase(t + "，再次") for t in texts[:BULK_ROWS]])  # into a library that has rows
    assert library.get(ids[-1]).text == texts[BULK_ROWS - 1] + "，再次"
    one = library.add("鹅毛大雪执法检查")
    # the trigger and the rank index dropped for the bulk work are back as they were
    assert store.db.conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall() == schema
    for query in ("鹅毛大", "法检", "zfjc", "emao"):
        expected = {p.id for p in library.phrases() if query in p.text} if not query.isascii() else None
        found = {p.id for p in library.search(query, limit=10_000)}
        if expected is not None:
            assert found == expected, query
        else:
            assert one.id in found, query


def test_search_keys_follow_pypinyin_word_by_word() -> None:
    """The stored keys come from pypinyin's own segmentation (polyphones read by their word: 银行
    yin hang, 行长 hang zhang), inlined and coded per word for speed: they must not drift from it."""
    from pypinyin import lazy_pinyin

    from app.library.pinyin_keys import encode_syllables, pinyin_items, pinyin_keys, search_keys

    texts = [p.text for p in builtin_phrases()] + ["银行行长调研重庆的重要项目", "长大成长还行还款", "嗯，PPT讲座32家",
                                                   "中华人民共和国宪法和法律", "的的确确", "a", "，", "执法" * 30]
    for text in texts:
        assert pinyin_items(text) == lazy_pinyin(text, errors=lambda run: list(run)), text
        initials, full = pinyin_keys(text)
        assert search_keys(text) == (initials, encode_syllables(full)), text


def test_a_rare_query_reads_only_the_rows_the_index_names(store) -> None:
    """Right after a large import (no planner statistics yet) a rare query must not turn into a walk
    of the whole table: every statement it runs looks the rows up by id."""
    library = PhraseLibrary(store.db, load_builtins=False)
    rng = random.Random(17)
    phrases = [Phrase("".join(rng.choices(WORDS[:-1], k=rng.randint(3, 8))) + ("鹅毛" if n % 97 == 0 else ""))
               for n in range(PROBE_ROWS * 3)]
    library.add_many(phrases)
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        for query in ("鹅毛", phrases[0].text[-4:], "emao", "鹅"):
            assert library.search(query)
    finally:
        store.db.conn.set_trace_callback(None)
    plans = [row[3] for sql in statements if sql.startswith("SELECT")
             for row in store.db.conn.execute("EXPLAIN QUERY PLAN " + sql) if row[3].split()[1:2] == ["phrases"]]
    # (a bare SEARCH is max(id): one step down the table's tree)
    assert plans and all("USING INTEGER PRIMARY KEY" in plan or plan == "SEARCH phrases" for plan in plans), plans
