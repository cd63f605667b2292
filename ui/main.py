"""`chengwen` without a subcommand: the desktop app."""

from __future__ import annotations

import os
import sys
import time
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import UserError, set_bilingual
from app.paths import data_dir as data_dir_path
from app.store.settings import peek
from ui.editor.controller import ReportController
from ui.features import install_features
from ui.window.fonts import apply_ui_font
from ui.window.i18n import install_translations
from ui.window.main_window import MainWindow
from ui.window.store_opening import open_store
from ui.window.style import apply_style

PROBE_ENV = "CHENGWEN_STARTUP_PROBE"  # set: print when the window is shown and usable, then quit


def reopen_last(controller: ReportController) -> bool:
    """After a restart (or a crash) reopen the report and section the clerk was in."""
    settings = controller.store.settings
    report_id = settings.get("last_report")
    if not isinstance(report_id, int) or not controller.store.reports.exists(report_id):
        return False
    controller.open_report(report_id, settings.get("last_section"))
    return True


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """A slot that raises must not kill the session: say it in one line, log the rest."""
    if isinstance(value, UserError):
        text = str(value)
    else:
        traceback.print_exception(kind, value, tb)
        text = QApplication.translate("Main", "程序出错：%1").replace("%1", f"{kind.__name__}: {value}")
    window = QApplication.activeWindow()
    QMessageBox.warning(window, QApplication.translate("Main", "成文"), text)


def run_app(data_dir: str | None = None, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Chengwen")
    app.setOrganizationName("Chengwen")
    # the language first, so that even "another copy is using the library" comes in it
    language = peek(data_dir_path(data_dir), "ui_language", "zh_CN")
    install_translations(app, language)
    set_bilingual(language != "zh_CN")  # the Chinese app shows the core's messages without English glosses
    apply_ui_font(app)
    apply_style(app)
    store = open_store(data_dir)
    if store is None:
        set_bilingual(True)
        return 1
    previous_hook = sys.excepthook
    sys.excepthook = _excepthook
    try:
        controller = ReportController(store)
        window = MainWindow(controller, store.settings)
        install_features(window)
        try:
            reopened = reopen_last(controller)
        except UserError:
            reopened = False
        window.show()
        if os.environ.get(PROBE_ENV):
            QTimer.singleShot(0, lambda: _probe(app, window))
        elif not reopened:
            QTimer.singleShot(0, window.show_start_dialog)
        code = app.exec()
        window.hide()
        # hiding the last window posts another quit request; drop it so that a later event
        # loop in this process (a test, an embedding) is not ended by it
        QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
        return code
    finally:
        sys.excepthook = previous_hook
        set_bilingual(True)
        try:
            if "controller" in locals():
                controller.flush()
        finally:
            store.close()


def _probe(app: QApplication, window: MainWindow) -> None:
    app.processEvents()
    print(f"CHENGWEN_READY {time.time():.6f} {int(window.isVisible())} {window.controller.current_section_id()}",
          flush=True)
    # quit without closing the window: a close would also post a second, late quit request
    app.quit()
