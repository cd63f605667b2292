"""The 检查 panel: the findings of app.checks for the open report, re-run while the clerk types,
in the checks' worker process (ui/common/check_service.py: only the sections edited since the last
run go there, only the findings that changed come back, and the list changes only those rows).

Click or Enter on a finding emits `findingActivated(finding)` so the window can jump to the place
(ui/checks/finding_place.py says where). Each kind can be switched off and a finding
can be dismissed at its place; both are kept in the library's settings per report."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.check_worker import RunOptions
from app.checks import KIND_NAMES, KINDS, Finding, Severity, preferences, run_checks
from app.checks.missing_part import part_of
from app.model import Report
from app.store.settings import Settings
from ui.checks.findings_list import FindingsList
from ui.checks.findings_model import FINDING_ROLE
from ui.common.check_service import CheckService, context_of

log = logging.getLogger(__name__)

DEBOUNCE_MS = 700
# Above this much text a run may take more than ~10 ms on an office PC: run it in the worker process
# (a panel given a CheckService — the window's — always runs there).
WORKER_THRESHOLD_CHARACTERS = 30_000

_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
__all__ = ["FINDING_ROLE", "ChecksPanel"]


def _size(report: Report) -> int:
    return sum(len(p) for s in report.all_sections() for p in s.paragraphs)


class ChecksPanel(QWidget):
    findingActivated = Signal(object)     # the Finding
    findingsChanged = Signal(int)         # number of findings shown
    addPartRequested = Signal(int)        # 添加此部分 on a missing-part finding: the part (1–5)

    def __init__(self, report_provider: Callable[[], Report | None],
                 last_year_provider: Callable[[], Report | None], settings: Settings | None,
                 parent: QWidget | None = None, *,
                 inputs_provider: Callable[[], dict[str, Any]] | None = None,
                 service: CheckService | None = None) -> None:
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
        # the worker process: the window's, or (a panel on its own) one made for a big report
        self._service = service
        # the sections edited since the last run (None: more changed, the worker needs the whole report)
        self._changed: set[int] | None = None
        self.last_run_ms = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._due)
        self._behind = False  # edits came while hidden: run when shown
        self.runs = 0  # how often the checks ran (tests)
        self.gui_runs = 0  # how often they ran on the GUI thread, for a small report (tests)
        self._build()
        if service is not None:
            service.finished.connect(self._job_done)
            service.failed.connect(self._job_failed)

    # ---- widgets -------------------------------------------------------------------------
    def _build(self) -> None:
        self.summary = QLabel(self.tr("尚未检查"), self)
        self.run_button = QPushButton(self.tr("重新检查(&Q)"), self)
        self.run_button.setShortcut(QKeySequence("F7"))
        self.run_button.setToolTip(self.tr("立即重新检查（F7）"))
        self.run_button.clicked.connect(lambda: self.run_now())
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

        self.list = FindingsList([self.tr("位置"), self.tr("问题")], self._place_name, self._tip, self)
        self.model = self.list.findings_model
        self.list.clicked.connect(self._activate)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.installEventFilter(self)  # Enter jumps, Delete dismisses
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

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
        hidden nothing runs, the run waits for it to be shown. The report may have changed anywhere."""
        self._changed = None
        self._schedule()

    @Slot(int)
    def note_section_changed(self, section_id: int) -> None:
        """As `schedule`, after an edit of one section's text: only that section goes to the worker."""
        if self._changed is not None:
            self._changed.add(section_id)
        self._schedule()

    def _schedule(self) -> None:
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
            self._run(whole=False)
        else:
            self._behind = True  # hidden during the pause

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    @property
    def running(self) -> bool:
        """A run is under way in the worker process."""
        return self._service is not None and self._service.busy

    @property
    def rows_touched(self) -> int:
        """Rows inserted, removed or refilled by the last update (tests)."""
        return self.model.rows_touched

    @Slot()
    def run_now(self) -> None:
        """Check now (重新检查, 运行检查, a kind switched): the worker is given the whole report."""
        self._run(whole=True)

    def _run(self, *, whole: bool) -> None:
        self._timer.stop()
        self._behind = False
        self.runs += 1
        report = self._current_report()
        self._generation += 1
        changed, self._changed = (None if whole else self._changed), set()
        if report is None:
            self._show([], report_is_none=True)
            return
        last_year = self._last_year_provider()
        inputs = self._inputs_provider()
        options = RunOptions(frozenset(self._disabled), frozenset(self._dismissed))
        service = self._service
        if service is None and _size(report) < WORKER_THRESHOLD_CHARACTERS and "ledger_file" not in inputs:
            start = time.perf_counter()
            self.gui_runs += 1
            findings = run_checks(report, last_year=last_year, disabled=options.disabled,
                                  dismissed=options.dismissed, **inputs)
            self.last_run_ms = (time.perf_counter() - start) * 1000
            self._show(findings)
            return
        if service is None:
            service = self._service = CheckService(self)
            service.finished.connect(self._job_done)
            service.failed.connect(self._job_failed)
            worker = service.worker
            self.destroyed.connect(lambda *_: worker.stop())  # a panel of its own: the worker goes with it
        if not self.model.rowCount():
            self.summary.setText(self.tr("正在检查…"))
        service.check(self._generation, report, changed, context_of(last_year, inputs), options)

    def _job_done(self, generation: int, findings: list[Finding]) -> None:
        if generation != self._generation:
            return  # the report changed since this run started: a newer run is coming
        if self._service is not None:
            self.last_run_ms = self._service.last_run_ms
        # dismissed or switched off while the run was under way
        self._show([f for f in findings if f.key not in self._dismissed and f.kind not in self._disabled])

    def _job_failed(self, generation: int, message: str) -> None:
        log.error("checks failed: %s", message)
        if generation == self._generation:
            self.summary.setText(self.tr("检查出错：%1").replace("%1", message))

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
        self.list.show_findings(findings)
        self._findings = findings
        counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
        if findings:
            self.summary.setText(" · ".join(self.tr("%1 %2").replace("%1", str(n)).replace("%2", self.tr(s.label))
                                             for s, n in counts.items() if n))
        else:
            self.summary.setText(self.tr("没有打开的报告") if report_is_none else self.tr("没有发现问题"))
        self._update_buttons()
        self.findingsChanged.emit(len(findings))

    def _tip(self, finding: Finding) -> str:
        tip = f"{self.tr(finding.severity.label)} · {self._kind_name(finding.kind)}"
        return f"{tip}\n{finding.excerpt}" if finding.excerpt else tip

    def findings(self) -> list[Finding]:
        """The findings shown, in list order."""
        return list(self._findings)

    def row_count(self) -> int:
        return self.list.row_count()

    def finding_at(self, row: int) -> Finding | None:
        return self.list.finding_at(row)

    def row_text(self, row: int, column: int) -> str:
        return self.list.row_text(row, column)

    def set_current_row(self, row: int) -> None:
        self.list.set_current_row(row)

    def current_row(self) -> int:
        return self.list.current_row()

    def current_finding(self) -> Finding | None:
        return self.model.finding(self.current_row())

    def _update_buttons(self) -> None:
        self.dismiss_button.setEnabled(self.current_finding() is not None)

    # ---- acting on findings --------------------------------------------------------------
    def _activate(self, index: QModelIndex) -> None:
        finding = self.model.finding(index.row()) if index.isValid() else None
        if finding is not None:
            self.findingActivated.emit(finding)

    def _activate_current(self) -> None:
        self._activate(self.list.currentIndex())

    def _context_menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        finding = self.model.finding(index.row()) if index.isValid() else None
        if finding is None:
            return
        self.list.setCurrentIndex(index)
        menu = QMenu(self)
        if part_of(finding) is not None and self._settings is not None:  # no settings: read-only
            menu.addAction(self._add_part_action(menu))
        menu.addAction(self.tr("转到此处"), lambda: self._activate(index))
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
        self.model.remove_row(self.current_row())
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
