"""The ledger in Excel: import a clerk's own sheet through a column mapping, export the ledger
(sheet 活动台账) and the figures by year (sheet 数据对比).

Import is forgiving: extra columns are ignored, merged cells are filled down, dates may be text
(4月3日, 7-9月, 2024-04-03), Excel dates or serial numbers, empty rows are passed over. Rows that
cannot be imported are listed with the reason; the rest is stored in one transaction.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.fileio import atomic_write
from app.library.activities import (
    Activity,
    ActivityKey,
    ActivityLedger,
    Figure,
    activity_key,
    figures_text,
    format_number,
    parse_figures,
)
from app.library.dates import date_text_of, parse_date_text
from app.library.xlsx_read import open_workbook, sheet_grid
from app.model import PART_NAMES, Part
from app.numbering import parse_chinese_number
from app.store.database import Database
from app.store.settings import LEDGER_COLUMN_MAPPING

LEDGER_SHEET = "活动台账"
FIGURES_SHEET = "数据对比"
# field → the column header the export writes (and the import's first guess)
FIELDS: dict[str, str] = {"year": "年度", "date": "日期", "category": "类别", "title": "事项",
                          "description": "内容", "part": "部分", "figures": "数据"}
SYNONYMS: dict[str, tuple[str, ...]] = {
    "year": ("年度", "年份", "年"),
    "date": ("日期", "时间", "活动时间", "开展时间", "活动日期"),
    "category": ("类别", "分类", "类型", "活动类别"),
    "title": ("事项", "活动", "活动名称", "名称", "标题", "工作事项", "活动事项", "主题"),
    "description": ("内容", "具体内容", "活动内容", "描述", "说明", "情况"),
    "part": ("部分", "所属部分", "报告部分"),
    "figures": ("数据", "数量", "指标", "数字"),
}
SETTINGS_KEY = LEDGER_COLUMN_MAPPING  # where the app remembers the clerk's mapping (Settings.ledger_column_mapping)
ALREADY_IN_LEDGER = "已在台账中"
_HEADER_SCAN_ROWS = 20
_ISO_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")


@dataclass
class SkippedRow:
    row: int      # the Excel row number
    reason: str

    def __str__(self) -> str:
        return f"第{self.row}行：{self.reason}"


@dataclass
class LedgerImportResult:
    imported: list[Activity] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)   # the Excel row of each imported activity

    def skip_existing(self, ledger: ActivityLedger) -> None:
        """Move the rows the ledger already holds (same year, date and title) — and repeats
        within the file — from imported to skipped, so importing a file twice adds nothing."""
        stored: dict[int, set[ActivityKey]] = {}
        first_row: dict[ActivityKey, int] = {}
        kept: list[tuple[int, Activity]] = []
        for row, activity in zip(self.rows, self.imported, strict=True):
            key = activity_key(activity)
            if activity.year not in stored:
                stored[activity.year] = ledger.keys(activity.year)
            if key in stored[activity.year]:
                self.skipped.append(SkippedRow(row, ALREADY_IN_LEDGER))
            elif key in first_row:
                self.skipped.append(SkippedRow(row, f"与第{first_row[key]}行重复"))
            else:
                first_row[key] = row
                kept.append((row, activity))
        self.skipped.sort(key=lambda s: s.row)
        self.rows = [row for row, _ in kept]
        self.imported = [activity for _, activity in kept]

    def summary(self) -> str:
        text = f"导入 {len(self.imported)} 条活动"
        return text + (f"，跳过 {len(self.skipped)} 行" if self.skipped else "")


def _header(value: Any) -> str:
    return re.sub(r"\s+", "", str(value)) if value is not None else ""


def guess_mapping(headers: Iterable[str]) -> dict[str, str]:
    """field → header for the headers that name a field (年度, 日期, 事项 …)."""
    names = [_header(h) for h in headers]
    mapping: dict[str, str] = {}
    for name_field, synonyms in SYNONYMS.items():
        for synonym in synonyms:
            if synonym in names and synonym not in mapping.values():
                mapping[name_field] = synonym
                break
    return mapping


def read_headers(path: Path | str) -> list[str]:
    """The header row of the ledger sheet (for the mapping dialog): the first row with 2+ texts."""
    workbook = open_workbook(path, read_only=True)
    try:
        sheet = _ledger_sheet(workbook)
        for row in sheet.iter_rows(max_row=_HEADER_SCAN_ROWS, values_only=True):
            texts = [_header(v) for v in row if _header(v)]
            if len(texts) >= 2:
                return texts
        return []
    finally:
        workbook.close()


def _ledger_sheet(workbook: Any) -> Any:
    return workbook[LEDGER_SHEET] if LEDGER_SHEET in workbook.sheetnames else workbook.worksheets[0]


def read_ledger(path: Path | str, mapping: Mapping[str, str] | None = None,
                default_year: int | None = None) -> LedgerImportResult:
    """The activities a ledger file holds (not stored). `mapping` is field → column header;
    without one the headers are guessed. UserError when nothing can be read at all."""
    source = Path(path)
    workbook = open_workbook(source, read_only=True)
    try:
        sheet = _ledger_sheet(workbook)
        grid = sheet_grid(sheet, fill_merges=True)
    finally:
        workbook.close()
    return _activities_from_grid(grid, dict(mapping or {}), default_year, f"excel:{source.name}")


def import_ledger(db: Database, path: Path | str, mapping: Mapping[str, str] | None = None,
                  default_year: int | None = None) -> LedgerImportResult:
    """read_ledger, then store every readable row the ledger does not hold yet in one transaction."""
    result = read_ledger(path, mapping, default_year)
    ledger = ActivityLedger(db)
    result.skip_existing(ledger)
    ledger.add_many(result.imported)
    return result


def _activities_from_grid(grid: list[list[Any]], mapping: dict[str, str], default_year: int | None,
                          origin: str) -> LedgerImportResult:
    result = LedgerImportResult()
    if not mapping:  # the first row whose headers name the title column
        for row in grid[:_HEADER_SCAN_ROWS]:
            mapping = guess_mapping(_header(v) for v in row)
            if "title" in mapping:
                break
    header_row, columns = _find_header(grid, mapping)
    if header_row is None or "title" not in columns:
        wanted = mapping.get("title", FIELDS["title"])
        raise UserError(f"找不到“{wanted}”列（事项/活动名称），无法导入；请在列对应中指定事项所在的列")
    for name_field, header in mapping.items():
        if name_field not in columns and header:
            result.warnings.append(f"找不到“{header}”列，{FIELDS.get(name_field, name_field)}一项留空")
    for index in range(header_row + 1, len(grid)):
        row = grid[index]
        if not any(v is not None and str(v).strip() for v in row):
            continue  # empty rows separate blocks; they are not data

        def cell(name: str, row: list[Any] = row) -> Any:
            column = columns.get(name)
            if column is None or column >= len(row):
                return None
            value = row[column]
            return value.strip() if isinstance(value, str) else value
        try:
            result.imported.append(_activity(cell, default_year, origin))
            result.rows.append(index + 1)
        except UserError as exc:
            result.skipped.append(SkippedRow(index + 1, str(exc)))
    return result


def _find_header(grid: list[list[Any]], mapping: dict[str, str]) -> tuple[int | None, dict[str, int]]:
    """The header row (where the mapped title column is named) and field → column index."""
    wanted = {name_field: _header(header) for name_field, header in mapping.items() if header}
    for index, row in enumerate(grid[:_HEADER_SCAN_ROWS]):
        names = [_header(v) for v in row]
        if wanted.get("title") and wanted["title"] in names:
            return index, {f: names.index(h) for f, h in wanted.items() if h in names}
    return None, {}


def _activity(cell: Any, default_year: int | None, origin: str) -> Activity:
    title = cell("title")
    if title is None or not str(title).strip():
        raise UserError("事项为空")
    year = _year(cell("year"))
    date_text, start, end, date_year = _date(cell("date"), year or default_year)
    year = year or date_year or default_year
    if not year:
        raise UserError("缺少年度（表中无年度列、日期也未写年份）")
    figures = _figures(cell("figures"))  # free date text such as 全年 stays as written, undated
    category = str(cell("category") or "").strip() or "其他"
    return Activity(year=year, date_text=date_text, start=start, end=end, category=category,
                    title=str(title).strip(), description=str(cell("description") or "").strip(),
                    part=_part(cell("part")), figures=figures, origin=origin)


def _year(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.year
    match = re.search(r"(19|20)\d\d", str(value))
    if not match:
        raise UserError(f"年度无法识别：{value}")
    return int(match.group(0))


def _date(value: Any, year: int | None) -> tuple[str, dt.date | None, dt.date | None, int | None]:
    """(date as written, start, end, the year the date names)."""
    if value is None or value == "":
        return "", None, None, None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return date_text_of(value), value, value, value.year
    if isinstance(value, (int, float)):
        if value < 60:  # too small to be an Excel day number (1900-03-01 is 61)
            raise UserError(f"日期无法识别：{value}")
        from openpyxl.utils.datetime import from_excel

        day = from_excel(value).date()
        return date_text_of(day), day, day, day.year
    text = str(value).strip()
    iso = _ISO_DATE.match(text)
    if iso:
        try:
            day = dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            raise UserError(f"日期无效：{text}") from None
        return date_text_of(day), day, day, day.year
    named = re.match(r"^((?:19|20)\d\d)年", text)
    named_year = int(named.group(1)) if named else None
    start, end = parse_date_text(text, named_year or year or 2000)
    if start is None and re.search(r"\d+月\d+日|\d+月", text):
        raise UserError(f"日期无效：{text}")  # 9月31日, 13月: a date that cannot be
    if named:
        text = text[named.end():]  # the ledger shows 4月3日; the year is its own column
    return text, (start if (named_year or year) else None), (end if (named_year or year) else None), named_year


def _figures(value: Any) -> list[Figure]:
    if value is None or value == "":
        return []
    if isinstance(value, (int, float)):
        return [Figure("", value, "")]
    return parse_figures(str(value))


def _part(value: Any) -> Part | None:
    if value is None or value == "":
        return None
    text = str(value).strip()
    for part, name in PART_NAMES.items():
        if name in text or (len(text) >= 2 and text in name):
            return part
    digits = re.search(r"[1-5]", text)
    if digits:
        return Part(int(digits.group(0)))
    number = parse_chinese_number(re.sub(r"[^一二三四五]", "", text)[:1])
    return Part(number) if number and 1 <= number <= 5 else None


# --- export ------------------------------------------------------------------------------------
DATE_FORMAT = 'yyyy"年"m"月"d"日"'   # a day, as people write it; never a time of day


def origin_label(origin: str) -> str:
    """Where an activity came from, for people: entered → 手工录入, excel:台账.xlsx → Excel：台账.xlsx,
    report:1:一、（一） → 报告 1 一、（一）. An origin of another kind is shown as it is."""
    kind, _, rest = origin.partition(":")
    if kind == "entered" and not rest:
        return "手工录入"
    if kind == "excel":
        return f"Excel：{rest}"
    if kind == "report":
        report_id, _, number = rest.partition(":")
        return " ".join(p for p in ("报告", report_id, number) if p)
    return origin

def write_ledger_sheets(workbook: Any, activities: list[Activity]) -> None:
    """Add sheets 活动台账 and 数据对比 to an openpyxl Workbook (the report's Excel export calls this)."""
    from openpyxl.styles import Alignment, Font

    bold = Font(bold=True)
    ledger = workbook.create_sheet(LEDGER_SHEET)
    headers = [FIELDS["year"], FIELDS["date"], FIELDS["category"], FIELDS["title"], FIELDS["description"],
               FIELDS["part"], FIELDS["figures"], "开始", "结束", "来源"]
    ledger.append(headers)
    for activity in activities:
        ledger.append([
            activity.year, activity.date_text, activity.category, activity.title, activity.description,
            f"{int(activity.part)} {activity.part.short_name}" if activity.part else "",
            figures_text(activity.figures), activity.start, activity.end, origin_label(activity.origin),
        ])
    for cell in ledger[1]:
        cell.font = bold
    for column, width in zip("ABCDEFGHIJ", (7, 12, 10, 40, 60, 18, 30, 12, 12, 20)):
        ledger.column_dimensions[column].width = width
    for row in ledger.iter_rows(min_row=2, min_col=8, max_col=9):
        for cell in row:
            cell.number_format = DATE_FORMAT
    ledger.freeze_panes = "A2"

    table: dict[tuple[str, str], dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for activity in activities:
        for figure in activity.figures:
            table[(figure.name or activity.title, figure.unit)][activity.year] += figure.value
    years = sorted({a.year for a in activities if a.figures})
    compare = workbook.create_sheet(FIGURES_SHEET)
    compare.append(["指标", "单位", *[f"{y}年" for y in years]])
    for (name, unit), by_year in sorted(table.items()):
        compare.append([name, unit, *[_plain(by_year[y]) if y in by_year else None for y in years]])
    for cell in compare[1]:
        cell.font = bold
        cell.alignment = Alignment(horizontal="center")
    compare.column_dimensions["A"].width = 30
    compare.freeze_panes = "C2"


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(format_number(value))


def export_ledger(path: Path | str, activities: list[Activity]) -> Path:
    """Write the ledger workbook (活动台账 + 数据对比) whole or not at all."""
    from openpyxl import Workbook

    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise UserError(f"台账只能导出为 .xlsx：{target.name}")

    def write(tmp: Path) -> None:
        workbook = Workbook()
        workbook.remove(workbook.active)
        write_ledger_sheets(workbook, activities)
        workbook.save(tmp)

    return atomic_write(target, write)
