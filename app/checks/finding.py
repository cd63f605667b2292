"""A finding of the checks, its stable key and its JSON shape (DESIGN.md §4)."""

from __future__ import annotations

import hashlib
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

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", finding_key(self.kind, self.section, self.excerpt))


def finding_key(kind: str, section: str | None, excerpt: str) -> str:
    digest = hashlib.sha1(f"{kind}\x1f{section or ''}\x1f{excerpt}".encode()).hexdigest()
    return f"{kind}:{digest[:16]}"


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    """The `check --json` shape: kind, severity, message, section, excerpt."""
    return {
        "kind": finding.kind,
        "severity": finding.severity.value,
        "message": finding.message,
        "section": finding.section,
        "excerpt": finding.excerpt,
    }
