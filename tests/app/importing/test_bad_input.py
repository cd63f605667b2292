"""Bad files give one-line UserErrors (CLI exit 1, no traceback) and never touch the library."""

from __future__ import annotations

import io
import zipfile

import pytest

from app.cli import main
from app.errors import UserError
from app.importing import ImportCancelled, import_file, parse_file
from app.store import Store


def _docx_with(tmp_path, document_xml: bytes, name: str = "bad.docx"):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document_xml)
    return path


def corrupt(tmp_path):
    path = tmp_path / "corrupt.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    return path


def truncated(tmp_path, fixture_path):
    from tests.app.importing.docx_builder import build_docx

    full = build_docx(fixture_path("xiqing-tongji-2024.txt").read_text(encoding="utf-8"), tmp_path / "full.docx",
                      title_lines=1)
    path = tmp_path / "truncated.docx"
    path.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    return path


def password_protected(tmp_path):
    # An encrypted .docx is an OLE compound file holding EncryptionInfo and EncryptedPackage streams.
    path = tmp_path / "secret.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le")
                     + b"\x00" * 1024)
    return path


def zip_bomb(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\x00" * (1024 * 1024)
            for _ in range(260):
                member.write(chunk)
    return path


def entity_bomb(tmp_path):
    xml = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;'
           b'&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
           b'<w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>')
    return _docx_with(tmp_path, xml)


def binary_txt(tmp_path):
    path = tmp_path / "picture.txt"
    path.write_bytes(bytes(range(256)) * 40)
    return path


def empty_txt(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    return path


def blank_txt(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("\r\n　　\n  \n", encoding="utf-8")
    return path


def empty_docx(tmp_path):
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    return path


def no_document_part(tmp_path):
    path = tmp_path / "nodoc.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    return path


def docx_named_txt(tmp_path):
    path = tmp_path / "report.txt"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<x/>")
    path.write_bytes(buffer.getvalue())
    return path


BAD = {
    "corrupt": (corrupt, "损坏"), "password": (password_protected, "密码"), "zip-bomb": (zip_bomb, "过大"),
    "entity-bomb": (entity_bomb, "不安全"), "binary-txt": (binary_txt, "不是纯文本"), "empty-txt": (empty_txt, "空"),
    "blank-txt": (blank_txt, "空"), "empty-docx": (empty_docx, "空"), "no-document": (no_document_part, "正文"),
    "docx-named-txt": (docx_named_txt, ".docx"),
}


@pytest.mark.parametrize("case", BAD)
def test_bad_file_gives_a_one_line_user_error(case, tmp_path):
    make, words = BAD[case]
    with pytest.raises(UserError) as info:
        parse_file(make(tmp_path))
    message = str(info.value)
    assert words in message and "\n" not in message


def test_truncated_docx(tmp_path, fixture_path):
    with pytest.raises(UserError, match="损坏"):
        parse_file(truncated(tmp_path, fixture_path))


@pytest.mark.parametrize("case", ["corrupt", "password", "entity-bomb", "binary-txt", "empty-txt"])
def test_cli_exit_1_without_traceback_and_library_untouched(case, tmp_path, data_dir, capsys):
    path = BAD[case][0](tmp_path)
    with Store(data_dir) as store:
        before = len(store.reports.summaries())
    assert main(["parse", str(path)]) == 1
    assert main(["import", str(path), "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 2 and err.startswith("chengwen: ")
    with Store(data_dir) as store:
        assert len(store.reports.summaries()) == before


def test_missing_file_and_unknown_kind(tmp_path):
    with pytest.raises(UserError, match="找不到"):
        parse_file(tmp_path / "nope.docx")
    with pytest.raises(UserError, match="不是文件"):
        parse_file(tmp_path)


def test_import_stores_the_report(tmp_path, fixture_path, store, data_dir, capsys):
    report_id = import_file(store, fixture_path("nanyang-tongji-2024.txt"))
    loaded = store.reports.load(report_id)
    assert loaded.title == "南阳市统计局关于2024年法治政府建设情况的报告" and len(loaded.sections) == 6
    with pytest.raises(UserError):
        import_file(store, corrupt(tmp_path))
    assert [s.id for s in store.reports.summaries()] == [report_id]


def test_cli_import_prints_the_id(fixture_path, data_dir, capsys):
    assert main(["import", str(fixture_path("xiqing-tongji-2024.txt")), "--data-dir", str(data_dir)]) == 0
    report_id = int(capsys.readouterr().out.strip())
    with Store(data_dir) as store:
        assert store.reports.load(report_id).organization == "西青区统计局"


def test_cli_parse_prints_an_outline(fixture_path, capsys):
    assert main(["parse", str(fixture_path("xiqing-tongji-2024.txt"))]) == 0
    out = capsys.readouterr().out
    assert "一、2024年工作开展情况" in out and "（三）行政执法培训的形式和效果有待进一步强化" in out


def test_progress_is_reported_and_cancel_works(fixture_path, tmp_path):
    from tests.app.importing.docx_builder import build_docx

    path = build_docx(fixture_path("xiqing-tongji-2024.txt").read_text(encoding="utf-8"), tmp_path / "x.docx",
                      title_lines=1)
    seen: list[tuple[int, int]] = []
    parse_file(path, progress=lambda done, total: seen.append((done, total)) or True)
    assert seen[0] == (0, 100) and seen[-1] == (100, 100)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(ImportCancelled):
        parse_file(path, progress=lambda done, total: done < 50)


def test_a_file_without_chinese_is_not_a_report(tmp_path) -> None:
    from app.errors import UserError
    from app.importing import parse_file

    passwd = tmp_path / "passwd.txt"
    passwd.write_text("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n")
    with pytest.raises(UserError, match="没有中文"):
        parse_file(passwd)


def test_a_title_is_not_glued_from_many_lines() -> None:
    from app.importing import parse_text

    report = parse_text("关于某事的说明材料甲乙丙丁戊己庚辛壬癸子丑寅卯\n" * 8 + "一、第一部分\n正文。\n")
    assert len(report.title) <= 80


def test_imported_sections_with_text_are_drafts_not_to_write() -> None:
    from app.importing import parse_text
    from app.model import Status

    report = parse_text("某局2024年法治政府建设情况报告\n一、主要举措\n（一）学法\n全年学法12次。\n二、存在的不足\n")
    statuses = {s.heading: s.status for s in report.all_sections()}
    assert statuses == {"主要举措": Status.TODO, "学法": Status.DRAFT, "存在的不足": Status.TODO}
