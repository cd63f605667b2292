"""The one message helper: every box of ui/ goes through it, answers come back as plain values,
and the keyboard returns to where it was."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QMainWindow, QMessageBox

import ui
from tests.ui.conftest import answer_box
from ui.common import messages

UI = Path(ui.__file__).parent


def _users_of(pattern: str, allowed: str) -> list[str]:
    found = re.compile(pattern)
    return sorted(str(p.relative_to(UI)) for p in UI.rglob("*.py")
                  if str(p.relative_to(UI)) != allowed and found.search(p.read_text(encoding="utf-8")))


def test_only_the_helper_makes_message_boxes() -> None:
    assert _users_of(r"\bQMessageBox\b", "common/messages.py") == []


def test_only_the_runner_makes_threads() -> None:
    assert _users_of(r"\b(threading|QThread|QThreadPool|QRunnable)\b", "common/runner.py") == []


def test_confirm_is_true_only_for_yes(qtbot) -> None:
    answer_box("删除")
    assert messages.confirm(None, "删除章节", "删除？", yes="删除", no="取消", destructive=True) is True
    answer_box("取消")
    assert messages.confirm(None, "删除章节", "删除？", yes="删除", no="取消") is False
    answer_box(lambda box: box.reject())  # Esc
    assert messages.confirm(None, "常用语", "删除这条常用语？") is False


def test_choose_gives_the_key_of_the_button(qtbot) -> None:
    seen = answer_box("choice_later")
    choice = messages.choose(None, messages.Icon.Warning, "标题", "正文", [("now", "现在", messages.Role.AcceptRole),
                                                                        ("later", "以后", messages.Role.RejectRole)],
                             detail="细节", name="askBox")
    assert choice == "later" and seen == ["正文\n细节"]


def test_a_box_hands_the_keyboard_back(qtbot) -> None:
    window = QMainWindow()
    field = QLineEdit()
    window.setCentralWidget(field)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    answer_box(lambda box: box.accept())
    messages.warn(window, "成文", "出错了")
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    messages.status(field, "已加入 3 条常用语")
    assert window.statusBar().currentMessage() == "已加入 3 条常用语"
    assert not any(isinstance(w, QMessageBox) and w.isVisible() for w in window.findChildren(QMessageBox))
