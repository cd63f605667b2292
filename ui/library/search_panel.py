"""What the 常用语 and 活动台账 panels share: a search box over a result list, chosen from the
keyboard (↑ ↓ PgUp PgDn step the list from the box, Enter inserts, Esc goes back to the editor,
Delete in the list deletes), and changes guarded so a refused one is a message, not a crash."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget

from app.errors import UserError
from ui.common import messages
from ui.library.list_keys import STEPS, stepped_row

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SearchPanel(QWidget):
    insertRequested = Signal(str)       # the text to insert at the editor's cursor
    returnFocusRequested = Signal()     # Esc: back to the editor

    title = ""  # the panel's name for its message boxes (set by each panel, translated)

    def _wire_keys(self, search: QLineEdit, results: QWidget) -> None:
        """Call once the search box and the result list exist."""
        self._search, self._results = search, results
        search.installEventFilter(self)
        results.installEventFilter(self)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), results, self.delete_current)
        # set apart from the constructor: PySide6 lets a `context=` keyword pass unapplied, and a
        # window-wide Del made the tree's 删除章节 ambiguous (found by QA: Del deleted nothing)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    # the list, as the keys see it: each panel says how its rows are counted and chosen
    def row_count(self) -> int:
        raise NotImplementedError

    def current_row(self) -> int:
        raise NotImplementedError

    def set_current_row(self, row: int) -> None:
        raise NotImplementedError

    def insert_current(self) -> None:
        raise NotImplementedError

    def delete_current(self) -> None:
        raise NotImplementedError

    def search_now(self) -> None:
        """Bring the results up to date with the box before Enter inserts (a delayed search)."""

    def after_change(self) -> None:
        """Reload what a change to the library may have changed."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and watched in (getattr(self, "_search", None), getattr(self, "_results", None)):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.returnFocusRequested.emit()
                return True
            if key in _ENTER:
                if watched is self._search:
                    self.search_now()
                self.insert_current()
                return True
            if watched is self._search and key in STEPS:
                row = stepped_row(key, self.current_row(), self.row_count())
                if row is not None:
                    self.set_current_row(row)
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def focus_search(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    def confirm_delete(self, question: str, text: str) -> bool:
        return messages.confirm(self, self.title, question + "\n\n" + text)

    def keep_place(self, row: int, deleted_id: int, current_id: int | None) -> None:
        """After a delete: the row that took its place, else the one before — not the top."""
        count = self.row_count()
        if count and current_id != deleted_id:
            self.set_current_row(min(row, count - 1))

    def guarded(self, action: Callable[[], object], title: str = "") -> None:
        try:
            action()
        except UserError as exc:
            messages.warn(self, title or self.title, str(exc))
        self.after_change()
