"""The rooms' modules (here the preview's) are imported after start, one at a time, and the timer then stops."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QObject

import ui.common.warmup as warmup
from ui.output.room import WARM_UP_MODULES as MODULES


def test_the_modules_come_one_per_step_then_the_timer_stops(qtbot, monkeypatch) -> None:
    imported: list[str] = []
    real_import = importlib.import_module
    monkeypatch.setattr(warmup, "START_MS", 0)
    monkeypatch.setattr(warmup, "STEP_MS", 1)
    def spy(name: str) -> object:
        imported.append(name)
        return real_import(name)

    monkeypatch.setattr(warmup.importlib, "import_module", spy)
    frozen: list[int] = []
    monkeypatch.setattr(warmup.gc, "freeze", lambda: frozen.append(len(imported)))  # not the test process's objects
    owner = QObject()
    timer = warmup.warm_up_later(owner, MODULES)
    qtbot.waitUntil(lambda: len(imported) == len(MODULES) and not timer.isActive(), timeout=5000)
    assert imported == list(MODULES)
    assert frozen == [len(MODULES)]  # once, after the last import


def test_a_failed_import_stops_the_warm_up(qtbot, monkeypatch) -> None:
    tried: list[str] = []

    def fail(name: str) -> None:
        tried.append(name)
        raise ImportError(name)

    monkeypatch.setattr(warmup, "START_MS", 0)
    monkeypatch.setattr(warmup, "STEP_MS", 1)
    monkeypatch.setattr(warmup.importlib, "import_module", fail)
    monkeypatch.setattr(warmup.gc, "freeze", lambda: None)
    owner = QObject()
    timer = warmup.warm_up_later(owner, MODULES)
    qtbot.waitUntil(lambda: bool(tried) and not timer.isActive(), timeout=5000)
    qtbot.wait(20)
    assert tried == [MODULES[0]]
