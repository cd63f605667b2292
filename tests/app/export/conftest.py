"""The PDF writer makes a bare QGuiApplication when none exists (for the CLI); in a test session
that would keep pytest-qt from making its QApplication later, so every export test starts one."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _widgets_application(qapp):
    yield
