"""Two one-off GUI events of issue 15, measured alone: 确定导入 of the 300-page benchmark report
(~1,500 headings) — storing it, opening it, expanding its tree — and the first opening of the 检查
dock (building the checks panel). A 10 ms heartbeat gives the largest wall-clock gap between two
beats and the largest GUI-thread CPU time between two beats (time.thread_time: what the GUI
thread itself did, whatever else runs on the machine).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/confirm_events.py [--profile]

JSON on the last line; --profile prints the 25 costliest functions of each event on stderr.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import json
import os
import pstats
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QDialog, QDockWidget  # noqa: E402


def measure(beat: Any, name: str, action: Any, profile: bool) -> dict[str, Any]:
    from import_gui import spin

    profiler = cProfile.Profile() if profile else None
    beat.start(name)
    if profiler is not None:
        profiler.enable()
    result = action()
    spin(1.5)  # the steps left for later turns of the event loop run here, under the heartbeat
    if profiler is not None:
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(25)
    return {**beat.stop(), "result": str(result)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    from import_gui import Heartbeat, open_window, spin

    import ui.importing.room as import_room

    report = importlib.import_module("import").big_report()
    results: dict[str, Any] = {"sections": len(report.all_sections())}
    with tempfile.TemporaryDirectory() as tmp:
        store, window, rooms = open_window(Path(tmp))
        spin(4.0)  # past start-up's idle steps (the print preview's and the checks panel's imports)
        beat = Heartbeat()

        def accept(*args: object, **kwargs: object) -> QDialog.DialogCode:
            """The preview accepted at once: from here on is what follows 确定导入."""
            beat.beat()
            beat.phase = "confirm"
            return QDialog.DialogCode.Accepted

        import_room.run_modal = accept
        try:
            confirm = measure(beat, "preview", lambda: rooms.importing._preview_and_store(report), args.profile)
            results["confirm_import"] = {k: v for k, v in confirm.items() if not k.startswith("preview")}
            results["tree_rows_expanded"] = sum(
                1 for s in window.controller.report.all_sections() if s.children
                and window.tree.isExpanded(window.tree.tree_model.index_for_id(s.id)))
            dock = next(d for d in window.findChildren(QDockWidget) if d.objectName().endswith("检查")
                        or "检查" in d.windowTitle())
            results["first_checks_dock"] = measure(beat, "checks", dock.show, args.profile)
        finally:
            beat.close()
            window.close()
            store.close()
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
