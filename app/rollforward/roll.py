"""去年→今年: a new draft with last year's structure and last year's text as reference only."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from app.errors import UserError
from app.model import Part, Report, Section, Status
from app.numbering import located_sections
from app.rollforward.checklist import plan_checklist
from app.rollforward.year_shift import shift_years
from app.template import add_missing_parts


@dataclass(frozen=True)
class YearChange:
    """One change the roll-forward made to carried-over text, for the clerk to review."""

    where: str    # 标题, 一、（二）, 前言第1段, 结尾第1段, 署名
    before: str
    after: str

    @property
    def place(self) -> str:
        """`where` for reading: a section number becomes 一、（二）的标题."""
        return f"{self.where}的标题" if self.where[-1:] in "、）.）" and self.where[:1] not in "标前结署" else self.where

    def __str__(self) -> str:
        before, after = self.shortened()
        return f"{self.place}：{before} → {after}"

    def shortened(self, width: int = 40) -> tuple[str, str]:
        """Before and after cut down to the neighbourhood of the changes when they are long."""
        if max(len(self.before), len(self.after)) <= width:
            return self.before, self.after
        first = next((i for i, (a, b) in enumerate(zip(self.before, self.after)) if a != b),
                     min(len(self.before), len(self.after)))
        tail = next((i for i, (a, b) in enumerate(zip(reversed(self.before), reversed(self.after))) if a != b), 0)
        start = max(0, first - 10)

        def cut(text: str) -> str:
            end = min(len(text), max(len(text) - tail + 10, start + 20))
            return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")

        return cut(self.before), cut(self.after)


@dataclass
class RollForward:
    report: Report
    changes: list[YearChange] = field(default_factory=list)
    added_parts: list[Part] = field(default_factory=list)  # required parts last year's report lacked


class _Editor:
    """Applies the year shift (and an organization rename) and records every change."""

    def __init__(self, last_year: int, by: int, old_org: str, new_org: str) -> None:
        self.last_year = last_year
        self.by = by
        self.old_org = old_org
        self.new_org = new_org
        self.changes: list[YearChange] = []

    def edit(self, where: str, text: str) -> str:
        after = shift_years(text, self.last_year, self.by) if self.last_year and self.by else text
        if self.old_org and self.new_org and self.old_org != self.new_org:
            after = after.replace(self.old_org, self.new_org)
        if after != text:
            self.changes.append(YearChange(where, text, after))
        return after


def _new_section(old: Section, heading: str, children: list[Section]) -> Section:
    return Section(
        heading=heading,
        paragraphs=[],
        children=children,
        part=old.part,
        run_in=old.run_in,
        status=Status.TODO,
        reference=[p for p in old.paragraphs if p.strip()],
    )


def roll_forward(last: Report, year: int | None = None, organization: str | None = None,
                 add_parts: list[Part] | None = None) -> RollForward:
    """This year's draft from last year's report (pure: nothing is stored).

    Structure, marker styles, parts, run-in headings, organization, recipient and signature are
    kept; the date is left empty; every section, 开头 and 结尾 start 待写 with no body and last
    year's text as their reference; years in title, headings, preamble and closing move on (see
    shift_years), and `year` defaults to last year's + 1. Last year's plans become the checklist.
    The required parts last year's report lacked (those of `add_parts`; default all, [] for none:
    keep the structure) are added as empty 待写 sections at the regulation's position."""
    new_year = year if year is not None else (last.year + 1 if last.year else 0)
    if not new_year:
        raise UserError("去年报告没有年度，请指定新报告的年度（--year）")
    if last.year and new_year <= last.year:
        raise UserError(f"新报告的年度（{new_year}）应晚于去年报告的年度（{last.year}）")
    org = organization.strip() if organization and organization.strip() else last.organization
    # A skipped year (2023 → 2025) moves every year on by the same distance.
    editor = _Editor(last.year, new_year - last.year if last.year else 0, last.organization, org)
    numbers = {id(loc.section): loc.number for loc in located_sections(last)}
    carried: dict[str, Section] = {}  # last year's number → the new section (numbers move when parts are added)

    def carry(sections: list[Section]) -> list[Section]:
        out = []
        for old in sections:
            heading = editor.edit(numbers.get(id(old), "") or old.heading, old.heading)
            out.append(_new_section(old, heading, carry(old.children)))
            if numbers.get(id(old)):
                carried[numbers[id(old)]] = out[-1]
        return out

    title = editor.edit("标题", last.title)
    preamble = [editor.edit(f"前言第{i}段", p) for i, p in enumerate(last.preamble, start=1)]
    sections = carry(last.sections)
    closing = [editor.edit(f"结尾第{i}段", p) for i, p in enumerate(last.closing, start=1)]
    signature = editor.edit("署名", last.signature)
    report = Report(
        title=title,
        organization=org,
        year=new_year,
        recipient=last.recipient,
        # 开头 and 结尾 start empty like every section: last year's text is their reference
        preamble=[],
        closing=[],
        preamble_reference=[p for p in preamble if p.strip()],
        closing_reference=[p for p in closing if p.strip()],
        signature=signature,
        date=None,
        marker_styles=list(last.marker_styles),
        sections=sections,
        checklist=plan_checklist(last),
        source_report_id=last.id,
    )
    added = add_missing_parts(report, add_parts)
    changes = editor.changes
    if added:  # the changes name the sections by this year's numbers
        now = {id(loc.section): loc.number for loc in located_sections(report)}
        changes = [replace(c, where=now[id(carried[c.where])]) if c.where in carried else c for c in changes]
    return RollForward(report, changes, added)

