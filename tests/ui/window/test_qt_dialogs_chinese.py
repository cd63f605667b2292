"""Qt's own dialogs read Chinese: qtbase_zh_CN.qm plus the labels whose mnemonics Qt 6.11 added
("&Look in:") and the shipped catalog does not know (QA saw them in English)."""

import re

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel

from ui.window.i18n import install_translations

LATIN = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def chinese(qapp):
    install_translations(qapp, "zh_CN")
    yield
    install_translations(qapp, "zh_CN")


def visible_texts(widget) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton) if w.text()]


def test_file_dialog_labels_are_chinese(chinese, qtbot) -> None:
    dialog = QFileDialog(None, "导入")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    texts = visible_texts(dialog)
    assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts
    assert not [t for t in texts if LATIN.search(t)]


def test_print_dialog_labels_are_chinese(chinese, qtbot) -> None:
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    assert not [t for t in visible_texts(dialog) if LATIN.search(t.replace("PDF", ""))]


def test_untouched_strings_keep_their_translation(chinese) -> None:
    # the drift translator must not turn strings it does not know into empty ones
    assert QApplication.translate("QFileDialog", "Open") == "打开"
    assert QApplication.translate("NoSuchContext", "Plain text") == "Plain text"
