"""Export targets, siblings over the same model, chosen by the output file's suffix.

Every target writes through `atomic_write`: a failed export leaves no file and never touches
the report.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.fileio import atomic_write
from app.model import Report
from app.report_json import report_to_dict

VARIANTS = ("plain", "formal", "draft", "public")
"""plain: the report as written; formal: with 版头 and 版记 (GB/T 9704 正式行文); draft: pages marked
草稿 with date and version; public: for the website, no 版头/版记/签发人."""


@dataclass(frozen=True)
class ExportOptions:
    profile: str | None = None       # format profile name (resources/profiles/NAME.json)
    draft: bool = False              # mark pages 草稿 with date/time and snapshot label
    draft_label: str = ""            # e.g. the snapshot label shown on a draft
    stored: bool = True              # JSON: the stored shape (ids, status, reference, checklist)
    activities: list | None = None   # xlsx: also write the ledger sheets for these activities
    variant: str | None = None       # one of VARIANTS; None: plain (html: public)

    @property
    def is_draft(self) -> bool:
        return self.draft or self.variant == "draft"

    @property
    def is_formal(self) -> bool:
        return self.variant == "formal"


Writer = Callable[[Report, Path, ExportOptions], None]


def _write_json(report: Report, path: Path, options: ExportOptions) -> None:
    data = report_to_dict(report, stored=options.stored)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _write_txt(report: Report, path: Path, options: ExportOptions) -> None:
    from app.export.txt_writer import write_txt

    write_txt(report, path)


WRITERS: dict[str, Writer] = {".json": _write_json, ".txt": _write_txt}


def register_writer(suffix: str, writer: Writer) -> None:
    WRITERS[suffix] = writer


def _load_writers() -> None:
    """Writers for .docx, .xlsx and .pdf live in their own modules (loaded on first export: they
    bring python-docx, openpyxl and Qt); each registers itself."""
    for module in ("app.export.docx_writer", "app.export.xlsx_writer", "app.export.pdf_writer",
                   "app.export.html_writer"):
        importlib.import_module(module)


def export_report(report: Report, path: Path | str, options: ExportOptions | None = None) -> Path:
    """Write `report` to `path` in the format its suffix names."""
    _load_writers()
    target = Path(path)
    writer = WRITERS.get(target.suffix.lower())
    if writer is None:
        known = "、".join(sorted(WRITERS))
        raise UserError(f"不支持的导出格式：{target.suffix or '（无扩展名）'}；可用：{known}")
    opts = options or ExportOptions()
    if opts.variant is not None and opts.variant not in VARIANTS:
        raise UserError(f"没有这种导出样式：{opts.variant}；可用：{'、'.join(VARIANTS)}（unknown variant）")
    if opts.is_formal and target.suffix.lower() in (".docx", ".pdf"):
        from app.export.formal import check_formal

        check_formal(report)  # before anything is written: a missing property leaves no file
    return atomic_write(target, lambda tmp: writer(report, tmp, opts))
