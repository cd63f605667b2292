"""The web version (`-o report.html`): one clean, self-contained UTF-8 file ready to paste into a
website's editor — headings h2–h4 with their numbers under the title's h1, paragraphs as p, the
落款 right-aligned, no scripts, no external resources. Written as well-formed XHTML-compatible
HTML5 so any parser (and the tests) can read it back. The public variant is the default: it
never carries a 版头, 版记 or 签发人.
"""

from __future__ import annotations

import datetime as dt
import re
from html import escape
from pathlib import Path

from app.export import ExportOptions, register_writer
from app.export.layout import Block, Kind, draft_mark_text, layout_blocks
from app.model import Report
from app.profiles import load_profile

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

STYLE = """body{max-width:42em;margin:2em auto;padding:0 1em;font-family:"仿宋_GB2312","仿宋",FangSong,serif;\
font-size:16pt;line-height:1.8;color:#000}
h1{font-family:"方正小标宋简体","宋体",SimSun,serif;font-size:22pt;font-weight:normal;text-align:center;line-height:1.4}
h2{font-family:"黑体",SimHei,sans-serif;font-size:16pt;font-weight:normal;margin:0;text-indent:2em}
h3{font-family:"楷体_GB2312","楷体",KaiTi,serif;font-size:16pt;font-weight:normal;margin:0;text-indent:2em}
h4{font-size:16pt;font-weight:normal;margin:0;text-indent:2em}
p{margin:0;text-indent:2em;text-align:justify}
p.recipient{text-indent:0}
p.signature,p.date{text-align:right;text-indent:0}
p.draft{text-indent:0;font-family:"黑体",SimHei,sans-serif;font-size:12pt;color:#666}
span.run-in-heading{font-family:"楷体_GB2312","楷体",KaiTi,serif}"""


def _text(text: str) -> str:
    return escape(_INVALID_XML.sub("", text), quote=True)


def heading_tag(depth: int) -> str:
    """Depth 1 (一、) is h2 under the title's h1; depth 3 and deeper share h4 (their numbers differ)."""
    return f"h{min(depth, 3) + 1}"


def _block_html(block: Block) -> str:
    if not block.text.strip():
        return ""  # blank lines and empty paragraphs are the printed page's business
    if block.kind is Kind.TITLE:
        return f"<h1>{_text(block.text.replace(chr(10), ''))}</h1>"  # the browser breaks it
    if block.kind is Kind.HEADING:
        if len(block.runs) > 1:  # run-in: the heading begins the paragraph
            head, *rest = block.runs
            body = "".join(_text(r.text) for r in rest)
            return f'<p><span class="run-in-heading">{_text(head.text)}</span>{body}</p>'
        tag = heading_tag(block.depth)
        return f"<{tag}>{_text(block.text)}</{tag}>"
    if block.kind is Kind.RECIPIENT:
        return f'<p class="recipient">{_text(block.text)}</p>'
    if block.kind in (Kind.SIGNATURE, Kind.DATE):
        return f'<p class="{block.kind.value}">{_text(block.text)}</p>'
    if block.kind is Kind.BODY:
        return f"<p>{_text(block.text)}</p>"
    return ""


def report_html(report: Report, options: ExportOptions | None = None) -> str:
    options = options or ExportOptions()
    profile = load_profile(options.profile)
    # The 版头 and 版记 are for the paper that is signed; the web version is the public text.
    parts = [_block_html(b) for b in layout_blocks(report, profile, "public")]
    if options.is_draft:
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
        parts.insert(0, f'<p class="draft">{_text(draft_mark_text(stamp, options.draft_label))}</p>')
    title = _text(" ".join(report.title.split()) or "报告")
    meta = f'<meta name="author" content="{_text(report.organization)}"/>' if report.organization.strip() else ""
    body = "\n".join(p for p in parts if p)
    return ("<!DOCTYPE html>\n"
            '<html lang="zh-CN" xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta charset="utf-8"/>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"/>\n{meta}\n'
            f"<title>{title}</title>\n<style>\n{STYLE}\n</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def write_html(report: Report, path: Path, options: ExportOptions) -> None:
    path.write_text(report_html(report, options), encoding="utf-8")


register_writer(".html", write_html)
register_writer(".htm", write_html)
