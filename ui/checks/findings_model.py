"""The 检查 list as a table model over Finding rows (issue 15): the view asks only for the cells it
shows, so 2,700 findings cost no widgets, and a new run changes only the rows of the findings that
came, went or changed — one batch of model signals per stretch of rows — so the selection and the
scroll place stay where they were."""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QIcon

from app.check_worker import row_keys, same_finding
from app.checks import Finding, Severity
from ui.common.row_table import TOP as _TOP
from ui.common.row_table import Index, RowTableModel

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
PLACE_COLUMN, MESSAGE_COLUMN = range(2)
# more separate stretches of change than this at once (a renumbering): one reset is cheaper
_MAX_STRETCHES = 100



class FindingsModel(RowTableModel[Finding]):
    """`place`, `message` and `tip` give a finding's texts in the interface language (the panel
    owns the translations); `icons` and `brushes` the look of each severity."""

    def __init__(self, headers: list[str], place: Callable[[Finding], str], message: Callable[[Finding], str],
                 tip: Callable[[Finding], str], icons: dict[Severity, QIcon], brushes: dict[Severity, QBrush],
                 parent: QObject | None = None) -> None:
        super().__init__(headers, parent)
        self._place, self._message, self._tip = place, message, tip
        self._icons, self._brushes = icons, brushes
        self.rows_touched = 0  # rows inserted, removed or refilled by the last `set_findings` (tests)

    # ---- reading -------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        finding = self.row_at(index)
        if finding is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._place(finding) if column == PLACE_COLUMN else self._message(finding)
        if role == FINDING_ROLE:
            return finding
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(finding)
        if role == Qt.ItemDataRole.DecorationRole and column == PLACE_COLUMN:
            return self._icons[finding.severity]
        if role == Qt.ItemDataRole.ForegroundRole and column == MESSAGE_COLUMN:
            return self._brushes[finding.severity]
        return None

    def finding(self, row: int) -> Finding | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def findings(self) -> list[Finding]:
        return list(self._rows)

    # ---- changing ------------------------------------------------------------------------
    def set_findings(self, findings: list[Finding]) -> int:
        """Show `findings` (in order); returns the number of rows inserted, removed or refilled."""
        old, new = self._rows, list(findings)
        old_keys, new_keys = row_keys(old), row_keys(new)
        # the same rows at both ends (the usual case: a pause changes a few findings) need no matching
        head = 0
        while head < min(len(old), len(new)) and old_keys[head] == new_keys[head]:
            head += 1
        tail = 0
        while tail < min(len(old), len(new)) - head and old_keys[-1 - tail] == new_keys[-1 - tail]:
            tail += 1
        opcodes = [("equal", 0, head, 0, head)]
        middle = SequenceMatcher(None, old_keys[head:len(old) - tail], new_keys[head:len(new) - tail],
                                 autojunk=False).get_opcodes()
        opcodes += [(tag, i1 + head, i2 + head, j1 + head, j2 + head) for tag, i1, i2, j1, j2 in middle]
        opcodes.append(("equal", len(old) - tail, len(old), len(new) - tail, len(new)))
        if sum(tag != "equal" for tag, *_ in opcodes) > _MAX_STRETCHES:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            self.rows_touched = len(new)
            return self.rows_touched
        touched = 0
        last = self.columnCount() - 1
        for tag, i1, i2, j1, j2 in reversed(opcodes):  # from the end: earlier rows keep their numbers
            if tag == "equal":
                touched += self._refill(i1, new[j1:j2], last)
                continue
            if i2 > i1:
                self.beginRemoveRows(_TOP, i1, i2 - 1)
                del self._rows[i1:i2]
                self.endRemoveRows()
            if j2 > j1:
                self.beginInsertRows(_TOP, i1, i1 + j2 - j1 - 1)
                self._rows[i1:i1] = new[j1:j2]
                self.endInsertRows()
            touched += max(i2 - i1, j2 - j1)
        self.rows_touched = touched
        return touched

    def _refill(self, first: int, findings: list[Finding], last_column: int) -> int:
        """Rows `first`… keep their findings' keys: refill those whose text or span changed, one
        signal per stretch of changed rows."""
        touched = 0
        start = -1
        for offset, finding in enumerate([*findings, None]):
            row = first + offset
            changed = finding is not None and not same_finding(self._rows[row], finding)
            if changed:
                self._rows[row] = finding  # type: ignore[assignment]  # not None: changed
                touched += 1
                if start < 0:
                    start = row
            elif start >= 0:
                self.dataChanged.emit(self.index(start, 0), self.index(row - 1, last_column))
                start = -1
        return touched

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(_TOP, row, row)
            del self._rows[row]
            self.endRemoveRows()
