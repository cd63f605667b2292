"""The review room on a 300-page report (issue 12), in a real window (offscreen): the comparison
dialog (compare + render + tree marks), the review of a .docx with 500 tracked changes run off
the GUI thread (the longest the event loop stalled meanwhile), and the review dialog's list of
them. Prints a JSON line last."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication
from review import big_report

from app.cli.report_cmds import export_stored
from app.store import Store
from tests.app.review.reviewer import ReviewedDocx
from ui.editor.controller import ReportController
from ui.main import install_rooms
from ui.review.review_dialog import ReviewDialog
from ui.window.main_window import MainWindow


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    report = big_report()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "data")
        rid = store.reports.insert(report)
        path = export_stored(store, store.reports.load(rid), Path(tmp) / "稿.docx")
        # the clerk's own edits since: every fifth section's first paragraph
        live = store.reports.load(rid)
        edits = 0
        for k, section in enumerate(live.all_sections()):
            if k % 5 == 0 and section.paragraphs and len(section.paragraphs[0]) > 14:
                section.paragraphs[0] = section.paragraphs[0][:10] + "〔改〕" + section.paragraphs[0][14:]
                store.reports.update_section(section)
                edits += 1
        doc = ReviewedDocx(path)
        doc.sprinkle_insertions(40, "王局长", 500, set(report.preamble) | set(report.closing))
        reviewed = doc.save(Path(tmp) / "改.docx")

        controller = ReportController(store)
        window = MainWindow(controller, store.settings)
        rooms = install_rooms(window)
        controller.open_report(rid)
        window.show()
        app.processEvents()

        started = time.perf_counter()
        dialog = rooms.review.compare()
        app.processEvents()
        compare_dialog_s = time.perf_counter() - started
        assert dialog is not None
        listed = dialog.view.list.count()
        marked = len(window.tree.tree_model.changed_ids())
        started = time.perf_counter()
        for _ in range(20):
            dialog.view.next_change()
        step_ms = (time.perf_counter() - started) / 20 * 1000
        dialog.close()

        # the event loop's longest stall while the review runs in the worker
        clock = QElapsedTimer()
        stalls: list[int] = []
        ticker = QTimer()
        ticker.setInterval(10)

        def tick() -> None:
            stalls.append(clock.restart())

        ticker.timeout.connect(tick)
        clock.start()
        ticker.start()
        started = time.perf_counter()
        review = rooms.review._review(reviewed, None)
        review_s = time.perf_counter() - started
        ticker.stop()
        assert review is not None
        started = time.perf_counter()
        review_dialog = ReviewDialog(controller, review, lambda _a: None, window)
        review_dialog.show()
        app.processEvents()
        list_s = time.perf_counter() - started
        rows = review_dialog.table.topLevelItemCount()
        review_dialog.close()
        window.close()
        store.close()
    result = {"edits": edits, "compare_listed": listed, "sections_marked": marked,
              "compare_dialog_s": round(compare_dialog_s, 3), "step_ms": round(step_ms, 1),
              "review_changes": len(review.changes), "review_s": round(review_s, 3),
              "longest_gui_stall_ms": max(stalls[1:], default=0), "review_list_rows": rows,
              "review_list_s": round(list_s, 3),
              "ok": listed == edits and rows == len(review.changes) and compare_dialog_s < 1.5 and list_s < 1}
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
