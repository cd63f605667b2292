"""What the import preview says about a recognised report, as text: each paragraph with the role
the recogniser gave it (title, recipient, preamble, heading, body, closing, signature, date), why
each top-level section got its part, and why each set-aside paragraph was set aside.

Kept apart from the dialog so the words can be tested without widgets.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.importing.parts import part_reasons
from app.model import Report, Section
from app.numbering import located_sections
from ui.editor.section_model import part_name

# cover.py names the site text it unglued from the title in a warning of its own; the covering
# letter's paragraphs come first in Report.set_aside, the site text (at most one) after them.
SITE_TEXT_WARNING = "标题后面的网页文字"


@dataclass(frozen=True)
class SetAsideParagraph:
    """A paragraph the importer set aside, where it stood among them, and why it was set aside."""

    index: int
    text: str
    reason: str


def set_aside_paragraphs(report: Report) -> list[SetAsideParagraph]:
    """The report's set-aside text, each paragraph with its reason (covering letter or site text)."""
    site = 1 if report.set_aside and any(w.startswith(SITE_TEXT_WARNING) for w in report.warnings) else 0
    letter = len(report.set_aside) - site
    letter_reason = QCoreApplication.translate("ImportPreviewText", "报送函：报告前的来函，其主送机关、日期和标题不是报告的")
    site_reason = QCoreApplication.translate("ImportPreviewText", "网页文字：粘在标题后面的发布时间、来源或网站名称")
    return [SetAsideParagraph(index, text, letter_reason if index < letter else site_reason)
            for index, text in enumerate(report.set_aside)]


def part_reasons_shown(report: Report) -> dict[int, str]:
    """id(top-level section) → the words that decided its part (标题含“成效”), or a note where the
    part was changed in the preview (the recogniser's words no longer apply)."""
    return {id(section): reason or QCoreApplication.translate("ImportPreviewText", "在预览中指定")
            for section, reason in zip(report.sections, part_reasons(report.sections, report.year))
            if section.part is not None}


def part_explanation(section: Section, reason: str) -> str:
    """"1 主要举措和成效（标题含“成效”）"."""
    return f"{part_name(section.part)}（{reason}）" if section.part is not None and reason else ""


def _tag(label: str) -> str:
    return f'<span style="color:#777">〔{html.escape(label)}〕</span>'


def _line(label: str, text: str, *, bold: bool = False, indent: int = 0) -> str:
    body = html.escape(text)
    if bold:
        body = f"<b>{body}</b>"
    return f'<p style="margin-left:{indent * 1.5}em">{_tag(label)} {body}</p>'


def _note(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def head_html(report: Report) -> str:
    """Title, recipient and preamble as recognised."""
    translate = QCoreApplication.translate
    title = report.title or translate("ImportPreviewText", "（未识别出标题）")
    lines = [_line(translate("ImportPreviewText", "报告标题"), title, bold=True)]
    if report.recipient:
        lines.append(_line(translate("ImportPreviewText", "主送机关"), report.recipient))
    lines += [_line(translate("ImportPreviewText", "导语"), text) for text in report.preamble]
    if not report.recipient and not report.preamble:
        lines.append(_note(translate("ImportPreviewText", "（标题之后直接是第一个标题，没有导语）")))
    return "".join(lines)


def tail_html(report: Report) -> str:
    """Closing paragraphs, signature and date as recognised."""
    translate = QCoreApplication.translate
    lines = [_line(translate("ImportPreviewText", "结束语"), text) for text in report.closing]
    if report.signature:
        lines.append(_line(translate("ImportPreviewText", "落款"), report.signature))
    if report.date is not None:
        day = report.date
        lines.append(_line(translate("ImportPreviewText", "日期"), f"{day.year}年{day.month}月{day.day}日"))
    return "".join(lines) or _note(translate("ImportPreviewText", "（没有识别出结束语、落款或日期）"))


def heading_markers(report: Report) -> dict[int, tuple[str, int]]:
    """id(section) → (its marker as written or as numbered, its depth)."""
    return {id(located.section): (located.section.written_marker or located.marker, located.depth)
            for located in located_sections(report)}


# A top-level section of a 300-page report has ~600 lines: laying them all out took 10 ms of the
# GUI thread at every selection. The rest is one click away, on the subsections' own rows.
SHOWN_LINES = 200


def section_html(report: Report, section: Section, explanation: str = "",
                 markers: dict[int, tuple[str, int]] | None = None, *, limit: int = SHOWN_LINES) -> str:
    """The section's heading, body paragraphs and subsections as recognised (headings in bold), up
    to `limit` lines; `markers` from heading_markers(report) when the caller has them already."""
    translate = QCoreApplication.translate
    markers = markers if markers is not None else heading_markers(report)
    top_depth = markers.get(id(section), ("", 1))[1]
    lines = []
    if explanation:
        label = translate("ImportPreviewText", "部分")
        lines.append(f"<p>{_tag(label)} {html.escape(explanation)}</p>")
    heading_label, body_label = translate("ImportPreviewText", "标题"), translate("ImportPreviewText", "正文")
    left = 0
    for part in section.walk():
        if len(lines) >= limit:
            left += 1 + len(part.paragraphs)
            continue
        marker, depth = markers.get(id(part), ("", top_depth))
        indent = depth - top_depth
        lines.append(_line(heading_label, f"{marker}{part.heading}", bold=True, indent=indent))
        lines += [_line(body_label, text, indent=indent) for text in part.paragraphs]
    if len(lines) > limit:
        left += len(lines) - limit
        del lines[limit:]
    if left:
        lines.append(_note(translate("ImportPreviewText", "……以下还有 %1 段（选中下级标题查看）").replace("%1", str(left))))
    return "".join(lines)
