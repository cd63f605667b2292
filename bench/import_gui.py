"""GUI responsiveness while importing large files through the real window (issue 15 item 4).

Drives the main window offscreen with a 10 ms heartbeat on the GUI thread and imports, through
the window's own 导入去年报告 action (the file dialog answered, the preview accepted), a 300-page
report as .txt, .docx and .pdf (both written by app/export), a 2 MB saved web page and an OFD; and
a 10,000-row ledger workbook through the ledger panel's import. For each it prints the largest
wall-clock gap between two beats and the largest GUI-thread CPU time between two beats (what the
GUI thread itself did, whatever else runs on the machine) in each phase: reading the file (until
the preview dialog is built), building the preview, and storing and opening the report.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/import_gui.py [--quick] [--mode before|after|both] [--gc-freeze]

"before" reads every file in a worker THREAD (the program's way until issue 15), "after" the way
the program does now (a worker process for a large file). JSON on the last line.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QMessageBox  # noqa: E402


class Heartbeat:
    """A 10 ms timer on the GUI thread: the longest wall-clock wait between two beats and the most
    GUI-thread CPU time spent between two beats, kept per phase."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.beat)
        self.phase = ""
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self._last = 0
        self._last_cpu = 0.0
        self.collected: dict[str, float] = {}  # the longest collection of the cyclic collector
        self._collecting = 0.0
        self.running = False
        gc.callbacks.append(self._collector)

    def close(self) -> None:
        gc.callbacks.remove(self._collector)

    def _collector(self, event: str, info: dict[str, int]) -> None:
        if event == "start":
            self._collecting = time.perf_counter()
        elif self.running and self._collecting:
            took = (time.perf_counter() - self._collecting) * 1000
            self.collected[self.phase] = max(self.collected.get(self.phase, 0.0), took)

    def beat(self) -> None:
        now, cpu = self.clock.elapsed(), time.thread_time()
        self.wall[self.phase] = max(self.wall.get(self.phase, 0), now - self._last - 10)
        self.cpu[self.phase] = max(self.cpu.get(self.phase, 0.0), (cpu - self._last_cpu) * 1000)
        self._last, self._last_cpu = now, cpu

    def start(self, phase: str) -> None:
        self.wall, self.cpu, self.collected, self.phase, self._collecting = {}, {}, {}, phase, 0.0
        self.running = True
        self.clock.start()
        self._last, self._last_cpu = 0, time.thread_time()
        self.timer.start(10)

    def stop(self) -> dict[str, float]:
        self.beat()  # a stall up to now counts too
        self.timer.stop()
        self.running = False
        out: dict[str, float] = {}
        for phase in self.wall:
            out[f"{phase}_gap_ms"] = round(max(0.0, self.wall[phase]))
            out[f"{phase}_cpu_ms"] = round(self.cpu[phase], 1)
            if self.collected.get(phase, 0) >= 5:
                out[f"{phase}_gc_ms"] = round(self.collected[phase], 1)
        return out


def spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.002)


def make_inputs(folder: Path, quick: bool) -> dict[str, Path]:
    """The large files to import, made here: the 300-page benchmark report in every format."""
    from app.export import export_report
    from app.export.txt_writer import report_text
    from app.importing import parse_file
    from tests.app.importing.made_files import ofd_from_pdf
    from tests.datafiles import report_file

    bench_import = importlib.import_module("import")  # bench/import.py: the report and its web page
    report = bench_import.big_report()
    if quick:
        for top in report.sections:
            del top.children[3:]
    files = {".txt": folder / "big.txt", ".docx": folder / "big.docx", ".pdf": folder / "big.pdf",
             ".html": folder / "big.html", ".ofd": folder / "big.ofd"}
    files[".txt"].write_text(report_text(report), encoding="utf-8")
    export_report(report, files[".docx"])
    export_report(report, files[".pdf"])
    files[".html"].write_text(bench_import.web_page(report, (256 if quick else 2048) * 1024), encoding="utf-8")
    ofd_from_pdf(files[".pdf"], files[".ofd"])
    # and a real report's size (the spawning of a worker against reading in a thread)
    small = parse_file(report_file("xiqing-tongji-2024.txt"))
    for suffix in (".txt", ".docx", ".pdf"):
        files[f"small{suffix}"] = export_report(small, folder / f"small{suffix}")
    return files


def make_ledger(folder: Path, rows: int) -> Path:
    from app.library.activities import Activity
    from app.library.ledger_xlsx import export_ledger

    return export_ledger(folder / "台账.xlsx", [
        Activity(year=2024, date_text=f"{i % 12 + 1}月{i % 28 + 1}日", title=f"开展第{i}次执法检查",
                 description="双随机一公开执法检查，培训干部职工" * 3, category="执法") for i in range(rows)])


def open_window(directory: Path) -> tuple[Any, Any, Any]:
    from app.store import Store
    from ui.editor.controller import ReportController
    from ui.main import install_rooms
    from ui.window.main_window import MainWindow

    store = Store(directory)
    controller = ReportController(store)
    window = MainWindow(controller, store.settings)
    rooms = install_rooms(window)
    window.show()
    spin(0.5)
    return store, window, rooms


