"""Updating the 检查 list in place: after a re-run only the rows of findings that came, went or
changed are touched (issue 15), so 1,000 findings cost the few that differ and the selection and
scroll place stay where they were."""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from app.checks import Finding


def row_keys(findings: list[Finding]) -> list[tuple[str, int]]:
    """A finding's row identity: its key, numbered when the same key comes up more than once."""
    seen: dict[str, int] = {}
    out = []
    for finding in findings:
        n = seen[finding.key] = seen.get(finding.key, -1) + 1
        out.append((finding.key, n))
    return out


def same_finding(a: Finding, b: Finding) -> bool:
    """Equal as a row shows it, including the span (which Finding's own == leaves out)."""
    return a == b and (a.start, a.length, a.paragraph, a.where) == (b.start, b.length, b.paragraph, b.where)


def update_rows(tree: QTreeWidget, old: list[Finding], new: list[Finding],
                make: Callable[[Finding], QTreeWidgetItem], fill: Callable[[QTreeWidgetItem, Finding], None]) -> int:
    """Turn `tree`'s rows (showing `old`, in order) into rows showing `new`; returns the number of
    rows inserted, removed or refilled."""
    opcodes = SequenceMatcher(None, row_keys(old), row_keys(new), autojunk=False).get_opcodes()
    touched = 0
    for tag, i1, i2, j1, j2 in reversed(opcodes):  # from the end: earlier rows keep their numbers
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                item = tree.topLevelItem(i)
                if item is not None and not same_finding(old[i], new[j]):
                    fill(item, new[j])
                    touched += 1
            continue
        for row in range(i2 - 1, i1 - 1, -1):
            tree.takeTopLevelItem(row)
        tree.insertTopLevelItems(i1, [make(f) for f in new[j1:j2]])
        touched += max(i2 - i1, j2 - j1)
    return touched
