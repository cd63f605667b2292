"""The report model: plain dataclasses. Numbering and counts are derived, never stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum, IntEnum


class Part(IntEnum):
    """The five items the annual report must cover (《法治政府建设与责任落实督察工作规定》)."""

    MEASURES = 1       # 主要举措和成效
    SHORTCOMINGS = 2   # 不足和原因
    LEADERSHIP = 3     # 第一责任人履职情况
    PLANS = 4          # 下一年度主要安排
    OTHER = 5          # 其他需要报告的情况

    @property
    def short_name(self) -> str:
        return PART_NAMES[self]


PART_NAMES: dict[Part, str] = {
    Part.MEASURES: "主要举措和成效",
    Part.SHORTCOMINGS: "不足和原因",
    Part.LEADERSHIP: "第一责任人履职情况",
    Part.PLANS: "下一年度主要安排",
    Part.OTHER: "其他需要报告的情况",
}


class Status(str, Enum):
    """How far a section is written."""

    TODO = "待写"
    DRAFT = "草稿"
    FINAL = "定稿"


class MarkerStyle(str, Enum):
    """A heading numbering style; the value is the marker of the first heading."""

    CHINESE = "一、"
    PAREN_CHINESE = "（一）"
    ARABIC = "1."
    ARABIC_COMMA = "1、"
    PAREN_ARABIC = "（1）"
    CIRCLED = "①"


DEFAULT_MARKER_STYLES: tuple[MarkerStyle, ...] = (
    MarkerStyle.CHINESE,
    MarkerStyle.PAREN_CHINESE,
    MarkerStyle.ARABIC,
    MarkerStyle.PAREN_ARABIC,
)


@dataclass
class Section:
    """One numbered section: a heading, its body paragraphs and its sub-sections.

    `written_marker` is the marker as it stood in an imported source (parse output keeps
    gaps and repeats as written); the numbering shown and exported is always derived
    from position. `reference` holds last year's matching paragraphs after a roll-forward.
    """

    heading: str
    paragraphs: list[str] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    part: Part | None = None
    run_in: bool = False
    status: Status = Status.TODO
    reference: list[str] = field(default_factory=list)
    written_marker: str | None = None
    id: int | None = None
    notes: str = ""  # the clerk's own notes (e.g. a leader's kept 批注); shown in the editor, never exported

    def walk(self) -> list[Section]:
        """This section and all its descendants, depth first."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out

    def body_text(self) -> str:
        """The body as one text, paragraphs joined by newlines (what the review compares)."""
        return "\n".join(self.paragraphs)


@dataclass
class ChecklistItem:
    """One of last year's plans (part 4) to be answered in this year's part 1."""

    text: str
    done: bool = False
    answered_in: int | None = None  # id of the section that answers it
    answered_number: str | None = None  # as read from JSON (一、（二）); the store resolves it to an id


@dataclass
class CharTargets:
    """字数目标: an optional character target for the whole report and for each part."""

    total: int | None = None
    parts: dict[Part, int] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return self.total is not None or bool(self.parts)

    def to_dict(self) -> dict[str, object]:
        """The JSON shape: {"total": 8000, "parts": {"1": 5000}} (unset targets left out)."""
        out: dict[str, object] = {}
        if self.total is not None:
            out["total"] = self.total
        if self.parts:
            out["parts"] = {str(int(p)): n for p, n in sorted(self.parts.items())}
        return out

    @classmethod
    def from_dict(cls, data: object) -> CharTargets:
        """Lenient: anything that is not a positive whole number is no target."""
        if not isinstance(data, dict):
            return cls()

        def positive(value: object) -> int | None:
            return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None

        parts_data = data.get("parts")
        parts: dict[Part, int] = {}
        if isinstance(parts_data, dict):
            for key, value in parts_data.items():
                number = positive(value)
                if number is not None and str(key).isdigit() and int(key) in Part._value2member_map_:
                    parts[Part(int(key))] = number
        return cls(positive(data.get("total")), parts)


@dataclass
class Report:
    title: str = ""
    organization: str = ""
    year: int = 0
    recipient: str | None = None
    preamble: list[str] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    signature: str = ""
    date: dt.date | None = None
    marker_styles: list[MarkerStyle] = field(default_factory=lambda: list(DEFAULT_MARKER_STYLES))
    sections: list[Section] = field(default_factory=list)
    checklist: list[ChecklistItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Import only, not stored: text the importer recognised as not the report's (a covering
    # letter, site text glued to the title), kept so the preview can show it.
    set_aside: list[str] = field(default_factory=list)
    source_report_id: int | None = None  # the report this one was rolled forward from
    # Formal submission (正式行文, GB/T 9704 版头 and 版记); empty when not used.
    issuer_mark: str = ""       # 发文机关标志, e.g. 西青区统计局文件
    doc_number: str = ""        # 发文字号, e.g. 西青统〔2025〕3号
    signer: str = ""            # 签发人 (an upward document names who signed it)
    copy_to: str = ""           # 抄送
    printer: str = ""           # 印发机关
    print_date: dt.date | None = None  # 印发日期
    targets: CharTargets = field(default_factory=CharTargets)
    id: int | None = None
    # 开头 and 结尾 are nodes of the outline too: each has a status, and after a roll-forward last
    # year's text (years moved on) waits beside the editor instead of being carried silently
    preamble_status: Status = Status.TODO
    closing_status: Status = Status.TODO
    preamble_reference: list[str] = field(default_factory=list)
    closing_reference: list[str] = field(default_factory=list)

    def formal_text(self) -> dict[str, str]:
        """The formal-submission properties as text, keyed as in the JSON export."""
        return {"issuer_mark": self.issuer_mark, "doc_number": self.doc_number, "signer": self.signer,
                "copy_to": self.copy_to, "printer": self.printer,
                "print_date": self.print_date.isoformat() if self.print_date else ""}

    def all_sections(self) -> list[Section]:
        """Every section, depth first, in document order."""
        out: list[Section] = []
        for section in self.sections:
            out.extend(section.walk())
        return out

    def find_section(self, section_id: int) -> Section | None:
        return next((s for s in self.all_sections() if s.id == section_id), None)

    def marker_style(self, depth: int) -> MarkerStyle:
        """The marker style of headings at `depth` (1 = top level)."""
        if depth <= len(self.marker_styles):
            return self.marker_styles[depth - 1]
        return MarkerStyle.CIRCLED

    def covered_parts(self) -> set[Part]:
        return {s.part for s in self.sections if s.part is not None}

    def missing_parts(self) -> list[Part]:
        covered = self.covered_parts()
        return [p for p in Part if p not in covered]
