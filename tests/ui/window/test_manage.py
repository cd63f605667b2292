"""Managing reports from the app: the start dialog's list (drafts first, sources apart, the 回收站)
and its context menu — rename, 另存为新报告, kind, delete, restore, purge, empty the bin — and the
recent menu."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from app.importing import parse_file
from app.model import Report
from app.store import ReportKind
from tests.datafiles import report_file
from tests.ui.conftest import answer_box
from ui.window.recent_menu import recent_groups
from ui.window.start_dialog import StartDialog


def start_dialog(win) -> StartDialog:
    dialog = StartDialog([], win.controller.recent_reports(), "", win.window, manager=win.window.report_manager)
    win.qtbot.addWidget(dialog)
    return dialog


def titles(items) -> list[str]:
    return [i.text(0) for i in items]


def action(dialog: StartDialog, report_id: int, name: str, *, deleted: bool = False):
    item = dialog.list.item_for(report_id)
    assert item is not None
    dialog.list.setCurrentItem(item)
    return next(a for a in dialog.list.context_actions(item) if a.objectName() == name)


def type_title(title: str):
    def answer(dialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(title)
        dialog.accept()
    return answer


def test_drafts_first_sources_apart_and_year_unknown(app_window) -> None:
    store = app_window.store
    source = store.reports.insert(parse_file(report_file("xiqing-tongji-2024.txt")), origin="import")
    no_year = store.reports.insert(Report(title="没有年度的报告"), origin="new")
    draft = app_window.controller.new_report(2025, "某局")
    dialog = start_dialog(app_window)
    groups = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
    assert [g.text(0) for g in groups if not g.isHidden()] == ["草稿（最近打开的在前）", "来源（导入的去年报告）"]
    drafts = dialog.list.report_items()
    assert [i.data(0, 256) for i in drafts[:2]] == [draft, no_year] or drafts[0].data(0, 256) == draft
    assert drafts[0].toolTip(0) == "最近打开过" and "★" not in "".join(titles(drafts))
    assert dialog.list.item_for(no_year).text(1) == "年度未知"
    assert dialog.list.item_for(source).parent() is groups[1]

    # the recent menu: drafts first, sources apart, 年度未知
    app_window.controller.open_report(source)
    app_window.controller.open_report(no_year)
    app_window.window._fill_recent()
    texts = [a.text() for a in app_window.window.recent_menu.actions()]
    assert texts[0] == "没有年度的报告（年度未知）"
    assert texts.index("来源（导入的去年报告）") > texts.index("某局2025年法治政府建设情况报告（2025）")
    assert texts[-1] == "管理报告…"
    drafts_recent, sources_recent = recent_groups(app_window.controller)
    assert [s.id for s in sources_recent] == [source] and {s.id for s in drafts_recent} == {draft, no_year}


def test_rename_copy_kind_delete_restore_purge(app_window) -> None:
    store, controller = app_window.store, app_window.controller
    other = controller.new_report(2024, "某局")
    store.snapshots.take(other, "第一稿")
    current = controller.new_report(2025, "某局")
    dialog = start_dialog(app_window)

    # rename a report that is not open
    answer_box(type_title("去年的草稿"))
    action(dialog, other, "rename").trigger()
    assert store.reports.load(other).title == "去年的草稿"
    assert dialog.list.item_for(other).text(0) == "去年的草稿"
    # rename the open one: through the controller, so the window follows and undo knows
    answer_box(type_title("今年的报告"))
    action(dialog, current, "rename").trigger()
    assert controller.report.title == "今年的报告" and "今年的报告" in app_window.window.windowTitle()
    app_window.window.undo_action.trigger()
    assert store.reports.load(current).title == "某局2025年法治政府建设情况报告"

    # 另存为新报告: a new draft, its own (empty) snapshot history
    answer_box(type_title("去年的草稿 修改版"))
    action(dialog, other, "copy").trigger()
    [copy] = [s for s in store.reports.summaries() if s.title == "去年的草稿 修改版"]
    assert copy.kind is ReportKind.DRAFT and store.snapshots.for_report(copy.id) == []
    assert dialog.list.item_for(copy.id) is not None

    # change the kind: it moves to the sources
    action(dialog, copy.id, "kind").trigger()
    assert store.reports.summary(copy.id).kind is ReportKind.SOURCE
    assert dialog.list.item_for(copy.id).parent().text(0) == "来源（导入的去年报告）"

    # delete the open report: it goes to the 回收站 and the window closes it
    action(dialog, current, "delete").trigger()
    assert controller.report is None and app_window.window.windowTitle() == "成文"
    assert current not in {s.id for s in store.reports.summaries()}
    bin_item = dialog.list.item_for(current)
    assert bin_item.parent().text(0) == "回收站（1）"
    dialog.list.setCurrentItem(bin_item)
    assert dialog.list.current_report_id() is None and not dialog.open_button.isEnabled()
    assert current not in controller.recent_reports()

    # restore it, then delete and purge it (purge asks)
    action(dialog, current, "undelete").trigger()
    assert store.reports.exists(current) and dialog.list.item_for(current).parent().text(0).startswith("草稿")
    action(dialog, current, "delete").trigger()
    answer_box("取消")
    action(dialog, current, "purge").trigger()
    assert store.reports.summary(current, deleted=True).deleted_at
    seen = answer_box("彻底删除")
    action(dialog, current, "purge").trigger()
    assert "彻底删除" in seen[0] and dialog.list.item_for(current) is None
    assert current not in {s.id for s in store.reports.summaries(deleted=True)}

    # empty the 回收站 (with a question)
    action(dialog, other, "delete").trigger()
    bin_group = dialog.list.item_for(other).parent()
    [empty] = dialog.list.context_actions(bin_group)
    seen = answer_box("清空回收站")
    empty.trigger()
    assert "1 篇报告" in seen[0] and store.reports.summaries(deleted=True) == []
    assert bin_group is not None


def test_opening_a_deleted_report_says_it_is_in_the_bin(app_window, monkeypatch) -> None:
    from ui.common import messages

    report_id = app_window.controller.new_report(2025, "某局")
    app_window.window.report_manager.delete(report_id)
    assert app_window.controller.report is None
    shown: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, _title, text, *a, **k: shown.append(text))

    def open_deleted(dialog: StartDialog) -> None:  # e.g. an id remembered from before
        dialog.choice = ("open", report_id)
        dialog.accept()

    answer_box(open_deleted)
    assert not app_window.window.show_start_dialog()
    assert len(shown) == 1 and "回收站" in shown[0] and "\n" not in shown[0]
    assert app_window.controller.report is None


def test_read_only_lists_offer_no_changes(app_window) -> None:
    app_window.controller.new_report(2025, "某局")
    dialog = start_dialog(app_window)
    app_window.store.db.read_only = True
    item = dialog.list.report_items()[0]
    assert dialog.list.context_actions(item) == []
