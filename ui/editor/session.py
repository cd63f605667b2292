"""What the program remembers between starts about where the clerk was: the last report, the
recent reports and the last section. Kept in the library's settings."""

from __future__ import annotations

import logging
import sqlite3

from app.errors import UserError
from app.store import Store

log = logging.getLogger(__name__)

RECENT_LIMIT = 8


class Session:
    def __init__(self, store: Store) -> None:
        self.store = store

    def report_opened(self, report_id: int) -> None:
        settings = self.store.settings
        settings.last_report = report_id
        recent = [r for r in settings.recent_reports if r != report_id]
        settings.recent_reports = [report_id, *recent][:RECENT_LIMIT]

    def recent_reports(self) -> list[int]:
        """The recent reports that still exist, newest first."""
        return [r.id for r in self.store.reports.summaries_of(self.store.settings.recent_reports)]

    def section_visited(self, section_id: int) -> None:
        if self.store.read_only:
            return
        try:
            self.store.settings.last_section = section_id
        except (sqlite3.Error, UserError, OSError) as exc:
            # a convenience for the next start: on a full disk it must not raise out of the
            # autosave timer (a box per attempt) nor stop the pending edits being saved
            log.warning("the current section was not remembered: %s", exc)
