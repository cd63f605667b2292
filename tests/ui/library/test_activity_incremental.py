"""The 活动台账 panel changes only the rows that changed, keeps the selection, reads coverage for the
edited section only, and does nothing while hidden (issue 15 item 2)."""

from __future__ import annotations

import dataclasses

import pytest

from app.library.activities import Activity, ActivityLedger
from app.model import Part, Report, Section
from ui.library import activity_panel as panel_module
from ui.library.activity_panel import ActivityPanel


def _report() -> Report:
    return Report(title="2024年法治政府建设情况报告", organization="某局", year=2024,
                  sections=[Section("主要举措和成效", ["4月3日，组织召开警示教育大会。"], part=Part.MEASURES, id=1),
                            Section("不足和原因", ["执法力量不足。"], part=Part.SHORTCOMINGS, id=2)])


TITLES = ["宪法宣传周活动", "民法典进社区宣讲", "统计法律知识竞赛", "安全生产执法检查", "行政执法案卷评查",
          "优化营商环境座谈"]


class Signals:
    """Counts what the model tells the view."""

    def __init__(self, model) -> None:
        self.counts = {"reset": 0, "inserted": 0, "removed": 0, "changed": 0}
        model.modelReset.connect(lambda: self._add("reset"))
        model.rowsInserted.connect(lambda *_: self._add("inserted"))
        model.rowsRemoved.connect(lambda *_: self._add("removed"))
        model.dataChanged.connect(lambda *_: self._add("changed"))

    def _add(self, name: str) -> None:
        self.counts[name] += 1


@pytest.fixture
def panel(qtbot, store):
    ledger = ActivityLedger(store.db)
    ledger.add_many([Activity(year=2024, date_text=f"{m}月1日", title=title) for m, title in enumerate(TITLES, start=1)])
    report = _report()
    widget = ActivityPanel(store, lambda: report)
    widget.report = report  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.row_count() == 6)
    return widget


def titles(panel: ActivityPanel) -> list[str]:
    return [panel.model.index(row, 2).data() for row in range(panel.row_count())]


def test_add_edit_delete_touch_one_row_and_keep_the_selection(panel: ActivityPanel, store) -> None:
    ledger = ActivityLedger(store.db)
    panel.set_current_row(3)
    chosen = panel.current_activity()
    signals = Signals(panel.model)

    ledger.add(Activity(year=2024, date_text="2月15日", title="新增的宪法宣传"))
    panel.after_change()
    assert panel.model.rows_touched == 1 and signals.counts == {"reset": 0, "inserted": 1, "removed": 0, "changed": 0}
    assert titles(panel)[2] == "新增的宪法宣传"
    assert panel.current_activity().id == chosen.id               # the same activity, one row further down

    edited = dataclasses.replace(ledger.get(titles_id(panel, "行政执法案卷评查")), title="行政执法案卷评查（改）")
    ledger.update(edited)
    panel.after_change()
    assert panel.model.rows_touched == 1 and signals.counts["changed"] == 1 and signals.counts["reset"] == 0
    assert "行政执法案卷评查（改）" in titles(panel)

    ledger.delete(titles_id(panel, "宪法宣传周活动"))
    panel.after_change()
    assert panel.model.rows_touched == 1 and signals.counts["removed"] == 1 and signals.counts["reset"] == 0
    assert panel.current_activity().id == chosen.id
    assert len(titles(panel)) == 6


def titles_id(panel: ActivityPanel, title: str) -> int:
    row = titles(panel).index(title)
    activity = panel.model.activity(row)
    assert activity is not None and activity.id is not None
    return activity.id


def test_a_hidden_panel_reads_nothing_and_catches_up(qtbot, panel: ActivityPanel, store, monkeypatch) -> None:
    reads: list[object] = []
    real = panel.ledger.activity_ids
    monkeypatch.setattr(panel.ledger, "activity_ids", lambda *a, **k: (reads.append(a), real(*a, **k))[1])
    panel.hide()
    ActivityLedger(store.db).add(Activity(year=2024, date_text="12月1日", title="年底的一次活动"))
    panel.reload()
    panel.refresh()
    panel.note_section_changed(1)
    qtbot.wait(50)
    assert reads == [] and not panel._coverage_timer.isActive()
    panel.show()
    qtbot.waitUntil(lambda: panel.row_count() == 7)
    assert len(reads) == 1 and "年底的一次活动" in titles(panel)


