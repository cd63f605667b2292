"""Background threads that give way to the window: reading every page of a 200 MB library (the
daily check, the backup) on a thread of the same priority held the window's first paint up."""

from __future__ import annotations

import logging
import os
import sys
import threading

log = logging.getLogger(__name__)

BACKGROUND_NICE = 10  # Linux: a nice value for the calling thread alone (a thread id names the thread)
BELOW_NORMAL = -1  # Windows: THREAD_PRIORITY_BELOW_NORMAL


def lower_thread_priority() -> None:
    """Make the calling thread yield the CPU to the GUI thread (Linux: a thread's own nice value;
    Windows: below-normal thread priority). Best effort: where neither works, nothing changes."""
    try:
        if sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetThreadPriority(kernel32.GetCurrentThread(), BELOW_NORMAL)
        elif hasattr(os, "setpriority"):
            thread = threading.get_native_id()
            if os.getpriority(os.PRIO_PROCESS, thread) < BACKGROUND_NICE:  # never raise it: that needs privilege
                os.setpriority(os.PRIO_PROCESS, thread, BACKGROUND_NICE)
    except (OSError, AttributeError):
        log.info("the housekeeping thread keeps its priority", exc_info=True)
