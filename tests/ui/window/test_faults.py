"""The window under faults: a full disk at start, a damaged library, a read-only library, a full
disk while editing and while closing, an export to a full disk, an error nobody expected. Each
case gives the clerk one clear message (never a traceback, never a box per keystroke) and leaves
the library unchanged, or holding every edit the clerk made."""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from app.logs import setup_logging
from app.model import Report
from app.store import Store
from app.store.backup import backups
from app.template import template_report
from tests.disks import Disk, disk, make_immutable, make_mutable
from tests.ui.conftest import Window, type_text
from ui.editor.controller import ReportController
from ui.main import describe_opening, install_rooms, reopen_last
from ui.output import export_actions
from ui.window import closing, crash_box
from ui.window.main_window import MainWindow
from ui.window.store_opening import open_library
from ui.window.upkeep import Upkeep

__all__ = ["disk"]  # the fixture, imported to be used here

LONG_TEXT = "依法行政，严格规范公正文明执法。" * 400  # enough new pages that the shim's full disk bites too


class Boxes:
    """Answer every message box that comes up, by its object name, and keep what each said."""

    def __init__(self, answers: dict[str, str | Callable[[QMessageBox], None]]) -> None:
        self.answers = answers
        self.seen: list[tuple[str, str]] = []  # (box name, text + informative text)
        self.heights: list[int] = []
        self._timer = QTimer()
        self._timer.timeout.connect(self._poll)
        self._timer.start(20)

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible() or box.property("answered"):
            return
        box.setProperty("answered", True)
        self.seen.append((box.objectName(), box.text() + "\n" + box.informativeText()))
        self.heights.append(box.sizeHint().height())
        answer = self.answers.get(box.objectName(), "")
        if callable(answer):
            answer(box)
        elif answer:
            next(b for b in box.findChildren(QAbstractButton) if b.objectName() == answer).click()
        else:
            box.reject()

    def names(self) -> list[str]:
        return [name for name, _text in self.seen]

    def stop(self) -> None:
        self._timer.stop()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _library(directory: Path) -> tuple[int, int]:
    """A library with one report, its second section last open; the file fully checkpointed."""
    with Store(directory) as store:
        report = template_report(2024, "某某区统计局")
        report.sections[1].paragraphs = ["执法力量薄弱。"]
        report_id = store.reports.insert(report)
        store.settings.set("last_report", report_id)
        store.settings.set("last_section", report.sections[1].id)
        return report_id, report.sections[1].id  # type: ignore[return-value]


def _window(qtbot, opened) -> MainWindow:
    controller = ReportController(opened.store)
    window = MainWindow(controller, opened.store.settings)
    install_rooms(window)
    qtbot.addWidget(window)
    describe_opening(window, opened)
    reopen_last(controller)
    window.show()
    return window


def _stored(directory: Path, report_id: int) -> Report:
    with Store(directory, read_only=True) as store:
        return store.reports.load(report_id)


def _snapshots(window: Window, report_id: int) -> list[object]:
    assert window.store is not None
    return list(window.store.snapshots.for_report(report_id))


def _open_report_id(window: Window) -> int:
    report = window.controller.report
    assert report is not None and report.id is not None
    return report.id


def _fits_the_screen(heights: list[int]) -> bool:
    screen = QApplication.primaryScreen().availableGeometry().height()
    return all(height <= max(screen, 600) * 0.6 for height in heights)


def test_a_full_disk_at_start_says_so_and_opens_read_only(disk: Disk, qtbot) -> None:
    report_id, _section = _library(disk.directory)
    db = disk.directory / "chengwen.db"
    before = _digest(db)
    disk.fill()
    boxes = Boxes({"diskFullBox": "choice_read_only"})
    try:
        opened = open_library(disk.directory)
    finally:
        boxes.stop()
        disk.free()
    assert opened is not None
    try:
        assert boxes.names() == ["diskFullBox"]
        text = boxes.seen[0][1]
        assert "磁盘已满" in text and "没有损坏" in text and "已损坏" not in text
        assert opened.store.read_only and "磁盘已满" in opened.read_only_reason
        window = _window(qtbot, opened)
        assert not window.read_only_label.isHidden() and "磁盘已满" in window.read_only_label.toolTip()
        assert window.controller.report is not None and window.controller.report.id == report_id
        window.close()
    finally:
        opened.store.close()
    assert _digest(db) == before
    assert not list(disk.directory.glob("*.corrupt-*"))


