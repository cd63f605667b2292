"""Web pages saved by a browser (.html/.htm, .mht/.mhtml) → paragraph records.

lxml.html (already installed with python-docx) parses the tag soup of government sites. The
article is found among the site's chrome as the block that holds most of the page's own (not
linked) Chinese text; its headline, which sites put in a block of its own above the article,
is looked up before it. The paragraphs then go through the same furniture filter as text
copied from a page (txt_reader): 发布时间/来源 lines, 打印/关闭 bars.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import re
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.importing.records import SourceDocument, read_bounded
from app.importing.txt_reader import text_records

MAX_PAGE_BYTES = 30 * 1024 * 1024

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.IGNORECASE)
_CHROME_TAGS = ("script", "style", "noscript", "head", "nav", "header", "footer", "aside", "form", "iframe",
                "select", "button", "object", "embed", "svg", "template")
_BLOCK_TAGS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article", "blockquote",
               "center", "dd", "dt", "pre", "ul", "ol", "dl", "table", "tbody", "thead", "tfoot")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TITLE_HINT = re.compile(r"title|biaoti|bt\b|tit\b|headline", re.IGNORECASE)
_TITLE_SPLIT = re.compile(r"\s*[_|｜]\s*|\s+[-—]+\s+")
_DESCEND_SHARE = 0.7


def read_web_page(path: Path) -> SourceDocument:
    data = read_bounded(path, MAX_PAGE_BYTES, "网页文件")
    header_charset = None
    if path.suffix.lower() in (".mht", ".mhtml"):
        data, header_charset = _mht_html(data, path)
    html, warnings = decode_page(data, header_charset)
    return page_records(html, warnings)


def _mht_html(data: bytes, path: Path) -> tuple[bytes, str | None]:
    """The HTML part of a MIME archive (.mht) and the charset its part header declares."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                return payload, part.get_content_charset()
    raise UserError(f"{path.name} 中没有网页内容，无法导入（no HTML in the .mht archive）")


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().lower()
    if name in ("gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312"):
        return "gb18030"   # the superset: pages declaring gb2312 use GBK characters all the time
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_page(data: bytes, header_charset: str | None = None) -> tuple[str, list[str]]:
    """The page's text: UTF-8 when the bytes are valid UTF-8 (whatever the page claims), else the
    declared charset, else GB18030; a warning when the declaration was wrong."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), []
    match = _CHARSET.search(data[:4096])
    declared = _codec(header_charset) or _codec(match.group(1).decode("ascii") if match else None)
    candidates = ["utf-8"] + [c for c in (declared, "gb18030") if c and c != "utf-8"]
    for codec in candidates:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        warnings = []
        if declared and codec != declared:
            warnings.append(f"网页声明的编码（{declared}）与实际不符，已按 {codec.upper()} 读取，请核对文字")
        return text, warnings
    return data.decode("gb18030", errors="replace"), ["网页中有无法识别的字符，已用“�”代替，请核对"]


def _own_han(element: Any, cache: dict[Any, int]) -> int:
    """Chinese characters in an element's text that is not link text."""
    if element in cache:
        return cache[element]
    count = len(_HAN.findall(element.text or "")) if element.tag != "a" else 0
    for child in element:
        if not isinstance(child.tag, str):
            continue
        count += _own_han(child, cache) + len(_HAN.findall(child.tail or ""))
    cache[element] = count
    return count


def find_article(body: Any) -> Any:
    """The smallest block that still holds most of the page's own Chinese text."""
    cache: dict[Any, int] = {}
    current = body
    while True:
        total = _own_han(current, cache)
        best = max((c for c in current if isinstance(c.tag, str)), key=lambda c: _own_han(c, cache), default=None)
        if best is None or total == 0 or _own_han(best, cache) < total * _DESCEND_SHARE:
            return current
        current = best


def _headline(root: Any, article: Any, page_title: str) -> str:
    """The page's headline: the last title-like block before the article, or the <title> before
    the site name."""
    article_start = article.sourceline or 0
    candidates: list[str] = []
    for element in root.iter("h1", "h2", "h3", "div", "p", "td", "span", "strong"):
        if element is article or (element.sourceline or 0) > article_start or article in element.iterancestors():
            continue
        hinted = element.tag in ("h1", "h2", "h3") or _TITLE_HINT.search(
            f"{element.get('class', '')} {element.get('id', '')}")
        if not hinted or any(d is article for d in element.iterdescendants()):
            continue
        text = _clean(element.text_content())
        if 6 <= len(text) <= 80 and _HAN.search(text):
            candidates.append(text)
    if candidates:
        return candidates[-1]
    if page_title:
        first = _TITLE_SPLIT.split(page_title)[0]
        if len(first) >= 6 and _HAN.search(first):
            return first
    return ""


def _clean(text: str) -> str:
    return re.sub(r"[ \t\r\n\u00a0\u3000]+", " ", text).strip()


def _lines(article: Any) -> tuple[list[str], set[str]]:
    """The article's paragraphs (from blocks and <br>) and the ones that were table rows."""
    table_rows: set[str] = set()
    for row in article.iter("tr"):
        cells = [_clean(c.text_content()) for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
        text = " ".join(c for c in cells if c)
        for cell in list(row):
            row.remove(cell)
        row.text = "\n" + text + "\n"
        if text:
            table_rows.add(text)
    for element in article.iter(*_BLOCK_TAGS, "tr", "br"):
        element.tail = "\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
    lines = []
    for raw in article.text_content().split("\n"):
        # Source whitespace collapses as a browser would; &nbsp; runs are kept (pages that separate
        # paragraphs by them alone are split by the text reader), indentation is dropped.
        line = re.sub(r"[ \t\r\f]+", " ", raw).replace("\u00a0", " ").strip(" \u3000")
        if line:
            lines.append(line)
    return lines, table_rows


def page_records(html: str, warnings: list[str] | None = None) -> SourceDocument:
    """Records of the article in a page's HTML."""
    import lxml.html

    html = re.sub(r"^\s*<\?xml[^>]*>", "", html)
    try:
        root = lxml.html.document_fromstring(html)
    except Exception as exc:  # noqa: BLE001 — lxml raises several kinds (ParserError, ValueError) for unusable input
        raise UserError(f"无法解析网页（{exc}）") from None
    title = root.find(".//title")
    page_title = _clean(title.text_content()) if title is not None else ""
    for element in list(root.iter(*_CHROME_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    body = root.find("body")
    article = find_article(body if body is not None else root)
    headline = _headline(root, article, page_title)
    lines, table_rows = _lines(article)
    if not lines or not any(_HAN.search(line) for line in lines):
        raise UserError("网页中没有找到正文文字，无法导入（no article text in the page）")
    if headline and headline.replace(" ", "") not in "".join(lines[:4]).replace(" ", ""):
        lines.insert(0, headline)
    document = text_records("\n".join(lines))
    rows = 0
    for record in document.records:
        if record.text.strip() in table_rows:
            record.in_table = True
            rows += 1
    document.warnings[:0] = list(warnings or [])
    if rows:
        document.warnings.append(f"网页中的表格（{rows} 行）已按行作为段落导入，请核对")
    return document
