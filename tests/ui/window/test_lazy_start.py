"""Start-up that does not grow with the library: nothing before the window is shown reads the whole
report (its total count is made in slices afterwards), the whole library (the recent list reads
only the recent reports; the daily quick_check runs in the background) or a hidden panel's data;
a panel the saved layout brings back open is built only once the window is up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from app.counting import count_report
from app.library.activities import Activity, ActivityLedger
from app.library.phrases import Phrase, PhraseLibrary
from app.model import Part, Report, Section
from app.store import Store, integrity
from app.store.backup import backups
from tests.ui.conftest import answer_box
from ui.editor.controller import ReportController
from ui.main import Rooms, install_rooms, reopen_last
from ui.window import report_total
from ui.window.geometry import save_geometry
from ui.window.main_window import MainWindow
from ui.window.store_opening import open_library
from ui.window.upkeep import Upkeep


def _report(sections: int) -> Report:
    report = Report(title="某某区统计局2024年法治政府建设情况报告", organization="某某区统计局", year=2024)
    for top in range(sections // 10):
        section = Section(f"第{top + 1}部分", ["依法开展统计执法检查，严格规范公正文明执法。" * 5], part=Part(top % 5 + 1))
        section.children = [Section(f"第{i + 1}项", [f"培训{i}次，检查{top}家企业。" * 8]) for i in range(9)]
        report.sections.append(section)
    return report


def _library(directory: Path, sections: int = 120) -> int:
    with Store(directory) as store:
        report_id = store.reports.insert(_report(sections))
        store.settings.set("last_report", report_id)
    return report_id


def _start(directory: Path, qtbot,
           trace: Callable[[str], object] | None = None) -> tuple[Store, ReportController, MainWindow, Rooms]:
    """As ui.main.run_app starts, without its event loop: the test drives the events. `trace`
    receives every SQL statement run on the window's connection from the start on."""
    store = Store(directory)
    store.db.conn.set_trace_callback(trace)
    controller = ReportController(store)
    window = MainWindow(controller, store.settings)
    qtbot.addWidget(window)
    rooms = install_rooms(window)
    reopen_last(controller)
    return store, controller, window, rooms


def test_the_report_total_is_counted_in_slices_after_the_window_is_shown(data_dir: Path, qtbot,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _library(data_dir)
    monkeypatch.setattr(report_total, "SLICE_S", 0.0)  # one section a slice: the slicing is seen
    store, controller, window, _rooms = _start(data_dir, qtbot)
    whole_report_calls: list[bool] = []
    real_report_counts = controller.report_counts

    def report_counts():
        whole_report_calls.append(window.isVisible())
        return real_report_counts()
    monkeypatch.setattr(controller, "report_counts", report_counts)
    try:
        window.show()
        assert controller.report is not None
        assert not window.report_total.ready and window.report_count_label.text() == ""
        qtbot.waitUntil(lambda: window.report_total.ready, timeout=5000)
        sections = len(controller.report.all_sections())
        assert window.report_total.slices == sections, "one event-loop turn per section, not one long call"
        assert whole_report_calls and all(whole_report_calls), "no whole-report count before the window shows"
        total = count_report(controller.report).characters
        assert window.report_count_label.text() == f"全文 {total:,} 字"
    finally:
        window.close()
        store.close()


def test_the_total_follows_typing_once_counted_and_restarts_for_another_report(data_dir: Path, qtbot) -> None:
    _library(data_dir, sections=20)
    store, controller, window, _rooms = _start(data_dir, qtbot)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.report_total.ready, timeout=5000)
        assert controller.report is not None
        section = controller.report.sections[0].children[0]
        assert section.id is not None
        controller.set_section_text(section.id, section.heading, [*section.paragraphs, "新增八个汉字内容"])
        QApplication.processEvents()
        assert window.report_count_label.text() == f"全文 {count_report(controller.report).characters:,} 字"
        other = store.reports.insert(_report(10))
        controller.open_report(other)
        assert not window.report_total.ready  # counted afresh, in slices, for the new report
        qtbot.waitUntil(lambda: window.report_total.ready, timeout=5000)
        assert window.report_count_label.text() == f"全文 {count_report(controller.report).characters:,} 字"
    finally:
        window.close()
        store.close()


