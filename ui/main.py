"""`chengwen` without a subcommand: the desktop app."""

from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication

from app.errors import UserError, set_bilingual
from app.logs import setup_logging
from app.paths import data_dir as data_dir_path
from app.store import Store
from app.store.settings import peek
from ui.checks import room as checks_room
from ui.common.warmup import warm_up_later
from ui.editor import room as editor_room
from ui.editor.controller import ReportController
from ui.importing import room as importing_room
from ui.library import room as library_room
from ui.manage import room as manage_room
from ui.output import room as output_room
from ui.review import room as review_room
from ui.rollforward import room as rollforward_room
from ui.window.crash_box import CrashBox
from ui.window.fonts import apply_ui_font
from ui.window.i18n import install_translations
from ui.window.main_window import MainWindow
from ui.window.shortcut_priority import install_shortcut_priority
from ui.window.store_opening import OpenedLibrary, open_library
from ui.window.style import apply_style
from ui.window.upkeep import Upkeep

PROBE_ENV = "CHENGWEN_STARTUP_PROBE"  # set: print when the window is shown and usable, then quit
log = logging.getLogger(__name__)


@dataclass
class Rooms:
    """The rooms installed into a main window (kept alive by it; named here for tests and tools)."""
    editor: editor_room.EditorRoom
    checks: checks_room.ChecksRoom
    rollforward: rollforward_room.RollForwardRoom
    importing: importing_room.ImportRoom
    output: output_room.OutputRoom
    library: library_room.LibraryRoom
    review: review_room.ReviewRoom
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
        review=review_room.install(window),
        manage=manage_room.install(window),
    )
    install_shortcut_priority(window)
    # one idle-time warm-up for every room (and then gc.freeze), not a timer per room
    warm_up_later(window, checks_room.WARM_UP_MODULES + output_room.WARM_UP_MODULES)
    window.restore_layout()  # the docks exist now: bring back where the clerk had them
    return rooms


def reopen_last(controller: ReportController) -> bool:
    """After a restart (or a crash) reopen the report and section the clerk was in."""
    settings = controller.store.settings
    report_id = settings.last_report
    if report_id is None or not controller.store.reports.exists(report_id):
        return False
    controller.open_report(report_id, settings.last_section)
    return True


def describe_opening(window: MainWindow, opened: OpenedLibrary) -> None:
    """Say in the window why it is read-only (another copy, a full disk, a read-only file), or
    where a damaged library was set aside."""
    if opened.read_only_reason:
        window.read_only_label.setToolTip(opened.read_only_reason)
        window.statusBar().showMessage(opened.read_only_reason)
    elif opened.notice:
        window.statusBar().showMessage(opened.notice)


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
    directory = data_dir_path(data_dir)
    log_file = setup_logging(directory)
    opened = open_library(directory)
    if opened is None:
        set_bilingual(True)
        return 1
    store = opened.store
    previous_hook = sys.excepthook
    sys.excepthook = CrashBox(log_file)
    controller: ReportController | None = None
    window: MainWindow | None = None
    upkeep: Upkeep | None = None
    try:
        controller = ReportController(store)
        window = MainWindow(controller, store.settings)
        install_rooms(window)
        describe_opening(window, opened)
        try:
            reopened = reopen_last(controller)
        except UserError:
            reopened = False
        window.show()
        upkeep = Upkeep(window, store)  # the backup after the window is up: start-up stays quick
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
        _shut_down(store, controller, window, upkeep)


def _shut_down(store: Store, controller: ReportController | None, window: MainWindow | None,
               upkeep: Upkeep | None) -> None:
    """After the window has gone: let the backup finish, save what is left, close the library.
    Nothing here may hang or raise: failures are logged (the clerk has seen the closing dialog)."""
    if upkeep is not None:
        upkeep.finish()
    if window is not None:
        window.save_errors.quiet = True  # no box after the event loop has ended
    try:
        if controller is not None:
            controller.flush()
    except UserError as exc:
        log.error("edits not saved at exit: %s", exc)
    finally:
        try:
            store.close()
        except UserError as exc:
            log.error("the library did not close cleanly: %s", exc)


def _probe(app: QApplication, window: MainWindow) -> None:
    app.processEvents()
    print(f"CHENGWEN_READY {time.time():.6f} {int(window.isVisible())} {window.controller.current_section_id()}",
          flush=True)
    # quit without closing the window: a close would also post a second, late quit request
    app.quit()
