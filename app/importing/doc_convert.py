"""Old binary Word (.doc) and WPS (.wps) files: converted to .docx by LibreOffice when installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from app.errors import UserError
from app.importing.records import Progress, SourceDocument

CONVERT_TIMEOUT = 120


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_converted(path: Path, progress: Progress | None = None) -> SourceDocument:
    """Convert `path` to .docx in a temporary folder and read that."""
    from app.importing.docx_reader import read_docx

    soffice = soffice_path()
    if soffice is None:
        raise UserError(f"无法直接读取 {path.suffix or '旧版 Word'} 文件：请在 Word 或 WPS 中“另存为” .docx 后再导入"
                        "（LibreOffice not installed）")
    with tempfile.TemporaryDirectory(prefix="chengwen-convert-") as tmp:
        workdir = Path(tmp)
        # A private profile: a running LibreOffice of the clerk's must not swallow the request.
        profile = (workdir / "profile").as_uri()
        source = workdir / ("source" + (path.suffix.lower() or ".doc"))
        try:
            shutil.copyfile(path, source)
        except OSError as exc:
            raise UserError(f"无法读取文件：{path}（{exc.strerror or exc}）") from None
        command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                   "--convert-to", "docx", "--outdir", str(workdir / "out"), str(source)]
        try:
            subprocess.run(command, capture_output=True, timeout=CONVERT_TIMEOUT, check=False,
                           env={**os.environ, "HOME": tmp})
        except subprocess.TimeoutExpired:
            raise UserError(f"转换 {path.name} 超时：请在 Word 或 WPS 中另存为 .docx 后再导入（conversion timed out）") from None
        except OSError as exc:
            raise UserError(f"无法启动 LibreOffice 转换 {path.name}：{exc}") from None
        converted = workdir / "out" / "source.docx"
        if not converted.exists():
            raise UserError(f"无法转换 {path.name}（文件可能已损坏或受密码保护）：请在 Word 或 WPS 中另存为 .docx 后再导入")
        document = read_docx(converted, progress)
    document.warnings.insert(0, f"{path.name} 已由 LibreOffice 转换为 .docx 后读取，请核对格式")
    return document
