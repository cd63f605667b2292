"""GUI responsiveness (issue 15): drives the real main window offscreen with a 10 ms heartbeat
QTimer on the GUI thread and prints, as JSON on the last line, the largest gap between two beats
(ms) in each scenario. Target: no gap over 50 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/responsiveness.py [--quick]

Scenarios: start-up with a large library (60 reports of 300 pages, 100,000 phrases, 10,000
activities: 81 MB — more reports would make the 200 MB the issue names, at the cost of run time)
against an empty one, opened in this process (wall time: start-up blocks the loop by nature); typing in a 300-page report and in a
50,000-character section; switching sections; opening the print preview and paging through it;
exporting a PDF; typing with the ledger panel open over 10,000 activities; typing with the checks
panel open; phrase searches of every query length and the worst pinyin queries over 100,000
phrases (the time of each search call on the GUI thread). --quick uses tenth sizes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QDockWidget  # noqa: E402


class Heartbeat:
    """A 10 ms timer on the GUI thread; `gap_ms()` is the longest wait between two beats."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._beat)
        self.last = 0
        self.worst = 0

    def _beat(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.clock.start()
        self.last, self.worst = 0, 0
        self.timer.start(10)

    def stop(self) -> int:
        self._beat()  # a stall up to now counts too
        self.timer.stop()
        return max(0, self.worst - 10)  # the gap beyond the beat itself


def spin(seconds: float) -> None:
    """Run the event loop for `seconds` (timers, idle work and worker results come in)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.002)


def measure(beat: Heartbeat, action: Callable[[], object], settle: float = 1.5) -> int:
    beat.start()
    action()
    spin(settle)
    return beat.stop()


def type_into(widget, text: str, pause: float = 0.03) -> None:
    for char in text:
        widget.setFocus()
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        spin(pause)


def open_window(directory: Path):
    from app.store import Store
    from ui.editor.controller import ReportController
    from ui.main import install_rooms, reopen_last
    from ui.window.main_window import MainWindow

    store = Store(directory, make_backup=True)
    controller = ReportController(store)
    window = MainWindow(controller, store.settings)
    rooms = install_rooms(window)
    reopen_last(controller)
    window.show()
    return store, controller, window, rooms


def make_library(directory: Path, reports: int, pages: int, phrases: int, activities: int) -> None:
    from export import generate
    from library import make_phrases

    from app.library.activities import Activity, ActivityLedger
    from app.library.phrases import PhraseLibrary
    from app.store import Store

    rng = random.Random(15)
    with Store(directory) as store:
        report = generate(pages)
        last = 0
        for number in range(reports):
            report.title = f"某某市统计局关于{2000 + number}年法治政府建设情况的报告"
            last = store.reports.insert(report)
        PhraseLibrary(store.db).add_many(make_phrases(phrases, rng))
        ActivityLedger(store.db).add_many(
            Activity(year=2024, date_text=f"{i % 12 + 1}月{i % 28 + 1}日", title=f"开展第{i}次执法检查",
                     description="双随机一公开执法检查，培训干部职工" * 3, category="执法")
            for i in range(activities))
        store.settings.set("last_report", last)


def start_up(directory: Path) -> float:
    started = time.perf_counter()
    store, _controller, window, _rooms = open_window(directory)
    QApplication.processEvents()
    elapsed = time.perf_counter() - started
    window.close()
    store.close()
    return elapsed * 1000


def show_dock(window, word: str) -> None:
    for dock in window.findChildren(QDockWidget):
        if word in dock.windowTitle():
            dock.show()
            dock.raise_()
    spin(1.0)


def scenarios(args: argparse.Namespace, folder: Path) -> dict[str, object]:
    from export import generate

    from app.model import Section

    figures: dict[str, object] = {}
    scale = 10 if args.quick else 1
    empty, big = folder / "empty", folder / "big"
    empty.mkdir()
    big.mkdir()
    make_library(empty, 0, 1, 0, 0)
    make_library(big, 60 // scale, 300, 100_000 // scale, 10_000 // scale)
    size = sum(p.stat().st_size for p in big.rglob("*") if p.is_file())
    figures["library_mb"] = round(size / 1e6, 1)
    start_empty = min(start_up(empty) for _ in range(2))
    start_big = min(start_up(big) for _ in range(2))
    figures["startup_ms"] = {"empty": round(start_empty), "large": round(start_big),
                             "ratio": round(start_big / start_empty, 2)}

    beat = Heartbeat()
    gaps: dict[str, int] = {}
    store, controller, window, rooms = open_window(big)
    gaps["after_start"] = measure(beat, lambda: None, 2.0)
    report = generate(300 // scale)
    report.sections.append(Section("长段落", part=report.sections[-1].part, paragraphs=["统计执法检查，" * 7143]))
    report_id = store.reports.insert(report)
    controller.open_report(report_id)
    spin(1.0)
    sections = [s.id for s in controller.report.sections if s.paragraphs]
    body = window.editor.body

    def typing(section_id: int) -> None:
        controller.select_section(section_id)
        spin(0.2)
        body.moveCursor(body.textCursor().MoveOperation.End)
        type_into(body, "进一步加强统计执法检查工作" * 2)

    gaps["typing_300_pages"] = measure(beat, lambda: typing(sections[len(sections) // 2]))
    gaps["typing_50000_chars"] = measure(beat, lambda: typing(sections[-1]))

    def switching() -> None:
        for section_id in sections[:: max(1, len(sections) // 30)]:
            controller.select_section(section_id)
            spin(0.05)

    gaps["switching_sections"] = measure(beat, switching)

    def preview() -> None:
        rooms.output.preview_action.trigger()
        dialog = rooms.output._preview
        started = time.monotonic()
        while dialog.view.page is None and time.monotonic() - started < 5:
            spin(0.005)
        figures["preview_first_page_ms"] = round((time.monotonic() - started) * 1000)
        for _ in range(15):
            dialog.go_to(dialog.index + 1)
            spin(0.05)
        while not dialog.whole and time.monotonic() - started < 60:
            spin(0.05)
        figures["preview_whole_s"] = round(time.monotonic() - started, 2)
        for index in range(0, dialog.known_pages(), max(1, dialog.known_pages() // 20)):
            dialog.go_to(index)
            spin(0.05)
        dialog.close()

    gaps["print_preview"] = measure(beat, preview)

    def export_pdf() -> None:
        import ui.output.export_actions as actions

        actions.choose_path = lambda *a: folder / "r.pdf"
        actions.offer_to_open = lambda *a: None
        actions.choose_variant = lambda *a: "plain"  # the variant step is a modal dialog: it waited for ever
        rooms.output.export("pdf")

    gaps["export_pdf"] = measure(beat, export_pdf)
    show_dock(window, "台账")
    gaps["typing_ledger_open"] = measure(beat, lambda: typing(sections[len(sections) // 3]), 2.5)
    show_dock(window, "检查")
    findings = rooms.checks.checks_panel
    gaps["typing_checks_open"] = measure(beat, lambda: typing(sections[len(sections) // 4]), 2.5)
    found = getattr(findings, "findings", None)
    if found is not None:
        figures["checks_findings"] = len(found() if callable(found) else found)
    figures["gaps_ms"] = gaps
    window.close()
    store.close()
    figures["phrase_search"] = phrase_search(big)
    return figures


def phrase_search(directory: Path) -> dict[str, object]:
    from library import bench_search

    from app.library.phrases import PhraseLibrary
    from app.store import Store

    with Store(directory) as store:
        return bench_search(PhraseLibrary(store.db), random.Random(15), 60)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="chengwen-bench-") as folder:
        figures = scenarios(args, Path(folder))
    figures["run_s"] = round(time.perf_counter() - started, 1)
    figures["worst_gap_ms"] = max(figures["gaps_ms"].values())  # type: ignore[union-attr]
    del app
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
