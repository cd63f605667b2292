"""比较版本 (issue 12): pick two versions of the open report (snapshots or the report now), see
what changed between them in the comparison view, step through the changes (each selects its
section in the tree, where the changed sections are marked while the comparison is open) and
save the comparison (修改对照) as .docx or .html for the leaders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.review.compare import Comparison, compare_reports
from app.review.printout import write_comparison
from app.review.versions import version
from ui.common import messages
from ui.common.runner import run_job
from ui.editor.controller import ReportController
from ui.review.compare_view import CompareView
from ui.window.snapshots_dialog import format_time

NOW = -1  # the combo's data for "the report as it is now"
NEXT_KEY, PREVIOUS_KEY = "F8", "Shift+F8"
Markers = Callable[[set[int]], None]


def choose_printout_path(parent: QWidget, suggestion: str) -> Path | None:
    """The save-file dialog for the 修改对照; None when cancelled. Tests replace this function."""
    title = QApplication.translate("CompareDialog", "保存修改对照")
    filters = QApplication.translate("CompareDialog", "Word 文档 (*.docx);;网页 (*.html)")
    name, chosen = QFileDialog.getSaveFileName(parent, title, suggestion, filters)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".docx", ".html", ".htm"):
        path = path.with_name(path.name + (".html" if "html" in chosen else ".docx"))
    return path


class CompareDialog(QDialog):
    """Not modal: the clerk keeps the tree and the editor at hand while stepping through."""

    def __init__(self, controller: ReportController, markers: Markers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.markers = markers
        self.comparison: Comparison | None = None
        self.report_id = controller.report.id if controller.report is not None else None
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("比较版本"))
        self.resize(1000, 640)

        self.old_combo = QComboBox()
        self.old_combo.setObjectName("compareFrom")
        self.new_combo = QComboBox()
        self.new_combo.setObjectName("compareTo")
        for combo in (self.old_combo, self.new_combo):
            combo.setMinimumContentsLength(24)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.fill_versions()
        self.old_combo.activated.connect(lambda _i: self.recompare())
        self.new_combo.activated.connect(lambda _i: self.recompare())
        self.refresh_button = QPushButton(self.tr("重新比较(&R)"))
        self.refresh_button.setToolTip(self.tr("报告改动之后，按当前内容重新比较"))
        self.refresh_button.clicked.connect(lambda: self.recompare())
        self.view = CompareView()
        self.view.changeSelected.connect(self.show_change)
        self.print_button = QPushButton(self.tr("保存修改对照(&S)…"))
        self.print_button.setObjectName("comparePrint")
        self.print_button.setToolTip(self.tr("把两个版本的差别存为 Word 或网页文件，可打印给领导看"))
        self.print_button.clicked.connect(lambda: self.save_printout())
        close_button = QPushButton(self.tr("关闭"))
        close_button.clicked.connect(self.close)

        versions = QHBoxLayout()
        from_label = QLabel(self.tr("原版本(&F)："))
        from_label.setBuddy(self.old_combo)
        to_label = QLabel(self.tr("新版本(&T)："))
        to_label.setBuddy(self.new_combo)
        for widget in (from_label, self.old_combo, to_label, self.new_combo, self.refresh_button):
            versions.addWidget(widget)
        versions.addStretch(1)
        buttons = QHBoxLayout()
        keys = QLabel(self.tr("F8 下一处 · Shift+F8 上一处 · 点击一处修改即在左侧章节树中选中该节"))
        keys.setObjectName("compareKeys")
        buttons.addWidget(keys, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(versions)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        for key, step in ((NEXT_KEY, self.view.next_change), (PREVIOUS_KEY, self.view.previous_change)):
            QShortcut(QKeySequence(key), self, step, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        controller.reportOpened.connect(self._report_opened)

    # ---- versions --------------------------------------------------------------------------
    def fill_versions(self) -> None:
        store = self.controller.store
        snapshots = store.snapshots.for_report(self.report_id) if self.report_id is not None else []
        for combo in (self.old_combo, self.new_combo):
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("当前内容"), NOW)
            for info in snapshots:
                combo.addItem(f"{format_time(info.created)}  {info.label or self.tr('（无说明）')}", info.id)
            at = combo.findData(chosen) if chosen is not None else -1
            combo.setCurrentIndex(max(at, 0))

    def set_versions(self, old: int, new: int | None) -> None:
        """Compare snapshot `old` with snapshot `new` (None: the report now)."""
        self.fill_versions()
        for combo, value in ((self.old_combo, old), (self.new_combo, NOW if new is None else new)):
            at = combo.findData(value)
            if at < 0:
                raise UserError(self.tr("没有这个快照：%1").replace("%1", str(value)))
            combo.setCurrentIndex(at)
        self.recompare()

    def versions(self) -> tuple[int | None, int | None]:
        old, new = self.old_combo.currentData(), self.new_combo.currentData()
        return (None if old == NOW else old), (None if new == NOW else new)

    def recompare(self) -> Comparison | None:
        """Compare the chosen versions (fast: the core compares 300 pages in well under a second)."""
        if self.report_id is None:
            return None
        self.controller.flush()  # "now" is what the clerk sees, typed a moment ago included
        old, new = self.versions()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            store = self.controller.store
            comparison = compare_reports(version(store, self.report_id, old), version(store, self.report_id, new))
        except UserError as exc:
            messages.warn(self, self.tr("比较版本"), str(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.comparison = comparison
        self.view.set_comparison(comparison)
        self.print_button.setEnabled(True)
        self.markers(comparison.changed_section_ids())
        return comparison

    # ---- stepping --------------------------------------------------------------------------
    def section_of(self, change_id: int) -> int | None:
        """The live section a change is in: its place in the newer version, else in the older."""
        if self.comparison is None:
            return None
        change = self.comparison.change(change_id)
        pairing = self.comparison.pairing
        candidates = []
        if change.new_index is not None:
            candidates.append(pairing.new[change.new_index].section.id)
        if change.old_index is not None:
            candidates.append(pairing.old[change.old_index].section.id)
        return next((c for c in candidates if c is not None and self.controller.section(c) is not None), None)

    def show_change(self, change_id: int) -> None:
        section_id = self.section_of(change_id)
        if section_id is not None:
            self.controller.select_section(section_id)

    # ---- printout --------------------------------------------------------------------------
    def save_printout(self, path: Path | None = None) -> Path | None:
        comparison = self.comparison
        if comparison is None:
            return None
        if path is None:
            title = comparison.new_report.title or self.tr("报告")
            path = choose_printout_path(self, self.tr("%1（修改对照）.docx").replace("%1", title))
            if path is None:
                return None
        target = path
        written = run_job(self, self.tr("保存修改对照"), lambda job: write_comparison(comparison, target),
                          cancellable=False, label=self.tr("正在保存 %1…").replace("%1", target.name))
        if written is not None:
            messages.status(self.parentWidget(), self.tr("修改对照已保存：%1").replace("%1", str(written)))
        return written

    # ---- closing ---------------------------------------------------------------------------
    def _report_opened(self) -> None:
        report = self.controller.report
        if report is None or report.id != self.report_id:
            self.close()  # another report: this comparison is not about it
        elif self.isVisible() and self.comparison is not None:
            self.markers(self.comparison.changed_section_ids())  # a reload clears the tree's marks

    def closeEvent(self, event: QCloseEvent) -> None:
        self.markers(set())
        super().closeEvent(event)

    def done(self, result: int) -> None:  # Esc closes without a closeEvent
        self.markers(set())
        super().done(result)
