"""Housekeeping after the window is up, off the GUI thread, so that start-up does not grow with
the library: the daily quick_check (app.store.check_if_due), the daily backup
(app.store.backup_if_due) and the sweep of stale export temp files (.chengwen-*.tmp) a killed
export left in the clerk's export folder. Stale backups/*.part and journals are swept by the store
itself when it opens the library for writing. A failure here is logged and said once in the status
bar; it never stops the clerk. Damage found by the check is said in a box (no backup is made of a
damaged library), and the next start checks while opening and offers the recovery."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from app.errors import CorruptDatabase, UserError
from app.fileio import sweep_temp_files
from app.priority import lower_thread_priority
from app.store import Store, backup_if_due, check_if_due
from ui.common import messages
from ui.common.runner import JobControl, start_job
from ui.common.translate import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
NOTICE_MS = 15000
DAMAGE_DETAIL = QT_TRANSLATE_NOOP("Upkeep", "今天的例行检查发现资料库文件有损坏，这次没有备份。请先把正在写的报告导出（文件 → 导出）。下次启动成文时会提示从最近的备份恢复，损坏的文件会改名保留。")  # noqa: E501 — one message, kept whole for the translators
FINISH_WAIT_S = 300.0  # a backup is bounded by the library's size; closing waits for it, not for ever


class Upkeep:
    """The running housekeeping; `finish()` waits for it before the library is closed."""

    def __init__(self, window: QMainWindow, store: Store) -> None:
        self.window = window
        self.running = True  # set False by the worker itself, whatever happens (a bool: no lock needed)
        self.backup: Path | None = None
        self.swept = 0
        self.checked = False  # the daily quick_check ran (and passed)
        folder = store.settings.export_folder  # read here: settings belong to the GUI thread
        self.export_folder = Path(folder) if folder else None
        start_job(window, self._work, store, on_done=self._finished, on_error=self._failed)

    def _work(self, store: Store, job: JobControl) -> tuple[int, Path | None]:
        lower_thread_priority()  # reading every page of the library must not take the CPU from the window
        try:
            swept = sweep_temp_files(self.export_folder) if self.export_folder is not None else 0
            self.checked = check_if_due(store)  # damage raises: no backup is made of a damaged library
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
        if isinstance(error, CorruptDatabase):
            log.error("the daily check found damage: %s", error)
            messages.error(self.window, QCoreApplication.translate("Upkeep", "资料库已损坏"), str(error),
                           detail=QCoreApplication.translate("Upkeep", DAMAGE_DETAIL), name="damageBox")
            return
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
