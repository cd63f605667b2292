"""Long titles break at meaning units into a trapezoid or diamond."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.export.title_break import _atoms, break_title, text_width


def test_short_title_stays_on_one_line() -> None:
    assert break_title("关于2024年法治政府建设情况的报告", 20) == ["关于2024年法治政府建设情况的报告"]


def test_breaks_after_guanyu_into_a_trapezoid() -> None:
    assert break_title("南阳市统计局关于2024年法治政府建设情况的报告", 20) == \
        ["南阳市统计局关于", "2024年法治政府建设情况的报告"]
    lines = break_title("天津市西青区统计局关于2024年度法治政府建设工作情况的报告", 20)
    assert lines == ["天津市西青区统计局关于", "2024年度法治政府建设工作情况的报告"]


def test_never_breaks_inside_numbers_or_before_de() -> None:
    for title in ("某某县人力资源和社会保障局2024年度法治政府建设情况的报告",
                  "中共某某市委办公室、某某市人民政府办公室关于印发《法治政府建设实施方案》的通知"):
        lines = break_title(title, 20)
        assert "".join(lines) == title
        for upper, lower in zip(lines, lines[1:]):
            assert not (upper[-1].isdigit() and lower[0].isdigit())
            assert lower[0] not in "的，。、》）"
            assert upper[-1] not in "《（“"


def test_three_lines_form_a_trapezoid_or_diamond() -> None:
    lines = break_title("某某市某某区人力资源和社会保障局关于2024年度法治政府建设工作情况和2025年工作安排的报告", 20)
    widths = [text_width(line) for line in lines]
    assert len(lines) == 3
    assert max(widths) <= 20
    assert widths == sorted(widths) or widths.index(max(widths)) == 1 or widths == sorted(widths, reverse=True)


@given(st.text(alphabet="法治政府建设情况报告关于的和、2024年局委（）《》", min_size=0, max_size=120))
def test_any_title_keeps_its_text_and_fits(title: str) -> None:
    lines = break_title(title, 20)
    assert "".join(lines) == " ".join(title.split())
    # Only an unbreakable atom (a number, a short bracketed span) can overflow a line.
    assert all(text_width(line) <= 20 or len(_atoms(line)) == 1 for line in lines)
