"""Sharing the phrase library: JSON and Excel round trips, bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.errors import UserError
from app.library.phrase_io import export_phrases, import_phrases
from app.library.phrases import PhraseLibrary
from app.store import Store


def _library(tmp_path: Path, name: str) -> tuple[Store, PhraseLibrary]:
    store = Store(tmp_path / name)
    return store, PhraseLibrary(store.db)


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_round_trip_into_another_library(tmp_path: Path, suffix: str) -> None:
    store_a, a = _library(tmp_path, "a")
    store_b, b = _library(tmp_path, "b")
    try:
        mine = a.add("我们单位自己的常用语。", "结尾", "自定,分享")
        a.set_favorite(mine.id)
        a.record_use(mine.id)
        count = export_phrases(a, tmp_path / f"lib{suffix}")
        assert count == a.count()
        result = import_phrases(b, tmp_path / f"lib{suffix}")
        assert result.added == 1 and result.duplicates == count - 1  # the built-ins are there already
        [copied] = b.search("我们单位自己的常用语")
        assert (copied.category, copied.tags, copied.origin) == ("结尾", ["自定", "分享"], "imported")
        if suffix == ".json":
            assert copied.favorite and copied.uses == 1
        assert import_phrases(b, tmp_path / f"lib{suffix}").added == 0  # idempotent
    finally:
        store_a.close()
        store_b.close()


def test_json_shape(store, tmp_path: Path) -> None:
    library = PhraseLibrary(store.db)
    export_phrases(library, tmp_path / "p.json")
    data = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert set(data[0]) == {"id", "text", "category", "tags", "favorite", "uses"}
    workbook_path = tmp_path / "p.xlsx"
    export_phrases(library, workbook_path)
    assert [c.value for c in load_workbook(workbook_path).active[1]] == ["内容", "分类", "标签"]


def test_bad_files(store, tmp_path: Path) -> None:
    library = PhraseLibrary(store.db)
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError, match="JSON"):
        import_phrases(library, tmp_path / "bad.json")
    (tmp_path / "obj.json").write_text('{"a": 1}', encoding="utf-8")
    with pytest.raises(UserError):
        import_phrases(library, tmp_path / "obj.json")
    (tmp_path / "mixed.json").write_text(json.dumps([{"text": "可以导入的一句。"}, {"category": "开头"}, "x"]),
                                         encoding="utf-8")
    result = import_phrases(library, tmp_path / "mixed.json")
    assert result.added == 1 and len(result.skipped) == 2
    workbook = Workbook()
    workbook.active.append(["标题", "别的"])
    workbook.save(tmp_path / "nohead.xlsx")
    with pytest.raises(UserError, match="内容"):
        import_phrases(library, tmp_path / "nohead.xlsx")
    with pytest.raises(UserError):
        import_phrases(library, tmp_path / "p.txt")
    (tmp_path / "broken.xlsx").write_bytes(b"garbage")
    with pytest.raises(UserError):
        import_phrases(library, tmp_path / "broken.xlsx")


def test_a_library_of_a_hundred_thousand_is_not_refused(store, tmp_path: Path, monkeypatch) -> None:
    """The limit guards against a hostile file, not against the largest library the search serves;
    above it, one clear message and nothing added."""
    from app.library import phrase_io

    assert phrase_io.MAX_PHRASES >= 100_000
    library = PhraseLibrary(store.db)
    before = library.count()
    path = tmp_path / "many.json"
    path.write_text(json.dumps([{"text": f"第{n}条常用语"} for n in range(30)], ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(phrase_io, "MAX_PHRASES", 29)
    with pytest.raises(UserError, match="常用语过多（30 条，最多 29 条）"):
        import_phrases(library, path)
    assert library.count() == before
    monkeypatch.setattr(phrase_io, "MAX_PHRASES", 30)
    assert import_phrases(library, path).added == 30
