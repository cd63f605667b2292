"""Files the import tests make for themselves: PDFs through our own .docx export and LibreOffice
(a header, page numbers in the footer), saved web pages in a site's chrome, an image-only PDF."""

from __future__ import annotations

import html
import os
import shutil
import subprocess
import zipfile
import zlib
from pathlib import Path

import docx
import pytest

from app.export import export_report
from app.importing import parse_file
from app.model import Report

HEADER = "某某区人民政府门户网站"


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        pytest.skip("LibreOffice is needed to make the test PDFs")
    return path


def docx_with_header(report: Report, path: Path) -> Path:
    export_report(report, path)
    document = docx.Document(str(path))
    document.sections[0].header.paragraphs[0].text = HEADER
    document.save(str(path))
    return path


def to_pdf(sources: list[Path], outdir: Path, filter_options: str = "") -> list[Path]:
    """Convert with LibreOffice, as a clerk's office would publish."""
    target = "pdf" + (f":writer_pdf_Export:{filter_options}" if filter_options else "")
    profile = (outdir / "lo-profile").as_uri()
    subprocess.run([soffice(), f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", target,
                    "--outdir", str(outdir), *map(str, sources)],
                   check=True, capture_output=True, timeout=300, env={**os.environ, "HOME": str(outdir)})
    made = [outdir / (source.stem + ".pdf") for source in sources]
    assert all(p.exists() for p in made), made
    return made


def report_pdfs(txt_files: list[Path], outdir: Path) -> list[Path]:
    sources = [docx_with_header(parse_file(txt), outdir / (txt.stem + ".docx")) for txt in txt_files]
    return to_pdf(sources, outdir)


def web_page(text: str, charset: str, *, title_tag: str | None = None) -> str:
    """A government site's article page around the paragraphs of `text` (first line: headline)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title, body = lines[0], lines[1:]
    paragraphs = "\n".join(f'<p style="text-indent:2em">&nbsp;&nbsp;{html.escape(line)}</p>' for line in body)
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(title_tag or title)}_某某区人民政府</title>
<script>var site = "首页 政务公开 法治政府";</script><style>p {{ margin: 0 }}</style></head>
<body>
<div class="top"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/fzzf">法治政府</a> <a>无障碍浏览</a></div>
<div class="nav"><ul><li><a href="#">机构概况</a></li><li><a href="#">政策文件</a></li>
<li><a href="#">法治政府建设年度报告</a></li><li><a href="#">互动交流</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; 法治政府建设</div>
<div class="main"><div class="article-title"><h1>{html.escape(title)}</h1></div>
<div class="info">发布时间：2025-01-20 09:30　来源：某某区统计局　浏览次数：1024　【字体：大 中 小】</div>
<div id="zoom" class="TRS_Editor">{paragraphs}</div>
<div class="share">分享到：<a>微信</a><a>微博</a> 【打印】 【关闭】</div></div>
<div class="footer"><p>主办单位：某某区人民政府办公室　网站标识码：1201110001　津ICP备05000001号</p>
<p><a>联系我们</a> | <a>网站地图</a></p></div>
</body></html>"""


def mht(page: bytes, charset: str) -> bytes:
    """A page saved by a browser as a single-file web archive (MIME, quoted-printable)."""
    import quopri

    body = quopri.encodestring(page)
    return (b"From: <Saved by Blink>\r\nSubject: page\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/related; type="text/html"; boundary="----B"\r\n\r\n'
            b"------B\r\nContent-Type: text/html; charset=" + charset.encode() + b"\r\n"
            b"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: http://www.example.gov.cn/a.html\r\n\r\n"
            + body + b"\r\n------B--\r\n")


