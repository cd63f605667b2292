"""The rooms fill the window's named slots in order; every action is in the one registry and the
keys dialog lists exactly its shortcuts; nothing in ui/ finds a menu entry by its index."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction

import ui
from ui.window.actions import key_text, plain_text
from ui.window.keys_dialog import KeysDialog

SLOTS = {
    "file.import": ["file.rollforward", "file.import", "file.import_clipboard"],
    "file.manage": ["file.save_as", "file.rename", "file.delete"],
    "file.export": ["output.word", "output.excel", "output.pdf", "output.html", "output.preview", "output.print"],
    "edit.sections": [None],  # the 章节 submenu
    "insert.sections": ["section.add_sibling", "section.add_child"],
    "insert.library": ["library.search_phrases", "library.search_activities"],
    "report.section": [None, None, "checks.run"],  # 设置部分, 设置状态, 运行检查
    "report.format": [None],  # 公文版式
    "review": ["review.compare", "review.next_change", "review.previous_change", "", "review.import",
               "review.pending", "review.undo_merge"],  # "": the separator
    "view.zoom": ["view.zoom_in", "view.zoom_out", "view.zoom_reset"],
    "view.panels": ["panel.检查", "panel.去年打算的落实情况", "panel.常用语", "panel.活动台账"],
    "tools.library": ["library.harvest", "library.extract", "library.add_selection"],
    "tools.checks": ["checks.rules"],
    "toolbar.sections": ["section.add_sibling", "section.delete", "section.move_up", "section.move_down",
                         "section.promote", "section.demote"],
    "toolbar.output": ["output.word", "output.preview"],
}


def test_each_room_fills_its_slots_in_order(app_window) -> None:
    window = app_window.window
    assert sorted(window.slot_names()) == sorted(SLOTS)
    for name, expected in SLOTS.items():
        slot = window.menu_slot(name)
        contents = slot.contents()
        ids = [None if a.menu() is not None else a.objectName().removeprefix("action_") for a in contents]
        assert ids == expected, name
        # and they really stand there: just before the slot's marker, in that order
        actions = slot.container.actions()
        at = actions.index(slot.marker)
        assert actions[at - len(contents):at] == contents, name


def test_slot_menus_are_the_intended_ones(app_window) -> None:
    window = app_window.window
    assert window.menu_slot("file.import").container is window.file_menu
    assert window.menu_slot("view.panels").container is window.view_menu
    assert window.menu_slot("tools.library").container is window.tools_menu
    assert window.menu_slot("toolbar.output").container is window.toolbar
    assert window.tools_menu.menuAction().isVisible()  # filled, so shown
    sub = [plain_text(a.text()) for a in window.menu_slot("report.section").contents()]
    assert sub == ["设置部分", "设置状态", "运行检查"]


def test_keys_dialog_lists_exactly_the_registrys_shortcuts(report_window, monkeypatch) -> None:
    monkeypatch.setattr(KeysDialog, "exec", lambda self: 0)
    window = report_window.window
    listed = report_window.window.show_keys().rows()
    assert len(listed) == len(set(listed)), "a shortcut listed twice"
    expected = [row for _group, rows in window.registry.shortcut_rows() for row in rows]
    assert sorted(listed) == sorted(expected)
    # every action of the window that has a key is in the registry (no action made elsewhere)
    registered = set(window.registry.actions())
    keyed = [a for a in window.findChildren(QAction) if key_text(a) and a.isVisible()]
    strays = [a.text() for a in keyed if a not in registered]
    assert strays == []
    # the widget keys the rooms document are there, the tree's real keys among them
    rows = dict(listed)
    assert rows["插入所选"] == "Enter" and rows["回到正文"] == "Esc"
    assert "F2" in rows["重命名"]


def test_a_registered_id_is_unique(app_window) -> None:
    import pytest

    registry = app_window.window.registry
    with pytest.raises(ValueError):
        registry.add("output.word", "again", lambda: None)


def test_no_module_in_ui_finds_menu_entries_by_index() -> None:
    root = Path(ui.__file__).parent
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py") if "actions()[" in p.read_text(encoding="utf-8")]
    assert offenders == []



def test_no_module_in_ui_is_over_400_lines() -> None:
    root = Path(ui.__file__).parent
    long = {str(p.relative_to(root)): n for p in root.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    long.pop("editor/controller.py", None)  # the coordinator's, being split into app/outline.py
    assert long == {}
