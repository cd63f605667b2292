"""Which kinds are switched off and which findings are dismissed, kept in the library's settings
per report (the panel writes them, the panel and `chengwen check` read them)."""

from __future__ import annotations

from app.store.settings import Settings


def _disabled_key(report_id: int) -> str:
    return f"checks.disabled.{report_id}"


def _dismissed_key(report_id: int) -> str:
    return f"checks.dismissed.{report_id}"


def disabled_kinds(settings: Settings, report_id: int) -> set[str]:
    return {str(k) for k in settings.get(_disabled_key(report_id), [])}


def set_disabled_kinds(settings: Settings, report_id: int, kinds: set[str]) -> None:
    settings.set(_disabled_key(report_id), sorted(kinds))


def dismissed_keys(settings: Settings, report_id: int) -> set[str]:
    return {str(k) for k in settings.get(_dismissed_key(report_id), [])}


def dismiss(settings: Settings, report_id: int, key: str) -> None:
    keys = dismissed_keys(settings, report_id)
    keys.add(key)
    settings.set(_dismissed_key(report_id), sorted(keys))


def restore_dismissed(settings: Settings, report_id: int) -> None:
    """Show every dismissed finding again."""
    settings.set(_dismissed_key(report_id), [])
