"""The clerk's workflows over the library: import, roll-forward, export, print, snapshot, restore.

The one place that decides what is snapshotted when, with which label, and what a draft is
called; the CLI and the app call these rather than the stores. The rules:

- before anything that changes or replaces a report's state (a restore, a roll-forward that makes
  a second draft for a year that has one), an automatic snapshot of the state before;
- an imported report is snapshotted as it came in (导入时的原样), so the clerk can always go back
  to the file's own text;
- every export of a stored report the clerk hands over (Word, PDF, Excel) leaves a named snapshot
  "导出：<file name>", kept for good (named snapshots are never thinned), so a file that comes
  back marked up can be matched to the version it was made from;
- a printed draft is called 第N稿 (N = the drafts printed so far + 1), prefixed with the newest
  name the clerk gave a snapshot (送审稿　第3稿), and is snapshotted as "打印稿 第N稿".

Labels are data, not interface text: they stay in Chinese in every interface language.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from app.export import ExportOptions, export_report
from app.model import Part, Report
from app.rollforward.new_draft import NewFromLastYear, store_new_draft
from app.store import Store
from app.store.snapshots import SnapshotInfo

IMPORT_SNAPSHOT = "导入时的原样"
INITIAL_SNAPSHOT = "去年→今年 初始"
EXPORT_PREFIX = "导出："
PRINT_PREFIX = "打印稿"
MERGE_PREFIX = "导入领导修改稿之前："
# the formats that leave the program for other people (JSON and plain text are working copies)
HANDED_OVER = frozenset({".docx", ".pdf", ".xlsx"})


def before_roll_forward_label(year: int) -> str:
    return f"以去年报告新建{year}年报告之前"


def before_restore_label(snapshot: SnapshotInfo) -> str:
    return f"恢复快照“{snapshot.label or snapshot.id}”之前"


# ---- bringing reports in ---------------------------------------------------------------------
def import_report(store: Store, source: Report | Path | str) -> int:
    """Store a recognised report (or recognise the file first) and snapshot it as it came in.
    Returns the new report's id. Parse before opening the library when you can: a bad file
    then never touches it."""
    if isinstance(source, Report):
        report = source
    else:
        from app.importing import parse_file

        report = parse_file(Path(source))
    with store.db.transaction():
        report_id = store.reports.insert(report, origin="import")
        # the report just stored, not loaded back: 15 ms less on the GUI thread at 1,500 sections
        store.snapshots.take(report_id, IMPORT_SNAPSHOT, automatic=True, report=report)
    return report_id


def import_text(store: Store, text: str) -> int:
    """从剪贴板导入: pasted text recognised as a .txt file would be, then stored as import_report does."""
    from app.importing import parse_text

    return import_report(store, parse_text(text))


def new_from_template(store: Store, year: int, organization: str = "") -> int:
    """A new draft from the standard template; nothing existed before it, so no snapshot."""
    from app.template import template_report

    return store.reports.insert(template_report(year, organization), origin="template")


def roll_forward(store: Store, last_year: Report, *, year: int | None = None,
                 organization: str | None = None, add_parts: list[Part] | None = None) -> NewFromLastYear:
    """Last year's report rolled forward into a new stored draft. A draft that already exists for
    the same year and organization is left alone, but snapshotted first so nothing can be lost
    in the mix-up; the new draft is snapshotted as it was made (去年→今年 初始)."""
    with store.db.transaction():
        result = store_new_draft(store, last_year, year=year, organization=organization, add_parts=add_parts)
        new = store.reports.load(result.report_id)
        for summary in store.reports.summaries():
            if (summary.year == new.year and summary.organization == new.organization
                    and summary.id not in (result.report_id, result.source_id)):
                result.snapshots.append(store.snapshots.take(
                    summary.id, before_roll_forward_label(new.year), automatic=True))
        result.snapshots.append(store.snapshots.take(result.report_id, INITIAL_SNAPSHOT, automatic=True))
    return result


# ---- snapshots -------------------------------------------------------------------------------
def take_snapshot(store: Store, report_id: int, label: str = "") -> int:
    """A snapshot the clerk names (送审稿): never thinned away."""
    return store.snapshots.take(report_id, label.strip())


def restore_snapshot(store: Store, snapshot_id: int) -> int:
    """Put a snapshot's content back into its report after snapshotting the current state.
    Returns the id of the snapshot of the state before."""
    info = store.snapshots.info(snapshot_id)
    content = store.snapshots.content(snapshot_id)
    with store.db.transaction():
        before = store.snapshots.take(info.report_id, before_restore_label(info), automatic=True)
        store.reports.replace_content(content)
    return before


def _clerk_named(snapshots: Sequence[SnapshotInfo]) -> list[SnapshotInfo]:
    """Snapshots the clerk named, newest first (export records are named too, but not by the clerk)."""
    return [s for s in snapshots if not s.automatic and s.label and not s.label.startswith(EXPORT_PREFIX)]


def before_merge(store: Store, report_id: int, source: str) -> int:
    """Before a reviewed file's changes are applied: the undo point of the merge."""
    return store.snapshots.take(report_id, f"{MERGE_PREFIX}{source}", automatic=True)


