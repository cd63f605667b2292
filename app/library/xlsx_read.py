"""Opening an Excel file the clerk chose: every way it can fail becomes one clear UserError."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from app.errors import UserError

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls are OLE files


def open_workbook(path: Path | str, *, read_only: bool) -> Any:
    """An openpyxl Workbook (data_only: formulas give their cached values)."""
    from openpyxl import load_workbook

    source = Path(path)
    if not source.is_file():
        raise UserError(f"找不到文件：{source}（file not found）")
    try:
        head = source.read_bytes()[:8] if source.stat().st_size < 8 else source.open("rb").read(8)
    except OSError as exc:
        raise UserError(f"无法读取 {source.name}：{exc.strerror or exc}") from None
    if head == _OLE_MAGIC:
        raise UserError(f"{source.name} 设有打开密码或是旧版 .xls 格式，请在 Excel 中取消密码并另存为 .xlsx 后再导入")
    try:
        return load_workbook(source, read_only=read_only, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise UserError(f"{source.name} 不是有效的 Excel（.xlsx）文件或已损坏（{type(exc).__name__}）") from None
    except Exception as exc:  # noqa: BLE001 — openpyxl raises its own InvalidFileException and assorted parse errors
        raise UserError(f"{source.name} 无法作为 Excel 文件读取（{type(exc).__name__}：{exc}）") from None
