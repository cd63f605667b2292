"""What the window shows with no report open: the four ways to start as real buttons (each
triggers the registry's action, so menus, keys and these buttons do one thing) and the recent
reports, one click to open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.editor.controller import ReportController
from ui.window.actions import ActionRegistry

REPORT_ROLE = Qt.ItemDataRole.UserRole + 1


def recent_entries(controller: ReportController) -> list[tuple[int, str]]:
    """(id, "title（year）") of the recent reports that still exist, newest first."""
    out = []
    for summary in controller.store.reports.summaries_of(controller.store.settings.recent_reports):
        year = str(summary.year) if summary.year else QCoreApplication.translate("EmptyPage", "年度未知")
        title = summary.title or QCoreApplication.translate("EmptyPage", "（无标题）")
        out.append((summary.id, f"{title}（{year}）"))
    return out


class EmptyPage(QWidget):
    def __init__(self, registry: ActionRegistry, controller: ReportController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyPage")
        self.registry = registry
        self.controller = controller
        # the action behind each button; the rooms make theirs after the window, so looked up on use
        starts = (("file.new", self.tr("新建报告"), self.tr("从五部分模板开始写今年的报告")),
                  ("file.rollforward", self.tr("以去年报告为基础新建"),
                   self.tr("沿用去年的结构，年份顺延，去年的正文放在旁边作参考")),
                  ("file.import", self.tr("导入去年报告"), self.tr("读入 Word、WPS、PDF 或文本格式的报告")),
                  ("file.open", self.tr("打开"), self.tr("打开资料库里已有的报告")))
        title = QLabel(self.tr("成文 · 法治政府建设情况报告"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(self.tr("还没有打开报告。从这里开始："))
        hint.setObjectName("emptyHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 24)
        layout.addWidget(title)
        layout.addWidget(hint)
        self.buttons: dict[str, QCommandLinkButton] = {}
        for ident, text, tip in starts:
            button = QCommandLinkButton(text, tip, self)
            button.setObjectName("start_" + ident.replace(".", "_"))
            button.clicked.connect(lambda _=False, i=ident: self._trigger(i))
            self.buttons[ident] = button
            layout.addWidget(button)
        self.recent_title = QLabel(self.tr("最近的报告"))
        self.recent_title.setFont(QFont(hint.font().family(), hint.font().pointSize(), QFont.Weight.Bold))
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentReports")
        self.recent.itemActivated.connect(self._open_item)
        self.recent.itemClicked.connect(self._open_item)
        layout.addSpacing(12)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.recent, 1)
        for widget in (title, hint, self.recent_title, self.recent, *self.buttons.values()):
            widget.setMaximumWidth(640)

    def _trigger(self, ident: str) -> None:
        try:
            action = self.registry[ident]
        except KeyError:
            return
        if action.isEnabled():
            action.trigger()

    def refresh(self) -> None:
        """The buttons enabled as their actions are; the recent reports as they are now."""
        for ident, button in self.buttons.items():
            try:
                action = self.registry[ident]
            except KeyError:  # the room that makes it is not installed
                button.setVisible(False)
                continue
            button.setVisible(True)
            button.setEnabled(action.isEnabled())
        self.recent.clear()
        for report_id, text in recent_entries(self.controller):
            QListWidgetItem(text, self.recent).setData(REPORT_ROLE, report_id)
        self.recent_title.setVisible(self.recent.count() > 0)
        self.recent.setVisible(self.recent.count() > 0)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # the rooms made their actions after the window was built
        super().showEvent(event)

    def _open_item(self, item: QListWidgetItem) -> None:
        report_id = item.data(REPORT_ROLE)
        if isinstance(report_id, int):
            self.controller.open_report(report_id)
