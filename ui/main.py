"""`chengwen` without a subcommand: the desktop app."""

from __future__ import annotations

import os
import sys
import time
import traceback
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication

from app.errors import UserError, set_bilingual
from app.paths import data_dir as data_dir_path
from app.store.settings import peek
from ui.checks import room as checks_room
from ui.common import messages
from ui.editor import room as editor_room
from ui.editor.controller import ReportController
from ui.importing import room as importing_room
from ui.library import room as library_room
from ui.manage import room as manage_room
from ui.output import room as output_room
from ui.rollforward import room as rollforward_room
from ui.window.fonts import apply_ui_font
from ui.window.i18n import install_translations
from ui.window.main_window import MainWindow
from ui.window.shortcut_priority import install_shortcut_priority
from ui.window.store_opening import open_store
from ui.window.style import apply_style

PROBE_ENV = "CHENGWEN_STARTUP_PROBE"  # set: print when the window is shown and usable, then quit


@dataclass
class Rooms:
    """The rooms installed into a main window (kept alive by it; named here for tests and tools)."""
    editor: editor_room.EditorRoom
    checks: checks_room.ChecksRoom
    rollforward: rollforward_room.RollForwardRoom
    importing: importing_room.ImportRoom
    output: output_room.OutputRoom
    library: library_room.LibraryRoom
    manage: manage_room.ManageRoom


def install_rooms(window: MainWindow) -> Rooms:
    """Each room adds its actions, menu entries and docks to the window's named slots. The order
    is the order they appear in within a slot (the panels in 视图, the entries of 文件)."""
    rooms = Rooms(
        editor=editor_room.install(window),
        checks=checks_room.install(window),
        rollforward=rollforward_room.install(window),
        importing=importing_room.install(window),
        output=output_room.install(window),
        library=library_room.install(window),
        manage=manage_room.install(window),
    )
    install_shortcut_priority(window)
    window.restore_layout()  # the docks exist now: bring back where the clerk had them
    return rooms


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
    messages.warn(window, QApplication.translate("Main", "成文"), text)


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
        install_rooms(window)
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
