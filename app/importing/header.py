"""The head of a report: masthead (版头), title over one or more lines, 主送机关."""

from __future__ import annotations

import re
from collections import Counter

from app.importing.dates import date_line
from app.importing.lines import Line
from app.importing.parts import fold

DOC_TYPES = re.compile(r"(报告|通知|意见|规划|方案|总结|决定|请示|函|纪要|办法|规定|细则|公告|通告|通报|批复|要点"
                       r"|计划|讲话|汇报|情况|说明|述职|命令|议案)$")
_SENTENCE_END = "。；，：:;,！？!?"
_DOC_NUMBER = re.compile(r"[〔\[［【(（]\s*(19|20)\d{2}\s*[〕\]］】)）]\s*\d*\s*号")
_MASTHEAD = re.compile(r"^\d{3,6}$|★|^(特急|加急|平急|特提)$|^(绝密|机密|秘密)|文件$|^签发人")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _is_masthead(text: str) -> bool:
    return bool(_MASTHEAD.search(text) or _DOC_NUMBER.search(text)) and len(text) <= 50


def _title_candidate(line: Line, outline_counts: Counter) -> bool:
    record = line.record
    if record.in_table or line.marker is not None or len(line.text) > 80:
        return False
    if not _HAN.search(line.text):  # a report's title is Chinese; "root:x:0:0" is not a title
        return False
    if line.text[-1] in _SENTENCE_END or date_line(line.text):
        return False
    if line.outline is not None and outline_counts[line.outline] > 1 and not record.is_title_style:
        return False
    return True


def split_header(lines: list[Line], warnings: list[str]) -> tuple[list[str], list[str], str | None, int]:
    """Masthead lines, title lines, 主送机关 and the index where the rest begins."""
    outline_counts = Counter(l.outline for l in lines if l.outline is not None)
    i = 0
    masthead: list[str] = []
    window = lines[:6]
    number_at = next((k for k, l in enumerate(window) if _DOC_NUMBER.search(l.text) and len(l.text) <= 50), None)
    if number_at is not None and not any(DOC_TYPES.search(fold(l.text)) for l in window[:number_at]):
        masthead = [l.text for l in lines[:number_at + 1]]
        i = number_at + 1
    while i < len(lines) and len(masthead) < 6 and _is_masthead(lines[i].text) and not DOC_TYPES.search(fold(lines[i].text)):
        masthead.append(lines[i].text)
        i += 1
    title: list[str] = []
    while (i < len(lines) and len(title) < 4 and _title_candidate(lines[i], outline_counts)
           and sum(map(len, title)) + len(lines[i].text) <= 80):
        title.append(lines[i].text)
        i += 1
        if DOC_TYPES.search(fold(title[-1])) and not (i < len(lines) and lines[i].text.startswith(("——", "--"))):
            break
    recipient = None
    if i < len(lines):
        line = lines[i]
        text = line.text
        if (text.endswith(("：", ":")) and "如下" not in text and "。" not in text and line.marker is None
                and len(text) <= 200 and not line.record.in_table):
            recipient = text
            i += 1
    if masthead:
        warnings.append(f"标题前的版头内容（{'、'.join(m[:12] for m in masthead[:3])}）已放入开头段落，请核对")
    return masthead, title, recipient, i


