"""Format profiles: built-ins, derived grid values, bad names and files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import UserError
from app.profiles import load_profile, profile_names, profiles_dir


def test_builtin_profiles() -> None:
    assert profile_names() == ["standard", "windows"]
    assert all(load_profile(name).label for name in profile_names())
    standard = load_profile(None)
    assert standard.name == "standard"
    assert (standard.margin_top_mm, standard.margin_bottom_mm, standard.margin_left_mm,
            standard.margin_right_mm) == (37, 35, 28, 26)
    assert (standard.lines_per_page, standard.chars_per_line) == (22, 28)
    assert standard.font("title").family == "方正小标宋简体" and standard.font("title").size_pt == 22
    assert standard.body.family == "仿宋_GB2312" and standard.body.size_pt == 16
    assert [standard.heading_font(d).family for d in (1, 2, 3, 4, 7)] == \
        ["黑体", "楷体_GB2312", "仿宋_GB2312", "仿宋_GB2312", "仿宋_GB2312"]
    assert standard.font("page_number").family == "宋体" and standard.font("page_number").size_pt == 14
    windows = load_profile("windows")
    assert [windows.font(r).family for r in ("title", "body", "heading1", "heading2")] == ["宋体", "仿宋", "黑体", "楷体"]


def test_derived_grid_values() -> None:
    profile = load_profile("standard")
    assert profile.line_pitch_twips == 579           # 225 mm / 22, ≈ 28.95 pt
    assert profile.char_spacing_twips == -5          # 16 pt condensed to 15.75 pt: 28 fit 156 mm
    assert 28 * profile.char_pitch_pt <= profile.text_width_twips / 20
    assert profile.title_chars_per_line == 20
    # the page number line starts 7 mm below the text block
    assert profile.footer_distance_twips + profile.page_number_line_twips == \
        profile.twips(35) - profile.twips(7)


def test_unknown_profile_lists_the_known_ones() -> None:
    with pytest.raises(UserError) as info:
        load_profile("fancy")
    assert "fancy" in str(info.value) and "standard" in str(info.value) and "windows" in str(info.value)


@pytest.mark.parametrize("change, reason", [
    (lambda d: d["fonts"].pop("body"), "body"),
    (lambda d: d["page"].update(margin_left_mm=200), "页边距"),
    (lambda d: d["grid"].update(lines_per_page=60), "行距"),
    (lambda d: d["fonts"]["body"].update(size_pt="大"), "大"),
])
def test_bad_profile_file_is_a_user_error(tmp_path: Path, change, reason: str) -> None:
    data = json.loads((profiles_dir() / "standard.json").read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(UserError, match=reason):
        load_profile(str(path))


def test_profile_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(UserError, match="无效"):
        load_profile(str(path))
