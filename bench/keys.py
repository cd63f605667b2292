"""Keystrokes in a 50,000-character paragraph and the print preview of a 300-page report (issue 15
items 1 and 3), measured on the real main window offscreen: the largest wall-clock gap of a 10 ms
heartbeat on the GUI thread, and the GUI thread's own CPU time (time.thread_time) per event, which
other programs on a shared machine do not inflate. JSON on the last line.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/keys.py [--pages 300] [--keys 40] [--profile keys|preview]

--profile prints the cProfile of the GUI thread for that scenario (top 25 by cumulative time).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from responsiveness import Heartbeat, make_library, open_window, spin  # noqa: E402

LONG_PARAGRAPH = "统计执法检查，" * 7143  # 50,001 characters in one paragraph


class Events:
    """Per-event figures: the GUI thread's CPU time and wall time from an event until the loop is idle
    again, and the heartbeat's worst gap over the whole scenario."""

    def __init__(self) -> None:
        self.cpu_ms: list[float] = []
        self.wall_ms: list[float] = []

    def run(self, action: Callable[[], object], settle: float) -> None:
        clock = QElapsedTimer()
        clock.start()
        cpu = time.thread_time()
        action()
        QApplication.processEvents()  # what the event queued (layout, paint) runs now
        self.cpu_ms.append((time.thread_time() - cpu) * 1000)
        self.wall_ms.append(clock.nsecsElapsed() / 1e6)
        spin(settle)

    def summary(self) -> dict[str, float]:
        ordered = sorted(self.cpu_ms)
        return {"events": len(ordered), "cpu_ms_median": round(ordered[len(ordered) // 2], 1),
                "cpu_ms_max": round(ordered[-1], 1), "wall_ms_max": round(max(self.wall_ms), 1)}


def key(widget, char: str) -> None:
    widget.setFocus()
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def typing(controller, window, section_id: int, keys: int, beat: Heartbeat) -> dict[str, object]:
    controller.select_section(section_id)
    spin(0.3)
    body = window.editor.body
    body.moveCursor(body.textCursor().MoveOperation.End)
    body.setFocus()  # the clerk's focus is in the body already: its repaint is no keystroke's
    spin(0.3)  # nor is the scroll to the end
    text = ("进一步加强统计执法检查工作。" * (keys // 14 + 1))[:keys]
    events = Events()
    beat.start()
    for char in text:
        events.run(partial(key, body, char), 0.03)
    pause = Events()  # the work once typing pauses: autosave, panels, find…
    pause.run(lambda: spin(1.2), 0.0)
    gap = beat.stop()
    return {"keys": events.summary(), "pause_cpu_ms": round(pause.cpu_ms[0], 1), "gap_ms": gap}


def preview(rooms, beat: Heartbeat) -> dict[str, object]:
    events = Events()
    beat.start()
    started = time.monotonic()
    events.run(rooms.output.preview_action.trigger, 0.0)
    dialog = rooms.output._preview
    while dialog.view.page is None and time.monotonic() - started < 5:
        spin(0.005)
    first_page_ms = round((time.monotonic() - started) * 1000)
    for _ in range(15):
        events.run(lambda: dialog.go_to(dialog.index + 1), 0.05)
    while not dialog.whole and time.monotonic() - started < 60:
        spin(0.05)
    whole_s = round(time.monotonic() - started, 2)
    for index in range(0, dialog.known_pages(), max(1, dialog.known_pages() // 20)):
        events.run(partial(dialog.go_to, index), 0.05)
    events.run(dialog.close, 0.3)
    return {"open_cpu_ms": round(events.cpu_ms[0], 1), "paging": events.summary(), "first_page_ms": first_page_ms,
            "whole_s": whole_s, "gap_ms": beat.stop()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--keys", type=int, default=40)
    parser.add_argument("--profile", choices=("keys", "preview"))
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from export import generate

    from app.model import Section

    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="chengwen-keys-") as folder:
        make_library(Path(folder), 0, 1, 0, 0)
        store, controller, window, rooms = open_window(Path(folder))
        report = generate(args.pages)
        report.sections.append(Section("长段落", part=report.sections[-1].part, paragraphs=[LONG_PARAGRAPH]))
        controller.open_report(store.reports.insert(report))
        spin(1.0)
        beat = Heartbeat()
        profiler = cProfile.Profile()
        long_id = controller.report.sections[-1].id
        middle = [s.id for s in controller.report.sections if s.paragraphs][len(controller.report.sections) // 2]
        if args.profile == "keys":
            profiler.enable()
        figures["typing_50000_chars"] = typing(controller, window, long_id, args.keys, beat)
        profiler.disable()
        figures["typing_ordinary"] = typing(controller, window, middle, args.keys, beat)
        if args.profile == "preview":
            profiler.enable()
        figures["print_preview"] = preview(rooms, beat)
        profiler.disable()
        window.close()
        store.close()
    if args.profile:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    del app
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
