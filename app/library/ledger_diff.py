"""What changed between two reads of the activity ledger, so that a panel updates only the rows
that did (issue 15) instead of rebuilding every row after each edit."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.library.activities import Activity


@dataclass(frozen=True)
class RowChanges:
    """Ids in the order of the newer read (removed ones in the order of the older)."""
    added: tuple[int, ...] = ()
    changed: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def row_changes(before: Iterable[Activity], after: Iterable[Activity]) -> RowChanges:
    """Added, changed and removed activity ids between two ledger reads. An activity without an
    id (never stored) has no row and is left out."""
    old = {a.id: a for a in before if a.id is not None}
    new = {a.id: a for a in after if a.id is not None}
    added = tuple(i for i in new if i not in old)
    # a row read again compares field by field; one kept from the last read is the same object
    changed = tuple(i for i, activity in new.items() if i in old and old[i] is not activity and old[i] != activity)
    removed = tuple(i for i in old if i not in new)
    return RowChanges(added, changed, removed)
