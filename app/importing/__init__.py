"""Import last year's report from .docx, .doc/.wps, .txt, .pdf, .ofd, a saved web page or pasted text.

Two stages (DESIGN §3): a reader per format produces paragraph records; one recogniser
(recognise.py) turns them into a Report.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import UserError
from app.importing.recognise import recognise
from app.importing.records import ImportCancelled, ParagraphRecord, Progress, SourceDocument, checked
from app.model import Report

if TYPE_CHECKING:
    from app.store import Store

__all__ = ["ImportCancelled", "ParagraphRecord", "import_file", "parse_file", "parse_text", "read_document",
           "read_records", "SUPPORTED_SUFFIXES"]

SUPPORTED_SUFFIXES = (".docx", ".txt", ".doc", ".wps", ".pdf", ".ofd", ".html", ".htm", ".mht", ".mhtml")
_TEXT = {".txt", ".text", ".md"}
_DOCX = {".docx", ".docm", ".dotx", ".dotm"}
_PDF = {".pdf"}
_WEB = {".html", ".htm", ".xhtml", ".shtml", ".mht", ".mhtml"}
_CONVERT = {".doc", ".wps", ".dot", ".wpt", ".rtf", ".odt"}


def read_document(path: Path, progress: Progress | None = None) -> SourceDocument:
    """The records (and reader warnings) of a report file, by its suffix and, if need be, its content."""
    from app.importing.doc_convert import read_converted
    from app.importing.docx_reader import read_docx
    from app.importing.safe_zip import OleFile
    from app.importing.txt_reader import read_txt

    path = Path(path)
    if not path.exists():
        raise UserError(f"找不到文件：{path}（file not found）")
    if not path.is_file():
        raise UserError(f"不是文件：{path}（not a file）")
    suffix = path.suffix.lower()
    if suffix in _TEXT:
        return read_txt(path)
    if suffix in _PDF:
        from app.importing.pdf_reader import read_pdf

        return read_pdf(path, progress)
    if suffix == ".ofd":
        from app.importing.ofd_reader import read_ofd

        return read_ofd(path)
    if suffix in _WEB:
        from app.importing.web_reader import read_web_page

        return read_web_page(path)
    if suffix in _CONVERT:
        return read_converted(path, progress)
    if suffix not in _DOCX:
        try:
            with path.open("rb") as handle:
                head = handle.read(8)
        except OSError as exc:
            raise UserError(f"无法读取文件：{path}（{exc.strerror or exc}）") from None
        if not head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
            return read_txt(path)
    try:
        return read_docx(path, progress)
    except OleFile:
        return read_converted(path, progress)


def read_records(path: Path) -> list[ParagraphRecord]:
    return read_document(path).records


def parse_file(path: Path, *, progress: Progress | None = None) -> Report:
    """Recognise the report in a file. progress(done, total) returning False cancels
    (ImportCancelled, a UserError)."""
    checked(progress, 0, 100)
    if Path(path).suffix.lower() == ".json":
        from app.report_json import read_report_json  # the export JSON read back whole

        return read_report_json(Path(path))

    def reading(done: int, total: int) -> bool:
        return progress(done * 80 // max(total, 1), 100) if progress else True

    document = read_document(Path(path), reading if progress else None)
    checked(progress, 85, 100)
    report = recognise(document.records, document.warnings)
    checked(progress, 100, 100)
    return report


def parse_text(text: str) -> Report:
    """Recognise the report in pasted text (从剪贴板导入): read as a .txt file would be."""
    from app.importing.txt_reader import text_records

    if not text.strip():
        raise UserError("没有可导入的文字（empty text）")
    document = text_records(text)
    return recognise(document.records, document.warnings)


def import_file(store: Store, path: Path, *, progress: Progress | None = None) -> int:
    """Parse a report file and store it in the library (origin "import"); returns its id.
    Nothing is written when parsing fails."""
    report = parse_file(Path(path), progress=progress)
    return store.reports.insert(report, origin="import")
