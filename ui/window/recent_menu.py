"""文件 → 最近的报告: the recently opened reports, drafts first and the imported sources apart,
each with its year (年度未知 when none was recognised)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from app.store import ReportKind, ReportSummary
from ui.editor.controller import ReportController
from ui.window.report_manager import year_text


def recent_groups(controller: ReportController) -> tuple[list[ReportSummary], list[ReportSummary]]:
    """The recent reports (newest first) that are still in the library: drafts, then sources."""
    recent = controller.store.reports.summaries_of(controller.store.settings.recent_reports)
    return ([r for r in recent if r.kind is ReportKind.DRAFT], [r for r in recent if r.kind is ReportKind.SOURCE])


def fill_recent(menu: QMenu, controller: ReportController, manage: Callable[[], object]) -> None:
    menu.clear()
    drafts, sources = recent_groups(controller)
    for summary in drafts:
        _add(menu, controller, summary)
    if sources:
        menu.addSection(QCoreApplication.translate("RecentMenu", "来源（导入的去年报告）"))
        for summary in sources:
            _add(menu, controller, summary)
    if not drafts and not sources:
        menu.addAction(QCoreApplication.translate("RecentMenu", "（没有）")).setEnabled(False)
    menu.addSeparator()
    manage_action = menu.addAction(QCoreApplication.translate("RecentMenu", "管理报告…"), manage)
    manage_action.setToolTip(QCoreApplication.translate("RecentMenu", "全部报告、来源和回收站：重命名、另存、删除、恢复"))
    menu.setToolTipsVisible(True)


def _add(menu: QMenu, controller: ReportController, summary: ReportSummary) -> None:
    title = summary.title or QCoreApplication.translate("RecentMenu", "（无标题）")
    text = f"{title}（{year_text(summary.year)}）"
    action = menu.addAction(text.replace("&", "&&"))
    action.setData(summary.id)
    action.triggered.connect(lambda _=False, r=summary.id: controller.open_report(r))
