"""Long work off the GUI thread: the window keeps painting while a worker thread runs, with a
progress dialog (busy indicator) once the work takes longer than a moment. Used for exports and
printing, which take a second or two for a long report (the PDF of 300 pages: ~1.3 s)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

T = TypeVar("T")
SHOW_AFTER_MS = 400  # quicker work finishes without a dialog flashing up


class _Worker(QObject):
    finished = Signal()

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self._work = work
        self.result: object = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as exc:  # noqa: BLE001 — handed back to the GUI thread and raised there
            self.error = exc
        self.finished.emit()


def run_in_background(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """Run `work()` in a worker thread and return its result (or raise its exception) here, with
    the event loop running meanwhile. `work` must not touch widgets."""
    dialog = QProgressDialog(label, "", 0, 0, parent)  # 0..0: a busy indicator; no cancel button
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    # QProgressDialog's own minimumDuration only starts counting at setValue(), which a busy
    # indicator never gets (QA: the dialog never showed): show it ourselves after a moment
    shower = QTimer()
    shower.setSingleShot(True)
    shower.timeout.connect(dialog.show)
    shower.start(SHOW_AFTER_MS)
    thread = QThread()
    worker = _Worker(work)
    worker.moveToThread(thread)
    loop = QEventLoop()
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    thread.finished.connect(loop.quit)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        thread.start()
        loop.exec()
        thread.wait()
    finally:
        QApplication.restoreOverrideCursor()
    shower.stop()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]