def test_a_full_disk_at_start_can_be_retried_once_space_is_freed(disk: Disk, qtbot) -> None:
    _library(disk.directory)
    disk.fill()

    def free_then_retry(box: QMessageBox) -> None:
        disk.free()
        next(b for b in box.findChildren(QAbstractButton) if b.objectName() == "choice_retry").click()
    boxes = Boxes({"diskFullBox": free_then_retry})
    try:
        opened = open_library(disk.directory)
    finally:
        boxes.stop()
        disk.free()
    assert opened is not None
    with opened.store as store:
        assert boxes.names() == ["diskFullBox"] and not store.read_only
        assert len(store.reports.summaries()) == 1


def test_a_damaged_library_is_asked_about_before_it_is_moved_and_the_backup_restored(data_dir: Path, qtbot) -> None:
    report_id, section_id = _library(data_dir)
    Store(data_dir, make_backup=True).close()
    db = data_dir / "chengwen.db"
    damaged = b"\0not a library any more" * 400
    db.write_bytes(damaged)
    in_place: list[bool] = []

    def look_then_restore(box: QMessageBox) -> None:
        in_place.append(db.exists() and db.read_bytes() == damaged)
        box.defaultButton().click()  # the default: the newest backup
    boxes = Boxes({"corruptBox": look_then_restore})
    try:
        opened = open_library(data_dir)
    finally:
        boxes.stop()
    assert opened is not None
    try:
        assert boxes.names() == ["corruptBox"] and in_place == [True]
        window = _window(qtbot, opened)
        assert window.controller.current_section_id() == section_id
        assert window.controller.report is not None and window.controller.report.id == report_id
        aside = list(data_dir.glob("chengwen.db.corrupt-*"))
        assert len(aside) == 1 and aside[0].read_bytes() == damaged
        assert str(aside[0]) in window.statusBar().currentMessage()
        window.close()
    finally:
        opened.store.close()


def test_a_read_only_library_opens_read_only_with_a_clear_label(data_dir: Path, qtbot) -> None:
    report_id, section_id = _library(data_dir)
    db = data_dir / "chengwen.db"
    if os.geteuid() == 0:
        if not make_immutable(db):
            pytest.skip("chattr +i does not work on this file system")
    else:
        db.chmod(0o444)
    before = _digest(db)
    boxes = Boxes({"readOnlyBox": "choice_read_only"})
    try:
        opened = open_library(data_dir)
        boxes.stop()
        assert opened is not None
        with opened.store:
            assert boxes.names() == ["readOnlyBox"] and "只读" in boxes.seen[0][1]
            window = _window(qtbot, opened)
            assert "[只读]" in window.windowTitle()
            assert not window.read_only_label.isHidden() and "只读" in window.read_only_label.toolTip()
            assert "另一个成文" not in window.read_only_label.toolTip()  # the true reason, not the lock's
            type_text(window.editor.body, "不应写入")
            assert window.editor.body.isReadOnly()
            window.close()
            assert boxes.names() == ["readOnlyBox"]
    finally:
        boxes.stop()
        make_mutable(db)
        db.chmod(0o600)
    assert _digest(db) == before
    assert _stored(data_dir, report_id).sections[1].paragraphs == ["执法力量薄弱。"]
    assert section_id


@pytest.mark.parametrize("kind", ["folder", "other program"])
def test_something_else_where_the_library_belongs_is_one_box_and_never_moved(data_dir: Path, qtbot,
                                                                               kind: str) -> None:
    db = data_dir / "chengwen.db"
    if kind == "folder":
        db.mkdir()
    else:
        import sqlite3

        other = sqlite3.connect(db)
        other.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        other.commit()
        other.close()
    before = sorted(p.name for p in data_dir.iterdir())
    boxes = Boxes({"failBox": lambda box: box.accept()})
    try:
        assert open_library(data_dir) is None
    finally:
        boxes.stop()
    assert boxes.names() == ["failBox"]
    assert "不是" in boxes.seen[0][1] and "不会移动" in boxes.seen[0][1] and "已损坏" not in boxes.seen[0][1]
    assert sorted(p.name for p in data_dir.iterdir() if p.name != "chengwen.lock") == before


