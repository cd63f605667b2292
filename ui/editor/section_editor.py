"""The editor of the selected section: heading line, body (one paragraph per line), part and
status, the guidance of its part, and last year's text as a reference to copy from.

Undo is the controller's: the text widgets keep no undo history of their own and let Ctrl+Z /
Ctrl+Y reach the window's actions, so typing then Ctrl+Z undoes the typing through the one stack."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.model import Part, Section, Status
from app.outline import paragraphs_of, without_typed_marker
from app.template import Variables, part_guidance
from ui.editor.controller import ReportController
from ui.editor.end_nodes import end_title
from ui.editor.key_filters import CursorAtEndOnTab, LeaveUndoToTheWindow
from ui.editor.page_view import BodyEdit, replace_differing, zoomed
from ui.editor.section_model import part_name, status_name
from ui.editor.section_notes import SectionNotes
from ui.window.fonts import document_font


class SectionEditor(QWidget):
    """Edits the controller's current section; `insert_text` is the slot panels insert through."""

    body: BodyEdit  # made after the heading, whose Enter already hands over to it

    textInserted = Signal(str)

    def __init__(self, controller: ReportController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._section: Section | None = None
        self._loading = False
        self._typing = False  # the controller's echo of our own keystroke is on its way
        self._lines: list[str] = [""]  # the body's lines as the controller last heard them
        self._positions: dict[int, int] = {}
        self._guidance = part_guidance()
        self._undo_filter = LeaveUndoToTheWindow(self)
        self._build()
        controller.currentSectionChanged.connect(self._current_changed)
        controller.sectionChanged.connect(self._section_changed)
        controller.structureChanged.connect(self._refresh_place)
        controller.propertiesChanged.connect(self._refresh_place)
        controller.reportOpened.connect(lambda: self._current_changed(controller.current_section_id()))
        self._current_changed(controller.current_section_id())

    # ---- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("sectionEditor")
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.placeholder = QLabel(self.tr("在左侧的章节树中选择一个章节开始写作。\n\n"
                                          "Insert 添加章节 · F2 重命名 · Ctrl+↑/↓ 移动 · Ctrl+←/→ 升级/降级"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setObjectName("editorPlaceholder")
        self.stack.addWidget(self.placeholder)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)

        title_row = QHBoxLayout()
        self.number_label = QLabel()
        self.number_label.setObjectName("sectionNumber")
        self.heading = QLineEdit()
        self.heading.setObjectName("headingEdit")
        self.heading.setPlaceholderText(self.tr("章节标题"))
        self.heading.setFrame(False)
        heading_font = document_font(15)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.number_label.setFont(heading_font)
        self.heading.installEventFilter(self._undo_filter)
        self.heading.textChanged.connect(self._heading_edited)
        self.heading.returnPressed.connect(lambda: self.body.setFocus())
        self.heading.editingFinished.connect(self._drop_typed_marker)
        self._keep_heading = CursorAtEndOnTab(self)
        self.heading.installEventFilter(self._keep_heading)
        title_row.addWidget(self.number_label)
        title_row.addWidget(self.heading, 1)
        layout.addLayout(title_row)

        meta_row = QHBoxLayout()
        self.part_label = QLabel(self.tr("部分："))
        self.part_combo = QComboBox()
        self.part_combo.addItem(self.tr("（不属于五部分）"), None)
        for part in Part:
            self.part_combo.addItem(part_name(part), part)
        self.part_combo.activated.connect(self._part_chosen)
        self.part_label.setBuddy(self.part_combo)
        self.status_combo = QComboBox()
        for status in Status:
            self.status_combo.addItem(status_name(status), status)
        self.status_combo.activated.connect(self._status_chosen)
        status_label = QLabel(self.tr("状态："))
        status_label.setBuddy(self.status_combo)
        self.count_label = QLabel()
        self.count_label.setObjectName("sectionCount")
        meta_row.addWidget(self.part_label)
        meta_row.addWidget(self.part_combo)
        meta_row.addSpacing(12)
        meta_row.addWidget(status_label)
        meta_row.addWidget(self.status_combo)
        meta_row.addStretch(1)
        meta_row.addWidget(self.count_label)
        layout.addLayout(meta_row)

        self.guidance = QLabel()
        self.guidance.setObjectName("guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.guidance)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.body = BodyEdit()
        self.body.setObjectName("bodyEdit")
        self.body.setUndoRedoEnabled(False)
        self.body.setTabChangesFocus(True)  # a tab character has no place in a report; Tab moves on
        self.body.installEventFilter(self._undo_filter)
        self.body.setPlaceholderText(self.tr("在这里写正文：一行一段，按 Enter 另起一段。"))
        self._body_font = document_font(13)
        self.zoom = 0
        self.body.set_page_font(self._body_font)
        self.body.document().setDocumentMargin(14)
        # the document says where it changed: only those lines are read again (issue 15)
        self.body.document().contentsChange.connect(self._body_changed)
        self.body.setFrameShape(QFrame.Shape.StyledPanel)
        self.splitter.addWidget(self.body)

        self.reference = QWidget()
        self.reference.setObjectName("referencePane")
        ref_layout = QVBoxLayout(self.reference)
        ref_layout.setContentsMargins(0, 0, 0, 0)
        self.ref_title = ref_title = QLabel(self.tr("去年参考"))
        ref_title.setObjectName("referenceTitle")
        self.reference_list = QListWidget()
        self.reference_list.setWordWrap(True)
        self.reference_list.setAlternatingRowColors(True)
        self.reference_list.setToolTip(self.tr("去年同一节的原文，只作参考；双击把段落插入正文"))
        self.reference_list.itemDoubleClicked.connect(lambda _item: self.copy_reference())
        self.copy_button = QPushButton(self.tr("插入所选段落"))
        self.copy_button.clicked.connect(self.copy_reference)
        # 开头/结尾 after a roll-forward: last year's whole text, years moved on, in one action
        self.take_all_button = QPushButton(self.tr("采用全部（年份已改为今年）"))
        self.take_all_button.setObjectName("takeReferenceButton")
        self.take_all_button.clicked.connect(self.take_reference)
        ref_layout.addWidget(ref_title)
        ref_layout.addWidget(self.reference_list, 1)
        ref_layout.addWidget(self.copy_button)
        ref_layout.addWidget(self.take_all_button)
        self.splitter.addWidget(self.reference)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self.notes = SectionNotes(self.controller)  # never exported (issue 12)
        self.notes.edit.installEventFilter(self._undo_filter)
        layout.addWidget(self.notes)
        self.stack.addWidget(page)
        self.page = page

    # ---- loading -------------------------------------------------------------------------
    def section(self) -> Section | None:
        return self._section

    def _current_changed(self, section_id: int) -> None:
        if self._section is not None and self._section.id is not None:
            self._positions[id(self._section)] = self.body.textCursor().position()
        section = self.controller.section(section_id)
        self._section = section
        self.notes.show_section(section)
        if section is None:
            self.stack.setCurrentWidget(self.placeholder)
            return
        self._loading = True
        try:
            self.heading.setText(section.heading)
            self.body.setPlainText("\n".join(section.paragraphs))
            self._lines = self.body.toPlainText().split("\n")
            cursor = self.body.textCursor()
            cursor.setPosition(min(self._positions.get(id(section), 0), len(self.body.toPlainText())))
            self.body.setTextCursor(cursor)
            self.heading.setCursorPosition(0)
            self.reference_list.clear()
            for paragraph in section.reference:
                QListWidgetItem(paragraph, self.reference_list)
            self.reference.setVisible(bool(section.reference))
        finally:
            self._loading = False
        end = self.controller.is_end_node(section)
        self.heading.setVisible(not end)  # 开头/结尾 have no heading of their own
        self.take_all_button.setVisible(end)
        self.ref_title.setText(self.tr("去年的%1（年份已改为今年）").replace("%1", end_title(section)) if end
                               else self.tr("去年参考"))
        read_only = self.controller.read_only
        self.take_all_button.setEnabled(not read_only)
        self.heading.setReadOnly(read_only)
        self.body.setReadOnly(read_only)
        self.copy_button.setEnabled(not read_only)
        self.stack.setCurrentWidget(self.page)
        self._refresh_place()

    def _refresh_place(self) -> None:
        """Number, part, status, guidance and counts: everything derived from where the section is."""
        section = self._section
        report = self.controller.report
        end = self.controller.is_end_node(section)
        if section is None or report is None or not (self.controller.contains(section) or end):
            return
        self.number_label.setText(end_title(section) if end else self.controller.number_of(section))
        top_level = self.controller.parent_of(section) is None and not end
        self.part_label.setVisible(top_level)
        self.part_combo.setVisible(top_level)
        self.part_combo.setEnabled(not self.controller.read_only)
        self.part_combo.setCurrentIndex(self.part_combo.findData(section.part) if section.part else 0)
        self.status_combo.setEnabled(not self.controller.read_only)
        self.status_combo.setCurrentIndex(self.status_combo.findData(section.status))
        guidance = self._guidance.get(section.part) if (top_level and section.part is not None) else None
        if guidance:
            filled = Variables(report.year, report.organization or self.tr("本单位")).fill(guidance)
            self.guidance.setText(self.tr("写作提示：") + filled)
        self.guidance.setVisible(bool(guidance))
        self._refresh_count()

    def _refresh_count(self) -> None:
        if self._section is not None:
            counts = self.controller.body_counts(self._section)
            self.count_label.setText(self.tr("正文 %1 字").replace("%1", f"{counts.characters:,}"))

    def _section_changed(self, section_id: int) -> None:
        section = self._section
        if section is None or section.id != section_id:
            return
        # an undo, a replace or a rename elsewhere: show it, unless it is what is already on screen
        if self.heading.text() != section.heading:
            self._loading = True
            try:
                position = self.heading.cursorPosition()
                self.heading.setText(section.heading)
                self.heading.setCursorPosition(min(position, len(section.heading)))
            finally:
                self._loading = False
        if self._typing:  # our keystroke's echo: shown already; only the status (待写→草稿) and count change
            self.status_combo.setCurrentIndex(self.status_combo.findData(section.status))
            self._refresh_count()
            return
        if paragraphs_of(self.body.toPlainText()) != section.paragraphs:
            self._replace_body("\n".join(section.paragraphs))
        self._refresh_place()

    def _replace_body(self, new: str) -> None:
        """Swap in new text by replacing only the part that differs, so the view does not jump."""
        self._loading = True
        try:
            cursor = replace_differing(self.body, new)
        finally:
            self._loading = False
            self._lines = self.body.toPlainText().split("\n")
        self.body.setTextCursor(cursor)
        self.body.ensureCursorVisible()

    # ---- editing -------------------------------------------------------------------------
    def _drop_typed_marker(self) -> None:
        text = self.heading.text()
        cleaned = without_typed_marker(text.strip())
        if cleaned != text.strip() and not self.heading.isReadOnly():
            self.heading.setText(cleaned)

    def _heading_edited(self) -> None:
        section = self._section
        if self._loading or section is None or section.id is None:
            return
        self._typing = True
        try:
            self.controller.set_section_text(section.id, self.heading.text().strip(), section.paragraphs)
        finally:
            self._typing = False

    def _body_changed(self, position: int, removed: int, added: int) -> None:
        """The body changed at `position`: read the lines (blocks) the change touched, hand the
        controller the paragraphs they held and hold now. `_lines` mirrors the document's lines,
        so neither the whole text nor every paragraph is looked at per keystroke."""
        section = self._section
        if self._loading or section is None or section.id is None:
            return
        document = self.body.document()
        first = document.findBlock(position).blockNumber()
        end = document.findBlock(position + added)
        last = end.blockNumber() if end.isValid() else document.blockCount() - 1
        now = last - first + 1
        before = now - (document.blockCount() - len(self._lines))
        if first < 0 or before < 1 or first + before > len(self._lines):
            self._lines = self.body.toPlainText().split("\n")  # out of step (never seen): read all once
            self.controller.set_section_text(section.id, section.heading, paragraphs_of("\n".join(self._lines)))
            self._refresh_count()
            return
        new_lines = [document.findBlockByNumber(n).text() for n in range(first, last + 1)]
        old_lines = self._lines[first:first + before]
        self._lines[first:first + before] = new_lines
        start = sum(1 for line in self._lines[:first] if line.strip())
        old = [line.strip() for line in old_lines if line.strip()]
        self._typing = True
        try:
            self.controller.splice_paragraphs(section.id, start, len(old),
                                              [line.strip() for line in new_lines if line.strip()])
        finally:
            self._typing = False

    def _part_chosen(self, index: int) -> None:
        if self._section is not None and self._section.id is not None:
            self.controller.set_part(self._section.id, self.part_combo.itemData(index))

    def _status_chosen(self, index: int) -> None:
        if self._section is not None and self._section.id is not None:
            self.controller.set_status(self._section.id, self.status_combo.itemData(index))

    def insert_text(self, text: str) -> None:
        """Insert at the body's cursor (phrases, activities, reference paragraphs)."""
        if self._section is None or self.controller.read_only or not text:
            return
        self.body.insertPlainText(text)
        self.body.setFocus()
        self.textInserted.emit(text)

    def copy_reference(self) -> None:
        item = self.reference_list.currentItem()
        if item is None:
            return
        cursor = self.body.textCursor()
        block_text = cursor.block().text()
        # a copied paragraph is a paragraph of its own
        prefix = "\n" if block_text.strip() and cursor.positionInBlock() > 0 else ""
        self.insert_text(prefix + item.text() + "\n")

    def take_reference(self) -> None:
        """Take last year's whole text (开头/结尾: with the years moved on) as this node's text, in
        one undoable step; appended after what is already written."""
        section = self._section
        if section is None or self.controller.read_only or not section.reference:
            return
        assert section.id is not None
        self.controller.steps.new_step()  # its own undo step, named for what it did
        self.controller.set_section_text(section.id, section.heading, [*section.paragraphs, *section.reference],
                                         self.tr("采用去年的%1").replace("%1", self.number_label.text()))
        self.controller.steps.new_step()
        cursor = self.body.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    def select_match(self, paragraph: int, start: int, length: int) -> None:
        """Show a find result: select `length` characters at `start` of the heading (paragraph -1)
        or of the paragraph-th body paragraph (blank lines are not paragraphs)."""
        if paragraph < 0:
            self.heading.setFocus()
            self.heading.setSelection(start, length)
            return
        block = self.body.document().firstBlock()
        seen = -1
        while block.isValid():
            text = block.text()
            if text.strip():
                seen += 1
                if seen == paragraph:
                    begin = block.position() + (len(text) - len(text.lstrip())) + start
                    cursor = self.body.textCursor()
                    cursor.setPosition(begin)
                    cursor.setPosition(begin + length, QTextCursor.MoveMode.KeepAnchor)
                    self.body.setTextCursor(cursor)
                    self.body.ensureCursorVisible()
                    self.body.setFocus()
                    return
            block = block.next()

    def set_zoom(self, steps: int) -> None:
        """The body's text size, `steps` points from the base (0)."""
        self.zoom = steps
        self.body.set_page_font(zoomed(self._body_font, steps))

    def focus_body(self) -> None:
        self.body.setFocus()
