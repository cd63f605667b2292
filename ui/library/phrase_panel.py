"""The 常用语 tab: search as you type (Chinese substring, pinyin initials or full pinyin), filter by
category and favourites, and insert a phrase at the editor's cursor with its variables filled.

Keyboard: focus_search() puts the cursor in the search box; ↑/↓ choose a result without leaving
it; Enter (or a double click) inserts; Esc hands the focus back to the editor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.library.phrases import Phrase, PhraseLibrary, fill_variables
from app.model import Report
from app.store import Store
from app.template import Variables
from ui.common import messages
from ui.common.modal import run_modal
from ui.library.category_names import category_label
from ui.library.search_panel import SearchPanel

SEARCH_DELAY_MS = 150
RESULT_LIMIT = 100
PHRASE_ROLE = Qt.ItemDataRole.UserRole + 1


def report_variables(report: Report | None) -> Variables | None:
    """{年度} {单位} {日期} … as the open report gives them."""
    if report is None:
        return None
    date = f"{report.date.year}年{report.date.month}月{report.date.day}日" if report.date else ""
    return Variables(report.year or dt.date.today().year, report.organization, date)


class PhraseDialog(QDialog):
    """Add or edit a phrase: text, category, tags; a modified built-in can be reset."""

    resetRequested = Signal()

    def __init__(self, categories: list[str], phrase: Phrase | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("编辑常用语") if phrase else self.tr("新建常用语"))
        self.text_edit = QPlainTextEdit(phrase.text if phrase else "")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("可用变量：{年度} {上一年度} {下一年度} {单位} {日期}"))
        self.category_box = QComboBox()
        self.category_box.setEditable(True)  # the clerk may add a category
        self.category_box.addItems(categories)
        self.category_box.setCurrentText(phrase.category if phrase else "其他")
        self.tags_edit = QLineEdit("、".join(phrase.tags) if phrase else "")
        self.tags_edit.setPlaceholderText(self.tr("多个标签用顿号或逗号分隔"))
        form = QFormLayout()
        form.addRow(self.tr("内容(&T)："), self.text_edit)
        form.addRow(self.tr("分类(&C)："), self.category_box)
        form.addRow(self.tr("标签(&G)："), self.tags_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        if phrase is not None and phrase.is_modified:
            reset = buttons.addButton(self.tr("恢复原文(&R)"), QDialogButtonBox.ButtonRole.ResetRole)
            reset.clicked.connect(self._reset)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.reset_chosen = False

    def _accept(self) -> None:
        if not self.text().strip():
            messages.warn(self, self.tr("常用语"), self.tr("内容不能为空。"))
            return
        self.accept()

    def _reset(self) -> None:
        self.reset_chosen = True
        self.accept()

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def category(self) -> str:
        return self.category_box.currentText().strip() or "其他"

    def tags(self) -> str:
        return self.tags_edit.text()


class PhrasePanel(SearchPanel):
    """insertRequested carries the phrase with its variables filled."""

    def __init__(self, store: Store, report_provider: Callable[[], Report | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phrasePanel")
        self.store = store
        self.library = PhraseLibrary(store.db, load_builtins=not store.read_only)
        self._report_provider = report_provider
        self._generation = 0
        self.title = self.tr("常用语")

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("phraseSearch")
        self.search_edit.setPlaceholderText(self.tr("搜索常用语：汉字、拼音首字母（zfjc）或全拼"))
        self.search_edit.setClearButtonEnabled(True)
        self.category_box = QComboBox()
        self.category_box.setObjectName("phraseCategory")
        self.favorites_button = QToolButton()
        self.favorites_button.setText(self.tr("★ 收藏(&Y)"))
        self.favorites_button.setCheckable(True)
        self.favorites_button.setToolTip(self.tr("只显示收藏的常用语"))
        self.results = QListWidget()
        self.results.setObjectName("phraseResults")
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.status = QLabel()

        # Alt letters: unique across this panel and the 活动台账 panel, none of the menu bar's (F E I R V T H)
        self.insert_button = QPushButton(self.tr("插入(&P)"))
        self.add_button = QPushButton(self.tr("新建(&N)…"))
        self.edit_button = QPushButton(self.tr("编辑(&G)…"))
        self.delete_button = QPushButton(self.tr("删除(&M)"))
        self.favorite_button = QPushButton(self.tr("收藏/取消(&K)"))

        filters = QHBoxLayout()
        filters.addWidget(self.category_box, 1)
        filters.addWidget(self.favorites_button)
        buttons = QHBoxLayout()
        for button in (self.insert_button, self.add_button, self.edit_button, self.delete_button,
                       self.favorite_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._timer.start)
        self.category_box.currentIndexChanged.connect(self.refresh)
        self.favorites_button.toggled.connect(self.refresh)
        self.results.itemDoubleClicked.connect(lambda _item: self.insert_current())
        self.insert_button.clicked.connect(self.insert_current)
        self.add_button.clicked.connect(self.add_phrase)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.favorite_button.clicked.connect(self.toggle_favorite)
        self._wire_keys(self.search_edit, self.results)
        for widget in (self.add_button, self.edit_button, self.delete_button, self.favorite_button):
            widget.setEnabled(not store.read_only)
        self._fill_categories()
        self.refresh()

    # --- keyboard ---------------------------------------------------------------------------
    def row_count(self) -> int:
        return self.results.count()

    def current_row(self) -> int:
        return self.results.currentRow()

    def set_current_row(self, row: int) -> None:
        self.results.setCurrentRow(row)

    def search_now(self) -> None:
        if self._timer.isActive():  # typed faster than the delay: search now
            self._timer.stop()
            self.refresh()

    # --- results ------------------------------------------------------------------------------
    def _fill_categories(self) -> None:
        current = self.category_box.currentData()
        self.category_box.blockSignals(True)
        self.category_box.clear()
        self.category_box.addItem(self.tr("全部分类"), None)
        for category in self.library.categories():
            self.category_box.addItem(category_label(category), category)
        index = self.category_box.findData(current)
        self.category_box.setCurrentIndex(max(0, index))
        self.category_box.blockSignals(False)

    @Slot()
    def refresh(self) -> None:
        """Run the search for what the box holds now; a search started earlier is dropped."""
        self._generation += 1
        generation = self._generation
        query = self.search_edit.text()
        phrases = self.library.search(query, limit=RESULT_LIMIT, category=self.category_box.currentData(),
                                      favorites_only=self.favorites_button.isChecked())
        if generation != self._generation:
            return  # stale
        current = self.current_phrase()
        keep = current.id if current is not None else None
        self.results.clear()
        for phrase in phrases:
            item = QListWidgetItem(("★ " if phrase.favorite else "") + phrase.text)
            item.setData(PHRASE_ROLE, phrase)
            item.setToolTip(self.tr("分类：%1　标签：%2　使用 %3 次").replace("%1", category_label(phrase.category))
                            .replace("%2", "、".join(phrase.tags) or "—").replace("%3", str(phrase.uses)))
            self.results.addItem(item)
        rows = [self.results.item(i).data(PHRASE_ROLE).id for i in range(self.results.count())]
        self.results.setCurrentRow(rows.index(keep) if keep in rows else (0 if rows else -1))
        self.status.setText(self.tr("%1 条").replace("%1", str(len(phrases))) if query or phrases else "")

    def current_phrase(self) -> Phrase | None:
        item = self.results.currentItem()
        return item.data(PHRASE_ROLE) if item is not None else None

    # --- actions -----------------------------------------------------------------------------
    @Slot()
    def insert_current(self) -> None:
        phrase = self.current_phrase()
        if phrase is None:
            return
        variables = report_variables(self._report_provider())
        text = fill_variables(phrase.text, variables) if variables else phrase.text
        if not self.store.read_only and phrase.id is not None:
            self.library.record_use(phrase.id)
        self.insertRequested.emit(text)

    @Slot()
    def add_phrase(self) -> None:
        dialog = PhraseDialog(self.library.categories(), None, self)
        if run_modal(dialog, self) == QDialog.DialogCode.Accepted:
            self.guarded(lambda: self.library.add(dialog.text(), dialog.category(), dialog.tags()))

    @Slot()
    def edit_current(self) -> None:
        phrase = self.current_phrase()
        if phrase is None or phrase.id is None:
            return
        dialog = PhraseDialog(self.library.categories(), self.library.get(phrase.id), self)
        if run_modal(dialog, self) != QDialog.DialogCode.Accepted:
            return
        phrase_id = phrase.id
        if dialog.reset_chosen:
            self.guarded(lambda: self.library.reset(phrase_id))
        else:
            self.guarded(lambda: self.library.edit(phrase_id, text=dialog.text(), category=dialog.category(),
                                                    tags=dialog.tags()))

    @Slot()
    def delete_current(self) -> None:
        phrase = self.current_phrase()
        if phrase is None or phrase.id is None or self.store.read_only:
            return
        question = (self.tr("隐藏这条内置常用语？（可在编辑中恢复原文）") if phrase.is_builtin
                    else self.tr("删除这条常用语？"))
        if self.confirm_delete(question, phrase.text):
            phrase_id = phrase.id
            row = self.results.currentRow()
            self.guarded(lambda: self.library.delete(phrase_id))
            current = self.current_phrase()
            self.keep_place(row, phrase_id, current.id if current is not None else None)

    @Slot()
    def toggle_favorite(self) -> None:
        phrase = self.current_phrase()
        if phrase is None or phrase.id is None or self.store.read_only:
            return
        phrase_id, favorite = phrase.id, not phrase.favorite
        self.guarded(lambda: self.library.set_favorite(phrase_id, favorite))

    def after_change(self) -> None:
        self._fill_categories()
        self.refresh()
