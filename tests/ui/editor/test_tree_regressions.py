"""Regressions found by QA on the real app: stale rows after a delete, keyboard focus lost after the
delete box, a moved section hidden in a collapsed parent, the selection after delete and restore,
and editing actions in a read-only window — each driven with real keys and checked on screen, in
the model and in the database."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.store import Store
from tests.ui.conftest import Window, answer_box
from tests.ui.editor.test_section_tree import displayed, focus_tree, rename_in_place, stored_outline
from ui.editor.controller import ReportController
from ui.main import reopen_last
from ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def on_screen(widget: QWidget) -> QImage:
    """What the window system was last handed for `widget` (the window's backing store)."""
    top = widget.window()
    pos = widget.mapTo(top, QPoint(0, 0))
    shot = top.screen().grabWindow(top.winId(), pos.x(), pos.y(), widget.width(), widget.height())
    return shot.toImage()


def shows_current_state(widget: QWidget) -> bool:
    """The pixels on screen match a fresh rendering of the widget: no stale row is left drawn. A
    colour step or two is allowed (a pixmap and the backing store round gradients differently);
    a stale row differs by whole glyphs."""
    fresh = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    shown = on_screen(widget).convertToFormat(QImage.Format.Format_RGB32)
    if shown.size() != fresh.size():
        return False
    line = fresh.bytesPerLine()
    fresh_bytes, shown_bytes = bytes(fresh.constBits()), bytes(shown.constBits())
    for start in range(0, len(fresh_bytes), line):
        old, new = shown_bytes[start:start + line], fresh_bytes[start:start + line]
        if old != new and any(abs(x - y) > 24 for x, y in zip(old, new)):
            return False
    return True


def assert_screen_fresh(win: Window) -> None:
    # Let the queued repaints and layouts run, then look once: grab() lays the view out and so would
    # heal the very staleness this looks for, so it must not be polled.
    win.qtbot.wait(80)
    assert shows_current_state(win.tree.viewport()), "the tree on screen shows stale rows"


def visible_rows(tree) -> list[str]:
    """The headings the view lays out, top to bottom (only rows under expanded parents)."""
    rows, index = [], tree.model().index(1, 0)  # after 开头
    while index.isValid():
        rows.append(index.data())
        index = tree.indexBelow(index)
    if rows and rows[-1] == "结尾":
        rows.pop()
    return rows


def assert_revealed(win: Window) -> None:
    """The controller's current section is selected, every ancestor is open and it is in view."""
    tree, controller = win.tree, win.controller
    index = tree.model().index_for_id(controller.current_section_id())
    assert index.isValid()
    assert tree.currentIndex().siblingAtColumn(0) == index
    assert tree.selectionModel().isSelected(index)
    parent = index.parent()
    while parent.isValid():
        assert tree.isExpanded(parent), parent.data()
        parent = parent.parent()
    rect = tree.visualRect(index)
    assert rect.isValid() and tree.viewport().rect().contains(rect.center())


def _new_2025_with_child(win: Window) -> None:
    """QA's steps: a new 2025 report; on 一, Ctrl+Shift+Enter and a typed heading."""
    win.controller.new_report(2025, "x")
    first = win.controller.report.sections[0]
    win.controller.select_section(first.id)
    focus_tree(win)
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Return, CTRL_SHIFT)
    rename_in_place(win, "强化学习")
    assert displayed(win.tree, win.tree.model().index(1, 0)) == ["（一） 强化学习"]


