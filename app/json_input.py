"""A JSON file the clerk hands over (phrases, wording rules): read whole or refused with one clear
message — too big, missing or unreadable, not UTF-8, not JSON, nested too deep, NaN/Infinity or a
number with thousands of digits. What the entries hold is the caller's to check."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.errors import UserError


def read_user_json(path: Path, max_bytes: int, what: str) -> Any:
    """The parsed file; `what` names the kind of file in the message (常用语文件, 用语规则文件)."""
    try:
        if path.stat().st_size > max_bytes:
            raise UserError(f"文件过大（超过 {max_bytes // (1024 * 1024)} MB），不像{what}：{path.name}（file too large）")
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UserError(f"找不到文件：{path}（file not found）") from None
    except OSError as exc:
        raise UserError(f"无法读取 {path.name}：{exc.strerror or exc}（cannot read file）") from None
    except UnicodeDecodeError:
        raise UserError(f"文件不是 UTF-8 编码的文本，无法读取：{path.name}（not UTF-8）") from None

    def no_constants(name: str) -> Any:
        raise ValueError(f"{name} is not a number JSON allows")
    try:
        return json.loads(raw, parse_constant=no_constants)
    except RecursionError:
        raise UserError(f"JSON 嵌套层数过多，拒绝读取：{path.name}（nested too deep）") from None
    except json.JSONDecodeError as exc:
        raise UserError(f"不是有效的 JSON 文件：{path.name}（{exc}）") from None
    except ValueError as exc:  # NaN, Infinity, an integer with thousands of digits
        raise UserError(f"JSON 中有无效的数值，无法读取：{path.name}（{str(exc)[:80]}）") from None
