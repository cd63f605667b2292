"""What every reader produces: plain paragraph records, plus the reader's own warnings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import UserError

# progress(done, total) -> False cancels the import.
Progress = Callable[[int, int], bool]


class ImportCancelled(UserError):
    """The clerk cancelled a running import."""

    def __init__(self) -> None:
        super().__init__("导入已取消（import cancelled）")


@dataclass
class ParagraphRecord:
    """One paragraph as a reader saw it.

    `outline_level` is 1-based (Heading 1 → 1) and None for body text; `list_marker` is Word's
    automatic number rendered as the reader would see it ("一、" "（二）" "3."), "" when none;
    `list_bullet` marks a bulleted (not numbered) list item and `list_level` its ilvl (0-based).
    `runs` are (text, font, bold) in order, when the format has them.
    """

    text: str
    style: str = ""
    outline_level: int | None = None
    list_marker: str = ""
    bold: bool = False
    font: str = ""
    in_table: bool = False
    runs: list[tuple[str, str, bool]] = field(default_factory=list)
    list_bullet: bool = False
    list_level: int | None = None
    list_id: str = ""
    is_title_style: bool = False


@dataclass
class SourceDocument:
    """A reader's result: the records in document order and what the reader had to say."""

    records: list[ParagraphRecord]
    warnings: list[str] = field(default_factory=list)


def checked(progress: Progress | None, done: int, total: int) -> None:
    """Report progress; raise ImportCancelled when the callback says stop."""
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled()


def read_bounded(path: Path, limit: int, what: str) -> bytes:
    """A file's bytes for a reader: refused when larger than `limit` (`what` names the kind, 文本文件
    or 网页文件), unreadable or empty — each with one clear message."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise UserError(f"{what}太大（{size // (1024 * 1024)} MB），不像一份年度报告（file too large）")
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"无法读取文件：{path}（{exc.strerror or exc}）") from None
    if not data.strip():
        raise UserError(f"文件是空的：{path.name}（empty file）")
    return data
