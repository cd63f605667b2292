"""Translations: Chinese by default (our strings are written in Chinese; Qt's own dialogs use
qtbase_zh_CN.qm shipped with PySide6), English from resources/i18n/chengwen_en.qm."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.resources import resource_path

LANGUAGES = ("zh_CN", "en")
# Qt strings whose Chinese translation PySide6 does not ship at all
_MISSING_ZH = {"Page Set:": "页面集："}


class MnemonicDriftTranslator(QTranslator):
    """Qt 6.11 added mnemonics to some of its own labels (&Look in:, Files of &type:) that the
    shipped qtbase_zh_CN.qm knows only without them, so those labels showed in English. This
    looks the plain text up in Qt's catalog and puts the mnemonic back: 查找范围(&L)：."""

    def __init__(self, base: QTranslator, parent: QApplication) -> None:
        super().__init__(parent)
        self._base = base

    # None, not "": an empty string would count as a translation to nothing
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if "&" not in source or "&&" in source:
            return None
        at = source.index("&")
        plain = source[:at] + source[at + 1:]
        key = source[at + 1:at + 2].upper()
        text = self._base.translate(context, plain, disambiguation, n) or _MISSING_ZH.get(plain, "")
        if not text or not key.isalnum():
            return None
        colon = text[-1] if text[-1] in "：:" else ""
        return f"{text[:len(text) - len(colon)]}(&{key}){colon}"

    def isEmpty(self) -> bool:
        return False
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
            if language != "en":
                drift = MnemonicDriftTranslator(translator, app)
                app.installTranslator(drift)
                _installed.append(drift)
    return loaded