def import_report(beat: Heartbeat, rooms: Any, path: Path) -> dict[str, Any]:
    """One import through the window's action; the preview is accepted as soon as it shows."""
    from ui.importing.import_dialog import ImportPreviewDialog

    problems: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ImportPreviewDialog):
            beat.beat()
            beat.phase = "stored"  # from here: accepting, storing and opening the report
            dialog.accept()
            return
        if isinstance(dialog, QMessageBox):
            problems.append(dialog.text())
            dialog.done(0)
            return
        QTimer.singleShot(5, answer)

    build = ImportPreviewDialog.__init__

    def building(dialog: ImportPreviewDialog, *args: Any, **kwargs: Any) -> None:
        beat.beat()
        beat.phase = "preview"  # from here: building the preview of the report read
        build(dialog, *args, **kwargs)

    started = time.perf_counter()
    beat.start("reading")
    QTimer.singleShot(5, answer)
    ImportPreviewDialog.__init__ = building  # type: ignore[method-assign, assignment]
    try:
        rooms.importing.import_action.trigger()
    finally:
        ImportPreviewDialog.__init__ = build  # type: ignore[method-assign]
    elapsed = time.perf_counter() - started
    spin(0.5)
    return {**beat.stop(), "seconds": round(elapsed, 2), **({"problems": problems} if problems else {})}


def import_ledger(beat: Heartbeat, rooms: Any, window: Any, path: Path) -> dict[str, Any]:
    from app.library.ledger_xlsx import guess_mapping, read_headers

    for dock in window.findChildren(QDockWidget):  # the ledger dock builds its panel on first show
        if "台账" in dock.windowTitle():
            dock.show()
    spin(1.0)
    panel = rooms.library.activity_panel
    mapping = guess_mapping(read_headers(path))
    done: list[object] = []
    panel.importFinished.connect(done.append)
    store_rows = panel._import_read

    def storing(outcome: Any) -> None:
        beat.beat()
        beat.phase = "stored"  # from here: storing the rows read and showing them
        store_rows(outcome)

    panel._import_read = storing
    started = time.perf_counter()
    beat.start("reading")
    panel.import_file(str(path), mapping, 2024)
    while not done and time.perf_counter() - started < 300:
        spin(0.05)
    elapsed = time.perf_counter() - started
    spin(0.5)
    panel.importFinished.disconnect(done.append)
    return {**beat.stop(), "seconds": round(elapsed, 2)}


def run(mode: str, files: dict[str, Path], ledger: Path, folder: Path, freeze: bool) -> dict[str, Any]:
    import ui.importing.loading as loading
    import ui.library.activity_panel as activity_panel

    if mode == "before":  # every file in a worker thread, as the program read them until issue 15
        loading.in_worker_process = lambda path: False
        activity_panel.start_process_job = in_a_thread
    store, window, rooms = open_window(folder / f"data-{mode}")
    if freeze:
        gc.collect()
        gc.freeze()
    beat = Heartbeat()
    results: dict[str, Any] = {}
    try:
        for suffix, path in files.items():
            QFileDialog.getOpenFileName = staticmethod(lambda *a, _p=path, **k: (str(_p), ""))  # type: ignore[method-assign]
            results[suffix] = import_report(beat, rooms, path)
            print(mode, suffix, results[suffix], file=sys.stderr, flush=True)
        results["ledger.xlsx"] = import_ledger(beat, rooms, window, ledger)
        print(mode, "ledger", results["ledger.xlsx"], file=sys.stderr, flush=True)
    finally:
        beat.close()
        window.close()
        store.close()
        gc.unfreeze()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a quarter-size report and 2,000 ledger rows")
    parser.add_argument("--mode", choices=("before", "after", "both"), default="both")
    parser.add_argument("--gc-freeze", action="store_true",
                        help="gc.freeze() once the window is up, as a start-up change could: a full collection "
                             "then walks the ~9,000 objects made since, not the ~90,000 of start-up (50 ms)")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    modes = ("before", "after") if args.mode == "both" else (args.mode,)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = make_inputs(folder, args.quick)
        ledger = make_ledger(folder, 2000 if args.quick else 10000)
        sizes = {suffix: path.stat().st_size for suffix, path in files.items()} | {"ledger.xlsx": ledger.stat().st_size}
        results: dict[str, Any] = {"bytes": sizes}
        for mode in modes:
            # each mode in its own run of the loop, the "before" patch undone for "after"
            results[mode] = _isolated(run, mode, files, ledger, folder, args.gc_freeze)
    print(json.dumps(results, ensure_ascii=False))
    return 0


def in_a_thread(owner: Any, target: Callable[..., Any], *args: Any, on_done: Callable[[Any], object],
                on_error: Callable[[BaseException], object]) -> Any:
    """start_process_job as it was before issue 15: the same function in a worker thread."""
    from ui.common.runner import start_job

    return start_job(owner, lambda *, job: target(*args, progress=lambda done, total: True),
                     on_done=on_done, on_error=on_error)


def _isolated(fn: Callable[..., dict[str, Any]], mode: str, *args: Any) -> dict[str, Any]:
    import ui.importing.loading as loading
    import ui.library.activity_panel as activity_panel

    saved = (loading.in_worker_process, activity_panel.start_process_job)
    try:
        return fn(mode, *args)
    finally:
        loading.in_worker_process, activity_panel.start_process_job = saved


if __name__ == "__main__":
    sys.exit(main())
