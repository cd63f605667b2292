"""Translations: Chinese by default (our strings are written in Chinese; Qt's own dialogs use
qtbase_zh_CN.qm shipped with PySide6), English from resources/i18n/chengwen_en.qm."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.resources import resource_path

LANGUAGES = ("zh_CN", "en")
_installed: list[QTranslator] = []  # kept referenced: a collected translator stops translating


def install_translations(app: QApplication, language: str = "zh_CN") -> list[str]:
    """Install the translators for `language`, replacing earlier ones; returns the files loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        candidates = [str(resource_path("i18n", "chengwen_en.qm"))]
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [f"{qt_dir}/qtbase_zh_CN.qm"]
    for path in candidates:
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(path)
    return loaded
