"""Opening an Excel file the clerk chose: every way it can fail becomes one clear UserError, and
no small hostile file (a zip bomb, a merged range over a whole sheet, one cell at XFD1048576) can
take minutes or gigabytes: the zip is checked like a .docx, sheets are streamed (openpyxl's
read-only mode) keeping only cells that hold something, clipped to the used range."""

from __future__ import annotations

import logging
import zipfile
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import range_boundaries

from app.errors import UserError
from app.importing.safe_zip import check_sizes

log = logging.getLogger(__name__)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls are OLE files
MAX_ROWS = 100_000
MAX_COLUMNS = 64
MAX_MERGES = 10_000


def open_workbook(path: Path | str, *, read_only: bool) -> Any:
    """An openpyxl Workbook (data_only: formulas give their cached values)."""
    from openpyxl import load_workbook

    source = Path(path)
    if not source.is_file():
        raise UserError(f"找不到文件：{source}（file not found）")
    try:
        with source.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise UserError(f"无法读取 {source.name}：{exc.strerror or exc}") from None
    if head == _OLE_MAGIC:
        raise UserError(f"{source.name} 设有打开密码或是旧版 .xls 格式，请在 Excel 中取消密码并另存为 .xlsx 后再导入")
    _check_zip(source)
    try:
        return load_workbook(source, read_only=read_only, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise UserError(f"{source.name} 不是有效的 Excel（.xlsx）文件或已损坏（{type(exc).__name__}）") from None
    except MemoryError:
        raise UserError(f"{source.name} 过大，无法读取（out of memory）") from None
    except Exception as exc:  # noqa: BLE001 - openpyxl raises its own InvalidFileException and assorted parse errors
        raise UserError(f"{source.name} 无法作为 Excel 文件读取（{type(exc).__name__}：{exc}）") from None


def _check_zip(source: Path) -> None:
    """Refuse a zip bomb before openpyxl inflates it."""
    try:
        with zipfile.ZipFile(source) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise UserError(f"{source.name} 不是有效的 Excel（.xlsx）文件或已损坏（corrupt file）") from None
    check_sizes(infos, source.name)


def sheet_grid(sheet: Any, *, fill_merges: bool = False) -> list[list[Any]]:
    """The values of a read-only sheet by row (1-based row r is grid[r-1]), clipped to the used
    range (the cells that hold something, at most MAX_ROWS × MAX_COLUMNS); with `fill_merges`
    each merged range's value is copied into its cells that lie in the used range."""
    cells, merges = _sparse_cells(sheet)
    rows = max((r for r, _c in cells), default=0)
    columns = max((c for _r, c in cells), default=0)
    grid: list[list[Any]] = [[None] * columns for _ in range(rows)]
    for (r, c), value in cells.items():
        grid[r - 1][c - 1] = value
    if fill_merges:
        for min_col, min_row, max_col, max_row in merges:
            value = cells.get((min_row, min_col))
            for r in range(min_row, min(max_row, rows) + 1):
                for c in range(min_col, min(max_col, columns) + 1):
                    grid[r - 1][c - 1] = value
    return grid


def _sparse_cells(sheet: Any) -> tuple[dict[tuple[int, int], Any], list[tuple[int, int, int, int]]]:
    """Only the cells holding a value, read straight from the sheet's XML rows (openpyxl's own
    row iterator pads every gap up to the sheet's declared size, which a hostile file sets huge)."""
    from openpyxl.worksheet._reader import WorkSheetParser

    workbook = sheet.parent
    cells: dict[tuple[int, int], Any] = {}
    clipped = False
    with sheet._get_source() as source:
        parser = WorkSheetParser(source, sheet._shared_strings, data_only=workbook.data_only,
                                 epoch=workbook.epoch, date_formats=workbook._date_formats,
                                 timedelta_formats=workbook._timedelta_formats)
        for index, row in parser.parse():
            if index > MAX_ROWS:
                clipped = True
                break
            for cell in row:
                value = cell["value"]
                if value is None or value == "":
                    continue
                if cell["column"] > MAX_COLUMNS:
                    clipped = True
                    continue
                cells[(index, cell["column"])] = value
        merges = _merges(parser.merged_cells)
    if clipped:
        log.warning("sheet %s clipped to %d rows × %d columns", sheet.title, MAX_ROWS, MAX_COLUMNS)
    return cells, merges


def _merges(merged: Any) -> list[tuple[int, int, int, int]]:
    out = []
    for item in (merged.mergeCell if merged is not None else [])[:MAX_MERGES]:
        try:
            min_col, min_row, max_col, max_row = range_boundaries(item.ref)
        except (TypeError, ValueError):
            continue
        if None not in (min_col, min_row, max_col, max_row):
            out.append((min_col, min_row, max_col, max_row))
    return out
