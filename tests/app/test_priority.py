"""The housekeeping thread gives way to the window; the window's own thread keeps its priority."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from app.priority import BACKGROUND_NICE, lower_thread_priority


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's own nice value is Linux's")
def test_the_housekeeping_thread_yields_the_cpu_to_the_window() -> None:
    seen: list[int] = []
    own = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    def work() -> None:
        lower_thread_priority()
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
    worker = threading.Thread(target=work)
    worker.start()
    worker.join(5)
    assert seen and seen[0] >= BACKGROUND_NICE
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == own, "the GUI thread keeps its priority"
