"""工具 → 用语规则…: the wording rules of the checks — the built-in ones and the clerk's own. A rule
is switched on or off by its box; the clerk's rules are added, edited and deleted here; rules
files (.json) are imported and exported to share them with colleagues. Every change is stored in
the library at once and announced by `rulesChanged` (the checks run again)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.checks.wording_rules import (
    WordingRule,
    add_rule,
    all_rules,
    export_rules,
    import_rules,
    remove_rules,
    set_enabled,
    update_rule,
)
from app.errors import UserError
from app.store.settings import Settings
from ui.common import messages
from ui.common.modal import run_modal

RULE_ROLE = Qt.ItemDataRole.UserRole + 1


def choose_import_file(parent: QWidget | None, folder: str) -> Path | None:
    """Tests replace this function."""
    title = QCoreApplication.translate("RulesDialog", "导入用语规则")
    kinds = QCoreApplication.translate("RulesDialog", "用语规则文件 (*.json)")
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, kinds)
    return Path(name) if name else None


def choose_export_file(parent: QWidget | None, suggestion: str) -> Path | None:
    """Tests replace this function."""
    title = QCoreApplication.translate("RulesDialog", "导出用语规则")
    kinds = QCoreApplication.translate("RulesDialog", "用语规则文件 (*.json)")
    name, _ = QFileDialog.getSaveFileName(parent, title, suggestion, kinds)
    return Path(name) if name else None


class RuleEditDialog(QDialog):
    """One clerk rule: what to look for (plain text, or a regular expression), what to write
    instead, why, and where the rule comes from. OK stores it; a bad pattern is shown here."""

    def __init__(self, settings: Settings, rule: WordingRule | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleEditDialog")
        self.setWindowTitle(self.tr("编辑用语规则") if rule else self.tr("添加用语规则"))
        self.setMinimumWidth(480)
        self.settings = settings
        self.rule = rule
        self.saved: WordingRule | None = None
        regex = rule is not None and rule.pattern != re.escape(_unescaped(rule.pattern))
        shown = "" if rule is None else rule.pattern if regex else _unescaped(rule.pattern)
        self.pattern_edit = QLineEdit(shown)
        self.pattern_edit.setPlaceholderText(self.tr("如：法治机关"))
        self.regex_check = QCheckBox(self.tr("按正则表达式查找(&R)"))
        self.regex_check.setChecked(regex)
        self.suggestion_edit = QLineEdit(rule.suggestion if rule else "")
        self.suggestion_edit.setPlaceholderText(self.tr("如：法治政府"))
        self.reason_edit = QLineEdit(rule.reason if rule else "")
        self.reason_edit.setPlaceholderText(self.tr("如：本单位统一提法（可不填）"))
        self.source_edit = QLineEdit(rule.source if rule else "")
        self.source_edit.setPlaceholderText(self.tr("如：办公室通知（可不填）"))
        form = QFormLayout()
        form.addRow(self.tr("查找(&F)："), self.pattern_edit)
        form.addRow("", self.regex_check)
        form.addRow(self.tr("建议写作(&S)："), self.suggestion_edit)
        form.addRow(self.tr("理由(&E)："), self.reason_edit)
        form.addRow(self.tr("来源(&O)："), self.source_edit)
        self.error = QLabel()
        self.error.setObjectName("ruleError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.pattern_edit.setFocus()

    def pattern(self) -> str:
        text = self.pattern_edit.text()
        return text if self.regex_check.isChecked() else re.escape(text.strip())

    def accept(self) -> None:
        values = (self.pattern(), self.suggestion_edit.text(), self.reason_edit.text(), self.source_edit.text())
        try:
            if self.rule is None:
                self.saved = add_rule(self.settings, *values)
            else:
                self.saved = update_rule(self.settings, self.rule.id, *values)
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            empty_suggestion = bool(self.pattern_edit.text().strip()) and not self.suggestion_edit.text().strip()
            (self.suggestion_edit if empty_suggestion else self.pattern_edit).setFocus()
            return
        super().accept()


def _unescaped(pattern: str) -> str:
    """A pattern made by re.escape back as the text the clerk typed."""
    return re.sub(r"\\(.)", r"\1", pattern)


class RulesDialog(QDialog):
    rulesChanged = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.setWindowTitle(self.tr("用语规则"))
        self.resize(860, 520)
        self.settings = settings
        self.read_only = read_only
        self.last_folder = str(Path.home())
        intro = QLabel(self.tr("检查“用语规范”时使用的规则。勾选的规则生效；内置规则可以停用，自定规则可以编辑、删除，"
                               "也可以导入、导出规则文件与同事共享。"))
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setObjectName("rulesTable")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setHeaderLabels([self.tr("启用"), self.tr("查找"), self.tr("建议写作"), self.tr("理由"),
                                    self.tr("来源"), self.tr("类别")])
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (0, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 220), (2, 150), (4, 110)):  # long patterns show in full as a tip
            header.resizeSection(column, width)
        self.table.itemChanged.connect(self._toggled)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda *_: self.edit_current())
        self.add_button = QPushButton(self.tr("添加(&A)…"))
        self.edit_button = QPushButton(self.tr("编辑(&E)…"))
        self.delete_button = QPushButton(self.tr("删除(&D)"))
        self.import_button = QPushButton(self.tr("导入(&I)…"))
        self.export_button = QPushButton(self.tr("导出(&X)…"))
        for button, name, slot in ((self.add_button, "addRule", self.add), (self.edit_button, "editRule", self.edit_current),
                                   (self.delete_button, "deleteRules", self.delete_selected),
                                   (self.import_button, "importRules", self.import_file),
                                   (self.export_button, "exportRules", self.export_file)):
            button.setObjectName(name)
            button.clicked.connect(slot)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.reload()
        self.table.setFocus()

    # ---- the table ------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        self.table.blockSignals(True)
        self.table.clear()
        for rule in all_rules(self.settings):
            shown = rule.pattern if rule.builtin or rule.pattern != re.escape(_unescaped(rule.pattern)) \
                else _unescaped(rule.pattern)
            item = QTreeWidgetItem(["", shown, rule.suggestion, rule.reason, rule.source,
                                    self.tr("内置") if rule.builtin else self.tr("自定")])
            item.setData(0, RULE_ROLE, rule.id)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if self.read_only:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(0, Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked)
            for column, tip in ((1, shown), (2, rule.suggestion), (3, rule.reason), (4, rule.source)):
                item.setToolTip(column, tip)
            self.table.addTopLevelItem(item)
            if rule.id == select:
                self.table.setCurrentItem(item)
        self.table.blockSignals(False)
        self._update_buttons()

    def rules(self) -> list[WordingRule]:
        return all_rules(self.settings)

    def item_of(self, rule_id: str) -> QTreeWidgetItem | None:
        for index in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(index)
            if item is not None and item.data(0, RULE_ROLE) == rule_id:
                return item
        return None

    def _selected(self) -> list[WordingRule]:
        ids = {item.data(0, RULE_ROLE) for item in self.table.selectedItems()}
        return [r for r in self.rules() if r.id in ids]

    def _update_buttons(self) -> None:
        selected = self._selected()
        writable = not self.read_only
        for button in (self.add_button, self.import_button):
            button.setEnabled(writable)
        self.edit_button.setEnabled(writable and len(selected) == 1 and not selected[0].builtin)
        self.delete_button.setEnabled(writable and bool(selected) and all(not r.builtin for r in selected))

    def _changed(self, select: str | None = None) -> None:
        self.reload(select)
        self.rulesChanged.emit()

    def _toggled(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0 or self.read_only:
            return
        on = item.checkState(0) == Qt.CheckState.Checked
        try:
            set_enabled(self.settings, item.data(0, RULE_ROLE), on)
        except UserError as exc:
            self.table.blockSignals(True)
            item.setCheckState(0, Qt.CheckState.Unchecked if on else Qt.CheckState.Checked)
            self.table.blockSignals(False)
            messages.warn(self, self.tr("用语规则"), str(exc))
            return
        # the row stays as it is: rebuilding the table here would delete the item Qt is still changing
        self.rulesChanged.emit()

    def set_rule_enabled(self, rule_id: str, enabled: bool) -> None:
        """As clicking the rule's box."""
        item = self.item_of(rule_id)
        if item is not None:
            item.setCheckState(0, Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)

    # ---- the buttons ----------------------------------------------------------------------
    def add(self) -> WordingRule | None:
        return None if self.read_only else self._edit(None)

    def edit_current(self) -> WordingRule | None:
        selected = self._selected()
        if len(selected) != 1 or selected[0].builtin or self.read_only:
            return None
        return self._edit(selected[0])

    def _edit(self, rule: WordingRule | None) -> WordingRule | None:
        dialog = RuleEditDialog(self.settings, rule, self)
        if run_modal(dialog, self.table) != QDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        self._changed(dialog.saved.id)
        return dialog.saved

    def delete_selected(self) -> int:
        selected = [r for r in self._selected() if not r.builtin]
        if not selected or self.read_only:
            return 0
        names = "、".join(r.suggestion or r.pattern for r in selected[:3]) + ("…" if len(selected) > 3 else "")
        if not messages.confirm(self, self.tr("删除用语规则"),
                                self.tr("删除 %1 条自定规则（%2）？").replace("%1", str(len(selected))).replace("%2", names),
                                yes=self.tr("删除"), no=self.tr("取消"), name="deleteRulesBox"):
            return 0
        count = remove_rules(self.settings, [r.id for r in selected])
        self._changed()
        return count

    def import_file(self) -> tuple[int, int] | None:
        if self.read_only:
            return None
        path = choose_import_file(self, self.last_folder)
        if path is None:
            return None
        self.last_folder = str(path.parent)
        try:
            added, skipped = import_rules(self.settings, path)
        except UserError as exc:
            messages.warn(self, self.tr("无法导入用语规则"), str(exc), name="rulesImportError")
            return None
        text = self.tr("导入 %1 条规则").replace("%1", str(added))
        if skipped:
            text += self.tr("，%1 条已有").replace("%1", str(skipped))
        messages.status(self.parentWidget(), text)
        self._changed()
        return added, skipped

    def export_file(self) -> int | None:
        path = choose_export_file(self, str(Path(self.last_folder) / self.tr("用语规则.json")))
        if path is None:
            return None
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        mine = [r for r in self.rules() if not r.builtin]
        try:
            # no rules of the clerk's own: share the built-in list (with what is switched off kept here)
            count = export_rules(self.settings, path, include_builtin=not mine)
        except UserError as exc:
            messages.warn(self, self.tr("无法导出用语规则"), str(exc))
            return None
        self.last_folder = str(path.parent)
        messages.status(self.parentWidget(), self.tr("已导出 %1 条规则：%2（保存在 %3）").replace("%1", str(count))
                        .replace("%2", path.name).replace("%3", str(path.parent)))
        return count
