"""The notes of the section in the editor (issue 12): the clerk's own remarks and the leaders'
kept 批注, one a line. Saved with the section as one undoable edit, never exported."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget

from app.model import Section
from ui.editor.commands import FieldEdit
from ui.editor.controller import ReportController
from ui.editor.section_model import note_count

SAVE_AFTER_MS = 1200  # a pause in typing saves the notes (as leaving the field does)


class SectionNotes(QWidget):
    """A small area under the body; folded away to its title line while the section has no notes."""

    def __init__(self, controller: ReportController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("sectionNotes")
        self._section: Section | None = None
        self._loading = False
        self.toggle = QToolButton()
        self.toggle.setObjectName("notesToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._fold)
        self.hint = QLabel(self.tr("备注只留在成文里，不会导出或打印"))
        self.hint.setObjectName("notesHint")
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("notesEdit")
        self.edit.setUndoRedoEnabled(False)  # Ctrl+Z is the window's (one stack)
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(self.tr("本节的备注，一行一条（领导批注可在“导入领导修改稿”时保留到这里）"))
        self.edit.setMaximumHeight(110)
        self.edit.textChanged.connect(self._typed)
        self.edit.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.commit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        controller.sectionChanged.connect(self._section_changed)
        self._fold(False)

    def show_section(self, section: Section | None) -> None:
        self.commit()  # what was typed for the section being left belongs to it
        self._section = section
        self._loading = True
        try:
            self.edit.setPlainText(section.notes if section is not None else "")
            self.edit.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            self._loading = False
        self.edit.setReadOnly(self.controller.read_only)
        self._update_title()
        self.toggle.setChecked(bool(section is not None and section.notes.strip()))

    def _fold(self, open_: bool) -> None:
        self.edit.setVisible(open_)
        self.hint.setVisible(open_)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)

    def _update_title(self) -> None:
        count = note_count(self._section) if self._section is not None else 0
        self.toggle.setText(self.tr("备注（%1 条）").replace("%1", str(count)) if count else self.tr("备注"))

    def _typed(self) -> None:
        if not self._loading:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False

    def commit(self) -> None:
        """Save what is typed now, as one undo step."""
        self._timer.stop()
        section = self._section
        if section is None or self.controller.read_only or not self.controller.contains(section):
            return
        text = "\n".join(line.rstrip() for line in self.edit.toPlainText().strip().splitlines())
        if text == section.notes:
            return
        self.controller.steps.new_step()
        self.controller.undo_stack.push(FieldEdit(self.controller, section, {"notes": section.notes},
                                                  {"notes": text}, self.tr("编辑备注")))

    def _section_changed(self, section_id: int) -> None:
        section = self._section
        if section is None or section.id != section_id:
            return
        self._update_title()
        if self.edit.toPlainText().strip() != section.notes and not self._timer.isActive():
            self._loading = True  # an undo of the notes, or a merge that kept a comment
            try:
                self.edit.setPlainText(section.notes)
                self.edit.moveCursor(QTextCursor.MoveOperation.End)  # a note is added at the end
            finally:
                self._loading = False
            if section.notes:
                self.toggle.setChecked(True)
