"""The review room (issue 12), menu 审阅: compare two versions of the open report, merge a
leader's reviewed Word file change by change (and undo the merge), reopen the changes left
pending. The core is app/review; the snapshots dialog's 比较 comes here through
window.compare_versions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from shiboken6 import isValid

from app.errors import UserError
from app.review.compare import Change
from app.review.merge import Review, review_file
from app.review.pending import load_pending, save_pending
from app.review.versions import export_snapshot, newest_snapshot
from ui.common import messages
from ui.common.modal import run_modal
from ui.common.runner import JobControl, run_job
from ui.review.compare_dialog import NEXT_KEY, PREVIOUS_KEY, CompareDialog
from ui.review.review_dialog import ReviewDialog
from ui.window.main_window import MainWindow
from ui.window.room import Room


@dataclass
class MergeUndo:
    """What 撤销合并 goes back to: the snapshot before the first change applied from a file, and
    the file's whole list of changes (pending again once the merge is undone)."""
    report_id: int
    snapshot: int
    source: str        # the file's name (for the clerk)
    path: str          # and where it is (kept with the pending changes)
    against: int | None
    changes: list[Change]


def choose_reviewed_file(parent: MainWindow, folder: str) -> Path | None:
    """The open-file dialog for the reviewed .docx; None when cancelled. Tests replace this function."""
    title = QApplication.translate("ReviewRoom", "导入领导修改稿")
    filters = QApplication.translate("ReviewRoom", "Word 文档 (*.docx)")
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(name) if name else None


def _key(change: Change) -> tuple[str, str, str, str]:
    return change.kind, change.section, change.before, change.after


