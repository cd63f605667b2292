"""The section tree driven like a clerk drives it: keys, in-place editing, drag and drop, the
delete confirmation, undo — checked in the model, in the view and in the database."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from app.store import Store
from tests.ui.conftest import answer_box, type_text
from ui.editor.section_model import COL_HEADING


def headings(sections) -> list[str]:
    return [s.heading for s in sections]


def stored_outline(store: Store, report_id: int) -> list[tuple]:
    """(heading, [children headings…]) as the database has it."""
    def shape(section):
        return (section.heading, [shape(c) for c in section.children])
    return [shape(s) for s in store.reports.load(report_id).sections]


def displayed(tree, parent=None) -> list[str]:
    from PySide6.QtCore import QModelIndex

    model = tree.model()
    parent = parent or QModelIndex()
    rows = [model.index(row, COL_HEADING, parent).data() for row in range(model.rowCount(parent))]
    if not parent.isValid() and rows:  # the numbered outline, without 开头 and 结尾 around it
        assert (rows[0], rows[-1]) == ("开头", "结尾")
        return rows[1:-1]
    return rows


def focus_tree(win) -> None:
    """Give the tree the keyboard focus (again: a closed message box hands activation back late)."""
    win.window.activateWindow()
    win.qtbot.waitUntil(lambda: QApplication.activeWindow() is win.window)
    win.tree.setFocus()
    win.qtbot.waitUntil(lambda: QApplication.focusWidget() is win.tree)


def rename_in_place(win, text: str) -> None:
    """Type into the open in-place editor and press Enter."""
    win.qtbot.waitUntil(lambda: win.tree.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parent() is win.tree.viewport()
    editor.selectAll()
    win.qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    type_text(editor, text)
    win.qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits on the next turn of the event loop
    win.qtbot.waitUntil(lambda: win.tree.state() != QAbstractItemView.State.EditingState)


def test_add_rename_and_number_at_once(report_window) -> None:
    win = report_window
    controller, store = win.controller, win.store
    report_id = controller.report.id
    first = controller.report.sections[0]
    controller.select_section(first.id)
    focus_tree(win)

    # Ctrl+Shift+Enter: a child, with its heading open for typing
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(first.children) == 1
    rename_in_place(win, "依法全面履行统计职能")
    assert first.children[0].heading == "依法全面履行统计职能"

    # Insert: a sibling after it, renamed in place too
    focus_tree(win)
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Insert)
    rename_in_place(win, "推进严格规范公正文明执法")
    assert headings(first.children) == ["依法全面履行统计职能", "推进严格规范公正文明执法"]
    assert displayed(win.tree, win.tree.model().index(1, 0)) == ["（一） 依法全面履行统计职能",
                                                                  "（二） 推进严格规范公正文明执法"]
    assert stored_outline(store, report_id)[0][1] == [("依法全面履行统计职能", []), ("推进严格规范公正文明执法", [])]

    # F2 renames the selected section in place
    focus_tree(win)
    win.qtbot.keyClick(win.tree, Qt.Key.Key_F2)
    rename_in_place(win, "深入推进依法行政")
    assert first.children[1].heading == "深入推进依法行政"
    assert store.reports.load(report_id).sections[0].children[1].heading == "深入推进依法行政"

    # a new top-level section after part 1 renumbers the rest at once
    controller.select_section(first.id)
    focus_tree(win)
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Insert)
    rename_in_place(win, "统计工作亮点")
    top = displayed(win.tree)
    assert top[1] == "二、 统计工作亮点"
    assert top[2].startswith("三、 2024年推进法治政府建设存在的不足")
    assert len(top) == 6


def test_keyboard_moves_promote_demote(report_window) -> None:
    win = report_window
    controller, store = win.controller, win.store
    report_id = controller.report.id
    first = controller.report.sections[0]
    ids = [controller.add_child(first.id) for _ in range(3)]
    for section_id, name in zip(ids, ["甲", "乙", "丙"]):
        controller.rename(section_id, name)
    controller.select_section(ids[2])
    focus_tree(win)

    win.qtbot.keyClick(win.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert headings(first.children) == ["甲", "丙", "乙"]
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert headings(first.children) == ["丙", "甲", "乙"]
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert headings(first.children) == ["甲", "丙", "乙"]
    assert [h for h, _c in stored_outline(store, report_id)[0][1]] == ["甲", "丙", "乙"]
    assert controller.current_section().heading == "丙"  # selection follows the moved section
    assert win.tree.currentIndex().data().endswith("丙")

    # demote: 丙 goes under 甲 and is numbered 1.
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert headings(first.children) == ["甲", "乙"]
    assert headings(first.children[0].children) == ["丙"]
    assert win.tree.currentIndex().data() == "1. 丙"
    assert stored_outline(store, report_id)[0][1][0] == ("甲", [("丙", [])])

    # promote: back to level 2, right after 甲
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert headings(first.children) == ["甲", "丙", "乙"]
    assert win.tree.currentIndex().data() == "（二） 丙"
    # and once more to the top level, after part 1
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert controller.report.sections[1].heading == "丙"
    assert displayed(win.tree)[1] == "二、 丙"
    assert [h for h, _c in stored_outline(store, report_id)][1] == "丙"

    # undo walks the moves back, in the database too
    for _ in range(6):
        win.window.undo_action.trigger()
    assert headings(first.children) == ["甲", "乙", "丙"]
    assert [h for h, _c in stored_outline(store, report_id)[0][1]] == ["甲", "乙", "丙"]


def _drop(tree, index, where: str) -> None:
    """Deliver a real QDropEvent with the model's mime data for the selected section onto
    `index` (`where`: 'on' its middle, 'above' its top edge)."""
    model = tree.model()
    mime = model.mimeData([tree.currentIndex()])
    rect = tree.visualRect(index)
    point = rect.center() if where == "on" else QPoint(rect.center().x(), rect.top() + 1)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(tree.viewport(), enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(tree.viewport(), move)
    assert move.isAccepted()
    drop = QDropEvent(QPointF(point), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, QEvent.Type.Drop)
    QApplication.sendEvent(tree.viewport(), drop)


def test_drag_and_drop_reorders_and_reparents(report_window) -> None:
    win = report_window
    controller, store = win.controller, win.store
    report_id = controller.report.id
    first, second = controller.report.sections[0], controller.report.sections[1]
    a = controller.add_child(first.id)
    b = controller.add_child(first.id)
    controller.rename(a, "甲")
    controller.rename(b, "乙")
    win.tree.expandAll()
    model = win.tree.model()

    # drag 乙 onto part 2: it becomes part 2's child
    controller.select_section(b)
    _drop(win.tree, model.index_for_id(second.id), "on")
    assert headings(first.children) == ["甲"]
    assert headings(second.children) == ["乙"]
    assert stored_outline(store, report_id)[1][1] == [("乙", [])]
    assert displayed(win.tree, model.index_for_id(second.id)) == ["（一） 乙"]

    # drag part 3 above part 1: reordered at the top level, numbers follow
    third = controller.report.sections[2]
    controller.select_section(third.id)
    _drop(win.tree, model.index_for_id(first.id), "above")
    assert controller.report.sections[0] is third
    assert displayed(win.tree)[0].startswith("一、 党政主要负责人")
    assert stored_outline(store, report_id)[0][0].startswith("党政主要负责人")

    # a section cannot be dropped into its own subtree
    controller.select_section(second.id)
    before = stored_outline(store, report_id)
    assert not model.canDropMimeData(model.mimeData([win.tree.currentIndex()]), Qt.DropAction.MoveAction, -1, 0,
                                     model.index_for_id(b))
    assert stored_outline(store, report_id) == before


def test_delete_confirmed_then_undone(report_window) -> None:
    win = report_window
    controller, store = win.controller, win.store
    report_id = controller.report.id
    first = controller.report.sections[0]
    child = controller.add_child(first.id)
    controller.add_child(child)
    controller.set_section_text(child, "要删的一节", ["正文一段。"])
    controller.select_section(first.id)
    focus_tree(win)

    # cancelling the confirmation keeps everything
    answer_box("取消")
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Delete)
    assert len(controller.report.sections) == 5

    seen = answer_box("删除")
    focus_tree(win)
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Delete)
    assert "2 个下级章节" in seen[0]
    assert len(controller.report.sections) == 4
    assert len(store.reports.load(report_id).sections) == 4
    assert win.tree.model().rowCount() == 4 + 2  # with 开头 and 结尾
    assert displayed(win.tree)[0].startswith("一、 2024年推进法治政府建设存在的不足")
    assert controller.current_section() is controller.report.sections[0]  # the neighbour is selected

    focus_tree(win)
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(controller.report.sections) == 5
    restored = store.reports.load(report_id).sections[0]
    assert restored.heading.startswith("2024年推进法治政府建设的主要举措")
    assert restored.children[0].heading == "要删的一节"
    assert restored.children[0].paragraphs == ["正文一段。"]
    assert len(restored.children[0].children) == 1
    assert displayed(win.tree)[0].startswith("一、 2024年推进法治政府建设的主要举措")

    # redo deletes again, and undo once more brings the same subtree back again
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(store.reports.load(report_id).sections) == 4
    win.window.undo_action.trigger()
    assert store.reports.load(report_id).sections[0].children[0].paragraphs == ["正文一段。"]


def test_context_menu_sets_part_and_status(report_window) -> None:
    win = report_window
    controller, store = win.controller, win.store
    section = controller.report.sections[4]
    controller.select_section(section.id)
    win.tree.part_menu.aboutToShow.emit()
    next(a for a in win.tree.part_actions.actions() if a.text() == "（不属于五部分）").trigger()
    next(a for a in win.tree.status_actions.actions() if a.text() == "定稿").trigger()
    stored = store.reports.load(controller.report.id).sections[4]
    assert stored.part is None and stored.status.value == "定稿"
    assert win.tree.model().index(5, 1).data() == ""
    assert win.tree.model().index(5, 2).data() == "定稿"
    assert controller.report.missing_parts()[-1].value == 5
