"""Reading an Office Open XML package (.docx, .xlsx) safely: size and compression-ratio limits
against zip bombs, no DTDs or entities in the XML, a clear message for a corrupt, encrypted or
old binary file. Shared by the .docx reader, the review of a returned draft and the .xlsx reader."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from app.errors import UserError

MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
MAX_PART = 100 * 1024 * 1024
MAX_RATIO = 200          # compressed → uncompressed, for members big enough to matter
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                          remove_comments=True, remove_pis=True)


class OleFile(UserError):
    """The file is an OLE compound file: an encrypted .docx or an old binary .doc."""


def check_not_ole(path: Path, head: bytes) -> None:
    if not head.startswith(OLE_MAGIC):
        return
    data = path.read_bytes()
    if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
        raise UserError(f"文件受密码保护，无法读取：{path.name}。请在 Word 中取消密码后再导入（password-protected）")
    raise OleFile(f"{path.name} 实际上是旧版 Word (.doc) 文件")


def check_sizes(infos: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse a zip bomb before anything is inflated: too much in all, or a member that inflates
    far more than any real document does."""
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise UserError(f"文件解压后过大（{total // (1024 * 1024)} MB），拒绝读取：{name}（zip bomb?）")
    for info in infos:
        if info.file_size > 10 * 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UserError(f"文件压缩比异常，拒绝读取：{name}（zip bomb?）")


class SafeZip:
    """A zip archive whose members are read with size limits (zip bombs)."""

    def __init__(self, path: Path) -> None:
        try:
            self.zip = zipfile.ZipFile(path)
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
            raise UserError(f"文件已损坏，不是有效的 .docx：{path.name}（corrupt file）") from None
        check_sizes(infos, path.name)
        self.names = {i.filename for i in infos}
        self.name = path.name

    def read(self, member: str) -> bytes | None:
        if member not in self.names:
            return None
        try:
            with self.zip.open(member) as handle:
                # The sizes in the directory can lie: never read more than the limit.
                data = handle.read(MAX_PART + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError):
            raise UserError(f"文件已损坏或已加密，无法读取：{self.name}（corrupt file）") from None
        if len(data) > MAX_PART:
            raise UserError(f"文件解压后过大，拒绝读取：{self.name}（zip bomb?）")
        return data

    def xml(self, member: str) -> etree._Element | None:
        data = self.read(member)
        if data is None:
            return None
        head = data[:4096]
        # OOXML never declares a DTD; one that does is a hostile file (entity expansion bombs).
        if b"<!DOCTYPE" in head or b"<!ENTITY" in data:
            raise UserError(f"文件包含不安全的 XML 声明（DTD/实体），拒绝读取：{self.name}（unsafe XML）")
        try:
            return etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError:
            raise UserError(f"文件已损坏（XML 错误），无法读取：{self.name}（corrupt XML）") from None

    def close(self) -> None:
        self.zip.close()
