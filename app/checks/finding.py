"""A finding of the checks, its stable key and its JSON shape (DESIGN.md §4)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def label(self) -> str:
        return {"error": "错误", "warning": "警告", "info": "提示"}[self.value]


@dataclass(frozen=True)
class Finding:
    """One thing a leader would circle in red.

    `section` is the section's number (一、（三）) or None for the whole report; `excerpt` is a
    short piece of the text exactly as written, to find the place; `key` fingerprints kind,
    section and excerpt so that a finding dismissed at its place stays dismissed."""

    kind: str
    severity: Severity
    message: str
    section: str | None = None
    excerpt: str = ""
    section_id: int | None = None
    key: str = field(default="", compare=False)
    # The exact offending characters: `length` characters from `start` in the text `where` says
    # (title, heading, paragraph, preamble, closing); `paragraph` is the paragraph's index in the
    # section (or in the preamble or closing), None in a heading or the title.
    start: int | None = field(default=None, compare=False)
    length: int | None = field(default=None, compare=False)
    paragraph: int | None = field(default=None, compare=False)
    where: str | None = field(default=None, compare=False)
    # The message as a Chinese template and its values, so that a UI can render it in another
    # language: message == template.format(**dict(values)).
    template: str = field(default="", compare=False)
    values: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", finding_key(self.kind, self.section, self.excerpt))


def make_finding(kind: str, severity: Severity, template: str, values: Mapping[str, object] | None = None, /, *,
                 section: str | None = None,
                 excerpt: str = "", section_id: int | None = None, paragraph: int | None = None,
                 start: int | None = None, length: int | None = None, where: str | None = None,
                 **more: object) -> Finding:
    """A finding whose message is `template` filled with `values` and `more` (all kept on the finding)."""
    pairs = tuple((name, str(value)) for name, value in {**(values or {}), **more}.items())
    return Finding(kind, severity, template.format(**dict(pairs)), section, excerpt, section_id,
                   start=start, length=length, paragraph=paragraph, where=where, template=template, values=pairs)


def finding_key(kind: str, section: str | None, excerpt: str) -> str:
    digest = hashlib.sha1(f"{kind}\x1f{section or ''}\x1f{excerpt}".encode()).hexdigest()
    return f"{kind}:{digest[:16]}"


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    """The `check --json` shape: kind, severity, message, section, excerpt — and, where the check
    knows them, the span (`paragraph`, `start`, `length`) and the message's `template`/`values`."""
    out: dict[str, Any] = {
        "kind": finding.kind,
        "severity": finding.severity.value,
        "message": finding.message,
        "section": finding.section,
        "excerpt": finding.excerpt,
    }
    if finding.start is not None:
        out.update(where=finding.where, paragraph=finding.paragraph, start=finding.start, length=finding.length)
    if finding.template:
        out.update(template=finding.template, values=dict(finding.values))
    return out
