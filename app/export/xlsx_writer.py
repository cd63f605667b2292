"""Excel export: the outline with character counts (sheet 提纲) and counts per part (sheet
分部分统计); with ExportOptions.activities also the activity ledger sheets."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.counting import count_section
from app.export import ExportOptions, register_writer
from app.model import Part, Report
from app.numbering import located_sections

OUTLINE_SHEET = "提纲"
PARTS_SHEET = "分部分统计"
OUTLINE_HEADERS = ("编号", "标题", "层级", "部分", "状态", "字数")
PARTS_HEADERS = ("部分", "名称", "节数", "字数")
UNASSIGNED = "未归类"

SHEET_FONT = "宋体"  # every cell names its font: Excel and WPS would otherwise pick their own
_BODY_FONT = Font(name=SHEET_FONT, size=11)
_HEADER_FONT = Font(name=SHEET_FONT, size=11, bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
_MAX_WIDTH = 80
_HEADING_WIDTH = 60  # the 标题 column wraps beyond this, so the sheet prints one page wide


def outline_rows(report: Report) -> list[tuple[Any, ...]]:
    """One row per section: number, heading, level, part (of its top-level section), status,
    characters of its own heading and body."""
    rows: list[tuple[Any, ...]] = []
    part: Part | None = None
    for located in located_sections(report):
        section = located.section
        if located.depth == 1:
            part = section.part
        rows.append((located.number, section.heading, located.depth,
                     part.short_name if part else UNASSIGNED, section.status.value,
                     count_section(section).characters))
    return rows


def part_rows(report: Report) -> list[tuple[Any, ...]]:
    """Sections and characters per part (all five listed, then unassigned ones if any) and a total."""
    sections: dict[Part | None, int] = {p: 0 for p in Part}
    characters: dict[Part | None, int] = {p: 0 for p in Part}
    for top in report.sections:
        tree = top.walk()
        sections[top.part] = sections.get(top.part, 0) + len(tree)
        characters[top.part] = characters.get(top.part, 0) + sum(count_section(s).characters for s in tree)
    rows: list[tuple[Any, ...]] = [(int(p), p.short_name, sections[p], characters[p]) for p in Part]
    if None in sections:
        rows.append(("—", UNASSIGNED, sections[None], characters[None]))
    rows.append(("合计", "", sum(sections.values()), sum(characters.values())))
    return rows


def display_width(value: Any) -> float:
    """Column width units a value needs: Chinese characters are about two digits wide."""
    text = "" if value is None else str(value)
    return sum(2.0 if unicodedata.east_asian_width(c) in "WFA" else 1.1 for c in text)


def fill_sheet(sheet: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[Any]], *,
               filter_rows: int | None = None) -> None:
    """Headers in bold on a frozen first row, the rows, fitted widths and an auto filter over
    the first `filter_rows` data rows (all by default)."""
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center")
    for row in rows:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row]:
            cell.font = _BODY_FONT
    sheet.freeze_panes = "A2"
    widths = [display_width(h) for h in headers]
    for row in rows:
        for index, value in enumerate(row):
            widths[index] = max(widths[index], display_width(value))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(_MAX_WIDTH, width + 2)
    last_row = 1 + (len(rows) if filter_rows is None else filter_rows)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(last_row, 1)}"


def set_up_printing(sheet: Worksheet, *, wrap_column: int, title: str = "") -> None:
    """Landscape A4, one page wide (as many pages tall as needed), the header row repeated on every
    page, long headings wrapped in a column of bounded width."""
    letter = get_column_letter(wrap_column)
    dimension = sheet.column_dimensions[letter]
    dimension.width = min(dimension.width or _HEADING_WIDTH, _HEADING_WIDTH)
    wrap = Alignment(wrap_text=True, vertical="top")
    for (cell,) in sheet.iter_rows(min_row=2, min_col=wrap_column, max_col=wrap_column):
        cell.alignment = wrap
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_options.gridLines = True
    if title:
        sheet.oddHeader.center.text = title[:200].replace("&", "&&")
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"


def build_workbook(report: Report, options: ExportOptions | None = None) -> Workbook:
    options = options or ExportOptions()
    workbook = Workbook()
    outline = workbook.active
    outline.title = OUTLINE_SHEET
    fill_sheet(outline, OUTLINE_HEADERS, outline_rows(report))
    set_up_printing(outline, wrap_column=OUTLINE_HEADERS.index("标题") + 1, title=report.title)
    parts = workbook.create_sheet(PARTS_SHEET)
    rows = part_rows(report)
    fill_sheet(parts, PARTS_HEADERS, rows, filter_rows=len(rows) - 1)  # the total row stays out
    for cell in parts[parts.max_row]:
        cell.font = _HEADER_FONT
    if options.activities is not None:
        _add_ledger(workbook, options.activities)
    workbook.properties.title = report.title
    workbook.properties.creator = report.organization or "成文"
    return workbook


def _add_ledger(workbook: Workbook, activities: list) -> None:
    from app.library.ledger_xlsx import write_ledger_sheets

    write_ledger_sheets(workbook, activities)


def write_xlsx(report: Report, path: Path, options: ExportOptions) -> None:
    build_workbook(report, options).save(str(path))


register_writer(".xlsx", write_xlsx)
