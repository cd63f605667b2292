"""Plain text (a .txt file, or text pasted from a web page) → paragraph records.

Decodes UTF-8 (with or without BOM), UTF-16 with BOM and GB18030/GBK; splits on CRLF, CR or LF;
drops the "site furniture" a copy from a government web page drags along (发布时间… 来源…
浏览次数… 【字体：大 中 小】 打印 关闭, a repeated title) with a warning.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.errors import UserError
from app.importing.header import DOC_TYPES
from app.importing.markers import leading_marker
from app.importing.parts import fold
from app.importing.records import ParagraphRecord, SourceDocument, read_bounded

MAX_TEXT_BYTES = 50 * 1024 * 1024

_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029")

# Web-page furniture that can sit anywhere on a short line.
_STRONG_FURNITURE = re.compile(
    r"(浏览次数|浏览量|阅读量|阅读次数|点击数|点击量|访问量|访问次数)\s*[:：]"
    r"|【?\s*字[体号]\s*[:：]?\s*【?大】?\s*【?中】?\s*【?小】?"
    r"|字体大小|打印本页|关闭窗口|打印此页|【\s*打印\s*】|【\s*关闭\s*】|扫一扫在手机|分享到\s*[:：]"
    r"|^发布(时间|日期)\s*[:：]"
)
# Furniture that is only furniture near the top or the bottom of the page.
_WEAK_FURNITURE = re.compile(
    # with a value after the colon: "时间：" alone is a 主送机关-like line, not a page's byline
    r"^(来源|信息来源|文章来源|作者|编辑|责任编辑|审核|审校|时间|日期|字号|当前位置|您当前的位置|索引号|发布机构)\s*[:：]\s*\S"
    r"|^首页\s*[>＞»]"
)
# A line made only of furniture words: "打印 关闭", "【大 中 小】 【打印】".
_FURNITURE_ONLY = re.compile(
    r"^(?:[\s【】\[\]|｜/]*(?:打印|关闭|收藏|分享|返回顶部|返回|大|中|小|字体|字号|[:：]))+[\s【】\[\]|｜/]*$")
_TITLE_FIRST = re.compile(r"^[^。，：:]{6,80}?(报告|報告|情况|情況|总结|總結)(\s|[_|｜]|发布|發布|来源|來源)")
_HEAD_LINES = 12
_TAIL_LINES = 8


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """The text of a file's bytes and any warnings about its encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8"), []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16"), []
    if b"\x00" in data[:4096]:
        raise UserError(_binary_message(data))
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), []
    except UnicodeDecodeError:
        text = data.decode("gb18030", errors="replace")
        return text, ["文本中有无法识别的字符（编码不是 UTF-8 或 GB18030），已用“�”代替，请核对"]


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise UserError(f"文本文件的编码损坏，无法按 {encoding} 读取（bad {encoding} text）") from None


