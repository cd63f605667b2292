"""Old .doc / .wps files: converted by LibreOffice when installed, else a clear message."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from app.errors import UserError
from app.importing import doc_convert, parse_file
from tests.app.importing.docx_builder import build_docx
from tests.app.importing.helpers import expected, outline_problems


def test_without_libreoffice_the_clerk_is_asked_to_save_as_docx(tmp_path, monkeypatch):
    monkeypatch.setattr(doc_convert, "soffice_path", lambda: None)
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    for name in ("old.doc", "old.wps"):
        target = tmp_path / name
        target.write_bytes(path.read_bytes())
        with pytest.raises(UserError, match="另存为"):
            parse_file(target)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
@pytest.mark.parametrize("suffix", [".doc", ".wps"])
def test_doc_is_converted_with_libreoffice(suffix, tmp_path, fixture_path):
    source = fixture_path("xiqing-tongji-2024.txt").read_text(encoding="utf-8")
    docx = build_docx(source, tmp_path / "x.docx", title_lines=1)
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "doc",
                    "--outdir", str(tmp_path / "out"), str(docx)], capture_output=True, timeout=180,
                   env={**os.environ, "HOME": str(tmp_path)})
    doc = tmp_path / "out" / "x.doc"
    if not doc.exists():
        pytest.skip("LibreOffice could not write a .doc here")
    target = tmp_path / f"report{suffix}"
    shutil.copyfile(doc, target)
    report = parse_file(target)
    assert outline_problems(expected(fixture_path, "xiqing-tongji-2024"), report) == []
    assert any("LibreOffice" in w for w in report.warnings)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_a_doc_renamed_docx_is_converted_too(tmp_path, fixture_path):
    source = fixture_path("nanyang-tongji-2024.txt").read_text(encoding="utf-8")
    docx = build_docx(source, tmp_path / "n.docx", title_lines=2, second_level="1.")
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "doc",
                    "--outdir", str(tmp_path / "out"), str(docx)], capture_output=True, timeout=180,
                   env={**os.environ, "HOME": str(tmp_path)})
    if not (tmp_path / "out" / "n.doc").exists():
        pytest.skip("LibreOffice could not write a .doc here")
    renamed = tmp_path / "renamed.docx"
    shutil.copyfile(tmp_path / "out" / "n.doc", renamed)
    assert outline_problems(expected(fixture_path, "nanyang-tongji-2024"), parse_file(renamed)) == []
