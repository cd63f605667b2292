"""导入去年报告: the preview of a recognised report before it goes into the library.

`ImportPreviewDialog(parent, report)` shows the outline (number, heading, level, part) and the
importer's warnings; the clerk can promote/demote a heading, merge a wrongly split heading back
into the body, and change a top-level section's part, then 确定导入 or 取消. `result_report()`
is the edited copy. `load_report_with_progress` parses a file off the GUI thread with a
cancellable progress dialog; `report_from_clipboard_text` reads pasted text.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
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
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.importing import parse_file, parse_text
from app.importing.outline_edit import can_demote, can_promote, demote, merge_into_previous, promote, set_part
from app.model import Part, Report, Section
from app.numbering import located_sections
from ui.common import messages
from ui.common.runner import JobControl, run_job
from ui.common.translate import QT_TRANSLATE_NOOP
from ui.editor.section_model import part_name

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (QT_TRANSLATE_NOOP("ImportPreviewDialog", "编号"), QT_TRANSLATE_NOOP("ImportPreviewDialog", "标题"),
           QT_TRANSLATE_NOOP("ImportPreviewDialog", "层级"), QT_TRANSLATE_NOOP("ImportPreviewDialog", "部分"))


class ImportPreviewDialog(QDialog):
    """Review and correct a recognised report; emits `reportChanged` after every correction."""

    reportChanged = Signal()

    def __init__(self, parent: QWidget | None, report: Report) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入预览"))
        self.resize(860, 620)
        self._report = copy.deepcopy(report)
        self._sections: dict[int, Section] = {}

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
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

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

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(warnings_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

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
        return self._sections.get(item.data(0, SECTION_ROLE)) if item is not None else None

    def select_section(self, section: Section) -> None:
        item = self._items.get(id(section))
        if item is not None:
            self.tree.setCurrentItem(item)

    def _rebuild(self, keep: Section | None = None) -> None:
        self.tree.clear()
        self._sections.clear()
        self._items: dict[int, QTreeWidgetItem] = {}
        parents: dict[int, QTreeWidgetItem] = {}
        for located in located_sections(self._report):
            section = located.section
            part = part_name(section.part) if (located.depth == 1 and section.part) else ""
            row = [section.written_marker or located.marker, section.heading, str(located.depth), part]
            item = QTreeWidgetItem(row)
            item.setData(0, SECTION_ROLE, id(section))
            item.setToolTip(1, "\n".join(p[:80] for p in section.paragraphs[:3]))
            parent = parents.get(located.depth - 1) if located.depth > 1 else None
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            parents[located.depth] = item
            self._sections[id(section)] = section
            self._items[id(section)] = item
        self.tree.expandAll()
        for column in (0, 2, 3):
            self.tree.resizeColumnToContents(column)
        report = self._report
        self._title.setText(report.title or self.tr("（未识别出标题）"))
        date = report.date.isoformat() if report.date else self.tr("无日期")
        self._meta.setText(f"{report.organization or '—'} ／ {report.year or '—'} ／ {date}")
        missing = report.missing_parts()
        self._missing.setText("、".join(part_name(p) for p in missing) if missing else self.tr("无"))
        if keep is not None and id(keep) in self._items:
            self.tree.setCurrentItem(self._items[id(keep)])
        elif (first := self.tree.topLevelItem(0)) is not None:
            self.tree.setCurrentItem(first)
        self._update_buttons()

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


# --- reading off the GUI thread --------------------------------------------------------------

def _parse(path: Path, *, job: JobControl) -> Report:
    return parse_file(path, progress=lambda done, total: job.progress(done / max(total, 1)))


def _show_error(parent: QWidget | None, message: str) -> None:
    messages.warn(parent, QCoreApplication.translate("ImportPreviewDialog", "无法导入"), message)


def load_report_with_progress(parent: QWidget | None, path: Path | str, *,
                              show_error: Callable[[QWidget | None, str], None] = _show_error,
                              progress_dialog: Callable[[QProgressDialog], None] | None = None) -> Report | None:
    """Parse `path` in a worker thread behind a cancellable progress dialog. None when cancelled
    or when the file cannot be read (the message is shown through `show_error`)."""
    path = Path(path)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, UserError):
            show_error(parent, str(exc))
        else:  # one line for the clerk, never a crash of the app
            show_error(parent, QCoreApplication.translate("ImportPreviewDialog", "无法读取文件：%1（%2）")
                       .replace("%1", path.name).replace("%2", str(exc)))

    return run_job(parent, QCoreApplication.translate("QProgressDialog", "导入去年报告"), _parse, path,
                   label=QCoreApplication.translate("QProgressDialog", "正在读取 %1 …").replace("%1", path.name),
                   on_error=failed, on_dialog=progress_dialog)


def report_from_clipboard_text(text: str) -> Report:
    """从剪贴板导入: pasted text recognised as a .txt file would be (UserError when empty)."""
    return parse_text(text)


def report_from_clipboard() -> Report:
    """The report in the system clipboard's text."""
    return report_from_clipboard_text(QGuiApplication.clipboard().text())
