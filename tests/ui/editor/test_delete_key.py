"""Del deletes the tree's section even while the library panels (whose lists also take Del) are open."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import answer_box
from tests.ui.editor.test_section_tree import focus_tree


def test_del_in_the_tree_with_the_library_panels_open(report_window, qtbot) -> None:
    win = report_window
    library = win.rooms.library
    library.focus_library("phrases")  # each panel is built when first shown
    library.focus_library("activities")
    qtbot.waitUntil(lambda: library.phrase_panel is not None and library.activity_panel is not None)
    controller = win.controller
    count = len(controller.report.sections)
    controller.select_section(controller.report.sections[0].id)
    focus_tree(win)
    seen = answer_box("删除")
    win.qtbot.keyClick(win.tree, Qt.Key.Key_Delete)
    assert seen and len(controller.report.sections) == count - 1
