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


# Titles in the patterns of real published reports (organization, 关于, year, subject, document
# type), written with "/" at every place a line may break: between meaning units, never inside a
# word, a year, an organization name or the document type. "|" marks the one acceptable break
# inside an organization name (between the place and the department), used only as a last resort.
REAL_TITLES = [
    "天津市西青区统计局/关于/2024年度/法治政府建设/工作/情况的报告",
    "南阳市统计局/关于/2024年/法治政府建设/情况的报告",
    "某某市人民政府办公室/关于/2023年度/法治政府建设/情况的报告",
    "某某县人力资源和社会保障局/2024年度/法治政府建设/情况报告",
    "某某市市场监督管理局/关于/2024年/法治政府建设/情况的报告",
    "某某区生态环境局/2024年/法治政府建设/年度报告",
    "某某省统计局/关于/2024年度/推进/法治政府建设/情况的报告",
    "某某市|住房和城乡建设局/关于/2024年/法治政府建设/工作/情况的报告",
    "某某县人民政府/关于/2024年度/法治政府建设/情况的报告",
    "某某市交通运输局/2023年/法治政府建设/工作/情况报告",
    "某某区卫生健康委员会/关于/2024年/法治政府建设/情况的报告",
    "某某市自然资源和规划局/2024年度/法治政府建设/情况报告",
    "某某市|文化广电和旅游局/关于/2024年/法治政府建设/情况的报告",
    "某某县应急管理局/关于/2024年度/法治政府建设/工作/情况的报告",
    "某某市发展和改革委员会/2024年/法治政府建设/年度报告",
    "某某区司法局/关于/2024年/推进/法治政府建设/情况的报告",
    "某某市公安局/关于/2023年度/法治政府建设/工作/情况的报告",
    "某某县教育局/2024年度/法治政府建设/情况报告",
    "某某市财政局/关于/2024年/法治政府建设/和/2025年/工作/安排的报告",
    "某某区农业农村局/2024年/法治政府建设/工作/总结/和/2025年/工作/计划",
    "某某市医疗保障局/关于/2024年度/法治政府建设/情况的报告",
    "某某县水务局/关于/2024年/法治政府建设/情况的报告",
    "某某市审计局/2024年度/法治政府建设/情况报告",
    "某某区城市管理局/关于/2024年/法治政府建设/工作/情况的报告",
    "某某市退役军人事务局/2024年/法治政府建设/情况报告",
    "某某县民政局/关于/2024年度/法治政府建设/情况的报告",
    "某某市税务局/关于/2024年/法治政府建设/工作/情况的报告",
    "某某区商务局/2024年度/法治政府建设/年度报告",
    "某某市人民政府/关于/2024年度/法治政府建设/情况的报告",
    "某某自治县人民政府/关于/2024年/法治政府建设/情况的报告",
    "某某市|某某区人民政府/关于/2024年度/法治政府建设/情况的报告",
    "某某市体育局/关于/2024年/履行/推进/法治建设/第一责任人/职责/情况的报告",
    "某某县信访局/2024年/法治政府建设/工作/情况报告",
    "某某区|行政审批局/关于/2024年度/法治政府建设/情况的报告",
]


def test_real_titles_break_only_between_meaning_units() -> None:
    shown = []
    for spec in REAL_TITLES:
        title = spec.replace("/", "").replace("|", "")
        good = set()
        last_resort = set()
        position = 0
        for char in spec:
            if char == "/":
                good.add(position)
            elif char == "|":
                last_resort.add(position)
            else:
                position += 1
        lines = break_title(title, 20)
        shown.append(" / ".join(lines))
        assert "".join(lines) == title
        assert all(text_width(line) <= 20 for line in lines), lines
        breaks = set()
        position = 0
        for line in lines[:-1]:
            position += len(line)
            breaks.add(position)
        assert breaks <= good | last_resort, f"{title}: {lines}"
        assert len(lines) <= int(-(-text_width(title) // 20)) + 1
    assert len(shown) >= 30
