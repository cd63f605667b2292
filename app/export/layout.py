"""The report as a sequence of laid-out blocks (title, recipient, body, headings, signature…),
shared by the Word writer and the Qt (PDF / print) renderer so both follow GB/T 9704 alike.

A block is one paragraph: runs of text each in a font role of the profile, an alignment and
indents in characters. Numbers come from app.numbering (derived from position), never typed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import Enum

from app.export.title_break import break_title, text_width
from app.export.txt_writer import format_date
from app.model import Report
from app.numbering import located_sections
from app.profiles import Profile


class Kind(str, Enum):
    TITLE = "title"
    BLANK = "blank"
    RECIPIENT = "recipient"
    BODY = "body"
    HEADING = "heading"
    SIGNATURE = "signature"
    DATE = "date"
    MARK = "mark"               # 发文机关标志 (formal 版头)
    DOC_NUMBER = "doc_number"   # 发文字号 left, 签发人 right: the runs either side of a "\t" run
    NOTE = "note"               # a 版记 line: 抄送, 印发机关 and 印发日期 (at the foot of the last page)


class Align(str, Enum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "both"


@dataclass(frozen=True)
class Run:
    text: str           # "\n" is a forced line break inside the paragraph (title lines)
    role: str           # a font role of the profile: title, body, heading1…heading4


@dataclass(frozen=True)
class Rule:
    """A separator line under or over a paragraph (GB/T 9704's red line, the 版记 lines)."""

    thickness_mm: float
    color: str = "000000"
    space_pt: float = 0.0       # from the paragraph's line box to the rule


@dataclass(frozen=True)
class Block:
    kind: Kind
    runs: tuple[Run, ...]
    align: Align = Align.JUSTIFY
    first_line_chars: float = 0.0   # first-line indent in body characters
    right_chars: float = 0.0        # right indent in body characters
    depth: int = 0                  # outline depth of a heading (1 = 一、); 0 otherwise
    keep_next: bool = False         # on the same page as the next block's first line (w:keepNext)
    keep_together: bool = False     # never split across pages (w:keepLines)
    color: str = ""                 # RRGGBB of the text; "" for black
    rule_above: Rule | None = None
    rule_below: Rule | None = None

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def _ends_sentence(text: str) -> bool:
    return text.endswith(("。", "？", "！", "…"))


def recipient_line(recipient: str) -> str:
    """主送机关 ends with a full-width colon."""
    text = recipient.strip().rstrip(":：")
    return f"{text}：" if text else ""


def heading_role(depth: int) -> str:
    return f"heading{min(max(depth, 1), 4)}"


def signature_indents(signature: str, date: str, profile: Profile) -> tuple[float, float]:
    """Right indents (in characters) of the signature and the date without a seal
    (GB/T 9704 7.3.5.2): the signature sits two characters in from the right, the date below it
    starts two characters right of the signature's first character; when the date is the longer,
    the date keeps two characters from the right and the signature moves left."""
    sig_w, date_w = text_width(signature), text_width(date)
    right, shift = profile.signature_right_indent_chars, profile.date_shift_chars
    if not signature:
        return right, right
    if not date:
        return right, right
    if date_w + shift <= sig_w:
        return right, right + sig_w - shift - date_w
    return right + date_w + shift - sig_w, right


def draft_mark_text(stamp: str, label: str) -> str:
    """The draft header: 草稿, the export date/time and the snapshot label."""
    parts = ["草稿", f"导出时间：{stamp}"]
    if label.strip():
        parts.append(label.strip())
    return "　　".join(parts)


def layout_blocks(report: Report, profile: Profile, variant: str | None = None) -> list[Block]:
    """Every paragraph of the exported report, in order, with the keep rules set: a heading keeps
    with the next paragraph; the signature and date keep the last two lines of body text. The
    formal variant starts with the 版头 (its 版记 is placed by the writers: see formal.py)."""
    blocks = list(_blocks(report, profile))
    if variant == "formal":
        from app.export.formal import head_blocks

        blocks = head_blocks(report, profile) + blocks
    return keep_signature_with_body(blocks, profile)


def keep_signature_with_body(blocks: list[Block], profile: Profile) -> list[Block]:
    """GB/T 9704 7.3.5: the 落款 never stands alone on a page. Every block from the one holding the
    last two body lines up to the date keeps with its next."""
    ends = [i for i, b in enumerate(blocks) if b.kind in (Kind.SIGNATURE, Kind.DATE)]
    if not ends:
        return blocks
    last = max(ends)
    start = min(ends) - 1  # the blank line above the signature
    lines = 0
    index = start
    while index > 0 and lines < 2:
        index -= 1
        if blocks[index].kind is not Kind.BLANK:
            lines += estimated_lines(blocks[index], profile)
    for i in range(index, last):
        # A paragraph longer than half a page is left to widow control (it keeps two lines on the
        # signature's page unless it ends right at the foot of a page): LibreOffice would push a
        # long paragraph kept with the next to a page of its own.
        if estimated_lines(blocks[i], profile) <= profile.lines_per_page // 2:
            blocks[i] = replace(blocks[i], keep_next=True, keep_together=True)
    return blocks


def estimated_lines(block: Block, profile: Profile) -> int:
    return max(1, int(-(-(text_width(block.text) + block.first_line_chars) // profile.chars_per_line)))


def _blocks(report: Report, profile: Profile) -> Iterator[Block]:
    indent = profile.first_line_indent_chars
    if report.title.strip():
        lines = break_title(report.title, profile.title_chars_per_line)
        yield Block(Kind.TITLE, (Run("\n".join(lines), "title"),), Align.CENTER)
        for _ in range(profile.blank_lines_after_title):
            yield Block(Kind.BLANK, (), Align.LEFT)
    if report.recipient and report.recipient.strip():
        yield Block(Kind.RECIPIENT, (Run(recipient_line(report.recipient), "body"),), Align.LEFT)
    for paragraph in report.preamble:
        yield Block(Kind.BODY, (Run(paragraph, "body"),), first_line_chars=indent)
    for located in located_sections(report):
        section = located.section
        role = heading_role(located.depth)
        paragraphs = list(section.paragraphs)
        heading = f"{located.marker}{section.heading}"
        if section.run_in:
            if not _ends_sentence(heading):
                heading += "。"
            runs = [Run(heading, role)]
            if paragraphs:
                first = paragraphs.pop(0)
                if first:
                    runs.append(Run(first, "body"))
            yield Block(Kind.HEADING, tuple(runs), first_line_chars=indent, depth=located.depth)
        else:
            yield Block(Kind.HEADING, (Run(heading, role),), first_line_chars=indent, depth=located.depth,
                        keep_next=True, keep_together=True)
        for paragraph in paragraphs:
            yield Block(Kind.BODY, (Run(paragraph, "body"),), first_line_chars=indent)
    for paragraph in report.closing:
        yield Block(Kind.BODY, (Run(paragraph, "body"),), first_line_chars=indent)
    date = format_date(report)
    signature = report.signature.strip()
    if signature or date:
        sig_right, date_right = signature_indents(signature, date, profile)
        yield Block(Kind.BLANK, (), Align.LEFT)
        if signature:
            yield Block(Kind.SIGNATURE, (Run(signature, "body"),), Align.RIGHT, right_chars=sig_right)
        if date:
            yield Block(Kind.DATE, (Run(date, "body"),), Align.RIGHT, right_chars=date_right)
