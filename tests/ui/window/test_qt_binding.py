"""PySide6-Essentials 6.12.0 dropped a reference to None on every void call and to True on every
signal emit under Python 3.11, aborting the interpreter minutes into a session. pyproject.toml
excludes it; this test fails on any binding that does the same."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class _Emitter(QObject):
    fired = Signal(int)


def test_void_calls_and_emits_keep_refcounts(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    emitter = _Emitter()
    emitter.fired.connect(lambda value: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        widget.update()
        emitter.fired.emit(1)
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
