"""The incremental panels and keystrokes of issue 15 item 2/3/4, in a real window (offscreen):
GUI-thread time per keystroke in a 50,000-character section (with the ledger and checks panels
open), opening the 活动台账 panel over 10,000 activities and updating it after an edit, and
updating the 检查 list of 1,000+ findings when one changes; then typing in a 300-page report with
the ledger panel (coverage on) and the checks panel (~2,700 findings, run in the worker process)
open: the largest heartbeat gap, and the GUI thread's CPU time in each panel handler.
Prints a JSON line last.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/panels.py [--only-typing]"""

from __future__ import annotations

import dataclasses
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.checks import Finding, Severity
from app.library.activities import Activity, ActivityLedger
from app.model import Part, Report, Section
from app.store import Store
from ui.editor.controller import ReportController
from ui.main import install_rooms
from ui.window.main_window import MainWindow

SENTENCE = "我局坚持以习近平法治思想为指导，深入推进严格规范公正文明执法，全年办理行政执法案件{}件。"


def big_section_report(characters: int = 50_000) -> Report:
    paragraphs: list[str] = []
    size = 0
    n = 0
    while size < characters:
        paragraph = "".join(SENTENCE.format(n * 7 + k) for k in range(5))
        paragraphs.append(paragraph)
        size += len(paragraph)
        n += 1
    big = Section(heading="深入推进严格规范公正文明执法", part=Part.MEASURES, paragraphs=paragraphs)
    others = [Section(heading=f"第{k}项工作", part=Part.MEASURES, paragraphs=[SENTENCE.format(k)]) for k in range(20)]
    return Report(title="2024年法治政府建设情况报告", organization="某市统计局", year=2024, sections=[big, *others])


_PLACES = ("社区", "街道", "企业", "学校", "机关", "乡镇", "园区", "窗口", "村居", "商户")
_TOPICS = ("统计法", "民法典", "安全生产法", "行政处罚法", "宪法", "保密法", "优化营商环境条例", "信访条例",
           "数据安全法", "政府信息公开条例", "统计调查项目管理办法", "防范和惩治统计造假")
_KINDS = ("宣传周", "专题培训", "执法检查", "座谈交流", "知识竞赛", "送法上门", "案卷评查", "专项督查")


def activities(count: int) -> list[Activity]:
    """Ledger rows with varied titles, as a real ledger has (not one title numbered 10,000 times)."""
    out = []
    for k in range(count):
        title = f"{_TOPICS[k % 12]}{_KINDS[(k // 12) % 8]}进{_PLACES[(k // 96) % 10]}（第{k // 960 + 1}批）"
        out.append(Activity(year=2024, date_text=f"{k % 12 + 1}月{k % 28 + 1}日", title=title,
                            category=("普法宣传", "执法监督", "其他")[k % 3], description=f"发放资料{k}份",
                            part=Part.MEASURES))
    return out


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def longest_block(app: QCoreApplication, action: Callable[[], object], done: Callable[[], bool],
                  timeout_s: float = 60.0) -> tuple[float, float]:
    """Run `action`, then spin the event loop until `done()`: (the longest the GUI thread went
    without returning to the loop, the total time), both in ms."""
    longest = 0.0
    started = last = time.perf_counter()
    action()
    now = time.perf_counter()
    longest = now - last
    last = now
    while not done() and now - started < timeout_s:
        app.processEvents()
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now
    return ms(longest), ms(time.perf_counter() - started)