def image_only_pdf(path: Path, pages: int = 2) -> Path:
    """A 'scanned' PDF: every page one grey image, no text at all."""
    pixels = zlib.compress(bytes(range(64)) * 64)
    objects: list[bytes] = []
    kids = " ".join(f"{3 + 3 * i} 0 R" for i in range(pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    for i in range(pages):
        page, content, image = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R "
                       f"/Resources << /XObject << /Im{page} {image} 0 R >> >> >>".encode())
        stream = f"q 500 0 0 700 40 70 cm /Im{page} Do Q".encode()
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        objects.append(b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
                       b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(pixels)
                       + pixels + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def plain_docx(text: str, path: Path) -> Path:
    """Each line of `text` a paragraph as a clerk types it (仿宋, first line indented two characters),
    with a running header and a PAGE field in the footer."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt

    document = docx.Document()
    for line in text.splitlines():
        if not line.strip():
            continue
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.first_line_indent = Pt(32)
        run = paragraph.add_run(line.strip())
        run.font.size = Pt(16)
    section = document.sections[0]
    section.header.paragraphs[0].text = HEADER
    footer = section.footer.paragraphs[0]
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    document.save(str(path))
    return path


def ofd_from_pdf(pdf: Path, path: Path) -> Path:
    """An OFD (GB/T 33190) with the same text at the same places as `pdf`, the way OFD producers
    write it: one TextObject per printed line, characters placed by DeltaX, millimetres, y down."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    mm = 25.4 / 72
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    document = pdfium.PdfDocument(str(pdf))
    pages: list[str] = []
    width, height = document[0].get_size()
    for index in range(len(document)):
        page = document[index]
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        objects = []
        position = 0
        x, y = ctypes.c_double(), ctypes.c_double()
        for line in text.split("\r\n"):
            start, position = position, position + len(line) + 2
            chars = [(start + i, c) for i, c in enumerate(line) if c.strip() or 0 < i < len(line.rstrip())]
            if not "".join(c for _, c in chars).strip():
                continue
            lefts = []
            for i, _ in chars:   # pen positions (origins), as OFD's DeltaX advances are
                raw.FPDFText_GetCharOrigin(textpage, i, ctypes.byref(x), ctypes.byref(y))
                lefts.append(x.value * mm)
            raw.FPDFText_GetCharOrigin(textpage, chars[0][0], ctypes.byref(x), ctypes.byref(y))
            size = raw.FPDFText_GetFontSize(textpage, chars[0][0]) * mm
            baseline = (height - y.value) * mm
            deltas = " ".join(f"{b - a:.3f}" for a, b in zip(lefts, lefts[1:]))
            body = html.escape("".join(c for _, c in chars))
            objects.append(f'<ofd:TextObject ID="{len(objects) + 10}" Boundary="{lefts[0]:.3f} {baseline - size:.3f} '
                           f'{lefts[-1] - lefts[0] + size:.3f} {size * 1.2:.3f}" Font="2" Size="{size:.3f}">'
                           f'<ofd:TextCode X="0" Y="{size:.3f}" DeltaX="{deltas}">{body}</ofd:TextCode></ofd:TextObject>')
        textpage.close()
        page.close()
        pages.append(f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {ns}><ofd:Content><ofd:Layer ID="3">'
                     + "".join(objects) + "</ofd:Layer></ofd:Content></ofd:Page>")
    document.close()
    page_list = "".join(f'<ofd:Page ID="{i + 100}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {ns} Version="1.0" DocType="OFD">'
                         "<ofd:DocBody><ofd:DocInfo><ofd:DocID>test</ofd:DocID></ofd:DocInfo>"
                         "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
        archive.writestr("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {ns}>'
                         f"<ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 "
                         f"{width * mm:.2f} {height * mm:.2f}</ofd:PhysicalBox></ofd:PageArea>"
                         f"<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
                         f"<ofd:Pages>{page_list}</ofd:Pages></ofd:Document>")
        archive.writestr("Doc_0/PublicRes.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {ns} BaseLoc="Res">'
                         '<ofd:Fonts><ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>')
        for i, content in enumerate(pages):
            archive.writestr(f"Doc_0/Pages/Page_{i}/Content.xml", content)
    return path
