"""Housekeeping after the window is up, off the GUI thread, so that start-up does not grow with
the library: the daily backup (app.store.backup_if_due) and the sweep of stale export temp files
(.chengwen-*.tmp) a killed export left in the clerk's export folder. Stale backups/*.part and
journals are swept by the store itself when it opens the library for writing. A failure here is
logged and said once in the status bar; it never stops the clerk."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from app.errors import UserError
from app.fileio import sweep_temp_files
from app.store import Store, backup_if_due
from ui.common.runner import JobControl, start_job

log = logging.getLogger(__name__)
NOTICE_MS = 15000
FINISH_WAIT_S = 300.0  # a backup is bounded by the library's size; closing waits for it, not for ever


class Upkeep:
    """The running housekeeping; `finish()` waits for it before the library is closed."""

    def __init__(self, window: QMainWindow, store: Store) -> None:
        self.window = window
        self.running = True  # set False by the worker itself, whatever happens (a bool: no lock needed)
        self.backup: Path | None = None
        self.swept = 0
        folder = store.settings.export_folder  # read here: settings belong to the GUI thread
        self.export_folder = Path(folder) if folder else None
        start_job(window, self._work, store, on_done=self._finished, on_error=self._failed)

    def _work(self, store: Store, job: JobControl) -> tuple[int, Path | None]:
        try:
            swept = sweep_temp_files(self.export_folder) if self.export_folder is not None else 0
            return swept, backup_if_due(store)
        finally:
            self.running = False

    def _finished(self, result: tuple[int, Path | None]) -> None:
        self.swept, self.backup = result
        if self.swept:
            log.info("removed %d stale export temp files from %s", self.swept, self.export_folder)
        if self.backup is not None:
            log.info("backup made: %s", self.backup)

    def _failed(self, error: BaseException) -> None:
        log.warning("start-up backup not made: %s", error, exc_info=not isinstance(error, UserError))
        reason = str(error) if isinstance(error, UserError) else type(error).__name__
        text = QCoreApplication.translate("Upkeep", "这次没有备份资料库：%1（报告照常保存）").replace("%1", reason)
        self.window.statusBar().showMessage(text, NOTICE_MS)

    def finish(self) -> None:
        """Wait for the worker (the event loop may be over: only its own flag is watched)."""
        deadline = time.monotonic() + FINISH_WAIT_S
        while self.running and time.monotonic() < deadline:
            time.sleep(0.02)
        if self.running:
            log.warning("the start-up backup was still running at exit")
