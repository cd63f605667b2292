"""Saying what was done and where: a status-bar line after an export, an import, a harvest or an
extraction, with 打开文件 / 打开所在文件夹 buttons beside it when a file was written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStatusBar, QToolButton, QWidget

NOTICE_MS = 15_000  # long enough to read a path and reach for the button


class FileNotice(QWidget):
    """The two buttons, shown in the status bar while the message about their file is."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.setObjectName("fileNotice")
        self.path: Path | None = None
        self.open_file = QToolButton(self)
        self.open_file.setText(self.tr("打开文件"))
        self.open_file.setObjectName("openFileButton")
        self.open_file.clicked.connect(lambda: self._open(False))
        self.open_folder = QToolButton(self)
        self.open_folder.setText(self.tr("打开所在文件夹"))
        self.open_folder.setObjectName("openFolderButton")
        self.open_folder.clicked.connect(lambda: self._open(True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.open_file)
        layout.addWidget(self.open_folder)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        bar.addWidget(self)
        bar.messageChanged.connect(lambda text: self.hide() if not text else None)
        self.hide()

    def show_for(self, path: Path) -> None:
        self.path = path
        self.setToolTip(str(path))
        self.show()
        self._timer.start(NOTICE_MS)

    def _open(self, folder: bool) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent if folder else self.path)))


def announce(widget: QObject | None, text: str, path: Path | None = None) -> None:
    """`text` in the main window's status bar; with `path`, the buttons that open it or its folder."""
    main = widget.window() if isinstance(widget, QWidget) else None
    while main is not None and not isinstance(main, QMainWindow):  # from a dialog: its main window
        owner = main.parentWidget()
        main = owner.window() if owner is not None else None
    if not isinstance(main, QMainWindow):
        return
    bar = main.statusBar()
    notice = bar.findChild(FileNotice, "fileNotice") or FileNotice(bar)
    bar.showMessage(text, NOTICE_MS)
    if path is not None:
        notice.show_for(path)
    else:
        notice.hide()
