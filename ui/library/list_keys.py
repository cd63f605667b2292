"""Choosing in a result list from the search box above it: ↑ ↓ PgUp PgDn move the current row."""

from __future__ import annotations

from PySide6.QtCore import Qt

STEPS: dict[int, int] = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}


def stepped_row(key: int, current: int, count: int) -> int | None:
    """The row to go to for `key` from `current` (-1: none) in a list of `count` rows; None when the
    key does not move, or the list is empty."""
    step = STEPS.get(key)  # Qt.Key is an IntEnum: a plain int from event.key() finds it
    if step is None or count == 0:
        return None
    return max(0, min(count - 1, current + step))
