"""The built-in five-part template, filled for a year and an organization."""

from __future__ import annotations

from dataclasses import dataclass

from app.model import Part, Report, Section
from app.resources import load_json


@dataclass(frozen=True)
class Variables:
    """Values for {年度} {上一年度} {下一年度} {单位} {日期} in template and phrase text."""

    year: int
    organization: str = ""
    date: str = ""

    def fill(self, text: str) -> str:
        return (text.replace("{年度}", str(self.year))
                    .replace("{上一年度}", str(self.year - 1))
                    .replace("{下一年度}", str(self.year + 1))
                    .replace("{单位}", self.organization)
                    .replace("{日期}", self.date))


def part_guidance() -> dict[Part, str]:
    """What each part should contain, for the editor's guidance line (unfilled)."""
    return {Part(s["part"]): s["guidance"] for s in load_json("template.json")["sections"]}


def template_report(year: int, organization: str = "") -> Report:
    data = load_json("template.json")
    fill = Variables(year, organization).fill
    # in running text an unnamed organization reads as 本单位; in the title it is simply left out
    fill_text = Variables(year, organization or "本单位").fill
    report = Report(
        title=fill(data["title"]),
        organization=organization,
        year=year,
        preamble=[fill_text(p) for p in data["preamble"]],
        closing=[fill_text(p) for p in data["closing"]],
        signature=organization,
    )
    report.sections = [Section(heading=fill(s["heading"]), part=Part(s["part"])) for s in data["sections"]]
    return report


def part_section(part: Part, year: int, organization: str = "") -> Section:
    """The template's empty 待写 section for one part, its heading filled for `year` (the editor
    shows the part's guidance beside it)."""
    data = next(s for s in load_json("template.json")["sections"] if s["part"] == int(part))
    heading = data["heading"]
    if not year:  # a report whose year was not recognised: words, not "1年"
        heading = heading.replace("{年度}年", "本年度").replace("{下一年度}年", "下一年度")
    return Section(heading=Variables(year, organization).fill(heading), part=part)


def part_position(report: Report, part: Part) -> int:
    """Where the regulation's order puts `part` among the top-level sections: right after the last
    section of an earlier part (part 3 after the shortcomings, so before next year's plans; part 5
    last), or, with no earlier part, before the first section of a later one. A part 3 the clerk
    put first stays where it is. Sections without a part do not say where they belong."""
    rows = [(row, s.part) for row, s in enumerate(report.sections) if s.part is not None]
    earlier = [row for row, p in rows if p < part]
    if earlier:
        return earlier[-1] + 1
    return next((row for row, p in rows if p > part), len(report.sections))


def add_missing_parts(report: Report, parts: list[Part] | None = None) -> list[Part]:
    """Add an empty 待写 section for each part the report lacks (of `parts`, default all five),
    each at the regulation's position. Returns the parts added, in order."""
    missing = report.missing_parts()
    wanted = [p for p in (parts if parts is not None else missing) if p in missing]
    for part in sorted(wanted):
        report.sections.insert(part_position(report, part), part_section(part, report.year, report.organization))
    return sorted(wanted)
