"""Text at the head of a file that is not the report's: a covering letter (报送函) before the
report, and site text glued to the title line (发布时间… 来源…, issuer and date, a site name).

Both are set aside — kept on the Report (`set_aside`) with a warning for the preview — so the
letter's recipient, date and title are not taken for the report's, and nothing is lost.
"""

from __future__ import annotations

import re

from app.importing.dates import date_line
from app.importing.header import DOC_TYPES
from app.importing.lines import Line
from app.importing.parts import fold

_LETTER_CUE = re.compile(r"现将.{0,80}(报告如下|报送|呈报|上报|印送|报来)|请审阅|请审示|请予?审议|请审定|特此(报告|函告|报送)"
                         r"|(报送|呈报).{0,40}(报告|情况)")
_LETTER_SPAN = 16
_REPORT_TITLE_END = re.compile(r"(报告|情况|总结)$")
_GLUED = re.compile(
    r"^(?P<title>[^。]{6,80}?(报告|情况|总结))"
    r"(?P<rest>(\s*([_|｜]|发布(时间|日期)|来源|信息来源|浏览|阅读|作者|时间\s*[:：]|日期\s*[:：]"
    r"|(19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"|\s+\S{2,30}(政府|网站|网|门户|局|委|办|办公室|中心)(\s|$))[^。]*)$")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _title_at(lines: list[Line], start: int) -> int:
    """How many lines from `start` make up a report title (0: none)."""
    joined = ""
    for count in range(1, 4):
        if start + count > len(lines):
            return 0
        line = lines[start + count - 1]
        text = line.text
        if line.marker is not None or line.record.in_table or text[-1] in "。；，：:;,！？" or date_line(text):
            return 0
        joined += text
        if len(joined) > 80:
            return 0
        if _REPORT_TITLE_END.search(fold(joined)) and len(joined) >= 8:
            return count
    return 0


def _letter_end(lines: list[Line]) -> int:
    """The index just after a covering letter at the top, or 0 when there is none.

    The letter ends at its date (or at its 请审阅 sentence) and is followed by the report's own
    title and more text; somewhere before that end it says it is sending the report."""
    for end in range(1, min(_LETTER_SPAN, len(lines) - 3)):
        line = lines[end - 1]
        dated = date_line(line.text)
        closes = dated is not None and (not dated[1] or len(dated[1]) <= 30)
        asks = bool(re.search(r"请审阅|请审示|请予?审议|请审定", line.text)) and line.text.endswith("。")
        if not (closes or asks) or not _title_at(lines, end):
            continue
        if any(_LETTER_CUE.search(fold(l.text)) for l in lines[:end]):
            return end
    return 0


def set_aside_head(lines: list[Line], warnings: list[str]) -> tuple[list[Line], list[str]]:
    """The lines without a covering letter and with the title unglued; what was set aside."""
    set_aside: list[str] = []
    end = _letter_end(lines)
    if end:
        set_aside = [l.text for l in lines[:end]]
        lines = lines[end:]
        warnings.append(f"报告前的报送函（{len(set_aside)} 段，自“{set_aside[0][:12]}”起）已单独放在一边，"
                        "其主送机关、日期和标题不作为报告的，请核对")
    for index, line in enumerate(lines[:3]):
        if line.marker is not None:
            break
        match = _GLUED.match(fold(line.text))
        if match and _HAN.search(match.group("title")) and DOC_TYPES.search(fold(line.text[:match.end("title")])):
            title, rest = line.text[:match.end("title")].strip(), line.text[match.end("title"):].strip()
            if rest:
                lines = [*lines[:index], Line(title, line.record, None, False, line.forced), *lines[index + 1:]]
                set_aside.append(rest)
                warnings.append(f"标题后面的网页文字（{rest[:20]}）已单独放在一边，请核对")
            break
    return lines, set_aside
