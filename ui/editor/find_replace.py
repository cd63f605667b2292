"""Find (Ctrl+F) and replace (Ctrl+H) across the whole report, with a clickable list of matches."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model import Section
from ui.editor.controller import ReportController
from ui.editor.end_nodes import end_title
from ui.editor.text_search import Match, find_matches, replaced_text, section_matches

SHOWN_LIMIT = 2000  # a list longer than this helps nobody; the count still says how many


class FindReplacePanel(QWidget):
    """Emits `matchActivated(section_id, paragraph, start, length)` when a match is chosen."""

    matchActivated = Signal(int, int, int, int)

    def __init__(self, controller: ReportController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.matches: list[Match] = []
        self._replaced_note = ""  # shown instead of 没有找到 right after 全部替换
        self.setObjectName("findReplacePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        grid = QGridLayout()
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("在全文（标题和正文）中查找"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit()
        self.replace_edit.setPlaceholderText(self.tr("替换为"))
        self.case_box = QCheckBox(self.tr("区分大小写"))
        self.replace_button = QPushButton(self.tr("替换"))
        self.replace_all_button = QPushButton(self.tr("全部替换"))
        self.find_label = QLabel(self.tr("查找："))
        self.find_label.setBuddy(self.find_edit)
        self.replace_label = QLabel(self.tr("替换："))
        self.replace_label.setBuddy(self.replace_edit)
        grid.addWidget(self.find_label, 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(self.case_box, 0, 2, 1, 2)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        grid.addWidget(self.replace_button, 1, 2)
        grid.addWidget(self.replace_all_button, 1, 3)
        layout.addLayout(grid)
        self.summary = QLabel()
        self.summary.setObjectName("findSummary")
        layout.addWidget(self.summary)
        self.results = QListWidget()
        self.results.setObjectName("findResults")
        self.results.setUniformItemSizes(True)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._refresh)
        self._edited: set[int] = set()  # sections typed in since the last search
        self._whole = False             # the outline or the report changed: search it all again
        self.find_edit.textChanged.connect(lambda _t: self._new_query())
        self.find_edit.returnPressed.connect(self.next_match)
        self.case_box.toggled.connect(lambda _on: self.search())
        self.results.itemActivated.connect(self._activate)
        self.results.itemClicked.connect(self._activate)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        controller.sectionChanged.connect(self._schedule)
        for signal in (controller.structureChanged, controller.reportOpened):
            signal.connect(lambda: self._schedule(None))
        # Tab goes find → replace with → 替换 → 全部替换 → options → matches (QA: it wandered)
        order = [self.find_edit, self.replace_edit, self.replace_button, self.replace_all_button, self.case_box,
                 self.results]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        # Esc closes the panel from any of its fields: its dock does it (ui/window/docks.py)
        self.set_replace_mode(False)

    def set_replace_mode(self, on: bool) -> None:
        for widget in (self.replace_label, self.replace_edit, self.replace_button, self.replace_all_button):
            widget.setVisible(on)
        read_only = self.controller.read_only
        self.replace_button.setEnabled(not read_only)
        self.replace_all_button.setEnabled(not read_only)

    def start(self, replace: bool, text: str = "") -> None:
        """Ctrl+F / Ctrl+H: show the fields, prefilled with the editor's selection."""
        self.set_replace_mode(replace)
        if text and "\n" not in text and "\u2029" not in text:
            self.find_edit.setText(text)
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def _schedule(self, section_id: int | None) -> None:
        """Search again once the typing pauses: the sections typed in only, unless more changed."""
        if not self.find_edit.text():
            return
        if section_id is None:
            self._whole = True
        else:
            self._edited.add(section_id)
        self._timer.start()

    def _refresh(self) -> None:
        edited = [self.controller.section(section_id) for section_id in self._edited]
        if self._whole or not all(edited):  # a section gone: ids may have moved on
            self.search()
            return
        self._edited.clear()
        for section in edited:
            assert section is not None
            if not self._search_section(section):
                self.search()
                return
        self._say_found(self.find_edit.text())

    def _search_section(self, section: Section) -> bool:
        """Replace the section's matches in the list by its matches now, in place (a keystroke in a
        300-page report: its section, not the report, is searched and its rows, not the list, redone).
        False when the list is not as expected, and the whole report must be searched again."""
        rows = [row for row, match in enumerate(self.matches) if match.section is section]
        if rows and rows[-1] - rows[0] + 1 != len(rows):
            return False
        controller = self.controller
        number = end_title(section) if controller.is_end_node(section) else controller.number_of(section)
        found = section_matches(section, number, self.find_edit.text(), case_sensitive=self.case_box.isChecked())
        start = rows[0] if rows else bisect_right(self.matches, self._order(section),
                                                  key=lambda match: self._order(match.section))
        self.matches[start:start + len(rows)] = found
        for _row in range(start, min(start + len(rows), self.results.count())):
            self.results.takeItem(start)
        for offset, match in enumerate(found[:max(0, SHOWN_LIMIT - start)]):
            self.results.insertItem(start + offset, self._item(match))
        while self.results.count() > min(len(self.matches), SHOWN_LIMIT):
            self.results.takeItem(self.results.count() - 1)
        while self.results.count() < min(len(self.matches), SHOWN_LIMIT):
            self.results.addItem(self._item(self.matches[self.results.count()]))
        return True

    def _order(self, section: Section) -> tuple[int, ...]:
        """Where a section comes in the report: 开头, the outline in document order, 结尾."""
        ends = self.controller.ends
        if section is ends.opening:
            return (0,)
        if section is ends.closing:
            return (2,)
        return (1, *self.controller.path_of(section))

    def _item(self, match: Match) -> QListWidgetItem:
        where = self.tr("标题") if match.paragraph < 0 else self.tr("第%1段").replace("%1", str(match.paragraph + 1))
        item = QListWidgetItem(f"{match.number}  [{where}]  {match.context}")
        item.setToolTip(f"{match.number}{match.section.heading}")
        return item

    def search(self) -> None:
        query = self.find_edit.text()
        report = self.controller.report
        ends = self.controller.ends
        self._edited.clear()
        self._whole = False
        named = ((ends.opening, end_title(ends.opening)), (ends.closing, end_title(ends.closing)))
        self.matches = find_matches(report, query, case_sensitive=self.case_box.isChecked(), ends=named) if report else []
        current = self.results.currentRow()
        self.results.clear()
        for match in self.matches[:SHOWN_LIMIT]:
            self.results.addItem(self._item(match))
        self._say_found(query)
        if self.matches:
            self.results.setCurrentRow(max(0, min(current, self.results.count() - 1)))

    def _say_found(self, query: str) -> None:
        if not query:
            self.summary.setText("")
        elif self.matches:
            self.summary.setText(self.tr("找到 %1 处").replace("%1", str(len(self.matches))))
        elif self._replaced_note:
            self.summary.setText(self._replaced_note)  # the search re-runs after 全部替换: say what it did
        else:
            self.summary.setText(self.tr("没有找到“%1”").replace("%1", query))

    def _new_query(self) -> None:
        self._replaced_note = ""
        self.search()

    def next_match(self) -> None:
        if not self.matches:
            return
        row = (self.results.currentRow() + 1) % self.results.count() if self.results.currentItem() else 0
        self.results.setCurrentRow(row)
        self._activate(self.results.item(row))

    def _activate(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        match = self.matches[self.results.row(item)]
        if match.section.id is not None:
            self.matchActivated.emit(match.section.id, match.paragraph, match.start, match.length)

    def replace_one(self) -> None:
        row = self.results.currentRow()
        if row < 0 or row >= len(self.matches):
            return
        match = self.matches[row]
        heading, paragraphs = replaced_text(match.section, self.find_edit.text(), self.replace_edit.text(),
                                            case_sensitive=self.case_box.isChecked(), only=match)
        if match.section.id is not None:
            self.controller.replace_texts([(match.section.id, heading, paragraphs)], self.tr("替换"))
        self._replaced_note = self.tr("已替换 1 处，可撤销")  # the last match gone is not 没有找到
        self.search()
        if self.matches:
            self.summary.setText(self.tr("已替换 1 处，还有 %1 处").replace("%1", str(len(self.matches))))
            self.results.setCurrentRow(min(row, len(self.matches) - 1))
            self._activate(self.results.currentItem())

    def replace_all(self) -> None:
        query = self.find_edit.text()
        if not query or not self.matches:
            return
        changes = []
        seen: set[int] = set()
        for match in self.matches:
            if id(match.section) in seen or match.section.id is None:
                continue
            seen.add(id(match.section))
            heading, paragraphs = replaced_text(match.section, query, self.replace_edit.text(),
                                                case_sensitive=self.case_box.isChecked())
            changes.append((match.section.id, heading, paragraphs))
        count = len(self.matches)
        self._replaced_note = self.tr("已替换 %1 处，可撤销").replace("%1", str(count))
        self.controller.replace_texts(changes, self.tr("全部替换（%1 处）").replace("%1", str(count)))
        self.search()
