"""导出 PDF in a worker process (issue 15): drawing 300 pages in a thread stalled the window for
70–290 ms at a time. The export writes through app.fileio.atomic_write (a temporary file beside
the target, renamed when whole); 取消 ends the process, and the temporary file it leaves is removed
here, so a cancelled export leaves no file and an older file of that name stays as it was."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.export import ExportOptions
from app.fileio import TEMP_PREFIX
from app.jobs import export_job
from app.model import Report
from ui.common.runner import ProcessControl, run_process_job

log = logging.getLogger(__name__)


def export_pdf_in_worker(parent: QWidget | None, title: str, report: Report, path: Path, options: ExportOptions,
                         on_error: Callable[[BaseException], None]) -> Path | None:
    """Write `report` as a PDF to `path` in a worker process behind a cancellable progress dialog;
    the path written, or None when cancelled or failed (`on_error` has the failure)."""
    workers: list[ProcessControl] = []
    written = run_process_job(parent, title, export_job, report, str(path), options, on_error=on_error,
                              on_start=workers.append)
    if written is None:
        for worker in workers:  # ended now: its half-written temporary file is nobody's
            for leftover in path.parent.glob(f"{TEMP_PREFIX}{worker.pid}-*.tmp"):
                try:
                    leftover.unlink()
                except OSError as exc:  # untidy, not a failure: app.fileio sweeps stale ones later
                    log.warning("could not remove %s: %s", leftover, exc)
        return None
    return Path(written)
