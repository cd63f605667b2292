"""Importers bounded in time and memory: hostile .docx numbering, .xlsx sheets and phrase files
made here in the tests each give a result or one clear message, quickly, in little memory."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
REPO = Path(__file__).resolve().parents[3]


def run_bounded(code: str, *, memory_mb: int = 1500, seconds: float = 30) -> subprocess.CompletedProcess[str]:
    """Run `code` in a child limited to `memory_mb` of address space; fail past `seconds`."""
    prelude = textwrap.dedent(f"""
        import resource
        limit = {memory_mb} * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    """)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=seconds * 4, cwd=REPO)
    assert time.monotonic() - started < seconds, "took too long"
    return done


def numbered_docx(path: Path, *, start: str, override: str | None, fmt: str = "lowerLetter",
                  marker: str = "%1.", paragraphs: int = 3) -> Path:
    over = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{override}"/></w:lvlOverride>'
            if override is not None else "")
    numbering = (f'<w:numbering {W_NS}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0">'
                 f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{marker}"/>'
                 f'</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/>{over}</w:num>'
                 f'</w:numbering>')
    para = ('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            '<w:r><w:t>加强法治政府建设</w:t></w:r></w:p>')
    document = (f'<w:document {W_NS}><w:body><w:p><w:r><w:t>某某局2024年法治政府建设情况报告</w:t></w:r></w:p>'
                f'{para * paragraphs}</w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
        archive.writestr("word/numbering.xml", numbering)
    return path


@pytest.mark.parametrize(("start", "override", "fmt"), [
    ("1000000000000000", None, "lowerLetter"),
    ("2000000000", None, "upperRoman"),
    ("1", "1000000000000", "lowerLetter"),
    ("-99999999999", None, "decimal"),
])
def test_huge_numbering_starts_are_clamped(tmp_path: Path, start: str, override: str | None, fmt: str) -> None:
    path = numbered_docx(tmp_path / "n.docx", start=start, override=override, fmt=fmt)
    done = run_bounded(f"""
        from pathlib import Path
        from app.importing import parse_file
        report = parse_file(Path({str(path)!r}))
        print("OK", len(report.title))
    """, memory_mb=1200, seconds=30)
    assert done.returncode == 0 and done.stdout.startswith("OK"), done.stderr[-2000:]


def test_numbering_values_stay_within_words_limits() -> None:
    from lxml import etree

    from app.importing.docx_numbering import MAX_MARKER, MAX_START, Numbering

    root = etree.fromstring((f'<w:numbering {W_NS}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0">'
                             f'<w:start w:val="99999999999"/><w:numFmt w:val="decimal"/>'
                             f'<w:lvlText w:val="{"%1" * 5000}"/></w:lvl></w:abstractNum>'
                             f'<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>').encode())
    rendered = Numbering(root).render("1", 0)
    assert rendered is not None
    assert len(rendered.text) <= MAX_MARKER and rendered.text.startswith(str(MAX_START))


def _ledger_xlsx(path: Path, *, extra_xml: str = "", far_cell: bool = False, pad_member: bool = False) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["日期", "活动名称", "类别"])
    sheet.append(["2024-03-01", "法治讲座", "普法宣传"])
    if far_cell:
        sheet.cell(row=1048576, column=16384, value="远")
    plain = path.with_suffix(".plain.xlsx")
    workbook.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml" and extra_xml:
                data = data.replace(b"</sheetData>", b"</sheetData>" + extra_xml.encode())
            target.writestr(info.filename, data)
        if pad_member:
            target.writestr("xl/media/pad.bin", b"\0" * (24 * 1024 * 1024))
    plain.unlink()
    return path


READ_LEDGER = """
    from app.errors import UserError
    from app.library.ledger_xlsx import read_ledger
    try:
        result = read_ledger({path!r})
        print("OK", len(result.imported))
    except UserError as exc:
        print("USER", exc)
"""


@pytest.mark.parametrize("kind", ["merged over the whole sheet", "one cell at XFD1048576", "zip bomb"])
def test_hostile_ledger_sheets_are_bounded(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "台账.xlsx"
    if kind == "merged over the whole sheet":
        _ledger_xlsx(path, extra_xml='<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')
    elif kind == "one cell at XFD1048576":
        _ledger_xlsx(path, far_cell=True)
    else:
        _ledger_xlsx(path, pad_member=True)
    done = run_bounded(READ_LEDGER.format(path=str(path)), memory_mb=1200, seconds=20)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith(("OK", "USER")) and done.stdout.count("\n") == 1
    if kind == "zip bomb":
        assert "拒绝读取" in done.stdout
    elif kind == "one cell at XFD1048576":  # read, not refused: the one real row comes through
        assert done.stdout.strip() == "OK 1"
    else:  # read: the whole sheet is one cell, so it has no 事项 column
        assert "找不到“事项”列" in done.stdout


def test_a_merged_range_still_fills_its_cells(tmp_path: Path) -> None:
    from app.library.ledger_xlsx import read_ledger

    path = _ledger_xlsx(tmp_path / "台账.xlsx", extra_xml='<mergeCells count="1"><mergeCell ref="C2:C3"/></mergeCells>')
    result = read_ledger(path)
    assert len(result.imported) == 1


def _phrase_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "常用语.json"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("content", "expected"), [
    ("[" * 100_000 + "]" * 100_000, "嵌套"),
    ('[{"text": "依法行政", "uses": Infinity}]', "无效的数值"),
    ('[{"text": "依法行政", "uses": NaN}]', "无效的数值"),
    ('[{"text": "依法行政", "uses": 1' + "0" * 5000 + "}]", "无效的数值"),
])
def test_hostile_phrase_files_are_one_message(tmp_path: Path, content: str, expected: str) -> None:
    from app.errors import UserError
    from app.library.phrase_io import read_phrase_file

    with pytest.raises(UserError) as info:
        read_phrase_file(_phrase_file(tmp_path, content))
    assert expected in str(info.value) and "\n" not in str(info.value)


def test_odd_phrase_entries_are_skipped_with_a_reason(store, tmp_path: Path) -> None:
    from app.library.phrase_io import import_phrases
    from app.library.phrases import PhraseLibrary

    entries = ('[{"text": "依法行政一", "uses": 1' + "0" * 30 + '},'
               '{"text": "依法行政二", "tags": 5},'
               '{"text": "坏字\\ud800符"},'
               '{"text": 7},'
               '{"text": "' + "长" * 10_000_001 + '"},'
               '{"text": "依法行政三", "tags": ["执法"], "category": "执法"}]')
    library = PhraseLibrary(store.db, load_builtins=False)
    started = time.monotonic()
    result = import_phrases(library, _phrase_file(tmp_path, entries))
    assert time.monotonic() - started < 10
    assert result.added == 2
    assert len(result.skipped) == 4
    assert any("过长" in reason for reason in result.skipped)
    assert any("无效字符" in reason for reason in result.skipped)


def test_an_unreadable_phrase_file_is_one_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.errors import UserError
    from app.library.phrase_io import read_phrase_file

    path = _phrase_file(tmp_path, "[]")

    def denied(*_args: object, **_kwargs: object) -> str:
        raise PermissionError(13, "Permission denied", str(path))
    monkeypatch.setattr(Path, "read_text", denied)
    with pytest.raises(UserError) as info:
        read_phrase_file(path)
    assert "无法读取" in str(info.value)
    (tmp_path / "bad.json").write_bytes(b"\xff\xfe\x00garbage")
    monkeypatch.undo()
    with pytest.raises(UserError):
        read_phrase_file(tmp_path / "bad.json")
