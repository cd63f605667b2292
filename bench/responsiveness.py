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
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

RUNS = 5  # start-ups per case; the best counts
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer  # noqa: E402
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
    """The window as `ui.main.run_app` opens it: the store (no backup or quick_check while opening), the window,
    the rooms, the last report reopened, shown, then the housekeeping (a backup when one is due)
    in the background. Returns the store, controller, window and rooms; `window.upkeep` is the
    housekeeping, to finish before the store is closed."""
    from app.store import Store
    from ui.editor.controller import ReportController
    from ui.main import install_rooms, reopen_last
    from ui.window.main_window import MainWindow
    from ui.window.upkeep import Upkeep

    store = Store(directory, check_later=True)  # as ui.window.store_opening.open_library opens it
    controller = ReportController(store)
    window = MainWindow(controller, store.settings)
    rooms = install_rooms(window)
    reopen_last(controller)
    window.show()
    window.upkeep = Upkeep(window, store)
    return store, controller, window, rooms


def close_window(store, window) -> None:
    """Close, and delete the window now: a closed window left alive keeps its application-wide
    event filter (ui/window/shortcut_priority.py), and each later start-up would pay for it."""
    window.close()
    window.upkeep.finish()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    spin(0.3)  # what the panels had queued runs while the library is open
    store.close()


def make_library(directory: Path, reports: int, pages: int, phrases: int, activities: int,
                 megabytes: float = 0) -> dict[str, int]:
    """A library of `reports` reports of `pages` pages (the last one is the large report to reopen),
    one small report, the phrases and activities, then snapshots of the large report until the file
    is about `megabytes` MB (snapshots and many reports are what make a real library big). Rows
    are copied in SQL, so that 200 MB take seconds. Returns the ids of the small and large reports."""
    from export import generate
    from library import make_phrases

    from app.library.activities import Activity, ActivityLedger
    from app.library.phrases import PhraseLibrary
    from app.store import Store

    rng = random.Random(15)
    with Store(directory) as store:
        small = generate(3)
        small.title = "某某市统计局关于2024年法治政府建设情况的报告（短）"
        ids = {"small": store.reports.insert(small), "large": 0}
        if reports:
            report = generate(pages)
            for number in range(reports):
                report.title = f"某某市统计局关于{2000 + number}年法治政府建设情况的报告"
                ids["large"] = store.reports.insert(report)
        if phrases:
            PhraseLibrary(store.db).add_many(make_phrases(phrases, rng))
        if activities:
            ActivityLedger(store.db).add_many(
                Activity(year=2024, date_text=f"{i % 12 + 1}月{i % 28 + 1}日", title=f"开展第{i}次执法检查",
                         description="双随机一公开执法检查，培训干部职工" * 3, category="执法")
                for i in range(activities))
        if megabytes and ids["large"]:
            first = store.snapshots.take(ids["large"], "基准快照")
            while _library_mb(store.db.conn) < megabytes:
                with store.db.transaction() as conn:
                    # one more snapshot for every report: spread as in a real library
                    conn.execute("""INSERT INTO snapshots (report_id, label, automatic, created, data)
                                    SELECT r.id, s.label, 1, s.created, s.data FROM reports r, snapshots s
                                    WHERE s.id=?""", (first,))
            store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.settings.set("last_report", ids["large"] or ids["small"])
    return ids


def _library_mb(conn: sqlite3.Connection) -> float:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    return float(pages * conn.execute("PRAGMA page_size").fetchone()[0] / 1e6)


def start_up(directory: Path) -> tuple[float, float]:
    """Wall and GUI-thread CPU time (ms) from opening the store to the window shown with the
    pending events processed."""
    started, cpu = time.perf_counter(), time.thread_time()
    store, _controller, window, _rooms = open_window(directory)
    QApplication.processEvents()
    elapsed, cpu = time.perf_counter() - started, time.thread_time() - cpu
    close_window(store, window)
    return elapsed * 1000, cpu * 1000


