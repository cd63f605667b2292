"""Feedback on every action: the status line after an export, Ctrl+S, a single replace; Esc in a
dock; and the empty window's buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui.window.file_notice import FileNotice


def test_every_export_says_where_it_went(report_window, tmp_path: Path, monkeypatch) -> None:
    import ui.output.export_actions as export_actions

    window = report_window.window
    monkeypatch.setattr(export_actions, "offer_to_open", lambda *a: None)  # the box is tested in ui/output
    monkeypatch.setattr(export_actions, "choose_variant", lambda _p, _k, current: current)  # the plain version
    for kind, action in (("docx", report_window.rooms.output.word_action),
                         ("xlsx", report_window.rooms.output.excel_action)):
        target = tmp_path / f"报告.{kind}"
        monkeypatch.setattr(export_actions, "choose_path", lambda *a, t=target: t)
        action.trigger()
        assert target.exists()
        variant = "plain" if kind in export_actions.VARIANT_KINDS else None
        assert window.statusBar().currentMessage() == export_actions.written_status(target, variant)
        assert str(tmp_path) in window.statusBar().currentMessage()
        notice = window.statusBar().findChild(FileNotice, "fileNotice")
        assert notice is not None and notice.isVisible() and notice.path == target
    opened = []
    monkeypatch.setattr("ui.window.file_notice.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()))
    notice.open_folder.click()
    notice.open_file.click()
    assert opened == [str(tmp_path), str(tmp_path / "报告.xlsx")]


def test_a_pdf_from_the_print_preview_says_so_in_the_main_window(report_window, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    import ui.output.export_actions as export_actions
    from ui.output.print_preview import export_pdf

    monkeypatch.setattr(export_actions, "offer_to_open", lambda *a: None)
    monkeypatch.setattr(export_actions, "choose_path", lambda *a: tmp_path / "报告.pdf")
    preview = QDialog(report_window.window)  # the preview is a dialog over the main window
    assert export_pdf(preview, report_window.controller.report) == tmp_path / "报告.pdf"
    assert report_window.window.statusBar().currentMessage() == export_actions.written_status(tmp_path / '报告.pdf', None)
    preview.deleteLater()


def test_ledger_export_says_so(report_window, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    report_window.rooms.library.focus_library("activities")
    panel = report_window.rooms.library.activity_panel
    target = tmp_path / "台账.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.export_button.click()
    assert target.exists()
    assert report_window.window.statusBar().currentMessage().startswith("已导出台账")
    assert str(target) in report_window.window.statusBar().currentMessage()


def test_ctrl_s_saves_now_and_says_so(report_window, qtbot) -> None:
    controller, window = report_window.controller, report_window.window
    section = controller.report.sections[0]
    controller.set_section_text(section.id, section.heading, ["先写一句。"])
    assert controller.pending
    window.editor.body.setFocus()
    qtbot.waitUntil(window.editor.body.hasFocus, timeout=2000)
    QTest.keyClick(window.editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not controller.pending
    assert report_window.store.reports.load(controller.report.id).sections[0].paragraphs == ["先写一句。"]
    assert window.save_label.text().startswith("已保存 ") and len(window.save_label.text()) == len("已保存 12:00:00")
    assert window.statusBar().currentMessage() == window.save_label.text()


def test_replacing_the_last_match_says_it_replaced(report_window) -> None:
    controller, window = report_window.controller, report_window.window
    section = controller.report.sections[0]
    controller.set_section_text(section.id, section.heading, ["依法行政，依法行政。"])
    window.show_find(True)
    panel = window.find_panel
    panel.find_edit.setText("依法行政")
    panel.search()
    panel.replace_edit.setText("依法治理")
    panel.replace_one()
    assert panel.summary.text() == "已替换 1 处，还有 1 处"
    panel.replace_one()
    assert panel.summary.text() == "已替换 1 处，可撤销"
    assert section.paragraphs == ["依法治理，依法治理。"]


def test_esc_in_a_dock_goes_back_to_the_editor(report_window, qtbot) -> None:
    window = report_window.window
    window.show_find(False)
    dock = window.find_dock
    assert dock.height() > 150  # not a thin strip
    panel = window.find_panel
    panel.results.setFocus()
    qtbot.waitUntil(panel.results.hasFocus, timeout=2000)
    QTest.keyClick(panel.results, Qt.Key.Key_Escape)
    assert not dock.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor.body, timeout=2000)
    # after a click on a match the keyboard is in the text: Esc there closes the find bar too
    window.show_find(False)
    panel.find_edit.setText("依法")
    window.show_match(report_window.controller.report.sections[0].id, -1, 0, 1)
    window.editor.body.setFocus()
    qtbot.waitUntil(window.editor.body.hasFocus, timeout=2000)
    QTest.keyClick(window.editor.body, Qt.Key.Key_Escape)
    assert not dock.isVisible()
    room = report_window.rooms.checks
    room.run_checks()
    assert room.checks_dock.height() > 200  # more than five rows
    room.checks_panel.list.setFocus()
    qtbot.waitUntil(room.checks_panel.list.hasFocus, timeout=2000)
    QTest.keyClick(room.checks_panel.list, Qt.Key.Key_Escape)
    assert room.checks_dock.isVisible()  # the panel stays; the keyboard is back in the text
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor.body, timeout=2000)


def test_the_empty_window_leads(app_window, monkeypatch) -> None:
    window = app_window.window
    assert window.central.currentWidget() is window.empty_page
    page = window.empty_page
    assert [b.text() for b in page.buttons.values()] == ["新建报告", "以去年报告为基础新建", "导入去年报告", "打开"]
    assert all(b.isVisible() and b.isEnabled() for b in page.buttons.values())
    triggered = []
    for ident in page.buttons:
        window.registry[ident].triggered.disconnect()
        window.registry[ident].triggered.connect(lambda _=False, i=ident: triggered.append(i))
    for button in page.buttons.values():
        button.click()
    assert triggered == ["file.new", "file.rollforward", "file.import", "file.open"]

    report_id = app_window.controller.new_report(2025, "某县司法局")
    assert window.central.currentWidget() is window.splitter
    app_window.controller.close_report()
    assert window.central.currentWidget() is window.empty_page
    assert page.recent.count() == 1 and page.recent.item(0).text().endswith("（2025）")
    page.recent.itemClicked.emit(page.recent.item(0))
    assert app_window.controller.report.id == report_id
