"""Starting the app: the whole run_app path, a second copy (read-only offer), a corrupt database
(the clerk is asked first; only then is it set aside for a backup or a fresh library), an
unwritable data directory, the English UI."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from app.store import Store
from app.store.backup import backups
from app.template import template_report
from tests.ui.conftest import answer_box, type_text
from ui.editor.controller import ReportController
from ui.main import PROBE_ENV, run_app
from ui.window.i18n import install_translations
from ui.window.main_window import MainWindow
from ui.window.store_opening import open_library, open_store


def make_library(directory: Path) -> tuple[int, int]:
    """A library with one report whose second section was the last one open."""
    with Store(directory) as store:
        report = template_report(2024, "某某区统计局")
        report.sections[1].paragraphs = ["执法力量薄弱。"]
        report_id = store.reports.insert(report)
        store.settings.set("last_report", report_id)
        store.settings.set("last_section", report.sections[1].id)
        return report_id, report.sections[1].id  # type: ignore[return-value]


def test_run_app_reopens_last_report_and_section(data_dir, qtbot, capsys, monkeypatch) -> None:
    _report_id, section_id = make_library(data_dir)
    monkeypatch.setenv(PROBE_ENV, "1")
    assert run_app(str(data_dir)) == 0
    out = capsys.readouterr().out
    ready = next(line for line in out.splitlines() if line.startswith("CHENGWEN_READY"))
    _tag, _time, visible, current = ready.split()
    assert visible == "1" and int(current) == section_id
    assert backups(data_dir), "the start makes a backup (in the background, finished before exit)"
    with Store(data_dir) as store:  # the lock was released on exit
        assert store.settings.get("last_section") == section_id


def test_second_copy_gets_the_read_only_offer(data_dir, qtbot, capsys, monkeypatch) -> None:
    report_id, section_id = make_library(data_dir)
    with Store(data_dir) as first_copy:
        monkeypatch.setenv(PROBE_ENV, "1")
        seen = answer_box("只读打开")
        assert run_app(str(data_dir)) == 0
        assert "另一个成文程序正在使用数据目录" in seen[0]
        assert "CHENGWEN_READY" in capsys.readouterr().out

        seen = answer_box("退出")
        assert run_app(str(data_dir)) == 1
        assert seen

        # the read-only window says so and lets nothing be changed
        seen = answer_box("只读打开")
        store = open_store(data_dir)
        assert store is not None and store.read_only
        controller = ReportController(store)
        window = MainWindow(controller, store.settings)
        qtbot.addWidget(window)
        controller.open_report(report_id, section_id)
        window.show()
        assert "[只读]" in window.windowTitle()
        assert not window.read_only_label.isHidden()
        assert window.editor.body.isReadOnly() and window.editor.heading.isReadOnly()
        assert not window.tree.add_sibling_action.isEnabled()
        assert not window.tree.delete_action.isEnabled()
        assert not window.replace_action.isEnabled()
        type_text(window.editor.body, "不应写入")
        assert controller.add_sibling(section_id) == -1
        window.close()
        store.close()
        assert first_copy.reports.load(report_id).sections[1].paragraphs == ["执法力量薄弱。"]


def _asked_with_the_file_in_place(db: Path, content: bytes, choice: str) -> list[str]:
    """Answer the corrupt-library question with `choice`, recording whether the damaged file was
    still where it was, untouched, while the clerk was being asked (the old code set it aside first)."""
    seen: list[str] = []

    def look_then_choose(box) -> None:
        seen.append(box.text() + "\n" + box.informativeText())
        seen.append("in place" if db.exists() and db.read_bytes() == content else "moved")
        next(b for b in box.findChildren(QAbstractButton) if b.objectName() == choice).click()
    answer_box(look_then_choose)
    return seen


def test_corrupt_database_is_set_aside_for_a_fresh_library_only_after_the_choice(data_dir, qtbot) -> None:
    garbage = b"this is not an SQLite database " * 200
    db = data_dir / "chengwen.db"
    db.write_bytes(garbage)
    seen = _asked_with_the_file_in_place(db, garbage, "choice_fresh")
    opened = open_library(data_dir)
    assert opened is not None
    try:
        assert "资料库文件已损坏" in seen[0]
        assert seen[1] == "in place"
        aside = list(data_dir.glob("chengwen.db.corrupt-*"))
        assert len(aside) == 1 and aside[0].read_bytes() == garbage  # kept, never deleted
        assert str(aside[0]) in opened.notice  # the window's status bar says where it went
        assert opened.store.reports.summaries() == []
        opened.store.reports.insert(template_report(2025))
    finally:
        opened.store.close()


def test_corrupt_database_restored_from_newest_backup(data_dir, qtbot) -> None:
    report_id, _section = make_library(data_dir)
    Store(data_dir, make_backup=True).close()  # a start-up: makes the backup
    assert backups(data_dir)
    db = data_dir / "chengwen.db"
    db.write_bytes(b"\0garbage" * 500)
    seen = _asked_with_the_file_in_place(db, b"\0garbage" * 500, "choice_backup")
    store = open_store(data_dir)
    assert store is not None
    try:
        assert "最近的备份" in seen[0] and seen[1] == "in place"
        assert store.reports.load(report_id).sections[1].paragraphs == ["执法力量薄弱。"]
        assert list(data_dir.glob("chengwen.db.corrupt-*"))
    finally:
        store.close()


def test_an_empty_library_file_offers_the_backup_first(data_dir, qtbot) -> None:
    report_id, _section = make_library(data_dir)
    Store(data_dir, make_backup=True).close()
    db = data_dir / "chengwen.db"
    db.write_bytes(b"")
    seen = answer_box(lambda box: box.defaultButton().click())  # type: ignore[attr-defined]  # Enter: the default
    store = open_store(data_dir)
    assert store is not None
    try:
        assert "资料库文件是空的" in seen[0]
        assert store.reports.exists(report_id), "the default is the newest backup, never an empty library"
    finally:
        store.close()


def test_corrupt_database_and_quit_moves_nothing(data_dir, qtbot) -> None:
    db = data_dir / "chengwen.db"
    db.write_bytes(b"garbage" * 500)
    answer_box("choice_quit")
    assert open_store(data_dir) is None
    assert not list(data_dir.glob("chengwen.db.corrupt-*"))
    assert db.read_bytes() == b"garbage" * 500


def test_unwritable_data_directory_says_so(tmp_path, qtbot) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    seen = answer_box(lambda box: box.accept())
    assert open_store(blocker / "data") is None
    assert "数据目录不可写" in seen[0]


def test_english_interface(report_window, qtbot) -> None:
    app = QApplication.instance()
    loaded = install_translations(app, "en")
    try:
        assert loaded and loaded[0].endswith("chengwen_en.qm")
        controller = report_window.controller
        window = MainWindow(controller, controller.store.settings)
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:2] == ["&File", "&Edit"]
        assert window.tree.model().headerData(0, Qt.Orientation.Horizontal) == "Section"
        assert window.editor.count_label.text().startswith("Body:")
    finally:
        install_translations(app, "zh_CN")
    window2 = MainWindow(report_window.controller, report_window.controller.store.settings)
    qtbot.addWidget(window2)
    assert window2.file_menu.title() == "文件(&F)"
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "").startswith("是")  # Qt's own, in Chinese


def test_no_other_copy_can_open_the_library_while_the_clerk_decides(data_dir, qtbot) -> None:
    """QA found a `chengwen list` run during the corrupt-library question started a fresh library."""
    from app.errors import DataDirLocked

    (data_dir / "chengwen.db").write_bytes(b"garbage" * 500)
    meanwhile: list[str] = []

    def try_a_second_copy_then_choose_fresh(box) -> None:
        try:
            Store(data_dir).close()
            meanwhile.append("opened")
        except DataDirLocked:
            meanwhile.append("locked")
        next(b for b in box.findChildren(QAbstractButton) if b.objectName() == "choice_fresh").click()

    answer_box(try_a_second_copy_then_choose_fresh)
    store = open_store(data_dir)
    assert store is not None
    store.close()
    assert meanwhile == ["locked"]
