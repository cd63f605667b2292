"""The built-in categories of phrases and ledger activities in the interface language. Categories
are data — stored, exported, and typed freely by the clerk — so only the built-in names are
translated, and only where they are shown to choose from; a category the clerk made, and the
category field of the phrase dialog (which stores what it shows), stay as written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.common.translate import QT_TRANSLATE_NOOP

BUILT_IN = (
    # phrases (app/library/phrases.py CATEGORIES)
    QT_TRANSLATE_NOOP("Category", "开头"), QT_TRANSLATE_NOOP("Category", "指导思想"),
    QT_TRANSLATE_NOOP("Category", "过渡"), QT_TRANSLATE_NOOP("Category", "成效"),
    QT_TRANSLATE_NOOP("Category", "问题"), QT_TRANSLATE_NOOP("Category", "打算"),
    QT_TRANSLATE_NOOP("Category", "结尾"), QT_TRANSLATE_NOOP("Category", "其他"),
    # activities (app/library/activities.py CATEGORIES)
    QT_TRANSLATE_NOOP("Category", "学法"), QT_TRANSLATE_NOOP("Category", "普法宣传"),
    QT_TRANSLATE_NOOP("Category", "执法检查"), QT_TRANSLATE_NOOP("Category", "培训"),
    QT_TRANSLATE_NOOP("Category", "制度建设"), QT_TRANSLATE_NOOP("Category", "督察整改"),
)


def category_label(name: str) -> str:
    """A category as the interface shows it: a built-in one translated, the clerk's own as written."""
    return QCoreApplication.translate("Category", name) if name in BUILT_IN else name
