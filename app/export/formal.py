"""Formal submission (正式行文, GB/T 9704-2012 7.2 and 7.4): what the 版头 and 版记 need, checked
before anything is written."""

from __future__ import annotations

from dataclasses import replace

from app.errors import UserError
from app.export.layout import Align, Block, Kind, Rule, Run
from app.export.paginate import Line, Measure, Page, block_lines
from app.model import Report
from app.profiles import FontSpec, Profile
from app.report_properties import LABELS, check_doc_number

REQUIRED = ("issuer_mark", "doc_number", "signer", "printer", "print_date")


def check_formal(report: Report) -> None:
    """One message naming the first missing or malformed property; nothing else happens."""
    values = report.formal_text()
    for key in REQUIRED:
        if not values[key].strip():
            raise UserError(f"正式行文缺少“{LABELS[key]}”：请在报告属性中填写，或 chengwen set {report.id or 'ID'} "
                            f"{key}=…（formal export needs {key}）")
    check_doc_number(report.doc_number)


def print_date_text(report: Report) -> str:
    """印发日期 as the 版记 writes it: 2025年2月25日印发."""
    day = report.print_date
    return f"{day.year}年{day.month}月{day.day}日印发" if day else ""


RED = "FF0000"
MARK_TOP_LINES = 4          # blank grid lines above the mark: its top edge about 80 mm from the page top
NOTE_SIZE_PT = 14           # 4号 for the 版记
OUTER_RULE_MM = 0.35
INNER_RULE_MM = 0.25
# The red line is 4 mm under the 发文字号: from the bottom of its grid line that is 4 mm less the
# half of the line's leading below the text.
RED_RULE = Rule(OUTER_RULE_MM, RED, space_pt=5.0)


def note_profile(profile: Profile) -> Profile:
    """The profile with a `note` font role: the body font at 4号."""
    body = profile.body
    note = FontSpec(body.family, NOTE_SIZE_PT, False, body.fallbacks)
    return replace(profile, fonts={**profile.fonts, "note": note})


def head_blocks(report: Report, profile: Profile) -> list[Block]:
    """The 版头 of an upward document: the red mark, two lines below it the 发文字号 one character in
    from the left with 签发人 one character in from the right, the red line, two blank lines."""
    blank = Block(Kind.BLANK, (), Align.LEFT)
    mark = Block(Kind.MARK, (Run(report.issuer_mark.strip(), "title"),), Align.CENTER, color=RED)
    number = Block(Kind.DOC_NUMBER, (Run(report.doc_number.strip(), "body"), Run("\t", "body"),
                                     Run("签发人：", "body"), Run(report.signer.strip(), "heading2")),
                   Align.LEFT, first_line_chars=1, right_chars=1, rule_below=RED_RULE)
    return [*[blank] * MARK_TOP_LINES, mark, blank, blank, number, blank, blank]


def note_blocks(report: Report) -> list[Block]:
    """The 版记: 抄送 (when there is one) and the line of 印发机关 and 印发日期, between separator
    lines (the first and last 0.35 mm, the one between 0.25 mm), in the `note` role."""
    outer, inner = Rule(OUTER_RULE_MM), Rule(INNER_RULE_MM)
    printed = Block(Kind.NOTE, (Run(report.printer.strip(), "note"), Run("\t", "note"),
                                Run(print_date_text(report), "note")),
                    Align.LEFT, first_line_chars=1, right_chars=1, rule_below=outer)
    copy_to = report.copy_to.strip().removeprefix("抄送").lstrip(":：")
    if not copy_to:
        return [replace(printed, rule_above=outer)]
    # 抄送 one character in; a long list wraps flush with the text after the colon (GB/T 9704 7.4.2).
    text = copy_to.rstrip("。") + "。"
    copied = Block(Kind.NOTE, (Run(f"抄送：{text}", "note"),), Align.LEFT, first_line_chars=1,
                   rule_above=outer, rule_below=inner)
    return [copied, printed]


def place_note(pages: list[Page], note: list[Line], lines_per_page: int, spare: int = 0) -> list[Page]:
    """The 版记 on the last lines of the last page, which must be an even page: on the page the
    body ends on when it is even and has room (and `spare` lines more), else on the next even page
    (blank pages added)."""
    target = pages[-1]
    while target.number % 2 or len(target.lines) + len(note) + spare > lines_per_page:
        target = Page(target.number + 1)
        pages.append(target)
    target.lines += [Line(blank=True) for _ in range(lines_per_page - len(note) - len(target.lines))]
    target.lines += note
    return pages


def note_lines(report: Report, profile: Profile, measure: Measure | None = None) -> list[Line]:
    profile = note_profile(profile)
    return [line for block in note_blocks(report) for line in block_lines(block, profile, measure)]
