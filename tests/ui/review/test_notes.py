"""Notes per section in the editor: typed notes are saved with the section as one undo step,
counted in the tree's tooltip, never exported; a leader's kept comment shows up in them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.export.txt_writer import report_text
from tests.ui.conftest import type_text
from tests.ui.review.helpers import when_modal
from ui.review.review_dialog import ReviewDialog


def test_typed_notes_are_saved_counted_undone_and_not_exported(report_window, qtbot) -> None:
    w = report_window
    section = w.controller.report.sections[1]
    w.controller.select_section(section.id)
    notes = w.editor.notes
    assert not notes.edit.isVisible()  # folded while the section has none
    notes.toggle.click()
    assert notes.edit.isVisible()
    notes.edit.setFocus()
    type_text(notes.edit, "请核对执法人数\n王科长：补充案例")
    qtbot.waitUntil(lambda: w.store.reports.load(w.controller.report.id).find_section(section.id).notes != "",
                    timeout=5000)
    stored = w.store.reports.load(w.controller.report.id)
    assert stored.find_section(section.id).notes == "请核对执法人数\n王科长：补充案例"
    assert notes.toggle.text() == "备注（2 条）"
    model = w.tree.tree_model
    assert "备注 2 条" in model.data(model.index_for_id(section.id), Qt.ItemDataRole.ToolTipRole)
    assert "请核对执法人数" not in report_text(stored)  # never exported

    # the section's text typed afterwards is another undo step: undo takes back the notes alone
    w.window.undo_action.trigger()
    assert w.store.reports.load(w.controller.report.id).find_section(section.id).notes == ""
    assert notes.edit.toPlainText() == ""
    assert "备注" not in model.data(model.index_for_id(section.id), Qt.ItemDataRole.ToolTipRole)
    w.window.redo_action.trigger()
    assert notes.edit.toPlainText() == "请核对执法人数\n王科长：补充案例"

    # leaving the section saves what was typed at once, to the section it was typed for
    type_text(notes.edit, "。")
    other = w.controller.report.sections[2]
    w.controller.select_section(other.id)
    assert w.store.reports.load(w.controller.report.id).find_section(section.id).notes.endswith("补充案例。")
    assert notes.edit.toPlainText() == ""


def test_a_kept_comment_is_shown_in_the_notes(reviewed) -> None:
    w, _rid, file, edits, _report = reviewed

    def keep_comment(dialog: ReviewDialog) -> None:
        comment = next(c.id for c in dialog.review.changes if c.kind == "comment")
        dialog.select_ids({comment})
        dialog.accept_button.click()
        dialog.accept()

    when_modal(ReviewDialog, keep_comment)
    w.rooms.review.import_reviewed(file)
    section = edits["comment"][0]
    w.controller.select_section(section.id)
    notes = w.editor.notes
    assert notes.toggle.isChecked() and notes.edit.isVisible()
    assert "此处请补充具体数字" in notes.edit.toPlainText() and "王局长" in notes.edit.toPlainText()
    model = w.tree.tree_model
    assert "备注 1 条" in model.data(model.index_for_id(section.id), Qt.ItemDataRole.ToolTipRole)
