"""Import speed on a 300-page report (~250,000 characters, ~1,500 headings), as .docx, .txt,
a text PDF (our .docx export through LibreOffice) and a 2 MB saved web page.

usage: .venv/bin/python bench/import.py [--repeat N]
Prints JSON: import seconds for each format (best of N), python-docx's own Document() load of the
same .docx, PDFium's bare text extraction of the PDF, and the ratios. Targets: .docx < 1.5 s,
.txt < 0.5 s, PDF < 3 s and < 3× bare extraction, web page < 1 s.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from docx import Document
from docx.oxml.ns import qn

from app.export.txt_writer import report_text
from app.importing import parse_file
from app.model import MarkerStyle, Report, Section
from app.numbering import located_sections

WORDS = ("坚持依法行政", "深化统计普法宣传", "强化执法检查", "完善工作机制", "提高数据质量", "落实主体责任",
         "开展警示教育", "推进三公统计", "加强队伍建设", "组织专题培训", "严格对账销号", "营造良好氛围")


def sentence(rng: random.Random) -> str:
    clauses = (rng.choice(WORDS) + rng.choice(("工作", "措施", "力度", "成效", "")) for _ in range(rng.randint(3, 6)))
    return "，".join(clauses) + "。"


def big_report(seed: int = 1) -> Report:
    rng = random.Random(seed)
    sections = []
    for _ in range(10):
        top = Section(heading=rng.choice(WORDS) + "情况", paragraphs=[sentence(rng)])
        for _ in range(10):
            middle = Section(heading=rng.choice(WORDS), paragraphs=[sentence(rng) for _ in range(2)], run_in=True)
            for _ in range(14):
                leaf = Section(heading=rng.choice(WORDS), run_in=True,
                               paragraphs=["".join(sentence(rng) for _ in range(3)), sentence(rng)])
                middle.children.append(leaf)
            top.children.append(middle)
        sections.append(top)
    return Report(title="某某市统计局关于2024年法治政府建设情况的报告", organization="某某市统计局", year=2024,
                  preamble=[sentence(rng) * 3], sections=sections, signature="某某市统计局",
                  marker_styles=[MarkerStyle.CHINESE, MarkerStyle.PAREN_CHINESE, MarkerStyle.ARABIC])


def write_docx(report: Report, path: Path) -> None:
    document = Document()

    def run(paragraph, text: str, font: str) -> None:
        r = paragraph.add_run(text)
        r.font.name = font
        r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)

    run(document.add_paragraph(), report.title, "方正小标宋简体")
    for text in report.preamble:
        run(document.add_paragraph(), "\u3000\u3000" + text, "仿宋_GB2312")
    for located in located_sections(report):
        section = located.section
        paragraph = document.add_paragraph()
        body = list(section.paragraphs)
        if section.run_in and body:
            run(paragraph, located.marker + section.heading + "。", "楷体_GB2312")
            run(paragraph, body.pop(0), "仿宋_GB2312")
        else:
            run(paragraph, located.marker + section.heading, "黑体")
        for text in body:
            run(document.add_paragraph(), "\u3000\u3000" + text, "仿宋_GB2312")
    run(document.add_paragraph(), report.signature, "仿宋_GB2312")
    document.save(path)


def make_pdf(report: Report, folder: Path) -> Path:
    """The report as published: our own .docx export (page numbers in the footer) through LibreOffice."""
    from app.export import export_report

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to make the benchmark PDF")
    source = folder / "big-pdf.docx"
    export_report(report, source)
    subprocess.run([soffice, f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=600, env={**os.environ, "HOME": str(folder)})
    return folder / "big-pdf.pdf"


def bare_pdf_extraction(path: Path, repeat: int = 1) -> float:
    """PDFium's own text extraction of every page: the floor the PDF reader is measured against."""
    import pypdfium2 as pdfium

    def extract() -> None:
        document = pdfium.PdfDocument(str(path))
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        document.close()

    return best(extract, repeat)