# ---- printing --------------------------------------------------------------------------------
def print_label(store: Store, report_id: int) -> str:
    """What the next printed draft is called: 第N稿, N = drafts printed so far + 1, after the newest
    name the clerk gave a snapshot if there is one (送审稿　第3稿)."""
    snapshots = store.snapshots.for_report(report_id)
    printed = sum(1 for s in snapshots if s.automatic and s.label.startswith(PRINT_PREFIX))
    version = f"第{printed + 1}稿"
    named = _clerk_named(snapshots)
    return f"{named[0].label}　{version}" if named else version


def record_printed(store: Store, report_id: int, label: str) -> int | None:
    """After a draft went to the printer: what went to the leaders is kept, so their marked-up
    copy can be matched to a version. None when the library is read-only."""
    if store.read_only:
        return None
    return store.snapshots.take(report_id, f"{PRINT_PREFIX} {label}", automatic=True)


# ---- exporting -------------------------------------------------------------------------------
def export_options(store: Store, report_id: int, out_path: Path | str,
                   options: ExportOptions | None = None) -> ExportOptions:
    """The options for exporting a stored report: the stored shape, a draft called as a printed
    one would be (unless a label is given), and the activity ledger in an Excel workbook.
    Split from export_stored so a window can export in a worker and record on its own thread."""
    opts = dataclasses.replace(options or ExportOptions(), stored=True)
    if opts.is_draft and not opts.draft_label:
        opts = dataclasses.replace(opts, draft_label=print_label(store, report_id))
    if Path(out_path).suffix.lower() == ".xlsx" and opts.activities is None:
        from app.library.activities import ActivityLedger

        opts = dataclasses.replace(opts, activities=ActivityLedger(store.db).activities())
    return opts


def record_export(store: Store, report_id: int, written: Path) -> int | None:
    """After a stored report was written: a named snapshot for a file handed over. None for a
    working copy (JSON, text) or when the library is read-only (the app holds it)."""
    if written.suffix.lower() not in HANDED_OVER or store.read_only:
        return None
    return store.snapshots.take(report_id, f"{EXPORT_PREFIX}{written.name}")


def export_stored(store: Store, report_id: int, out_path: Path | str,
                  options: ExportOptions | None = None) -> Path:
    """Export a stored report and record the export. Returns the path written."""
    report = store.reports.load(report_id)
    written = export_report(report, out_path, export_options(store, report_id, out_path, options))
    record_export(store, report_id, written)
    return written


def export_file(source: Path | str, out_path: Path | str, options: ExportOptions | None = None) -> Path:
    """Convert a report file without storing it (no library, so nothing is snapshotted)."""
    from app.importing import parse_file

    report = parse_file(Path(source))
    opts = dataclasses.replace(options or ExportOptions(), stored=False)
    return export_report(report, out_path, opts)
