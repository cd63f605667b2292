"""Paragraph records → lines with their heading markers: what is a heading, where a run-in
heading ends. The line-level half of the recogniser."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from app.importing.markers import Marker, leading_marker, whole_marker
from app.importing.records import ParagraphRecord

_OPEN = "“《（(「『【‘〔［"
_CLOSE = "”》）)」』】’〕］"


@dataclass
class Line:
    """A non-empty paragraph with what the recogniser found at its start."""

    text: str
    record: ParagraphRecord
    marker: Marker | None = None
    auto: bool = False          # the marker is Word's automatic number, not part of `text`
    forced: bool | None = None  # decided from the lines around it (refine.py): heading or not

    @property
    def outline(self) -> int | None:
        return self.record.outline_level



def prepare_lines(records: list[ParagraphRecord]) -> list[Line]:
    lines: list[Line] = []
    for record in records:
        text = record.text.strip()
        if not text:
            continue
        line = Line(text, record)
        if not record.in_table:
            if record.list_marker and not record.list_bullet:
                line.marker = whole_marker(record.list_marker)
                line.auto = line.marker is not None
            if line.marker is None:
                line.marker = leading_marker(text)
        lines.append(line)
    return lines


def _heading_text(line: Line) -> str:
    return line.text if line.auto or line.marker is None else line.text[line.marker.end:].strip()


def is_heading(line: Line) -> bool:
    if line.record.in_table:
        return False
    if line.forced is not None:
        return line.forced
    if line.marker is not None:
        rest = _heading_text(line)
        # "（1）……；" items of an enumeration inside the body are not headings.
        return bool(rest) and not rest.endswith(("；", ";", "，", ","))
    return line.outline is not None and not line.record.is_title_style and len(line.text) <= 120


def kind_of(line: Line) -> Hashable:
    if line.marker is not None:
        return line.marker.kind
    if line.outline is None and line.record.list_level is not None:
        return ("indent", line.record.list_level)   # a Word list item promoted by its indent level
    return ("outline", line.outline)


def first_sentence_end(text: str) -> int | None:
    """Index of the first 。 outside quotes and brackets."""
    depth = 0
    for i, char in enumerate(text):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif char == "。" and depth == 0:
            return i
    return None


def _font_boundary(line: Line, start: int) -> int | None:
    """Where the run formatting changes after `start` (a run-in heading in its own font)."""
    runs = [r for r in line.record.runs if r[0]]
    if len(runs) < 2:
        return None
    raw = line.record.text
    offset = len(raw) - len(raw.lstrip())
    position = -offset
    previous: tuple[str, bool] | None = None
    for text, font, bold in runs:
        if text.strip() and previous is not None and (font, bold) != previous and position > start:
            return position
        if text.strip():
            previous = (font, bold)
        position += len(text)
    return None


def split_heading(line: Line) -> tuple[str, str]:
    """The heading (without its closing 。) and the body text that follows it in a run-in heading."""
    start = 0 if (line.auto or line.marker is None) else line.marker.end
    text = line.text
    end = first_sentence_end(text[start:])
    if line.marker is None:
        return text.rstrip("。"), ""
    rest = text[start + end + 1:].strip() if end is not None else ""
    if not rest:
        # No body after the first 。: a change of font (楷体 heading, 仿宋 body) still marks a run-in.
        boundary = _font_boundary(line, start)
        if boundary is not None and boundary < len(text):
            return text[start:boundary].strip().rstrip("。"), text[boundary:].strip()
    if end is None:
        # A heading that introduces its sub-headings may end in ： or ；, which is not part of it.
        return text[start:].strip().rstrip("：:；;").strip(), ""
    return text[start:start + end].strip(), rest


