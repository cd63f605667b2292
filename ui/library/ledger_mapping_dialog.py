"""Which column of the clerk's Excel ledger holds which field (年度, 日期, 事项 …).

The choice starts from the mapping remembered last time, else from the headers' names; the caller
remembers the result in store.settings (app.library.ledger_xlsx.SETTINGS_KEY)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.library.ledger_xlsx import FIELDS, guess_mapping
from ui.common.translate import QT_TRANSLATE_NOOP

NONE_TEXT = QT_TRANSLATE_NOOP("LedgerMappingDialog", "（不导入）")
# the names of app.library.ledger_xlsx.FIELDS, for translation
FIELD_LABELS = {"year": QT_TRANSLATE_NOOP("LedgerMappingDialog", "年度"),
                "date": QT_TRANSLATE_NOOP("LedgerMappingDialog", "日期"),
                "category": QT_TRANSLATE_NOOP("LedgerMappingDialog", "类别"),
                "title": QT_TRANSLATE_NOOP("LedgerMappingDialog", "事项"),
                "description": QT_TRANSLATE_NOOP("LedgerMappingDialog", "内容"),
                "part": QT_TRANSLATE_NOOP("LedgerMappingDialog", "部分"),
                "figures": QT_TRANSLATE_NOOP("LedgerMappingDialog", "数据")}


class LedgerMappingDialog(QDialog):
    def __init__(self, headers: list[str], remembered: Mapping[str, str] | None = None, default_year: int = 2024,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入台账：列对应"))
        self.headers = headers
        start = {f: h for f, h in (remembered or {}).items() if h in headers} or guess_mapping(headers)
        form = QFormLayout()
        self.boxes: dict[str, QComboBox] = {}
        for name_field, label in FIELDS.items():
            box = QComboBox()
            box.addItem(self.tr(NONE_TEXT), None)
            for header in headers:
                box.addItem(header, header)
            box.setCurrentIndex(max(0, box.findData(start.get(name_field))))
            box.currentIndexChanged.connect(self._update)
            self.boxes[name_field] = box
            label = self.tr(FIELD_LABELS[name_field]) if FIELD_LABELS.get(name_field) == label else label
            text = self.tr("%1(&%2)：").replace("%1", label).replace("%2", str(len(self.boxes))) \
                + ("*" if name_field == "title" else "")
            form.addRow(text, box)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2999)
        self.year_spin.setValue(default_year)
        form.addRow(self.tr("未写年度的行记为(&Y)："), self.year_spin)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("请为每一项选择表格中的列（“事项”必选）：")))
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._update()

    def _ok(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _update(self) -> None:
        chosen = [h for h in self.mapping().values()]
        repeated = sorted({h for h in chosen if chosen.count(h) > 1})
        has_title = "title" in self.mapping()
        self._ok().setEnabled(has_title and not repeated)
        if not has_title:
            self.note.setText(self.tr("请选择“事项”所在的列。"))
        elif repeated:
            self.note.setText(self.tr("同一列被选了两次：%1").replace("%1", "、".join(repeated)))
        else:
            self.note.setText("")

    def mapping(self) -> dict[str, str]:
        """field → column header, for the fields given a column."""
        return {f: box.currentData() for f, box in self.boxes.items() if box.currentData()}

    def default_year(self) -> int:
        return self.year_spin.value()
