"""The one background runner: the window keeps working, a busy dialog shows for long work, cancel
stops the job, a failure is one message, results of a dialog-less job come back on the GUI thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from app.errors import UserError
from tests.ui.conftest import answer_box
from ui.common import messages
from ui.common.runner import Cancelled, JobControl, run_job, start_job


def _visible_progress() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_long_background_work_shows_a_busy_dialog(qtbot) -> None:
    """QA: the busy indicator of a 3-second PDF export never appeared."""
    seen: list[bool] = []
    QTimer.singleShot(700, lambda: seen.append(bool(_visible_progress())))
    assert run_job(None, "正在导出 r.pdf …", lambda job: time.sleep(1.0) or 42, cancellable=False) == 42
    assert seen == [True]
    assert _visible_progress() == []


def test_the_job_runs_off_the_gui_thread_while_the_window_keeps_working(qtbot) -> None:
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    where: list[threading.Thread] = []
    assert run_job(None, "t", lambda a, b, job: where.append(threading.current_thread()) or a + b, 2, 3) == 5
    assert where[0] is not threading.main_thread()
    assert run_job(None, "t", lambda job: time.sleep(0.3), cancellable=False) is None
    timer.stop()
    assert len(ticks) >= 5  # the GUI thread's timers kept running during the job


def test_cancel_really_stops_the_job(qtbot) -> None:
    steps: list[int] = []

    def counting(*, job: JobControl) -> str:
        for step in range(500):
            job.check()
            steps.append(step)
            job.progress(step / 500, f"第 {step} 步")
            time.sleep(0.01)
        return "done"

    def cancel_soon(dialog: QProgressDialog) -> None:
        QTimer.singleShot(400, lambda: dialog.findChild(QPushButton).click())  # the clerk clicks 取消

    started = time.monotonic()
    assert run_job(None, "长任务", counting, on_dialog=cancel_soon) is None
    assert time.monotonic() - started < 2.5       # not the 5 s the whole job takes
    stopped_at = len(steps)
    assert 5 < stopped_at < 500
    time.sleep(0.1)
    assert len(steps) == stopped_at                # and it does not go on in the background


def test_progress_reaches_the_dialog(qtbot) -> None:
    values: list[int] = []
    timer = QTimer()

    def watch(dialog: QProgressDialog) -> None:
        timer.timeout.connect(lambda: values.append(dialog.value()))
        timer.start(10)

    def stepping(*, job: JobControl) -> None:
        for step in range(1, 5):
            job.progress(step / 4, "读取中")
            time.sleep(0.06)

    run_job(None, "t", stepping, on_dialog=watch)
    timer.stop()
    shown = [v for v in values if v > 0]
    assert shown and shown[-1] >= 750 and shown == sorted(shown)


def test_a_raised_user_error_shows_one_message(qtbot) -> None:
    def failing(*, job: JobControl) -> None:
        raise UserError("文件已损坏")

    seen = answer_box(lambda box: box.accept())
    assert run_job(None, "导入", failing) is None
    assert len(seen) == 1 and "文件已损坏" in seen[0]
    assert not any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_an_unexpected_error_is_one_line_not_a_traceback(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, title, text, **_k: shown.append((title, text)))
    assert run_job(None, "导出", lambda job: 1 / 0) is None
    assert shown == [("导出", "出错：division by zero")]


def test_check_raises_cancelled_once_cancelled() -> None:
    control = JobControl()
    control.check()
    assert control.progress(0.5) is True
    control.cancel()
    assert control.progress(0.6) is False
    with pytest.raises(Cancelled):
        control.check()


def test_start_job_delivers_on_the_gui_thread(qtbot) -> None:
    owner = QObject()
    got: list[tuple[object, threading.Thread]] = []
    start_job(owner, lambda x, job: x * 2, 21, on_done=lambda r: got.append((r, threading.current_thread())),
              on_error=lambda e: got.append((e, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(got), timeout=2000)
    assert got == [(42, threading.main_thread())]
    errors: list[BaseException] = []
    start_job(owner, lambda job: 1 / 0, on_done=lambda r: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=2000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_start_job_drops_the_result_when_its_owner_is_gone(qtbot) -> None:
    owner = QObject()
    got: list[object] = []
    start_job(owner, lambda job: time.sleep(0.2) or 1, on_done=got.append, on_error=got.append)
    owner.deleteLater()
    qtbot.wait(500)
    assert got == []