def test_delete_leaves_no_stale_rows_on_screen(app_window) -> None:
    win = app_window
    controller, store = win.controller, win.store
    _new_2025_with_child(win)
    report_id = controller.report.id
    assert_screen_fresh(win)

    # Ctrl+Z twice: the heading, then the new child itself (removed while it is the current row)
    focus_tree(win)
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Z, CTRL)
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Z, CTRL)
    assert controller.report.sections[0].children == []
    assert_screen_fresh(win)
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Y, CTRL)
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Y, CTRL)
    assert displayed(win.tree, win.tree.model().index(1, 0)) == ["（一） 强化学习"]
    assert_screen_fresh(win)

    # QA's steps: on 一, Delete and 删除 in the box
    controller.select_section(controller.report.sections[0].id)
    focus_tree(win)
    answer_box("删除")
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Delete)

    expected = ["一、 2025年推进法治政府建设存在的不足和原因", "二、 党政主要负责人履行推进法治建设第一责任人职责情况",
                "三、 2026年推进法治政府建设的主要安排", "四、 其他需要报告的情况"]
    assert [h for h, _c in stored_outline(store, report_id)] == [h.split(" ", 1)[1] for h in expected]
    assert displayed(win.tree) == expected
    assert visible_rows(win.tree) == expected
    assert_screen_fresh(win)  # was: 6 rows drawn, the deleted child and a duplicate among them

    # undo, redo and undo again (all through the same insert/remove paths) repaint everything too
    for step in (controller.undo_stack.undo, controller.undo_stack.redo, controller.undo_stack.undo):
        step()
        assert_screen_fresh(win)
    assert visible_rows(win.tree)[:3] == ["一、 2025年推进法治政府建设的主要举措和成效", "（一） 强化学习",
                                          "二、 2025年推进法治政府建设存在的不足和原因"]

    # moves renumber the following siblings on screen as well
    second = controller.report.sections[1]
    controller.select_section(second.id)
    focus_tree(win)
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Up, CTRL)
    assert_screen_fresh(win)
    assert displayed(win.tree)[:2] == ["一、 2025年推进法治政府建设存在的不足和原因",
                                       "二、 2025年推进法治政府建设的主要举措和成效"]
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Down, CTRL)
    assert_screen_fresh(win)
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Right, CTRL)  # demote under 一
    assert_screen_fresh(win)
    assert displayed(win.tree)[0].startswith("一、 2025年推进法治政府建设的主要举措和成效")
    assert displayed(win.tree, win.tree.model().index(1, 0))[-1] == "（二） 2025年推进法治政府建设存在的不足和原因"


def test_keyboard_only_delete_then_ctrl_z(report_window) -> None:
    win = report_window
    controller, store = win.controller, win.store
    report_id = controller.report.id
    first = controller.report.sections[0]
    child = controller.add_child(first.id)
    controller.set_section_text(child, "要删的一节", ["正文一段。"])
    controller.select_section(first.id)
    focus_tree(win)

    # Delete, then Enter in the box: its default button is 删除
    seen = answer_box(lambda box: win.qtbot.keyClick(box, Qt.Key.Key_Return))
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Delete)
    assert seen and "1 个下级章节" in seen[0]
    assert len(store.reports.load(report_id).sections) == 4
    assert win.tree.model().rowCount() == 4 + 2

    # the keyboard is back in the tree of an active main window, without a click
    win.qtbot.waitUntil(lambda: QApplication.activeWindow() is win.window
                        and QApplication.focusWidget() is win.tree, timeout=2000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert len(controller.report.sections) == 5
    assert win.tree.model().rowCount() == 5 + 2
    restored = store.reports.load(report_id).sections[0]
    assert restored.heading == first.heading
    assert restored.children[0].heading == "要删的一节" and restored.children[0].paragraphs == ["正文一段。"]

    # Escape cancels, and the keyboard comes back as well
    answer_box(lambda box: win.qtbot.keyClick(box, Qt.Key.Key_Escape))
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Delete)
    assert len(store.reports.load(report_id).sections) == 5
    win.qtbot.waitUntil(lambda: QApplication.focusWidget() is win.tree, timeout=2000)