def test_a_library_that_cannot_be_opened_offers_a_retry(data_dir: Path, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    _library(data_dir)
    real_connect = sqlite3.connect

    def cannot_open(*args: object, **kwargs: object) -> sqlite3.Connection:
        error = sqlite3.OperationalError("unable to open database file")
        error.sqlite_errorcode = 14  # type: ignore[attr-defined]  # SQLITE_CANTOPEN
        raise error
    monkeypatch.setattr(sqlite3, "connect", cannot_open)

    def device_back_then_retry(box: QMessageBox) -> None:
        monkeypatch.setattr(sqlite3, "connect", real_connect)
        next(b for b in box.findChildren(QAbstractButton) if b.objectName() == "choice_retry").click()
    boxes = Boxes({"unopenableBox": device_back_then_retry})
    try:
        opened = open_library(data_dir)
    finally:
        boxes.stop()
    assert opened is not None
    with opened.store as store:
        assert boxes.names() == ["unopenableBox"] and "无法打开" in boxes.seen[0][1]
        assert not store.read_only and len(store.reports.summaries()) == 1
    assert not list(data_dir.glob("*.corrupt-*"))


def _edit_then_fill(window: Window, disk: Disk) -> int:
    """An edit the autosaver has not saved yet, then the disk fills up; the edited section's id."""
    controller = window.controller
    section = controller.report.sections[1]  # type: ignore[union-attr]
    controller.select_section(section.id)  # type: ignore[arg-type]
    controller.set_section_text(section.id, section.heading, [LONG_TEXT])  # type: ignore[arg-type]
    assert controller.pending
    disk.fill(controller.store.db.conn)
    return section.id  # type: ignore[return-value]


def test_closing_on_a_full_disk_keeps_the_window_and_retry_saves_every_edit(disk: Disk, qtbot) -> None:
    window = Window(disk.directory, qtbot)
    window.controller.new_report(2024, "某某区统计局")
    report_id = _open_report_id(window)
    section_id = _edit_then_fill(window, disk)
    stays: list[bool] = []

    def free_then_retry(box: QMessageBox) -> None:
        stays.append(window.window.isVisible())
        disk.free(window.controller.store.db.conn)
        next(b for b in box.findChildren(QAbstractButton) if b.objectName() == "choice_retry").click()
    boxes = Boxes({"unsavedBox": free_then_retry})
    try:
        window.window.close()
    finally:
        boxes.stop()
        disk.free()
    assert boxes.names() == ["unsavedBox"], "one clear message, not a box per attempt"
    text = boxes.seen[0][1]
    assert "磁盘已满" in text and "内存" in text and "Traceback" not in text
    assert _fits_the_screen(boxes.heights)
    assert stays == [True] and not window.window.isVisible()
    window.store.close()  # type: ignore[union-attr]
    window.store = None
    stored = _stored(disk.directory, report_id)
    assert next(s for s in stored.all_sections() if s.id == section_id).paragraphs == [LONG_TEXT]


def test_closing_on_a_full_disk_saves_elsewhere_then_quits_without_saving(disk: Disk, qtbot, tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window = Window(disk.directory, qtbot)
    window.controller.new_report(2024, "某某区统计局")
    report_id = _open_report_id(window)
    window.controller.flush()
    before = _stored(disk.directory, report_id)
    elsewhere = tmp_path / "U盘"
    elsewhere.mkdir()
    monkeypatch.setattr(closing, "choose_folder", lambda _parent, _start: elsewhere)
    section_id = _edit_then_fill(window, disk)
    asked = {"n": 0}

    def first_elsewhere_then_discard(box: QMessageBox) -> None:
        asked["n"] += 1
        key = "choice_elsewhere" if asked["n"] == 1 else "choice_discard"
        next(b for b in box.findChildren(QAbstractButton) if b.objectName() == key).click()

    def yes(box: QMessageBox) -> None:
        next(b for b in box.findChildren(QAbstractButton) if b.text() == "不保存退出").click()
    boxes = Boxes({"unsavedBox": first_elsewhere_then_discard, "savedElsewhereBox": lambda box: box.accept(),
                   "discardBox": yes})
    try:
        window.window.close()
    finally:
        boxes.stop()
        disk.free()
    assert boxes.names() == ["unsavedBox", "savedElsewhereBox", "unsavedBox", "discardBox"]
    assert str(elsewhere) in boxes.seen[2][1]  # the second ask says where the copy is
    assert not window.window.isVisible()
    copies = sorted(p.suffix for p in elsewhere.iterdir())
    assert copies == [".docx", ".json"]
    assert LONG_TEXT[:50] in next(elsewhere.glob("*.json")).read_text(encoding="utf-8")
    window.store.close()  # type: ignore[union-attr]
    window.store = None
    after = _stored(disk.directory, report_id)
    assert [s.paragraphs for s in after.all_sections()] == [s.paragraphs for s in before.all_sections()]
    assert next(s for s in after.all_sections() if s.id == section_id).paragraphs != [LONG_TEXT]


def test_saving_that_fails_while_editing_is_one_box_and_the_retries_go_on(disk: Disk, qtbot) -> None:
    window = Window(disk.directory, qtbot)
    controller = window.controller
    controller.new_report(2024, "某某区统计局")
    report_id = _open_report_id(window)
    section_id = _edit_then_fill(window, disk)
    boxes = Boxes({"saveFailedBox": lambda box: box.accept()})
    try:
        for round_ in range(4):  # four bursts of typing, each saved (and failing) on its own
            controller.autosaver.save_now()
            qtbot.wait(50)
            controller.set_section_text(section_id, f"第{round_}稿", [LONG_TEXT])
        # the autosaver keeps retrying on its own (twice a second), quietly
        qtbot.waitUntil(lambda: window.window.save_label.text() == "保存失败", timeout=3000)
        qtbot.wait(1200)
        assert boxes.names() == ["saveFailedBox"], "one box per episode, not per attempt"
        assert "磁盘已满" in boxes.seen[0][1]
        assert "保存失败" in window.window.statusBar().currentMessage()
        disk.free(controller.store.db.conn)
        qtbot.waitUntil(lambda: window.window.save_label.text().startswith("已保存"), timeout=5000)
        assert not window.window.save_errors.in_episode
    finally:
        boxes.stop()
        disk.free()
    window.close()
    stored = next(s for s in _stored(disk.directory, report_id).all_sections() if s.id == section_id)
    assert stored.heading == "第3稿" and stored.paragraphs == [LONG_TEXT]


def test_an_export_to_a_full_disk_is_one_message_and_leaves_nothing(disk: Disk, report_window: Window,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    if not disk.real:
        pytest.skip("needs a real full disk (tmpfs as root): the shim does not reach the zip writer")
    controller = report_window.controller
    report_id = _open_report_id(report_window)
    controller.flush()
    before = _stored(report_window.directory, report_id)
    snapshots = len(_snapshots(report_window, report_id))
    monkeypatch.setattr(export_actions, "choose_path", lambda _p, _k, _s: disk.directory / "报告.docx")
    monkeypatch.setattr(export_actions, "choose_variant", lambda _p, _k, current: current)
    disk.fill()
    boxes = Boxes({"": lambda box: box.accept()})
    try:
        written = report_window.rooms.output.export("docx")
    finally:
        boxes.stop()
        disk.free()
    assert written is None
    assert len(boxes.seen) == 1
    text = boxes.seen[0][1]
    assert "磁盘已满" in text and "Traceback" not in text and ".tmp" not in text
    assert list(disk.directory.iterdir()) == []  # no half file, no hidden temp file
    assert len(_snapshots(report_window, report_id)) == snapshots
    assert [s.paragraphs for s in _stored(report_window.directory, report_id).all_sections()] == \
        [s.paragraphs for s in before.all_sections()]


def test_an_unexpected_error_is_a_short_box_and_a_traceback_in_the_log(data_dir: Path, qtbot,
                                                                         capsys: pytest.CaptureFixture[str],
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    level = logging.getLogger().level
    log_file = setup_logging(data_dir)
    opened_folders: list[Path] = []
    monkeypatch.setattr(crash_box, "open_folder", opened_folders.append)
    hook = crash_box.CrashBox(log_file)
    boxes = Boxes({"crashBox": "choice_folder"})
    try:
        try:
            raise RuntimeError("something deep went wrong\n" + "第二行很长的细节\n" * 300)
        except RuntimeError as exc:
            hook(type(exc), exc, exc.__traceback__)
    finally:
        boxes.stop()
        root = logging.getLogger()
        root.setLevel(level)
        for handler in [h for h in root.handlers if h.get_name() == "chengwen-file"]:
            root.removeHandler(handler)
            handler.close()
    assert boxes.names() == ["crashBox"]
    text = boxes.seen[0][1]
    first_line = text.splitlines()[0]
    assert "RuntimeError: something deep went wrong" in first_line and "第二行" not in text
    assert str(log_file) in text
    assert _fits_the_screen(boxes.heights)
    assert opened_folders == [data_dir]
    logged = (data_dir / "chengwen.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "第二行很长的细节" in logged
    assert "Traceback" not in capsys.readouterr().err


def test_the_start_makes_no_backup_and_the_background_one_follows(data_dir: Path, qtbot) -> None:
    _library(data_dir)
    opened = open_library(data_dir)
    assert opened is not None
    with opened.store as store:
        assert backups(data_dir) == [], "opening stays quick: no backup on the start-up path"
        window = _window(qtbot, opened)
        upkeep = Upkeep(window, store)
        qtbot.waitUntil(lambda: upkeep.backup is not None, timeout=10000)
        assert backups(data_dir) == [upkeep.backup]
        window.close()


def test_a_background_backup_on_a_full_disk_is_one_status_line(disk: Disk, qtbot) -> None:
    _library(disk.directory)
    opened = open_library(disk.directory)
    assert opened is not None
    with opened.store as store:
        window = _window(qtbot, opened)
        boxes = Boxes({})
        disk.fill(store.db.conn)
        try:
            upkeep = Upkeep(window, store)
            qtbot.waitUntil(lambda: "没有备份" in window.statusBar().currentMessage(), timeout=10000)
            upkeep.finish()
        finally:
            boxes.stop()
            disk.free(store.db.conn)
        assert boxes.seen == [], "a failed backup is never a box, never fatal"
        assert window.isVisible()
        window.close()
    assert not list((disk.directory / "backups").glob("*.part*")) if (disk.directory / "backups").exists() else True


def test_stale_export_temp_files_are_swept_in_the_background(data_dir: Path, tmp_path: Path, qtbot) -> None:
    folder = tmp_path / "导出"
    folder.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    stale = folder / f".chengwen-{int(dead.stdout)}-abc123.tmp"
    theirs = folder / ".~lock.报告.docx#"
    for path in (stale, theirs):
        path.write_bytes(b"x")
        old = time.time() - 3600
        os.utime(path, (old, old))
    with Store(data_dir) as store:
        store.settings.set(export_actions.LAST_FOLDER_KEY, str(folder))
    opened = open_library(data_dir)
    assert opened is not None
    with opened.store as store:
        window = _window(qtbot, opened)
        upkeep = Upkeep(window, store)
        qtbot.waitUntil(lambda: not upkeep.running, timeout=10000)
        qtbot.waitUntil(lambda: upkeep.swept == 1, timeout=2000)
        window.close()
    assert not stale.exists() and theirs.exists()


def test_half_written_backups_of_a_killed_start_are_swept_when_the_window_opens(data_dir: Path, qtbot) -> None:
    _library(data_dir)
    folder = data_dir / "backups"
    folder.mkdir(exist_ok=True)
    leftovers = [folder / "chengwen-20250101-000000-000000.db.part",
                 folder / "chengwen-20250101-000000-000000.db.part-journal"]
    for path in leftovers:
        path.write_bytes(b"\0" * 4096)
    opened = open_library(data_dir)
    assert opened is not None
    with opened.store:
        assert not any(path.exists() for path in leftovers)