def web_page(report: Report, size: int = 2 * 1024 * 1024) -> str:
    """A saved article page of about `size` bytes: site chrome around the report's paragraphs."""
    paragraphs = [line.strip() for line in report_text(report).splitlines()[1:] if line.strip()]
    body = "\n".join(f"<p>&nbsp;&nbsp;{html.escape(p)}</p>" for p in paragraphs)
    chrome = "".join(f'<li><a href="/n{i}">栏目{i}</a></li>' for i in range(200))
    page = (f'<html><head><meta charset="utf-8"><title>{report.title}_某某市人民政府</title></head><body>'
            f'<div class="nav"><ul>{chrome}</ul></div><h1>{report.title}</h1>'
            f'<div class="info">发布时间：2025-01-20 来源：某某市统计局</div><div class="content">{body}</div>'
            f'<div class="footer">网站标识码：1100000001 京ICP备000001号</div></body></html>')
    repeats = max(1, size // len(page.encode("utf-8")))
    # Pad with more site chrome (related links), not more report, to reach the size.
    links = "".join(f'<li><a href="/r{i}">相关链接{i}：某某市关于推进依法行政工作的通知</a></li>' for i in range(40))
    padding = f'<div class="related"><ul>{links}</ul></div>'
    while len(page.encode("utf-8")) < size:
        page = page.replace("</body>", padding * max(1, repeats) + "</body>", 1)
    return page


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    report = big_report()
    with tempfile.TemporaryDirectory() as tmp:
        txt, docx = Path(tmp) / "big.txt", Path(tmp) / "big.docx"
        txt.write_text(report_text(report), encoding="utf-8")
        write_docx(report, docx)
        parsed = parse_file(docx)
        headings = len(parsed.all_sections())
        characters = len("".join(report_text(report).split()))
        docx_s = best(lambda: parse_file(docx), args.repeat)
        txt_s = best(lambda: parse_file(txt), args.repeat)
        python_docx_s = best(lambda: Document(str(docx)), args.repeat)
        python_docx_text_s = best(lambda: [p.text for p in Document(str(docx)).paragraphs], args.repeat)
        assert headings == len(report.all_sections()), "the benchmark report did not round-trip"
        pdf = make_pdf(report, Path(tmp))
        pdf_s = best(lambda: parse_file(pdf), args.repeat)
        bare_s = bare_pdf_extraction(pdf, args.repeat)
        import pypdfium2 as pdfium

        pdf_pages = len(pdfium.PdfDocument(str(pdf)))
        page = Path(tmp) / "big.html"
        page.write_text(web_page(report), encoding="utf-8")
        web_s = best(lambda: parse_file(page), args.repeat)
        assert len(parse_file(pdf).all_sections()) == headings, "the benchmark PDF did not round-trip"
        assert len(parse_file(page).all_sections()) == headings, "the benchmark web page did not round-trip"
        print(json.dumps({
            "characters": characters, "headings": headings, "docx_bytes": docx.stat().st_size,
            "docx_import_s": round(docx_s, 3), "txt_import_s": round(txt_s, 3),
            "python_docx_Document_s": round(python_docx_s, 3),
            "python_docx_Document_plus_paragraph_texts_s": round(python_docx_text_s, 3),
            "docx_import_vs_python_docx_load": round(docx_s / python_docx_s, 2),
            "docx_import_vs_python_docx_texts": round(docx_s / python_docx_text_s, 2),
            "pdf_pages": pdf_pages, "pdf_import_s": round(pdf_s, 3), "pdfium_bare_extraction_s": round(bare_s, 3),
            "pdf_import_vs_bare_extraction": round(pdf_s / bare_s, 2),
            "web_page_bytes": page.stat().st_size, "web_page_import_s": round(web_s, 3),
            "targets_met": docx_s < 1.5 and txt_s < 0.5 and pdf_s < 3 and pdf_s < 3 * bare_s and web_s < 1,
        }, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