def test_coverage_reads_only_the_edited_section(qtbot, panel: ActivityPanel, monkeypatch) -> None:
    panel.coverage_check.setChecked(True)
    assert panel.model.unmentioned_count() == 6 and panel.coverage.builds == 1
    monkeypatch.setattr(panel_module, "COVERAGE_DELAY_MS", 0)
    panel._coverage_timer.setInterval(0)
    read: list[str] = []
    index = panel.coverage._index
    real = index.update_section
    monkeypatch.setattr(index, "update_section", lambda section: (read.append(section.heading), real(section)))
    report = panel.report  # type: ignore[attr-defined]
    report.sections[1].paragraphs.append("开展统计法律知识竞赛。")
    repainted: list[int] = []
    panel.model.dataChanged.connect(lambda top, bottom, *_: repainted.extend(range(top.row(), bottom.row() + 1)))
    panel.note_section_changed(2)
    qtbot.waitUntil(lambda: panel.model.unmentioned_count() == 5)
    assert read == ["不足和原因"] and panel.coverage.builds == 1
    assert [panel.model.index(r, 2).data() for r in repainted] == ["统计法律知识竞赛"]  # the one row that flipped
    flags = {panel.model.index(r, 2).data(): panel.model.index(r, 0).data(panel_module.UNMENTIONED_ROLE)
             for r in range(panel.row_count())}
    assert flags["统计法律知识竞赛"] is False and flags["安全生产执法检查"] is True


def test_a_long_ledger_is_shown_a_slice_at_a_time(qtbot, panel: ActivityPanel, store, monkeypatch) -> None:
    monkeypatch.setattr(panel_module, "LOAD_SLICE", 4)
    ActivityLedger(store.db).add_many([Activity(year=2024, date_text="5月2日", title=f"批量活动{k}") for k in range(30)])
    turns: list[int] = []
    real = panel._convert
    monkeypatch.setattr(panel, "_convert", lambda g, ids, done, *rest: (turns.append(len(done)), real(g, ids, done, *rest)))
    with qtbot.waitSignal(panel.loaded, timeout=3000):
        panel.refresh()
    assert panel.row_count() == 36 and len(turns) >= 9                   # 36 rows, 4 per turn
    assert titles(panel).count("批量活动7") == 1


def test_a_long_ledger_builds_coverage_a_step_at_a_time(qtbot, panel: ActivityPanel, monkeypatch) -> None:
    from ui.library import activity_coverage

    monkeypatch.setattr(activity_coverage, "BUILD_STEPWISE", 2)
    panel.coverage_check.setChecked(True)
    assert panel.status.text() == "正在查找报告未提及的活动…" and panel.coverage.builds == 0
    report = panel.report  # type: ignore[attr-defined]
    report.sections[0].paragraphs.append("举办宪法宣传周活动。")   # typed while the worker builds
    panel.note_section_changed(1)
    qtbot.waitUntil(lambda: panel.coverage.builds == 1, timeout=3000)
    qtbot.waitUntil(lambda: "条报告未提及" in panel.status.text(), timeout=3000)
    assert panel.model.unmentioned_count() == 5                         # the edit made meanwhile counts
    flags = {panel.model.index(r, 2).data(): panel.model.index(r, 0).data(panel_module.UNMENTIONED_ROLE)
             for r in range(panel.row_count())}
    assert flags["宪法宣传周活动"] is False


def test_adding_and_editing_here_reads_only_those_rows(qtbot, panel: ActivityPanel, monkeypatch) -> None:
    from tests.ui.conftest import answer_box, type_text

    asked: list[int] = []
    real = panel.ledger.by_ids
    monkeypatch.setattr(panel.ledger, "by_ids", lambda ids: (asked.extend(ids), real(ids))[1])

    def fill(dialog) -> None:
        dialog.title_edit.clear()
        type_text(dialog.title_edit, "新办的普法讲座")
        dialog.accept()

    answer_box(fill)
    panel.add_activity()
    qtbot.waitUntil(lambda: "新办的普法讲座" in titles(panel))
    added = next(a for a in panel.model.activities() if a.title == "新办的普法讲座")
    assert asked == [added.id] and panel.row_count() == 7          # the new row, not the six listed
    asked.clear()
    panel.set_current_row(panel.model.row_of(added.id))

    def rename(dialog) -> None:
        dialog.title_edit.clear()
        type_text(dialog.title_edit, "新办的普法讲座（改）")
        dialog.accept()

    answer_box(rename)
    panel.edit_current()
    qtbot.waitUntil(lambda: "新办的普法讲座（改）" in titles(panel))
    assert asked == [added.id] and panel.row_count() == 7


def test_a_slice_due_after_the_panel_went_is_dropped(qtbot, store, monkeypatch) -> None:
    """The ledger is read a slice per turn; a panel deleted mid-read (the window closed) must not
    read on from a library that is closed by then."""
    monkeypatch.setattr(panel_module, "LOAD_SLICE", 2)
    ActivityLedger(store.db).add_many([Activity(year=2024, date_text="1月1日", title=t) for t in TITLES])
    report = _report()
    widget = ActivityPanel(store, lambda: report)
    widget.show()
    read: list[int] = []
    original = widget.ledger.by_ids
    monkeypatch.setattr(widget.ledger, "by_ids", lambda ids: read.append(len(ids)) or original(ids))
    widget.refresh()  # more than one slice: the first is due on the next turn
    widget.deleteLater()
    qtbot.wait(50)
    assert read == []
