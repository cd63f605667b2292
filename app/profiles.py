"""Format profiles: every layout value of the Word, PDF and print output in one editable JSON file
per profile (resources/profiles/NAME.json). The grid values Word needs (line pitch, character
spacing) are derived here so that the .docx and the Qt renderer agree."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.resources import resource_path

DEFAULT_PROFILE = "standard"
TWIPS_PER_PT = 20
MM_PER_PT = 25.4 / 72

FONT_ROLES = ("title", "body", "heading1", "heading2", "heading3", "heading4", "page_number", "draft_mark")


@dataclass(frozen=True)
class FontSpec:
    """The font of one role (title, body, a heading level, page numbers)."""

    family: str
    size_pt: float
    bold: bool = False
    fallbacks: tuple[str, ...] = ()

    @property
    def half_points(self) -> int:
        """Word's w:sz unit."""
        return round(self.size_pt * 2)


@dataclass(frozen=True)
class Profile:
    name: str
    label: str
    page_width_mm: float
    page_height_mm: float
    margin_top_mm: float
    margin_bottom_mm: float
    margin_left_mm: float
    margin_right_mm: float
    header_distance_mm: float
    lines_per_page: int
    chars_per_line: int
    fonts: dict[str, FontSpec]
    latin_font: str | None
    first_line_indent_chars: float
    blank_lines_after_title: int
    signature_right_indent_chars: float
    date_shift_chars: float
    page_number_indent_chars: float
    page_number_gap_mm: float
    page_number_dash: str

    # -- fonts -------------------------------------------------------------------------------
    def font(self, role: str) -> FontSpec:
        return self.fonts[role]

    def heading_font(self, depth: int) -> FontSpec:
        """Heading fonts by depth; levels below 4 use the level-4 font."""
        return self.fonts[f"heading{min(max(depth, 1), 4)}"]

    @property
    def body(self) -> FontSpec:
        return self.fonts["body"]

    # -- page geometry in twips (1/20 pt), the unit of WordprocessingML -------------------------
    @staticmethod
    def twips(mm: float) -> int:
        return round(mm / MM_PER_PT * TWIPS_PER_PT)

    @property
    def text_width_twips(self) -> int:
        return self.twips(self.page_width_mm) - self.twips(self.margin_left_mm) - self.twips(self.margin_right_mm)

    @property
    def text_height_twips(self) -> int:
        return self.twips(self.page_height_mm) - self.twips(self.margin_top_mm) - self.twips(self.margin_bottom_mm)

    @property
    def line_pitch_twips(self) -> int:
        """The largest whole-twip pitch that still fits `lines_per_page` lines into the text block."""
        return self.text_height_twips // self.lines_per_page

    @property
    def char_pitch_pt(self) -> float:
        """Advance of one full-width body character: the font size condensed by
        `char_spacing_twips`, so that exactly `chars_per_line` fit a line."""
        return self.body.size_pt + self.char_spacing_twips / TWIPS_PER_PT

    @property
    def char_spacing_twips(self) -> int:
        """w:spacing (condensing, in twips) applied to the text so a body character is no wider
        than one grid cell: LibreOffice gives a character wider than its cell two cells, where
        Word squeezes it into one."""
        size = round(self.body.size_pt * TWIPS_PER_PT)
        cell = self.text_width_twips / self.chars_per_line
        return min(0, math.floor(cell - size))

    def chars_twips(self, chars: float, role: str = "body") -> int:
        """A length of `chars` characters of a role's font, in twips."""
        return round(chars * self.fonts[role].size_pt * TWIPS_PER_PT)

    @property
    def footer_distance_twips(self) -> int:
        """Footer distance from the page edge so that the page number line starts
        `page_number_gap_mm` below the text block (GB/T 9704: 7 mm)."""
        line = self.page_number_line_twips
        return self.twips(self.margin_bottom_mm) - self.twips(self.page_number_gap_mm) - line

    @property
    def page_number_line_twips(self) -> int:
        return round(self.fonts["page_number"].size_pt * 1.25 * TWIPS_PER_PT)

    @property
    def title_chars_per_line(self) -> int:
        """How many full-width title characters fit one line."""
        return int(self.text_width_twips / TWIPS_PER_PT // self.fonts["title"].size_pt)


def profiles_dir() -> Path:
    return resource_path("profiles")


def profile_names() -> list[str]:
    """The names of the built-in profiles, standard first."""
    names = sorted(p.stem for p in profiles_dir().glob("*.json"))
    if DEFAULT_PROFILE in names:
        names.remove(DEFAULT_PROFILE)
        names.insert(0, DEFAULT_PROFILE)
    return names


def load_profile(name: str | None = None) -> Profile:
    """The profile `name` (a built-in name, or a path to a .json file); None → standard."""
    name = name or DEFAULT_PROFILE
    path = profiles_dir() / f"{name}.json"
    if not path.is_file():
        candidate = Path(name)
        if candidate.suffix.lower() == ".json" and candidate.is_file():
            path = candidate
        else:
            known = "、".join(profile_names())
            raise UserError(f"未知的格式方案：{name}；可用：{known}（unknown format profile）")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return _profile_from_dict(path.stem, data)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(f"格式方案 {path.name} 无效：{_reason(exc)}（invalid format profile）") from None


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"缺少 {exc.args[0]}"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _font(data: dict[str, Any]) -> FontSpec:
    size = float(data["size_pt"])
    if not 4 <= size <= 72:
        raise ValueError(f"字号不合理：{size}")
    return FontSpec(family=str(data["family"]), size_pt=size, bold=bool(data.get("bold", False)),
                    fallbacks=tuple(str(f) for f in data.get("fallbacks", ())))


def _positive(value: Any, what: str) -> float:
    number = float(value)
    if number <= 0:
        raise ValueError(f"{what} 应为正数")
    return number


def _profile_from_dict(name: str, data: dict[str, Any]) -> Profile:
    page, grid, layout = data["page"], data["grid"], data.get("layout", {})
    fonts = {role: _font(data["fonts"][role]) for role in FONT_ROLES}
    profile = Profile(
        name=name,
        label=str(data.get("label", name)),
        page_width_mm=_positive(page["width_mm"], "width_mm"),
        page_height_mm=_positive(page["height_mm"], "height_mm"),
        margin_top_mm=_positive(page["margin_top_mm"], "margin_top_mm"),
        margin_bottom_mm=_positive(page["margin_bottom_mm"], "margin_bottom_mm"),
        margin_left_mm=_positive(page["margin_left_mm"], "margin_left_mm"),
        margin_right_mm=_positive(page["margin_right_mm"], "margin_right_mm"),
        header_distance_mm=_positive(page.get("header_distance_mm", 15), "header_distance_mm"),
        lines_per_page=int(_positive(grid["lines_per_page"], "lines_per_page")),
        chars_per_line=int(_positive(grid["chars_per_line"], "chars_per_line")),
        fonts=fonts,
        latin_font=data.get("latin_font") or None,
        first_line_indent_chars=float(layout.get("first_line_indent_chars", 2)),
        blank_lines_after_title=int(layout.get("blank_lines_after_title", 1)),
        signature_right_indent_chars=float(layout.get("signature_right_indent_chars", 2)),
        date_shift_chars=float(layout.get("date_shift_chars", 2)),
        page_number_indent_chars=float(layout.get("page_number_indent_chars", 1)),
        page_number_gap_mm=float(layout.get("page_number_gap_mm", 7)),
        page_number_dash=str(layout.get("page_number_dash", "—")),
    )
    if profile.text_width_twips <= 0 or profile.text_height_twips <= 0:
        raise ValueError("页边距大于纸张")
    if profile.char_pitch_pt <= profile.body.size_pt / 2:
        raise ValueError("每行字数过多，字距过小")
    if profile.line_pitch_twips < profile.body.size_pt * TWIPS_PER_PT:
        raise ValueError("每页行数过多，行距小于字号")
    return profile