class ReviewRoom(Room):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.compare_dialog: CompareDialog | None = None
        self.review_dialog: ReviewDialog | None = None
        self.last_merge: MergeUndo | None = None
        make = window.make_action
        self.compare_action = make("review.compare", self.tr("比较版本(&C)…"), lambda: self.compare(), "Ctrl+Alt+D",
                                   tip=self.tr("比较两个版本（快照或当前内容），逐处查看改动，可保存修改对照"))
        self.next_action = make("review.next_change", self.tr("下一处修改(&N)"), lambda: self.step(1), NEXT_KEY)
        self.previous_action = make("review.previous_change", self.tr("上一处修改(&P)"), lambda: self.step(-1),
                                    PREVIOUS_KEY)
        self.import_action = make("review.import", self.tr("导入领导修改稿(&I)…"), lambda: self.import_reviewed(),
                                  tip=self.tr("选择领导改过（修订、批注）的 Word 文件，逐处接受或拒绝"))
        self.pending_action = make("review.pending", self.tr("待处理的领导修改(&L)…"), lambda: self.show_pending(),
                                   tip=self.tr("再打开上次没有处理完的修改"))
        self.undo_action = make("review.undo_merge", self.tr("撤销合并(&U)…"), lambda: self.undo_merge(),
                                tip=self.tr("把报告恢复到合并领导修改稿之前"))
        slot = window.menu_slot("review")
        slot.add(self.compare_action, self.next_action, self.previous_action)
        slot.add_separator()
        slot.add(self.import_action, self.pending_action, self.undo_action)
        window.compare_versions = self.compare
        self.update_enabled()

    # ---- state -----------------------------------------------------------------------------
    def report_id(self) -> int | None:
        report = self.controller.report
        return report.id if report is not None else None

    def update_enabled(self) -> None:
        """A report opened (or reloaded): the actions, and a word in the status bar about pending changes."""
        pending = self._refresh_actions()
        if pending and self.review_dialog is None:
            messages.status(self.window, self.tr("这篇报告有 %1 处领导修改待处理（审阅 → 待处理的领导修改）")
                            .replace("%1", str(pending)), 10000)

    def _refresh_actions(self) -> int:
        """Enable the actions for the report open; returns how many of its changes are pending."""
        rid = self.report_id()
        editable = rid is not None and not self.controller.read_only
        self.compare_action.setEnabled(rid is not None)
        self.import_action.setEnabled(editable)
        pending = load_pending(self.store, rid) if rid is not None else None
        self.pending_action.setEnabled(pending is not None)
        if self.last_merge is not None and self.last_merge.report_id != rid:
            self.last_merge = None  # another report: its merge can be undone from its snapshots
        self.undo_action.setEnabled(editable and self.last_merge is not None)
        self._update_steps()
        return len(pending.changes) if pending is not None else 0

    def _update_steps(self) -> None:
        dialog = self.compare_dialog
        showing = dialog is not None and isValid(dialog) and dialog.isVisible()
        self.next_action.setEnabled(showing)
        self.previous_action.setEnabled(showing)

    # ---- comparing -------------------------------------------------------------------------
    def compare(self, old: int | None = None, new: int | None = None) -> CompareDialog | None:
        """Show the comparison of snapshot `old` (default: the newest) with `new` (None: now)."""
        rid = self.report_id()
        if rid is None:
            return None
        try:
            start = old if old is not None else newest_snapshot(self.store, rid)
        except UserError as exc:
            messages.info(self.window, self.tr("比较版本"), str(exc),
                          detail=self.tr("导出、打印或在“快照”里手动创建快照之后，就可以和它比较。"))
            return None
        if self.compare_dialog is not None:
            self.compare_dialog.close()  # one comparison at a time: the tree marks one
        dialog = CompareDialog(self.controller, self.window.tree.tree_model.set_changed, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.compare_dialog = dialog
        dialog.finished.connect(lambda _r: self._update_steps())
        dialog.destroyed.connect(lambda *_a: self._forget(dialog))
        dialog.show()
        dialog.set_versions(start, new)
        self._update_steps()
        return dialog

    def _forget(self, dialog: CompareDialog) -> None:
        if self.compare_dialog is dialog:
            self.compare_dialog = None
        self._update_steps()

    def step(self, direction: int) -> None:
        dialog = self.compare_dialog
        if dialog is not None and isValid(dialog) and dialog.isVisible():
            (dialog.view.next_change if direction > 0 else dialog.view.previous_change)()

    # ---- reviewing -------------------------------------------------------------------------
    def _review(self, path: Path, against: int | None) -> Review | None:
        """The reviewed file's changes, off the GUI thread with progress and 取消."""
        rid = self.report_id()
        if rid is None:
            return None
        self.controller.flush()

        def work(job: JobControl) -> Review:
            text = self.tr("正在比对 %1…").replace("%1", path.name)
            return review_file(self.store, rid, path, against,
                               progress=lambda done, total: job.progress(done / max(total, 1), text))

        return run_job(self.window, self.tr("导入领导修改稿"), work, label=self.tr("正在读取 %1…").replace("%1", path.name))

    def import_reviewed(self, path: Path | None = None) -> ReviewDialog | None:
        rid = self.report_id()
        if rid is None or self.controller.read_only:
            return None
        if path is None:
            path = choose_reviewed_file(self.window, self.store.settings.review_folder or str(Path.home()))
            if path is None:
                return None
        self.store.settings.review_folder = str(path.parent)
        review = self._review(path, export_snapshot(self.store, rid, path.name))
        return self.show_review(review) if review is not None else None

    def show_review(self, review: Review) -> ReviewDialog:
        """The list of changes (modal); a merge made in it can be undone afterwards."""
        changes = list(review.changes)
        dialog = ReviewDialog(self.controller, review, lambda against: self._review_again(dialog, against),
                              self.window)
        dialog.merged.connect(lambda snapshot, accepted, rejected:
                              self._merged(dialog.review, changes, snapshot, accepted, rejected))
        self.review_dialog = dialog
        try:
            run_modal(dialog, self.window.tree)
        finally:
            self.review_dialog = None
        self._refresh_actions()
        return dialog

    def _review_again(self, dialog: ReviewDialog, against: int | None) -> Review | None:
        path = dialog.review.path
        return self._review(path, against) if path is not None else None

    def _merged(self, review: Review, changes: list[Change], snapshot: int, accepted: int, rejected: int) -> None:
        if snapshot and (self.last_merge is None or self.last_merge.source != review.source
                                                   or self.last_merge.report_id != review.report_id):
            self.last_merge = MergeUndo(review.report_id, snapshot, review.source, str(review.path or review.source),
                                        review.against, changes)
        self._refresh_actions()
        text = self.tr("已接受 %1 处，拒绝 %2 处，还有 %3 处待处理").replace("%1", str(accepted)).replace(
            "%2", str(rejected)).replace("%3", str(len(review.changes)))
        if snapshot:
            text += self.tr("。合并前已拍快照，可用“审阅 → 撤销合并”撤回")
        messages.status(self.window, text, 15000)

    def show_pending(self) -> ReviewDialog | None:
        """Reopen the changes left pending: the file is read again and its list narrowed to them."""
        rid = self.report_id()
        pending = load_pending(self.store, rid) if rid is not None else None
        if pending is None:
            messages.info(self.window, self.tr("待处理的领导修改"), self.tr("这篇报告没有待处理的领导修改。"))
            return None
        path = Path(pending.source)
        if not path.is_file():
            listing = "\n".join(f"{c.id}. {c.section} {c.kind}：{c.before[:40]} → {c.after[:40]}"
                                for c in pending.changes)
            messages.warn(self.window, self.tr("待处理的领导修改"),
                          self.tr("找不到修改稿 %1，可能已移走或改名。请用“导入领导修改稿”重新选择它。")
                          .replace("%1", str(path)), detail=listing[:2000])
            return None
        review = self._review(path, pending.against)
        if review is None:
            return None
        wanted = {_key(c) for c in pending.changes}
        review.changes = [c for c in review.changes if _key(c) in wanted]
        return self.show_review(review)

    def undo_merge(self) -> bool:
        merge = self.last_merge
        if merge is None or merge.report_id != self.report_id() or self.controller.read_only:
            return False
        if not messages.confirm(self.window, self.tr("撤销合并"),
                                self.tr("把报告恢复到合并“%1”之前的样子？").replace("%1", merge.source),
                                detail=self.tr("合并之后的改动（包括接受的修改）都会撤回；当前内容会先自动拍快照，"
                                               "之后仍可在“快照”里找回。"),
                                yes=self.tr("撤销合并"), no=self.tr("取消"), name="confirmUndoMergeBox"):
            return False
        try:
            self.controller.restore_snapshot(merge.snapshot)
            save_pending(self.store, merge.report_id, merge.path, merge.against, merge.changes)
        except UserError as exc:
            messages.warn(self.window, self.tr("撤销合并"), str(exc))
            return False
        self.last_merge = None
        self._refresh_actions()
        messages.status(self.window, self.tr("已撤销合并：报告恢复到合并“%1”之前，修改稿的 %2 处修改重新待处理")
                        .replace("%1", merge.source).replace("%2", str(len(merge.changes))), 15000)
        return True


def install(window: MainWindow) -> ReviewRoom:
    return ReviewRoom(window)
