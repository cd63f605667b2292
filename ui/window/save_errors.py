"""Saving that fails while the clerk edits (a full disk, a read-only library…): one box per
episode, not one per keystroke or per autosave retry. The status bar keeps saying 保存失败, the
autosaver keeps retrying, the edits stay in memory; the episode ends at the next good save."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from ui.common import messages
from ui.editor.controller import ReportController

log = logging.getLogger(__name__)


class SaveErrorNotice(QObject):
    def __init__(self, window: QMainWindow, controller: ReportController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.in_episode = False  # a save failed and none has succeeded since
        self.quiet = False       # closing: its own dialog speaks for the failure
        self.boxes_shown = 0
        self.last_text = ""      # the latest failure, for the closing dialog
        self._failed_state = ""
        controller.errorOccurred.connect(self.failed)
        controller.saveStateChanged.connect(self._state_changed)

    def failed(self, text: str) -> None:
        # the autosaver retries twice a second: the first failure of an episode is enough at warning level
        log.log(logging.DEBUG if self.in_episode else logging.WARNING, "%s", text)
        self.last_text = text
        self._failed_state = self.controller.save_state  # the controller's own word for "failed"
        self.window.statusBar().showMessage(self.tr("保存失败：修改仍在窗口中，成文会自动重试"))
        if self.in_episode or self.quiet:
            return
        self.in_episode = True
        self.boxes_shown += 1
        messages.warn(self.window, self.tr("保存失败"), text,
                      detail=self.tr("修改没有丢失，仍保留在窗口中，成文会每隔一会儿自动重试保存。"
                                     "如果磁盘已满，请腾出空间；也可以用“文件 → 导出”另存一份。"),
                      name="saveFailedBox")

    def _state_changed(self, text: str) -> None:
        # a good save leaves nothing pending; "failed" may too, when the report's properties
        # could not be written
        if not self.in_episode or self.controller.pending or text == self._failed_state:
            return
        self.in_episode = False
        log.info("saving works again")
        self.window.statusBar().showMessage(self.tr("已恢复保存，修改都已写入资料库"), messages.STATUS_MS)