def _binary_message(data: bytes) -> str:
    if data.startswith(b"PK\x03\x04"):
        return "该文件不是纯文本，看起来是 Word (.docx) 文件，请改用 .docx 扩展名后再导入（not a text file）"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "该文件不是纯文本，看起来是旧版 Word (.doc) 文件，请改用 .doc 扩展名后再导入（not a text file）"
    return "该文件不是纯文本，无法作为 .txt 导入（binary file, not text）"


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    controls = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f\v") or c == "\ufffd")
    return controls > max(8, len(sample) // 50)


_SPACE_RUN = re.compile(r"[ \t\u3000\u00a0]{2,}")


def _is_one_line_text(lines: list[str]) -> bool:
    """A copy of a web page that lost its line breaks: one or two long lines whose paragraphs are
    separated only by runs of spaces."""
    nonblank = [line.strip() for line in lines if line.strip()]
    if not nonblank or len(nonblank) > 2:
        return False
    longest = max(nonblank, key=len)
    return len(longest) > 150 and len(_SPACE_RUN.findall(longest)) >= 3


def is_furniture(line: str, near_edge: bool) -> bool:
    """Whether a (stripped) line is web-page furniture rather than report text."""
    if not line or len(line) > 100:
        return False
    strong = _STRONG_FURNITURE.search(line)
    if strong and _TITLE_FIRST.match(line):
        return False   # the headline with the byline glued on: the recogniser sets the byline aside
    if strong or _FURNITURE_ONLY.match(line):
        return True
    return near_edge and bool(_WEAK_FURNITURE.search(line))


def _metadata_header_end(lines: list[str]) -> int:
    """Lines before a `---` separator near the top that look like a capture header (# …, - key: …)."""
    nonblank = [(i, s.strip()) for i, s in enumerate(lines[:40]) if s.strip()]
    for pos, (i, s) in enumerate(nonblank):
        if s in ("---", "***", "___"):
            before = [t for _, t in nonblank[:pos]]
            if before and all(t.startswith(("#", "- ", "-\t", "* ")) or re.match(r"^[\w\s-]+[:：]", t) for t in before):
                return i + 1
            return 0
    return 0


def text_records(text: str) -> SourceDocument:
    """Records and warnings for a text (file contents or pasted text)."""
    if _looks_binary(text):
        raise UserError("该文件不是纯文本，无法作为 .txt 导入（binary file, not text）")
    text = text.lstrip("\ufeff")
    lines = _LINE_BREAK.split(text)
    warnings: list[str] = []
    if _is_one_line_text(lines):
        lines = [part for line in lines for part in _SPACE_RUN.split(line)]
        warnings.append("全文在一行内，已按连续空格分段，请核对段落划分")
    dropped: list[str] = []
    start = _metadata_header_end(lines)
    if start:
        dropped.extend(s.strip() for s in lines[:start] if s.strip())
    nonblank = [i for i in range(start, len(lines)) if lines[i].strip()]
    head = set(nonblank[:_HEAD_LINES])
    tail = set(nonblank[-_TAIL_LINES:])
    kept: list[str] = []
    for i in nonblank:
        stripped = lines[i].strip()
        if is_furniture(stripped, i in head or i in tail):
            dropped.append(stripped)
        else:
            kept.append(lines[i])
    kept = _drop_repeated_title(kept, dropped)
    if dropped:
        shown = "；".join(d[:20] for d in dropped[:3]) + ("……" if len(dropped) > 3 else "")
        warnings.append(f"已去掉网页附带的 {len(dropped)} 行内容（{shown}）")
    records = [ParagraphRecord(text=line) for line in kept]
    return SourceDocument(records, warnings)


def _drop_repeated_title(lines: list[str], dropped: list[str]) -> list[str]:
    """A web page shows the headline, then the article repeats it: keep one copy."""
    stripped = [s.strip() for s in lines]
    for i in range(min(6, len(lines))):
        line = stripped[i]
        if (len(line) < 6 or line.endswith(("。", "：", ":")) or leading_marker(line) is not None
                or not DOC_TYPES.search(fold(line))):   # a headline names a document; "某某局" repeated is a signature
            continue
        for j in range(i + 1, min(i + 8, len(lines))):
            for k in (1, 2, 3):
                if j + k <= len(lines) and "".join(stripped[j:j + k]) == line:
                    dropped.append(line)
                    return lines[:i] + lines[i + 1:]
        # The headline split over two or three lines and repeated as one.
        for k in (2, 3):
            joined = "".join(stripped[i:i + k])
            if joined in stripped[i + k:i + k + 8]:
                j = stripped.index(joined, i + k)
                dropped.append(joined)
                return lines[:j] + lines[j + 1:]
    return lines


def read_txt(path: Path) -> SourceDocument:
    data = read_bounded(path, MAX_TEXT_BYTES, "文本文件")
    text, warnings = decode_text(data)
    if not text.strip():
        raise UserError(f"文件是空的：{path.name}（empty file）")
    document = text_records(text)
    document.warnings[:0] = warnings
    return document
