"""Sharing the whole phrase library: .json (list of {"id","text","category","tags","favorite","uses"})
and .xlsx (columns 内容, 分类, 标签)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.fileio import atomic_write
from app.json_input import read_user_json
from app.library.phrases import Phrase, PhraseLibrary, split_tags
from app.library.xlsx_read import open_workbook, sheet_grid

XLSX_HEADERS = ("内容", "分类", "标签")


@dataclass
class PhraseImportResult:
    added: int = 0
    duplicates: int = 0
    skipped: list[str] = field(default_factory=list)  # "第3行：内容为空"

    def summary(self) -> str:
        text = f"导入 {self.added} 条，重复跳过 {self.duplicates} 条"
        return text + (f"，无法导入 {len(self.skipped)} 条" if self.skipped else "")


def export_phrases(library: PhraseLibrary, path: Path | str) -> int:
    """Every visible phrase, best first; returns how many."""
    target = Path(path)
    phrases = library.phrases()
    suffix = target.suffix.lower()
    if suffix == ".json":
        data = [p.to_dict() for p in phrases]
        atomic_write(target, lambda tmp: tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8"))
    elif suffix == ".xlsx":
        atomic_write(target, lambda tmp: _write_xlsx(phrases, tmp))
    else:
        raise UserError(f"常用语只能导出为 .json 或 .xlsx：{target.name}")
    return len(phrases)


def _write_xlsx(phrases: list[Phrase], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "常用语"
    sheet.append(list(XLSX_HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for phrase in phrases:
        sheet.append([phrase.text, phrase.category, "、".join(phrase.tags)])
    sheet.column_dimensions["A"].width = 80
    sheet.column_dimensions["B"].width = 10
    sheet.column_dimensions["C"].width = 20
    workbook.save(path)


def read_phrase_file(path: Path | str) -> tuple[list[Phrase], list[str]]:
    """Phrases in a .json or .xlsx file, and the entries that could not be read (with why)."""
    source = Path(path)
    if not source.is_file():
        raise UserError(f"找不到文件：{source}（file not found）")
    suffix = source.suffix.lower()
    if suffix == ".json":
        return _read_json(source)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(source)
    raise UserError(f"常用语只能从 .json 或 .xlsx 导入：{source.name}")


def _read_json(path: Path) -> tuple[list[Phrase], list[str]]:
    data = _load_json(path)
    if isinstance(data, dict) and isinstance(data.get("phrases"), list):
        data = data["phrases"]
    if not isinstance(data, list):
        raise UserError(f"JSON 应为常用语列表：{path.name}（expected a list of phrases）")
    if len(data) > MAX_PHRASES:
        raise UserError(f"文件中的常用语过多（{len(data)} 条，最多 {MAX_PHRASES} 条）：{path.name}（too many phrases）")
    phrases, skipped = [], []
    for index, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            skipped.append(f"第{index}项：不是常用语（应为含 text 的对象）")
            continue
        problem = _field_problem(item)
        if problem:
            skipped.append(f"第{index}项：{problem}")
            continue
        text = _checked_text(item.get("text"))
        if isinstance(text, Problem):
            skipped.append(f"第{index}项：{text.reason}")
            continue
        uses = item.get("uses")
        phrases.append(Phrase(text=text, category=str(item.get("category") or "其他").strip()[:MAX_FIELD],
                              tags=split_tags(item.get("tags"))[:MAX_TAGS], favorite=item.get("favorite") is True,
                              uses=min(max(0, int(uses)), MAX_USES) if isinstance(uses, int) else 0,
                              origin="imported"))
    return phrases, skipped


MAX_FILE = 64 * 1024 * 1024
MAX_PHRASES = 200_000  # twice the largest library the search is made for (issue 15: 100,000)
MAX_TEXT = 10_000   # characters in one phrase: a phrase is a sentence or a paragraph, not a book
MAX_FIELD = 100     # characters in a category or a tag
MAX_TAGS = 50
MAX_USES = 1_000_000


@dataclass
class Problem:
    reason: str


def _load_json(path: Path) -> Any:
    return read_user_json(path, MAX_FILE, "常用语文件")


def _field_problem(item: dict[str, Any]) -> str:
    """Why an entry's fields have the wrong types ('' when they are fine)."""
    if not isinstance(item.get("text"), str):
        return "缺少内容（text），或内容不是文字"
    if item.get("category") is not None and not isinstance(item["category"], str):
        return "分类（category）应为文字"
    tags = item.get("tags")
    if tags is not None and not isinstance(tags, str) and not (
            isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
        return "标签（tags）应为文字或文字列表"
    if isinstance(tags, list) and len(tags) > MAX_TAGS * 10:
        return "标签（tags）过多"
    return ""


def _checked_text(value: Any) -> str | Problem:
    text = "" if value is None else str(value).strip()
    if not text:
        return Problem("缺少内容（text）")
    if len(text) > MAX_TEXT:
        return Problem(f"内容过长（{len(text)} 字，最多 {MAX_TEXT} 字），已跳过")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return Problem("内容含有无效字符（lone surrogate），已跳过")
    return text


def _read_xlsx(path: Path) -> tuple[list[Phrase], list[str]]:
    workbook = open_workbook(path, read_only=True)
    try:
        sheet = workbook["常用语"] if "常用语" in workbook.sheetnames else workbook.worksheets[0]
        rows = iter(sheet_grid(sheet))
        header = next(rows, None)
        names = [str(v).strip() if v is not None else "" for v in (header or ())]
        if "内容" not in names:
            raise UserError(f"表格第一行应有“内容”列（and 分类、标签）：{path.name}")
        column = {name: names.index(name) for name in XLSX_HEADERS if name in names}
        phrases, skipped = [], []
        for number, row in enumerate(rows, start=2):
            def cell(name: str, row: Sequence[Any] = row) -> str:  # bound now: called within this pass of the loop
                index = column.get(name)
                value = row[index] if index is not None and index < len(row) else None
                return "" if value is None else str(value).strip()
            if not any(v is not None and str(v).strip() for v in row):
                continue
            text = _checked_text(cell("内容"))
            if isinstance(text, Problem):
                skipped.append(f"第{number}行：{text.reason.replace('缺少内容（text）', '内容为空')}")
                continue
            phrases.append(Phrase(text=text, category=cell("分类")[:MAX_FIELD] or "其他",
                                  tags=split_tags(cell("标签"))[:MAX_TAGS],
                                  origin="imported"))
        return phrases, skipped
    finally:
        workbook.close()


def import_phrases(library: PhraseLibrary, path: Path | str) -> PhraseImportResult:
    """Add the file's phrases that the library does not have yet (same text), in one transaction."""
    phrases, skipped = read_phrase_file(path)
    known = library.texts()
    result = PhraseImportResult(skipped=skipped)
    new = []
    for phrase in phrases:
        if phrase.text in known:
            result.duplicates += 1
            continue
        known.add(phrase.text)
        new.append(phrase)
    library.add_many(new)
    result.added = len(new)
    return result
