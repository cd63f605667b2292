"""Import speed on a 300-page report (~250,000 characters, ~1,500 headings), as .docx and .txt.

usage: .venv/bin/python bench/import.py [--repeat N]
Prints JSON: import seconds for each format (best of N), python-docx's own Document() load of the
same .docx, and the ratio. Targets: .docx < 1.5 s, .txt < 0.5 s.
"""

from __future__ import annotations

import argparse
import json
import random
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
    endings = ("工作", "措施", "力度", "成效", "")
    return "，".join(rng.choice(WORDS) + rng.choice(endings) for _ in range(rng.randint(3, 6))) + "。"


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
        print(json.dumps({
            "characters": characters, "headings": headings, "docx_bytes": docx.stat().st_size,
            "docx_import_s": round(docx_s, 3), "txt_import_s": round(txt_s, 3),
            "python_docx_Document_s": round(python_docx_s, 3),
            "python_docx_Document_plus_paragraph_texts_s": round(python_docx_text_s, 3),
            "docx_import_vs_python_docx_load": round(docx_s / python_docx_s, 2),
            "docx_import_vs_python_docx_texts": round(docx_s / python_docx_text_s, 2),
            "targets_met": docx_s < 1.5 and txt_s < 0.5,
        }, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
