"""The Excel export: sheets 提纲 and 分部分统计 with Chinese headers, frozen header row, fitted
widths, filters and the right counts."""

from __future__ import annotations

import sys
import types
from pathlib import Path

from openpyxl import load_workbook

from app.counting import count_section
from app.export import ExportOptions, export_report
from app.model import Part, Report
from app.numbering import located_sections
from tests.app.export.reports import fixture_report, small_report


def export(tmp_path: Path, report=None, **options):
    path = tmp_path / "out.xlsx"
    export_report(report or small_report(), path, ExportOptions(**options))
    return load_workbook(path)


def test_sheets_and_headers(tmp_path: Path) -> None:
    book = export(tmp_path)
    assert book.sheetnames == ["提纲", "分部分统计"]
    outline, parts = book["提纲"], book["分部分统计"]
    assert [c.value for c in outline[1]] == ["编号", "标题", "层级", "部分", "状态", "字数"]
    assert [c.value for c in parts[1]] == ["部分", "名称", "节数", "字数"]
    for sheet in (outline, parts):
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
        assert all(c.font.bold for c in sheet[1])


def test_outline_has_one_row_per_section_with_counts(tmp_path: Path) -> None:
    report = small_report()
    rows = list(export(tmp_path, report)["提纲"].iter_rows(min_row=2, values_only=True))
    located = list(located_sections(report))
    assert len(rows) == len(located)
    for row, place in zip(rows, located):
        number, heading, level, part, status, chars = row
        assert (number, heading or "", level) == (place.number, place.section.heading, place.depth)
        assert status == place.section.status.value
        assert chars == count_section(place.section).characters
    assert rows[0][:4] == ("一、", "依法全面履行统计职能", 1, "主要举措和成效")
    assert rows[1][0] == "一、（一）" and rows[1][3] == "主要举措和成效"  # part of its top-level section
    assert rows[0][4] == "定稿" and rows[1][4] == "草稿"


def test_parts_sheet_lists_all_five_parts_and_a_total(tmp_path: Path) -> None:
    report = small_report()
    sheet = export(tmp_path, report)["分部分统计"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows[:5]] == [1, 2, 3, 4, 5]
    assert [r[1] for r in rows[:5]] == [p.short_name for p in Part]
    by_part = {r[0]: r for r in rows[:5]}
    first = report.sections[0]
    assert by_part[1][2] == len(first.walk())
    assert by_part[1][3] == sum(count_section(s).characters for s in first.walk())
    assert by_part[3][2:] == (0, 0) and by_part[5][2:] == (0, 0)
    total = rows[-1]
    assert total[0] == "合计"
    assert total[2] == len(report.all_sections())
    assert total[3] == sum(count_section(s).characters for s in report.all_sections())
    assert sheet.auto_filter.ref == "A1:D6"  # the total row stays out of the filter


def test_unassigned_sections_are_counted(tmp_path: Path) -> None:
    report = small_report()
    report.sections[1].part = None
    rows = list(export(tmp_path, report)["分部分统计"].iter_rows(min_row=2, values_only=True))
    assert rows[5][1] == "未归类" and rows[5][2] == 1


def test_widths_fit_the_longest_heading_up_to_the_wrapping_width(tmp_path: Path) -> None:
    sheet = export(tmp_path, fixture_report("nanyang-tongji-2024.txt"))["提纲"]
    longest = max(len(c.value or "") for c in sheet["B"][1:])
    assert sheet.column_dimensions["B"].width >= min(60, longest * 2)
    assert sheet.column_dimensions["C"].width < 10


def test_ledger_sheets_are_added_when_activities_are_given(tmp_path: Path, monkeypatch) -> None:
    calls = []

    def write_ledger_sheets(workbook, activities):
        calls.append(activities)
        workbook.create_sheet("活动台账")

    module = types.ModuleType("app.library.ledger_xlsx")
    module.write_ledger_sheets = write_ledger_sheets
    monkeypatch.setitem(sys.modules, "app.library.ledger_xlsx", module)
    book = export(tmp_path, activities=["a"])
    assert calls == [["a"]] and "活动台账" in book.sheetnames
    book = export(tmp_path)  # no activities: no ledger
    assert "活动台账" not in book.sheetnames and len(calls) == 1


def test_empty_report(tmp_path: Path) -> None:
    book = export(tmp_path, Report())
    assert book["提纲"].max_row == 1
    assert [r[0] for r in book["分部分统计"].iter_rows(min_row=2, values_only=True)] == [1, 2, 3, 4, 5, "合计"]


def test_real_ledger_sheets(tmp_path: Path) -> None:
    from app.library.activities import Activity, Figure

    activities = [Activity(year=2024, date_text="4月3日", title="召开警示教育大会", part=Part.MEASURES,
                           figures=[Figure("执法检查", 32, "家")])]
    book = export(tmp_path, activities=activities)
    assert book.sheetnames[:2] == ["提纲", "分部分统计"]
    assert "活动台账" in book.sheetnames
    assert any(row and "召开警示教育大会" in row for row in book["活动台账"].iter_rows(values_only=True))


def test_outline_prints_landscape_one_page_wide_with_repeated_header(tmp_path: Path) -> None:
    report = fixture_report("nanyang-tongji-2024.txt")
    report.sections[0].heading = "坚持党的领导，" * 12  # a heading far wider than a page
    outline = export(tmp_path, report)["提纲"]
    assert outline.page_setup.orientation == "landscape"
    assert outline.sheet_properties.pageSetUpPr.fitToPage
    assert outline.page_setup.fitToWidth == 1 and outline.page_setup.fitToHeight == 0
    assert outline.print_title_rows == "$1:$1"
    assert outline.column_dimensions["B"].width <= 60
    assert all(row[1].alignment.wrap_text for row in outline.iter_rows(min_row=2))


def test_every_font_is_named(tmp_path: Path) -> None:
    book = export(tmp_path)
    for sheet in (book["提纲"], book["分部分统计"]):
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    assert cell.font.name, f"{sheet.title}!{cell.coordinate} has no font name"