class HandlerClock:
    """Wraps methods of live objects: the CPU time (time.thread_time, which other processes and
    threads do not inflate) and wall time of each call on the GUI thread, the worst kept per name."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = {}
        self.wall: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def wrap(self, owner: object, method: str, name: str) -> None:
        real = getattr(owner, method)

        def timed(*args: object, **kwargs: object) -> object:
            cpu, wall = time.thread_time(), time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                self.cpu[name] = max(self.cpu.get(name, 0.0), time.thread_time() - cpu)
                self.wall[name] = max(self.wall.get(name, 0.0), time.perf_counter() - wall)
                self.calls[name] = self.calls.get(name, 0) + 1

        setattr(owner, method, timed)

    def figures(self) -> dict[str, object]:
        return {name: {"cpu_ms": ms(self.cpu[name]), "wall_ms": ms(self.wall[name]), "calls": self.calls[name]}
                for name in sorted(self.cpu)}


def typing_with_panels_open(app: QCoreApplication) -> dict[str, object]:
    """The bench/responsiveness.py scenarios typing_ledger_open and typing_checks_open at once, with
    the coverage marks on, measured by handler."""
    from export import generate
    from responsiveness import Heartbeat, spin, type_into

    out: dict[str, object] = {}
    report = generate(300)
    report.sections.append(Section("长段落", part=report.sections[-1].part, paragraphs=["统计执法检查，" * 7143]))
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "data")
        ActivityLedger(store.db).add_many(
            Activity(year=2024, date_text=f"{i % 12 + 1}月{i % 28 + 1}日", title=f"开展第{i}次执法检查",
                     description="双随机一公开执法检查，培训干部职工" * 3, category="执法") for i in range(10_000))
        rid = store.reports.insert(report)
        controller = ReportController(store)
        window = MainWindow(controller, store.settings)
        rooms = install_rooms(window)
        window.resize(1400, 900)
        window.show()
        controller.open_report(rid)
        spin(1.0)
        library, checks_room = rooms.library, rooms.checks
        library.activity_dock.show()
        checks_room.checks_dock.show()
        spin(1.0)
        ledger_panel, checks = library.activity_panel, checks_room.checks_panel
        assert ledger_panel is not None and checks is not None
        ledger_panel.coverage_check.setChecked(True)
        started = time.perf_counter()
        while (checks.running or "条报告未提及" not in ledger_panel.status.text() or ledger_panel.row_count() < 10_000) \
                and time.perf_counter() - started < 60:
            spin(0.05)
        out["panels_ready_s"] = round(time.perf_counter() - started, 2)
        clock = HandlerClock()
        clock.wrap(ledger_panel, "_coverage_due", "ledger_coverage_after_pause")
        clock.wrap(checks, "_due", "checks_send_after_pause")
        clock.wrap(checks, "_job_done", "checks_show_findings")
        assert checks_room.service is not None
        clock.wrap(checks_room.service, "_poll", "checks_poll_worker")
        sections = [s.id for s in controller.report.sections if s.paragraphs]  # type: ignore[union-attr]
        body = window.editor.body
        beat = Heartbeat()
        beat.start()
        for section_id in (sections[len(sections) // 3], sections[len(sections) // 4]):
            controller.select_section(section_id or -1)
            spin(0.2)
            body.moveCursor(body.textCursor().MoveOperation.End)
            for _ in range(2):  # a burst of typing, then a pause the panels answer
                type_into(body, "进一步加强统计执法检查工作")
                spin(1.6)
        out["typing_panels_open_gap_ms"] = beat.stop()
        out["handlers"] = clock.figures()
        out["checks_findings"] = len(checks.findings())
        out["checks_worker_run_ms"] = round(checks_room.service.last_run_ms, 1)
        out["checks_sections_sent"] = checks_room.service.sent_sections
        out["unmentioned"] = ledger_panel.model.unmentioned_count()
        controller.flush()
        window.close()
        store.close()
    return out


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if "--only-typing" in sys.argv:
        print(json.dumps(typing_with_panels_open(app), ensure_ascii=False))
        return
    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "data")
        ActivityLedger(store.db).add_many(activities(10_000))
        rid = store.reports.insert(big_section_report())
        controller = ReportController(store)
        window = MainWindow(controller, store.settings)
        rooms = install_rooms(window)
        window.resize(1400, 900)
        window.show()
        controller.open_report(rid)
        app.processEvents()
        report = controller.report
        assert report is not None
        controller.select_section(report.sections[0].id or -1)
        app.processEvents()

        # --- the ledger panel: opening over 10,000 activities ------------------------------------
        library = rooms.library

        def shown() -> None:
            library.activity_dock.show()
            library.activity_dock.raise_()

        def panel_full() -> bool:
            return library.activity_panel is not None and library.activity_panel.row_count() >= 10_000

        out["ledger_open_longest_block_ms"], out["ledger_open_total_ms"] = longest_block(app, shown, panel_full)
        panel = library.activity_panel
        assert panel is not None
        out["coverage_on_longest_block_ms"], out["coverage_on_total_ms"] = longest_block(
            app, lambda: panel.coverage_check.setChecked(True), lambda: "条报告未提及" in panel.status.text())
        controller.apply_text(report.sections[3], report.sections[3].heading,
                              [*report.sections[3].paragraphs, "4月，开展民法典宣传周进社区活动。"])
        started = time.perf_counter()
        panel._coverage_due()  # what the typing pause's timer runs
        app.processEvents()
        out["ledger_update_after_edit_ms"] = ms(time.perf_counter() - started)
        ledger = ActivityLedger(store.db)
        added = ledger.add(Activity(year=2024, date_text="12月1日", category="其他", title="新增的一条活动"))
        panel.coverage_check.setChecked(False)
        app.processEvents()
        out["ledger_update_after_add_longest_block_ms"], out["ledger_update_after_add_total_ms"] = longest_block(
            app, panel.after_change, lambda: panel.row_count() == 10_001)
        assert added.id is not None

        # --- the checks panel: 1,000+ findings, one changes -------------------------------------
        rooms.checks.checks_dock.show()
        app.processEvents()
        checks = rooms.checks.checks_panel
        assert checks is not None
        findings = [Finding(kind="punctuation", severity=(Severity.ERROR, Severity.WARNING, Severity.INFO)[k % 3],
                            message=f"第{k}处标点重复", section="一、", excerpt=f"例{k}", section_id=report.sections[0].id,
                            key=f"punctuation:{k}") for k in range(1100)]
        checks._show(findings)
        app.processEvents()
        changed = [*findings[:500], dataclasses.replace(findings[500], message="改过的一处"), *findings[501:]]
        started = time.perf_counter()
        checks._show(changed)
        app.processEvents()
        out["findings_update_1100_ms"] = ms(time.perf_counter() - started)
        started = time.perf_counter()
        checks._show(findings[:-1])
        app.processEvents()
        out["findings_remove_one_1100_ms"] = ms(time.perf_counter() - started)

        # --- keystrokes in the 50,000-character section, panels open ------------------------------
        editor = window.editor
        body = editor.body
        body.setFocus()
        cursor = body.textCursor()
        cursor.setPosition(len(body.toPlainText()) // 2)
        body.setTextCursor(cursor)
        times: list[float] = []
        for k in range(120):
            char = "法" if k % 10 else "。"
            started = time.perf_counter()
            QApplication.sendEvent(body, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))
            QApplication.sendEvent(body, QKeyEvent(QEvent.Type.KeyRelease, 0, Qt.KeyboardModifier.NoModifier, char))
            app.processEvents()
            times.append(time.perf_counter() - started)
        out["section_characters"] = sum(len(p) for p in report.sections[0].paragraphs)
        out["keystroke_median_ms"] = ms(statistics.median(times))
        out["keystroke_p95_ms"] = ms(sorted(times)[int(len(times) * 0.95)])
        out["keystroke_max_ms"] = ms(max(times))
        controller.flush()
        window.close()
        store.close()
    out.update(typing_with_panels_open(app))
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