def test_moves_and_undo_keep_the_section_in_view(report_window) -> None:
    win = report_window
    controller, tree = win.controller, win.tree
    model = tree.model()
    first = controller.report.sections[0]
    a = controller.add_child(first.id)
    a1 = controller.add_child(a)
    b = controller.add_child(first.id)
    for section_id, name in ((a, "甲"), (a1, "甲一"), (b, "乙")):
        controller.rename(section_id, name)
    for _ in range(30):  # enough sections below for the tree to scroll
        controller.add_sibling(controller.report.sections[-1].id)

    # a new child (Ctrl+Shift+Enter) shows at once under its parent
    controller.select_section(a1)
    focus_tree(win)
    win.qtbot.keyClick(tree, Qt.Key.Key_Return, CTRL_SHIFT)
    rename_in_place(win, "甲一之一")
    assert visible_rows(tree)[:4] == ["一、 2024年推进法治政府建设的主要举措和成效", "（一） 甲", "1. 甲一", "（1） 甲一之一"]
    assert controller.current_section().heading == "甲一之一"
    assert_revealed(win)
    tree.collapse(model.index_for_id(a))  # the clerk folded 甲 away

    controller.select_section(b)
    focus_tree(win)
    win.qtbot.keyClick(tree, Qt.Key.Key_Right, CTRL)  # demote 乙 under the folded 甲
    assert [c.heading for c in controller.section(a).children] == ["甲一", "乙"]
    assert_revealed(win)

    tree.collapse(model.index_for_id(a))
    controller.undo_stack.undo()  # back to the level of 甲
    assert_revealed(win)
    tree.collapse(model.index_for_id(first.id))
    controller.undo_stack.redo()
    assert_revealed(win)

    # move the whole of 一 to the bottom: scrolled to, still selected
    tree.scrollToTop()
    controller.select_section(first.id)
    focus_tree(win)
    for _ in range(34):
        win.qtbot.keyClick(tree, Qt.Key.Key_Down, CTRL)
    assert controller.report.sections[-1] is first
    assert_revealed(win)

    # undoing a delete brings the subtree back open and selected
    answer_box("删除")
    focus_tree(win)
    win.qtbot.keyClick(tree, Qt.Key.Key_Delete)
    controller.undo_stack.undo()
    assert controller.current_section() is first
    assert_revealed(win)
    assert tree.isExpanded(model.index_for_id(first.id))
    assert tree.isExpanded(model.index_for_id(controller.report.sections[-1].children[0].id))


def test_selection_after_delete_restore_and_reload(report_window) -> None:
    win = report_window
    controller, tree = win.controller, win.tree
    first = controller.report.sections[0]
    kids = [controller.add_child(first.id) for _ in range(3)]
    for section_id, name in zip(kids, ["甲", "乙", "丙"]):
        controller.rename(section_id, name)

    def delete_by_keys(section_id: int) -> None:
        controller.select_section(section_id)
        answer_box("删除")
        focus_tree(win)
        win.qtbot.keyClick(tree, Qt.Key.Key_Delete)

    delete_by_keys(kids[1])  # the next sibling
    assert controller.current_section().heading == "丙"
    assert tree.currentIndex().data() == "（二） 丙"
    delete_by_keys(kids[2])  # the last one: the previous sibling
    assert controller.current_section().heading == "甲"
    delete_by_keys(kids[0])  # the only one: its parent
    assert controller.current_section() is first
    assert_revealed(win)

    # restore a snapshot: the same place in the tree, though every row is new (and ids are reused)
    last = controller.report.sections[-1]
    controller.move(last.id, None, 0)  # the snapshot's order differs from the row ids' order
    snapshot = controller.take_snapshot("换序之后")
    controller.select_section(controller.report.sections[1].id)
    heading = controller.current_section().heading
    controller.set_section_text(controller.current_section_id(), heading, ["快照后写的一段。"])
    controller.restore_snapshot(snapshot)
    assert controller.current_section().heading == heading
    assert controller.current_section().paragraphs == []
    assert tree.currentIndex().siblingAtColumn(0) == tree.model().index(2, 0)
    assert_revealed(win)

    # a place that no longer exists after the restore: the first section
    child = controller.add_child(controller.report.sections[3].id)
    controller.select_section(child)
    controller.restore_snapshot(snapshot)
    assert controller.current_section() is controller.report.sections[0]
    assert_revealed(win)

    # a plain reload keeps the very section, even when it moved
    target = controller.report.sections[2]
    controller.select_section(target.id)
    win.store.reports.move_section(target.id, None, 4)  # changed behind the window's back
    controller.reload()
    assert controller.current_section().id == target.id
    assert controller.report.sections[4] is controller.current_section()
    assert_revealed(win)


