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