def startup_figures(folder: Path, scale: int) -> tuple[dict[str, object], dict[str, int]]:
    """Start-up with an empty library (no report), with a library holding only a small report,
    and with a 200 MB library (60 reports of 300 pages, 100,000 phrases, 10,000 activities, their
    snapshots) reopening the same small report and reopening a 300-page report. Best of RUNS
    starts each, taken in turn so that a busy moment of the machine hits every case alike."""
    from app.store import Store
    from app.store.integrity import CHECK_MARKER

    libraries = {name: folder / name for name in ("empty", "small", "big")}
    for path in libraries.values():
        path.mkdir()
    Store(libraries["empty"]).close()
    make_library(libraries["small"], 0, 1, 0, 0)
    ids = make_library(libraries["big"], 60 // scale, 300, 100_000 // scale, 10_000 // scale, 200 / scale)
    figures: dict[str, object] = {"library_mb": round(_folder_mb(libraries["big"]), 1)}
    cases = {"empty": (libraries["empty"], None), "small_library": (libraries["small"], ids["small"]),
             "large_small_report": (libraries["big"], ids["small"]),
             "large_300_pages": (libraries["big"], ids["large"]),
             # the first start of a day: the daily quick_check is due (it runs after the start)
             "large_300_pages_check_due": (libraries["big"], ids["large"])}
    for path, _report in cases.values():
        start_up(path)  # imports, the first backup (made in the background), the file cache
    walls: dict[str, list[float]] = {name: [] for name in cases}
    cpus: dict[str, list[float]] = {name: [] for name in cases}
    for _run in range(RUNS):
        for name, (path, report_id) in cases.items():
            if report_id is not None:
                with Store(path) as store:
                    store.settings.set("last_report", report_id)
            if name.endswith("check_due"):
                (path / CHECK_MARKER).unlink(missing_ok=True)
            wall, cpu = start_up(path)
            walls[name].append(wall)
            cpus[name].append(cpu)
    best = {name: min(values) for name, values in walls.items()}
    figures["startup_ms"] = {name: round(value) for name, value in best.items()}
    figures["startup_cpu_ms"] = {name: round(min(values)) for name, values in cpus.items()}
    figures["startup_ratio"] = {
        "large_small_report/small_library": round(best["large_small_report"] / best["small_library"], 2),
        "large_small_report/empty": round(best["large_small_report"] / best["empty"], 2),
        "large_300_pages/empty": round(best["large_300_pages"] / best["empty"], 2)}
    return figures, ids


def _folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.glob("chengwen.db*") if p.is_file()) / 1e6


def show_dock(window, word: str) -> None:
    for dock in window.findChildren(QDockWidget):
        if word in dock.windowTitle():
            dock.show()
            dock.raise_()
    spin(1.0)


def scenarios(args: argparse.Namespace, folder: Path) -> dict[str, object]:
    from export import generate

    from app.model import Section
    from app.store import Store
    from app.store.backup import BACKUP_DIR

    scale = 10 if args.quick else 1
    figures, ids = startup_figures(folder, scale)
    big = folder / "big"
    with Store(big) as store:
        store.settings.set("last_report", ids["large"])

    beat = Heartbeat()
    gaps: dict[str, int] = {}
    shutil.rmtree(big / BACKUP_DIR)  # the daily backup is due: it runs while the gaps are measured
    store, controller, window, rooms = open_window(big)

    def until_backed_up() -> None:
        started = time.monotonic()
        while window.upkeep.running and time.monotonic() - started < 60:
            spin(0.1)
        figures["after_start_backup_s"] = round(time.monotonic() - started, 1)

    gaps["after_start"] = measure(beat, until_backed_up, 2.0)
    figures["after_start_backup_made"] = window.upkeep.backup is not None
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
        actions.choose_variant = lambda _parent, _kind, current: current  # the variant step's dialog: as it is
        actions.offer_to_open = lambda *a: None
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
    close_window(store, window)
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
