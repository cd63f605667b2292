"""Which kinds are switched off and which findings are dismissed, kept in the library's settings
per report (the panel writes them, the panel and `chengwen check` read them)."""

from __future__ import annotations

from app.store.settings import Settings


def disabled_kinds(settings: Settings, report_id: int) -> set[str]:
    return set(settings.disabled_checks(report_id))


def set_disabled_kinds(settings: Settings, report_id: int, kinds: set[str]) -> None:
    settings.set_disabled_checks(report_id, kinds)


def dismissed_keys(settings: Settings, report_id: int) -> set[str]:
    return set(settings.dismissed_findings(report_id))


def dismiss(settings: Settings, report_id: int, key: str) -> None:
    settings.set_dismissed_findings(report_id, dismissed_keys(settings, report_id) | {key})


def restore_dismissed(settings: Settings, report_id: int) -> None:
    """Show every dismissed finding again."""
    settings.set_dismissed_findings(report_id, ())
