"""The 检查 panel: the findings of app.checks for the open report, re-run while the clerk types.

Click or Enter on a finding emits `findingActivated(finding)` so the window can jump to the place
(ui/checks/finding_place.py says where). Each kind can be switched off and a finding
can be dismissed at its place; both are kept in the library's settings per report."""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.checks import KIND_NAMES, KINDS, Finding, Severity, preferences, run_checks
from app.checks.missing_part import part_of
from app.model import Report, Section
from app.store.settings import Settings
from ui.checks.finding_text import finding_message
from ui.checks.findings_rows import update_rows
from ui.common.runner import JobControl, start_job

log = logging.getLogger(__name__)

DEBOUNCE_MS = 700
# Above this much text a run may take more than ~30 ms on an office PC: run it off the GUI thread.
THREAD_THRESHOLD_CHARACTERS = 30_000

_COLOURS = {Severity.ERROR: QColor("#b3261e"), Severity.WARNING: QColor("#9a5b00"), Severity.INFO: QColor("#37474f")}
_ICONS = {Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
          Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
          Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation}
_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
def _frozen_copy(report: Report) -> Report:
    """A copy the worker thread can read while the editor goes on changing the real report."""

    def copy(section: Section) -> Section:
        return dataclasses.replace(section, paragraphs=list(section.paragraphs), reference=list(section.reference),
                                   children=[copy(c) for c in section.children])

    return dataclasses.replace(report, sections=[copy(s) for s in report.sections], preamble=list(report.preamble),
                               closing=list(report.closing), checklist=list(report.checklist))


def _size(report: Report) -> int:
    return sum(len(p) for s in report.all_sections() for p in s.paragraphs)