def test_hidden_panels_query_nothing_at_start(data_dir: Path, qtbot) -> None:
    _library(data_dir)
    with Store(data_dir) as store:
        PhraseLibrary(store.db).add_many([Phrase(text=f"坚持依法行政第{i}条") for i in range(50)])
        ActivityLedger(store.db).add_many(Activity(year=2024, date_text="4月3日", title=f"执法检查{i}") for i in range(50))
    statements: list[str] = []
    store, controller, window, rooms = _start(data_dir, qtbot, trace=statements.append)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.report_total.ready, timeout=5000)
        QApplication.processEvents()
        assert rooms.library.phrase_panel is None and rooms.library.activity_panel is None
        assert rooms.checks.checks_panel is None
        library_reads = [s for s in statements if "activities" in s or "phrase" in s]
        assert library_reads == [], "a hidden panel read the library at start"
        assert not [s for s in statements if "FROM reports" in s and "WHERE" not in s], "every report was read"
        rooms.library.activity_dock.show()  # asked for: built and filled then
        qtbot.waitUntil(lambda: rooms.library.activity_panel is not None, timeout=5000)
        qtbot.waitUntil(lambda: any("activities" in s for s in statements), timeout=5000)
    finally:
        window.close()
        store.close()


def test_a_panel_left_open_is_built_only_after_the_window_is_shown(data_dir: Path, qtbot) -> None:
    _library(data_dir)
    store, controller, window, rooms = _start(data_dir, qtbot)
    window.show()
    rooms.checks.checks_dock.show()
    rooms.library.activity_dock.show()
    qtbot.waitUntil(lambda: rooms.checks.checks_panel is not None and rooms.library.activity_panel is not None,
                    timeout=5000)
    save_geometry(window, window.splitter, store.settings)
    window.close()
    store.close()

    store, controller, window, rooms = _start(data_dir, qtbot)
    try:
        assert rooms.checks.checks_panel is None and rooms.library.activity_panel is None
        window.show()
        assert rooms.checks.checks_panel is None and rooms.library.activity_panel is None, \
            "the window is shown before any panel is built"
        assert rooms.checks.checks_dock.isVisible() and rooms.library.activity_dock.isVisible()
        QApplication.processEvents()
        built = [rooms.checks.checks_panel is not None, rooms.library.activity_panel is not None]
        assert built.count(True) <= 1, "one panel per turn of the event loop"
        qtbot.waitUntil(lambda: rooms.checks.checks_panel is not None and rooms.library.activity_panel is not None,
                        timeout=5000)
    finally:
        window.close()
        store.close()


def test_the_recent_list_reads_only_the_recent_reports(data_dir: Path) -> None:
    with Store(data_dir) as store:
        ids = [store.reports.insert(_report(10)) for _ in range(4)]
        store.reports.delete(ids[2])
        summaries = store.reports.summaries_of([ids[3], 999, ids[2], ids[0]])
        assert [s.id for s in summaries] == [ids[3], ids[0]]  # in the order asked; none missing or binned
        assert summaries[0].sections == 10
        assert store.reports.summaries_of([]) == []


def _close(box: QWidget) -> None:
    box.close()


def test_the_daily_check_runs_after_the_start_and_damage_is_said_in_a_box(data_dir: Path, qtbot) -> None:
    from tests.app.store.test_integrity import _damage_the_sections_table

    _library(data_dir)
    (data_dir / integrity.CHECK_MARKER).unlink()  # the first start of the day
    _damage_the_sections_table(data_dir)
    opened = open_library(data_dir)
    assert opened is not None, "the opening does not read every page: the window comes up"
    store = opened.store
    window = MainWindow(ReportController(store), store.settings)
    qtbot.addWidget(window)
    try:
        window.show()
        seen = answer_box(_close)
        upkeep = Upkeep(window, store)
        qtbot.waitUntil(lambda: bool(seen), timeout=10000)
        upkeep.finish()
        assert "资料库文件已损坏" in seen[0] and "备份恢复" in seen[0]
        assert backups(data_dir) == [], "no backup is made of a damaged library"
        assert integrity.damage_seen(data_dir)
    finally:
        window.close()
        store.close()

