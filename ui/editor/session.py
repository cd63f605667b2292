"""What the program remembers between starts about where the clerk was: the last report, the
recent reports and the last section. Kept in the library's settings."""

from __future__ import annotations

from app.store import Store

RECENT_LIMIT = 8


class Session:
    def __init__(self, store: Store) -> None:
        self.store = store

    def report_opened(self, report_id: int) -> None:
        settings = self.store.settings
        settings.set("last_report", report_id)
        recent = [r for r in settings.get("recent_reports", []) if r != report_id]
        settings.set("recent_reports", [report_id, *recent][:RECENT_LIMIT])

    def recent_reports(self) -> list[int]:
        """The recent reports that still exist, newest first."""
        known = {r.id for r in self.store.reports.summaries()}
        return [r for r in self.store.settings.get("recent_reports", []) if r in known]

    def section_visited(self, section_id: int) -> None:
        if not self.store.read_only:
            self.store.settings.set("last_section", section_id)