class ChecksPanel(QWidget):
    findingActivated = Signal(object)     # the Finding
    findingsChanged = Signal(int)         # number of findings shown
    addPartRequested = Signal(int)        # 添加此部分 on a missing-part finding: the part (1–5)

    def __init__(self, report_provider: Callable[[], Report | None],
                 last_year_provider: Callable[[], Report | None], settings: Settings | None,
                 parent: QWidget | None = None, *,
                 inputs_provider: Callable[[], dict[str, Any]] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checksPanel")
        self._report_provider = report_provider
        self._last_year_provider = last_year_provider
        # more keyword arguments of run_checks (the library's wording rules, the ledger's figures)
        self._inputs_provider = inputs_provider or dict
        self._settings = settings
        self._report_id: int | None = None
        self._loaded = False
        self._disabled: set[str] = set()
        self._dismissed: set[str] = set()
        self._generation = 0
        self._findings: list[Finding] = []
        self.last_run_ms = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._due)
        self._behind = False  # edits came while hidden: run when shown
        self.runs = 0  # how often the checks ran (tests)
        self.rows_touched = 0  # rows inserted, removed or refilled by the last update (tests)
        self._build()

    # ---- widgets -------------------------------------------------------------------------
    def _build(self) -> None:
        self.summary = QLabel(self.tr("尚未检查"), self)
        self.run_button = QPushButton(self.tr("重新检查(&Q)"), self)
        self.run_button.setShortcut(QKeySequence("F7"))
        self.run_button.setToolTip(self.tr("立即重新检查（F7）"))
        self.run_button.clicked.connect(self.run_now)
        self.kinds_button = QToolButton(self)
        self.kinds_button.setText(self.tr("检查项目"))
        self.kinds_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kinds_menu = QMenu(self.kinds_button)
        self.kind_actions: dict[str, QAction] = {}
        for kind in KINDS:
            action = QAction(self._kind_name(kind), self.kinds_menu)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(lambda on, k=kind: self.set_kind_enabled(k, on))
            self.kinds_menu.addAction(action)
            self.kind_actions[kind] = action
        self.kinds_menu.addSeparator()
        self.restore_action = QAction(self.tr("恢复已忽略的问题"), self.kinds_menu)
        self.restore_action.triggered.connect(self.restore_dismissed)
        self.kinds_menu.addAction(self.restore_action)
        self.kinds_button.setMenu(self.kinds_menu)
        self.dismiss_button = QPushButton(self.tr("忽略此处(&B)"), self)
        self.dismiss_button.setToolTip(self.tr("不再提示所选问题（Delete）"))
        self.dismiss_button.clicked.connect(self.dismiss_current)

        self.list = QTreeWidget(self)
        self.list.setObjectName("checksList")
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([self.tr("位置"), self.tr("问题")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setWordWrap(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # sized from the few distinct places (_fit_places): ResizeToContents measures every row on each change
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.list.header().setStretchLastSection(True)
        self.list.itemClicked.connect(lambda item, _column: self._activate(item))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.installEventFilter(self)  # Enter jumps, Delete dismisses
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())

        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.kinds_button)
        bar.addWidget(self.dismiss_button)
        bar.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        self._update_buttons()

    def _place_name(self, finding: Finding) -> str:
        """一、（二） as numbered; 开头, 结尾 or 全文 in the interface language."""
        if finding.where == "preamble":
            return self.tr("开头")
        if finding.where == "closing":
            return self.tr("结尾")
        if finding.section in ("开头", "结尾"):
            return self.tr(finding.section)
        return finding.section or self.tr("全文")

    def _kind_name(self, kind: str) -> str:
        return self.tr(KIND_NAMES.get(kind, kind))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activate_current()
                return True
            if key == Qt.Key.Key_Delete:
                self.dismiss_current()
                return True
        return super().eventFilter(watched, event)

    # ---- running -------------------------------------------------------------------------
    @Slot()
    def schedule(self) -> None:
        """Re-run the checks once typing pauses (DEBOUNCE_MS after the last call); while the panel is
        hidden nothing runs, the run waits for it to be shown."""
        if not self.isVisible():
            self._behind = True
            return
        self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._behind:
            self._timer.start(0)  # catch up once the panel is on screen

    @Slot()
    def _due(self) -> None:
        if self.isVisible():
            self.run_now()
        else:
            self._behind = True  # hidden during the pause

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    @Slot()
    def run_now(self) -> None:
        self._timer.stop()
        self._behind = False
        self.runs += 1
        report = self._current_report()
        self._generation += 1
        if report is None:
            self._show([], report_is_none=True)
            return
        last_year = self._last_year_provider()
        inputs = self._inputs_provider()
        disabled, dismissed = set(self._disabled), set(self._dismissed)
        if _size(report) < THREAD_THRESHOLD_CHARACTERS:
            start = time.perf_counter()
            findings = run_checks(report, last_year=last_year, disabled=disabled, dismissed=dismissed, **inputs)
            self.last_run_ms = (time.perf_counter() - start) * 1000
            self._show(findings)
            return
        frozen = _frozen_copy(report)
        generation = self._generation

        def work(*, job: JobControl) -> list[Finding]:
            return run_checks(frozen, last_year=last_year, disabled=disabled, dismissed=dismissed, **inputs)

        self.summary.setText(self.tr("正在检查…"))
        start_job(self, work, on_done=lambda findings: self._job_done(generation, findings),
                  on_error=lambda exc: log.error("checks failed", exc_info=exc))

    def _job_done(self, generation: int, findings: list[Finding]) -> None:
        if generation != self._generation:
            return  # the report changed since this run started: a newer run is coming
        # dismissed or switched off while the run was under way
        self._show([f for f in findings if f.key not in self._dismissed and f.kind not in self._disabled])

    def _load_preferences(self, report_id: int | None) -> None:
        """Read the kinds switched off and the findings dismissed when another report comes up."""
        if self._loaded and report_id == self._report_id:
            return
        self._loaded = True
        self._report_id = report_id
        if self._settings is not None and report_id is not None:
            self._disabled = preferences.disabled_kinds(self._settings, report_id)
            self._dismissed = preferences.dismissed_keys(self._settings, report_id)
        else:
            self._disabled, self._dismissed = set(), set()
        for kind, action in self.kind_actions.items():
            action.blockSignals(True)
            action.setChecked(kind not in self._disabled)
            action.blockSignals(False)

    def _current_report(self) -> Report | None:
        report = self._report_provider()
        if report is not None:
            self._load_preferences(report.id)
        return report

    # ---- showing -------------------------------------------------------------------------
    def _show(self, findings: list[Finding], *, report_is_none: bool = False) -> None:
        findings = sorted(findings, key=lambda f: _ORDER[f.severity])
        self._update_rows(findings)
        self._findings = findings
        counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
        if findings:
            self.summary.setText(" · ".join(self.tr("%1 %2").replace("%1", str(n)).replace("%2", self.tr(s.label))
                                             for s, n in counts.items() if n))
        else:
            self.summary.setText(self.tr("没有打开的报告") if report_is_none else self.tr("没有发现问题"))
        self._update_buttons()
        self.findingsChanged.emit(len(findings))

    def _make_item(self, finding: Finding) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        self._fill_item(item, finding)
        return item

    def _fill_item(self, item: QTreeWidgetItem, finding: Finding) -> None:
        item.setText(0, self._place_name(finding))
        item.setText(1, finding_message(finding))
        item.setIcon(0, self.style().standardIcon(_ICONS[finding.severity]))
        item.setForeground(1, QBrush(_COLOURS[finding.severity]))
        tip = f"{self.tr(finding.severity.label)} · {self._kind_name(finding.kind)}"
        if finding.excerpt:
            tip += f"\n{finding.excerpt}"
        item.setToolTip(0, tip)
        item.setToolTip(1, tip)
        item.setData(0, FINDING_ROLE, finding)

    def _update_rows(self, findings: list[Finding]) -> None:
        """In place: only the rows of findings that came, went or changed (issue 15)."""
        self.list.setUpdatesEnabled(False)
        try:
            self.rows_touched = update_rows(self.list, self._findings, findings, self._make_item, self._fill_item)
            self._fit_places(findings)
        finally:
            self.list.setUpdatesEnabled(True)

    def _fit_places(self, findings: list[Finding]) -> None:
        places = {self._place_name(f) for f in findings} | {self.list.headerItem().text(0)}
        metrics = self.list.fontMetrics()
        icon = self.list.iconSize().width() if self.list.iconSize().isValid() else 16
        widest = max(metrics.horizontalAdvance(p) for p in places)
        self.list.header().resizeSection(0, widest + max(icon, 16) + 24)

    def findings(self) -> list[Finding]:
        """The findings shown, in list order."""
        return list(self._findings)

    def current_finding(self) -> Finding | None:
        item = self.list.currentItem()
        return item.data(0, FINDING_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        self.dismiss_button.setEnabled(self.list.currentItem() is not None)

    # ---- acting on findings --------------------------------------------------------------
    def _activate(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        self.findingActivated.emit(item.data(0, FINDING_ROLE))

    def _activate_current(self) -> None:
        self._activate(self.list.currentItem())

    def _context_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        self.list.setCurrentItem(item)
        menu = QMenu(self)
        finding: Finding = item.data(0, FINDING_ROLE)
        if part_of(finding) is not None and self._settings is not None:  # no settings: read-only
            menu.addAction(self._add_part_action(menu))
        menu.addAction(self.tr("转到此处"), lambda: self._activate(item))
        menu.addAction(self.tr("忽略此处"), self.dismiss_current)
        menu.addAction(self.tr("关闭“%1”检查").replace("%1", self._kind_name(finding.kind)),
                       lambda: self.set_kind_enabled(finding.kind, False))
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def _add_part_action(self, menu: QMenu) -> QAction:
        action = QAction(self.tr("添加此部分"), menu)
        action.setToolTip(self.tr("在规定的位置添加这一部分（空白、待写，可撤销）"))
        action.triggered.connect(self.add_part_for_current)
        return action

    def add_part_for_current(self) -> None:
        """添加此部分 for the current missing-part finding."""
        finding = self.current_finding()
        part = part_of(finding) if finding is not None else None
        if part is not None:
            self.addPartRequested.emit(int(part))

    @Slot()
    def dismiss_current(self) -> None:
        """忽略此处: hide the selected finding for good (for this report)."""
        finding = self.current_finding()
        if finding is None:
            return
        self._dismissed.add(finding.key)
        if self._settings is not None and self._report_id is not None:
            preferences.dismiss(self._settings, self._report_id, finding.key)
        current = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(current) if current is not None else -1
        self.list.takeTopLevelItem(row)
        self._findings = [f for f in self._findings if f.key != finding.key]
        self.findingsChanged.emit(len(self._findings))
        self._update_buttons()

    @Slot()
    def restore_dismissed(self) -> None:
        self._dismissed.clear()
        if self._settings is not None and self._report_id is not None:
            preferences.restore_dismissed(self._settings, self._report_id)
        self.run_now()

    def set_kind_enabled(self, kind: str, enabled: bool) -> None:
        """Switch one kind of check on or off (remembered for this report)."""
        self._current_report()
        if enabled:
            self._disabled.discard(kind)
        else:
            self._disabled.add(kind)
        action = self.kind_actions[kind]
        if action.isChecked() != enabled:
            action.blockSignals(True)
            action.setChecked(enabled)
            action.blockSignals(False)
        if self._settings is not None and self._report_id is not None:
            preferences.set_disabled_kinds(self._settings, self._report_id, self._disabled)
        self.run_now()
