"""Closing the window when the edits cannot be saved (a full disk, a library gone read-only…):
the window stays, the edits stay in memory, and the clerk chooses — 重试 (save again, say after
freeing space), 另存到其他位置 (the report as .json and .docx in a folder the clerk picks, through
the ordinary export) or 不保存退出 (after a confirmation). The full detail goes to the log."""

from __future__ import annotations

import copy
import datetime as dt
import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.errors import UserError
from app.export import export_report
from app.fileio import fit_file_name
from ui.common import messages
from ui.common.runner import run_job
from ui.common.translate import QT_TRANSLATE_NOOP
from ui.output.export_actions import start_folder, suggested_name
from ui.window.geometry import save_geometry

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

log = logging.getLogger(__name__)
COPY_SUFFIXES = (".json", ".docx")  # .json comes back in whole with 导入; .docx reads anywhere

NOT_SAVED = QT_TRANSLATE_NOOP("Closing", "修改没有保存")
SAVE_FAILED = QT_TRANSLATE_NOOP("Closing", "保存失败：%1")
KEPT_IN_MEMORY = QT_TRANSLATE_NOOP("Closing", "修改仍保留在内存中，窗口不会关闭。腾出磁盘空间后点“重试”，或者把报告另存到其他位置（如另一个磁盘或 U 盘）。详细情况已写入日志文件。")  # noqa: E501 — one message, kept whole for the translators
COPY_AT = QT_TRANSLATE_NOOP("Closing", "已另存一份到：%1")
RETRY = QT_TRANSLATE_NOOP("Closing", "重试")
ELSEWHERE = QT_TRANSLATE_NOOP("Closing", "另存到其他位置…")
DISCARD = QT_TRANSLATE_NOOP("Closing", "不保存退出")
UNSAVED = QT_TRANSLATE_NOOP("Closing", "修改尚未保存")
NOT_IN_LIBRARY = QT_TRANSLATE_NOOP("Closing", "资料库里不会有这些修改；另存的副本在：%1")
LOST = QT_TRANSLATE_NOOP("Closing", "上次保存以后的修改将会丢失，无法找回。")
SURE = QT_TRANSLATE_NOOP("Closing", "确定不保存就退出吗？")
BACK = QT_TRANSLATE_NOOP("Closing", "返回")
PICK_FOLDER = QT_TRANSLATE_NOOP("Closing", "选择另存的文件夹")
COPY_NAME = QT_TRANSLATE_NOOP("Closing", "（未保存的修改 %1）")
SAVING_ELSEWHERE = QT_TRANSLATE_NOOP("Closing", "另存到其他位置")
SAVED = QT_TRANSLATE_NOOP("Closing", "已另存")
SAVED_TO = QT_TRANSLATE_NOOP("Closing", "报告已另存到：%1")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Closing", text)



def settle_before_close(window: MainWindow) -> bool:
    """Save what is pending before the window closes. True: it may close; False: the clerk
    chose to stay (the edits are still in memory and the autosaver keeps trying)."""
    notice = window.save_errors
    notice.quiet = True  # this dialog speaks for the failure, not a second box
    saved_copy: Path | None = None
    try:
        while (problem := _save_all(window)) is not None:
            choice = _ask(window, problem, saved_copy)
            if choice == "retry":
                continue
            if choice == "elsewhere":
                saved_copy = save_elsewhere(window) or saved_copy
                continue
            if choice == "discard" and _confirm_discard(window, saved_copy):
                log.warning("closing without saving the edits (the clerk chose to)")
                window.controller.pending.clear()
                notice.in_episode = False
                break
            return False
    finally:
        notice.quiet = False
    _remember_layout(window)
    return True


def _save_all(window: MainWindow) -> str | None:
    """Write the pending edits (and the report's properties when a save failed earlier: they
    may be newer in memory than in the library); the failure in one line, None when saved."""
    controller = window.controller
    if controller.read_only or controller.report is None:
        return None
    properties_suspect = window.save_errors.in_episode
    controller.flush(place=False)  # a failure is announced (quietly now) and the edits stay pending
    if controller.pending:
        return window.save_errors.last_text or _tr(NOT_SAVED)
    try:
        controller.flush()  # nothing pending now: only the section the clerk is in, for the next start
    except UserError as exc:  # a convenience, never a reason to keep the window open
        log.warning("the current section was not remembered: %s", exc)
    if properties_suspect:
        try:
            controller.store.reports.update_meta(controller.report)
        except (UserError, sqlite3.Error, OSError) as exc:
            log.warning("closing: the report's properties were not saved", exc_info=True)
            return _tr(SAVE_FAILED).replace("%1", str(exc))
        window.save_errors.in_episode = False
    return None


def _ask(window: MainWindow, problem: str, saved_copy: Path | None) -> str | None:
    detail = _tr(KEPT_IN_MEMORY)
    if saved_copy is not None:
        detail += "\n" + _tr(COPY_AT).replace("%1", str(saved_copy))
    choices = [("retry", _tr(RETRY), messages.Role.AcceptRole),
               ("elsewhere", _tr(ELSEWHERE), messages.Role.ActionRole),
               ("discard", _tr(DISCARD), messages.Role.DestructiveRole)]
    return messages.choose(window, messages.Icon.Warning, _tr(UNSAVED), problem, choices,
                           detail=detail, name="unsavedBox")


def _confirm_discard(window: MainWindow, saved_copy: Path | None) -> bool:
    detail = (_tr(NOT_IN_LIBRARY).replace("%1", str(saved_copy)) if saved_copy
              else _tr(LOST))
    return messages.confirm(window, _tr(DISCARD), _tr(SURE), detail=detail,
                            yes=_tr(DISCARD), no=_tr(BACK), destructive=True, default_yes=False,
                            name="discardBox")


def choose_folder(parent: QWidget, start: Path) -> Path | None:
    """The folder dialog; None when cancelled. Tests replace this function."""
    chosen = QFileDialog.getExistingDirectory(parent, _tr(PICK_FOLDER), str(start))
    return Path(chosen) if chosen else None


def save_elsewhere(window: MainWindow) -> Path | None:
    """The report as it is in memory, as .json and .docx, in a folder the clerk picks; never
    over an existing file. The folder, or None when cancelled or failed (failure shown once)."""
    report = window.controller.report
    if report is None:
        return None
    folder = choose_folder(window, start_folder(window.controller.store))
    if folder is None:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    stem = suggested_name(report, "") + _tr(COPY_NAME).replace("%1", stamp)
    targets = [folder / fit_file_name(stem + suffix) for suffix in COPY_SUFFIXES]
    snapshot = copy.deepcopy(report)  # the worker must not read the report the window holds

    def write(job: object) -> list[Path]:
        return [export_report(snapshot, target) for target in targets]
    written = run_job(window, _tr(SAVING_ELSEWHERE), write, cancellable=False)
    if written is None:
        return None
    log.info("closing: the unsaved report was saved as %s", ", ".join(str(p) for p in written))
    messages.info(window, _tr(SAVED), _tr(SAVED_TO).replace("%1", str(folder)),
                  detail="\n".join(p.name for p in written), name="savedElsewhereBox")
    return folder


def _remember_layout(window: MainWindow) -> None:
    try:
        save_geometry(window, window.splitter, window.settings)
    except UserError as exc:  # the window's size is a convenience: never a reason to stay open
        log.warning("the window layout was not remembered: %s", exc)
