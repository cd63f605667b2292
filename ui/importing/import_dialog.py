"""导入去年报告: the preview of a recognised report before it goes into the library.

`ImportPreviewDialog(parent, report)` shows the outline (number, heading, level, part and why
that part) between the report's opening (title, recipient, preamble) and its end (closing,
signature, date); the selected row's paragraphs as recognised beside it; the importer's warnings
and the text it set aside (a covering letter, site text) below. The clerk can promote/demote a
heading, merge a wrongly split heading back into the body, change a top-level section's part and
bring set-aside text back into the preamble, then 确定导入 or 取消. `result_report()` is the
edited copy. Reading the file is in ui/importing/loading.py.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.importing.outline_edit import can_demote, can_promote, demote, merge_into_previous, promote, set_part
from app.model import Part, Report, Section
from app.numbering import located_sections
from ui.common.translate import QT_TRANSLATE_NOOP
from ui.editor.section_model import part_name
from ui.importing.preview_text import (
    head_html,
    part_explanation,
    part_reasons_shown,
    section_html,
    set_aside_paragraphs,
    tail_html,
)
from ui.importing.set_aside_panel import SetAsidePanel
from ui.importing.simplify import has_traditional, simplified_text, simplify

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
PLACE_ROLE = Qt.ItemDataRole.UserRole + 2   # "head" or "tail" on the rows around the outline
HEAD, TAIL = "head", "tail"
COLUMNS = (QT_TRANSLATE_NOOP("ImportPreviewDialog", "编号"), QT_TRANSLATE_NOOP("ImportPreviewDialog", "标题"),
           QT_TRANSLATE_NOOP("ImportPreviewDialog", "层级"), QT_TRANSLATE_NOOP("ImportPreviewDialog", "部分"),
           QT_TRANSLATE_NOOP("ImportPreviewDialog", "依据"))
REASON_COLUMN = 4


class ImportPreviewDialog(QDialog):
    """Review and correct a recognised report; emits `reportChanged` after every correction."""

    reportChanged = Signal()

    def __init__(self, parent: QWidget | None, report: Report, *, copy_report: bool = True) -> None:
        """`copy_report=False` hands the report over to be edited in place: a freshly read one
        nobody else holds (copying 1,500 headings took 17 ms of the GUI thread)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入预览"))
        self.resize(1180, 720)
        self._report = copy.deepcopy(report) if copy_report else report
        self._sections: dict[int, Section] = {}
        self._items: dict[int, QTreeWidgetItem] = {}
        self._reasons: dict[int, str] = {}   # of the outline as shown: kept so selecting stays quick
        self._markers: dict[int, tuple[str, int]] = {}
        self._set_aside = set_aside_paragraphs(self._report)
        self._restored: list[int] = []   # set-aside paragraphs brought back, by their place as imported

        info = QFormLayout()
        self._title = QLabel()
        self._title.setWordWrap(True)
        self._meta = QLabel()
        self._missing = QLabel()
        info.addRow(self.tr("标题："), self._title)
        info.addRow(self.tr("单位/年度/日期："), self._meta)
        info.addRow(self.tr("缺少部分："), self._missing)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr(c) for c in COLUMNS])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Interactive)
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.text_view = QTextBrowser()
        self.text_view.setOpenLinks(False)
        self.text_view.setToolTip(self.tr("所选一行识别出的各段文字：粗体为标题，〔正文〕为正文"))

        self.promote_button = QPushButton(self.tr("升一级(&L)"))
        self.promote_button.setToolTip(self.tr("升一级（Ctrl+←）"))
        self.demote_button = QPushButton(self.tr("降一级(&R)"))
        self.demote_button.setToolTip(self.tr("降一级（Ctrl+→）"))
        self.merge_button = QPushButton(self.tr("并入上文(&M)"))
        self.merge_button.setToolTip(self.tr("这不是标题：把它并回上一节的正文（Ctrl+M）"))
        self.part_combo = QComboBox()
        for part in Part:
            self.part_combo.addItem(part_name(part), int(part))
        self.part_combo.setToolTip(self.tr("一级标题对应的部分"))
        self.promote_button.clicked.connect(self.promote_current)
        self.demote_button.clicked.connect(self.demote_current)
        self.merge_button.clicked.connect(self.merge_current)
        self.part_combo.activated.connect(lambda index: self.set_current_part(Part(self.part_combo.itemData(index))))
        self._keys = {(Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier): self.promote_current,
                      (Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier): self.demote_current,
                      (Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier): self.merge_current}
        self.tree.installEventFilter(self)
        tools = QHBoxLayout()
        for widget in (self.promote_button, self.demote_button, self.merge_button):
            tools.addWidget(widget)
        part_label = QLabel(self.tr("部分(&P)："))
        part_label.setBuddy(self.part_combo)
        # 转为简体 only for a report in traditional characters (…建設情況報告)
        self.simplify_button = QPushButton(self.tr("转为简体(&J)"))
        self.simplify_button.setToolTip(self.tr("把标题、各级标题和正文中的繁体字转为简体字"))
        self.simplify_button.clicked.connect(self.convert_to_simplified)
        self.simplify_button.setVisible(has_traditional(self._report))
        tools.addWidget(self.simplify_button)
        tools.addStretch(1)
        tools.addWidget(part_label)
        tools.addWidget(self.part_combo)

        self.warnings = QListWidget()
        self.warnings.setWordWrap(True)
        warnings_box = QWidget()
        warnings_layout = QVBoxLayout(warnings_box)
        warnings_layout.setContentsMargins(0, 0, 0, 0)
        warnings_layout.addWidget(QLabel(self.tr("提示：")))
        warnings_layout.addWidget(self.warnings)

        text_box = QWidget()
        text_layout = QVBoxLayout(text_box)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_label = QLabel(self.tr("识别出的文字(&T)："))
        text_label.setBuddy(self.text_view)
        text_layout.addWidget(text_label)
        text_layout.addWidget(self.text_view)
        self.set_aside_panel = SetAsidePanel()
        self.set_aside_panel.restoreRequested.connect(self.restore_set_aside)

        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.tree)
        upper.addWidget(text_box)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 2)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(warnings_box)
        lower.addWidget(self.set_aside_panel)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 200])  # room for a covering letter's lines below the outline

        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(self.tr("确定导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.accept_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(info)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        for warning in self._report.warnings:
            self.warnings.addItem(warning)
        if not self._report.warnings:
            self.warnings.addItem(self.tr("（没有需要注意的地方）"))
        self.set_aside_panel.show_paragraphs(self._set_aside)
        self._rebuild()
        self.tree.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+←/→/M on the outline: the tree would otherwise use Ctrl+arrows to move the cursor.
        if watched is self.tree and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            if not isinstance(event, QKeyEvent):
                return super().eventFilter(watched, event)
            key_event = event
            modifiers = key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            action = self._keys.get((Qt.Key(key_event.key()), modifiers))
            if action is not None:
                if event.type() == QEvent.Type.KeyPress:
                    action()
                event.accept()
                return event.type() == QEvent.Type.KeyPress
        return super().eventFilter(watched, event)

    # --- the outline -------------------------------------------------------------------------

    def result_report(self) -> Report:
        """The report with the clerk's corrections."""
        return self._report

    def current_section(self) -> Section | None:
        item = self.tree.currentItem()
        return self._sections.get(item.data(0, SECTION_ROLE)) if item is not None else None  # None: HEAD/TAIL

    def select_section(self, section: Section) -> None:
        item = self._items.get(id(section))
        if item is not None:
            self.tree.setCurrentItem(item)

    def _rebuild(self, keep: Section | None = None, *, place: str | None = None) -> None:
        # the current row is shown once, at the end, not again for each row made current on the way
        self.tree.blockSignals(True)
        try:
            self._fill_tree(keep, place)
        finally:
            self.tree.blockSignals(False)
        self._show_current()

    def _fill_tree(self, keep: Section | None, place: str | None) -> None:
        self.tree.clear()
        self._sections.clear()
        self._items.clear()
        report = self._report
        self._reasons = reasons = part_reasons_shown(report)
        self._markers = markers = {}   # heading_markers(report), from the one walk below
        self.tree.addTopLevelItem(self._place_item(HEAD, self.tr("开头：标题、主送机关、导语")))
        parents: dict[int, QTreeWidgetItem] = {}
        for located in located_sections(report):
            section = located.section
            part = part_name(section.part) if (located.depth == 1 and section.part) else ""
            reason = reasons.get(id(section), "") if located.depth == 1 else ""
            why = part_explanation(section, reason)
            marker = section.written_marker or located.marker
            markers[id(section)] = (marker, located.depth)
            row = [marker, section.heading, str(located.depth), part, reason]
            item = QTreeWidgetItem(row)
            item.setData(0, SECTION_ROLE, id(section))
            if why:
                item.setToolTip(3, why)
                item.setToolTip(REASON_COLUMN, why)
            parent = parents.get(located.depth - 1) if located.depth > 1 else None
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            parents[located.depth] = item
            self._sections[id(section)] = section
            self._items[id(section)] = item
        self.tree.addTopLevelItem(self._place_item(TAIL, self.tr("结尾：结束语、落款、日期")))
        self.tree.expandAll()
        for column in (0, 2, 3):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(REASON_COLUMN, min(self.tree.sizeHintForColumn(REASON_COLUMN) + 12, 260))
        self._title.setText(report.title or self.tr("（未识别出标题）"))
        date = report.date.isoformat() if report.date else self.tr("无日期")
        self._meta.setText(f"{report.organization or '—'} ／ {report.year or '—'} ／ {date}")
        missing = report.missing_parts()
        self._missing.setText("、".join(part_name(p) for p in missing) if missing else self.tr("无"))
        if keep is not None and id(keep) in self._items:
            self.tree.setCurrentItem(self._items[id(keep)])
        elif place is not None:
            self.select_place(place)
        elif (first := self.tree.topLevelItem(1 if self._sections else 0)) is not None:
            self.tree.setCurrentItem(first)

    def _place_item(self, place: str, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(["", text, "", "", ""])
        item.setData(0, PLACE_ROLE, place)
        font = item.font(1)
        font.setItalic(True)
        item.setFont(1, font)
        return item

    def select_place(self, place: str) -> None:
        """Select the row of the report's opening (HEAD) or end (TAIL)."""
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(0, PLACE_ROLE) == place:
                self.tree.setCurrentItem(item)
                return

    def _show_current(self) -> None:
        item = self.tree.currentItem()
        section = self.current_section()
        if section is not None:
            explanation = part_explanation(section, self._reasons.get(id(section), ""))
            self.text_view.setHtml(section_html(self._report, section, explanation, self._markers))
        elif item is not None and item.data(0, PLACE_ROLE) == HEAD:
            self.text_view.setHtml(head_html(self._report))
        elif item is not None and item.data(0, PLACE_ROLE) == TAIL:
            self.text_view.setHtml(tail_html(self._report))
        else:
            self.text_view.clear()
        self._update_buttons()

    def convert_to_simplified(self) -> None:
        """转为简体: the whole report in simplified characters (the sections stay selected)."""
        keep = self.current_section()
        current = self.tree.currentItem()
        place = current.data(0, PLACE_ROLE) if current is not None else None
        if not simplify(self._report):
            return
        self._set_aside = [dataclasses.replace(p, text=simplified_text(p.text)) for p in self._set_aside]
        self.set_aside_panel.show_paragraphs([p for p in self._set_aside if p.index not in self._restored])
        self.simplify_button.setEnabled(False)
        self.simplify_button.setText(self.tr("已转为简体"))
        self._rebuild(keep, place=place if isinstance(place, str) else None)
        self.reportChanged.emit()

    # --- set-aside text ----------------------------------------------------------------------

    def restore_set_aside(self, index: int) -> None:
        """Bring a set-aside paragraph back into the preamble, where it stood among the others."""
        if index in self._restored or not 0 <= index < len(self._set_aside):
            return
        position = sum(1 for restored in self._restored if restored < index)
        self._report.preamble.insert(position, self._set_aside[index].text)
        self._restored.append(index)
        self._report.set_aside = [p.text for p in self._set_aside if p.index not in self._restored]
        self.set_aside_panel.show_paragraphs([p for p in self._set_aside if p.index not in self._restored])
        self._rebuild(place=HEAD)
        self.reportChanged.emit()

    def _update_buttons(self) -> None:
        section = self.current_section()
        top = section is not None and any(s is section for s in self._report.sections)
        self.promote_button.setEnabled(section is not None and can_promote(self._report, section))
        self.demote_button.setEnabled(section is not None and can_demote(self._report, section))
        self.merge_button.setEnabled(section is not None)
        self.part_combo.setEnabled(top)
        if top and section is not None and section.part is not None:
            self.part_combo.setCurrentIndex(self.part_combo.findData(int(section.part)))

    def _edit(self, change: Callable[[Report, Section], bool]) -> None:
        section = self.current_section()
        if section is None or not change(self._report, section):
            return
        self._rebuild(section)
        self.reportChanged.emit()

    def promote_current(self) -> None:
        self._edit(promote)

    def demote_current(self) -> None:
        self._edit(demote)

    def merge_current(self) -> None:
        section = self.current_section()
        if section is None:
            return
        before = self._previous_of(section)
        merge_into_previous(self._report, section)
        self._rebuild(before)
        self.reportChanged.emit()

    def set_current_part(self, part: Part) -> None:
        self._edit(lambda report, section: set_part(report, section, part))

    def _previous_of(self, section: Section) -> Section | None:
        ordered = self._report.all_sections()
        index = next(i for i, s in enumerate(ordered) if s is section)
        return ordered[index - 1] if index > 0 else (ordered[1] if len(ordered) > 1 else None)