def test_read_only_window_disables_every_editing_action(data_dir, qtbot) -> None:
    writer = Window(data_dir, qtbot)
    writer.controller.new_report(2024, "某某区统计局")
    first = writer.controller.report.sections[0]
    writer.controller.add_child(first.id)
    writer.controller.select_section(writer.controller.report.sections[2].id)
    writer.close()

    store = Store(data_dir, read_only=True)
    try:
        controller = ReportController(store)
        window = MainWindow(controller, store.settings)
        qtbot.addWidget(window)
        reopen_last(controller)
        window.show()
        qtbot.waitExposed(window)
        tree = window.tree
        before = stored_outline(store, controller.report.id)

        def editing_actions():
            return [*tree.structure_actions(), *tree.part_actions.actions(), *tree.status_actions.actions(),
                    tree.part_menu.menuAction(), tree.status_menu.menuAction()]

        for row in range(4):  # whatever is selected, by a click on it
            index = tree.model().index(row, 0)
            QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
            assert controller.current_section() is index.internalPointer()
            enabled = [a.text() for a in editing_actions() if a.isEnabled()]
            assert enabled == [], enabled
            for action in tree.structure_actions():
                button = window.toolbar.widgetForAction(action)
                assert button is None or not button.isEnabled(), action.text()

        # and the keys do nothing either
        window.activateWindow()
        tree.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is tree)
        section = controller.current_section()
        plain = Qt.KeyboardModifier.NoModifier
        for key, modifier in ((Qt.Key.Key_Up, CTRL), (Qt.Key.Key_Right, CTRL), (Qt.Key.Key_Insert, plain),
                              (Qt.Key.Key_Delete, plain), (Qt.Key.Key_3, CTRL)):
            qtbot.keyClick(tree, key, modifier)
        assert QApplication.activeModalWidget() is None
        assert section.status.value == "待写"
        assert stored_outline(store, controller.report.id) == before
        assert tree.model().flags(tree.model().index(1, 0)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags
        window.close()
    finally:
        store.close()


def test_focus_comes_back_after_the_properties_dialog(report_window, qtbot) -> None:
    """QA: after 报告属性 closed with Esc no shortcut worked until the clerk clicked."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import answer_box

    window = report_window.window
    report_window.tree.setFocus()
    answer_box(lambda dialog: dialog.reject())
    window.properties_action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is not None,
                    timeout=2000)
    assert QApplication.focusWidget().window() is window


def test_no_more_than_four_heading_levels(report_window) -> None:
    """QA: dragging nested sections to level 6, all numbered ①."""
    win = report_window
    controller = win.controller
    first, second = controller.report.sections[0], controller.report.sections[1]
    a = controller.add_child(first.id)
    b = controller.add_child(a)
    c = controller.add_child(b)
    assert controller.depth_of(controller.section(c)) == 4
    assert controller.add_child(c) == -1  # a fifth level is refused …
    assert "四级" in win.window.statusBar().currentMessage()  # … with a word in the status bar
    # moving the two-level subtree of `second`'s sibling under level 3 would make level 5
    d = controller.add_child(second.id)
    assert not controller.move(second.id, b, 0)  # second + its child under level 3: levels 4 and 5
    model = win.tree.model()
    mime = model.mimeData([model.index_for_id(second.id)])
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.index_for_id(c))
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.index_for_id(a))
    assert controller.section(d) is not None and controller.depth_of(controller.section(d)) == 2
    # the part column shows a part only on top-level rows
    assert controller.move(second.id, first.id, 0)
    assert model.index_for_id(second.id).siblingAtColumn(1).data() == ""
    win.window.undo_action.trigger()
    assert model.index_for_id(second.id).siblingAtColumn(1).data() == "不足原因"


def test_a_number_typed_into_a_heading_is_dropped(report_window) -> None:
    """QA: Insert, type （一）执法力量不足 — it printed as （一）（一）执法力量不足."""
    from app.outline import without_typed_marker

    assert without_typed_marker("（一）执法力量不足") == "执法力量不足"
    assert without_typed_marker("3. 加大力度") == "加大力度"
    assert without_typed_marker("2024年工作") == "2024年工作"  # a year is not a marker
    assert without_typed_marker("一、") == "一、"  # nothing after it: kept rather than emptied
    controller = report_window.controller
    section_id = controller.report.sections[1].id
    controller.rename(section_id, "（一）执法力量不足")
    assert controller.section(section_id).heading == "执法力量不足"
    editor = report_window.editor
    controller.select_section(section_id)
    editor.heading.setText("二、存在的问题")
    editor.heading.editingFinished.emit()
    assert controller.section(section_id).heading == "存在的问题"
    assert editor.body.tabChangesFocus()
