"""确定导入 of a long report: storing, opening and expanding its tree run in separate turns of the
event loop (issue 15: none of them one block over ~40 ms), and the clerk ends up with what a
short report gives at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

import ui.importing.room as import_room
from app import workflows
from app.export.txt_writer import report_text
from app.model import Report, Section
from tests.ui.conftest import answer_box
from ui.editor.section_tree import EXPAND_LATER_SECTIONS, SectionTree


def accept_dialog(dialog: QWidget) -> None:
    assert isinstance(dialog, QDialog)
    dialog.accept()


def long_report(tops: int, middles: int, leaves: int) -> Report:
    return Report(title="某局2024年法治政府建设情况报告", organization="某局", year=2024, sections=[
        Section(heading=f"第{t}方面工作情况", paragraphs=[f"概述{t}。"], children=[
            Section(heading=f"工作{t}-{m}", paragraphs=[f"做法{m}。"], children=[
                Section(heading=f"事项{t}-{m}-{leaf}", paragraphs=[f"第{leaf}项具体内容。"]) for leaf in range(leaves)])
            for m in range(middles)])
        for t in range(tops)])


def test_a_long_report_is_stored_then_opened_then_expanded_on_later_turns(app_window, qtbot, monkeypatch,
                                                                         tmp_path: Path) -> None:
    report = long_report(6, 8, 7)  # 390 sections
    assert len(report.all_sections()) > max(EXPAND_LATER_SECTIONS, import_room.OPEN_LATER_SECTIONS)
    path = tmp_path / "长报告.txt"
    path.write_text(report_text(report), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    controller, tree = app_window.controller, app_window.tree
    events: list[str] = []
    store_report = workflows.import_report

    def storing(*args: object, **kwargs: object) -> int:
        events.append("stored")
        return store_report(*args, **kwargs)  # type: ignore[arg-type]

    expand_all = SectionTree.expandAll

    def expanding(view: SectionTree) -> None:
        events.append("expanded")
        expand_all(view)

    open_report = controller.open_report

    def opening(*args: object, **kwargs: object) -> None:
        events.append("opening")
        open_report(*args, **kwargs)
        events.append("opened")

    monkeypatch.setattr(workflows, "import_report", storing)
    monkeypatch.setattr(SectionTree, "expandAll", expanding)
    monkeypatch.setattr(controller, "open_report", opening)
    answer_box(accept_dialog)
    report_id = app_window.rooms.importing.import_file()
    assert report_id is not None
    assert events == ["stored"] and controller.report is None  # the rest waits for the next turns
    qtbot.waitUntil(lambda: "expanded" in events)
    assert events == ["stored", "opening", "opened", "expanded"]  # each in a turn of its own

    # the end state: as a short report is right after the action
    opened = controller.report
    assert opened is not None and opened.id == report_id
    assert [s.heading for s in opened.all_sections()] == [s.heading for s in report.all_sections()]
    assert all(s.id is not None and controller.section(s.id) is s for s in opened.all_sections())
    loaded = app_window.store.reports.load(report_id)
    assert [(s.id, s.heading, s.paragraphs) for s in loaded.all_sections()] == \
        [(s.id, s.heading, s.paragraphs) for s in opened.all_sections()]
    assert [s.label for s in app_window.store.snapshots.for_report(report_id)] == [workflows.IMPORT_SNAPSHOT]
    model = tree.tree_model
    assert all(tree.isExpanded(model.index_for_id(s.id)) for s in opened.all_sections() if s.children)
    first = opened.sections[0]
    assert controller.current_section_id() == first.id
    assert tree.currentIndex().siblingAtColumn(0) == model.index_for_id(first.id)
    assert f"（{len(report.all_sections())} 节）" in app_window.window.statusBar().currentMessage()


def test_a_report_opened_again_before_its_tree_expanded_is_expanded_once(app_window, qtbot) -> None:
    """A deferred expansion belongs to the report it was made for: opening another one first
    (here: the same one again) leaves one expansion, for the report open."""
    store, controller, tree = app_window.store, app_window.controller, app_window.tree
    report_id = store.reports.insert(long_report(4, 8, 10))
    expansions: list[int] = []
    expand_all = tree.expandAll

    def expanding() -> None:
        expansions.append(1)
        expand_all()

    tree.expandAll = expanding
    controller.open_report(report_id)
    controller.open_report(report_id)
    qtbot.waitUntil(lambda: bool(expansions))
    qtbot.wait(50)
    assert expansions == [1]
    assert controller.report is not None
    assert all(tree.isExpanded(tree.tree_model.index_for_id(s.id)) for s in controller.report.all_sections()
               if s.children)


def test_a_report_of_few_headings_and_much_text_opens_on_a_later_turn(app_window, qtbot, monkeypatch,
                                                                       tmp_path: Path) -> None:
    report = long_report(5, 2, 0)
    for section in report.all_sections():
        section.paragraphs = ["依法行政，严格执法，" * (import_room.OPEN_LATER_CHARACTERS // 150)] * 2
    assert len(report.all_sections()) < import_room.OPEN_LATER_SECTIONS
    path = tmp_path / "长文.txt"
    path.write_text(report_text(report), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    answer_box(accept_dialog)
    report_id = app_window.rooms.importing.import_file()
    assert report_id is not None and app_window.controller.report is None
    qtbot.waitUntil(lambda: app_window.controller.report is not None)
    opened = app_window.controller.report
    assert opened is not None and opened.id == report_id
