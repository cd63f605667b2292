"""报告属性 → 字数目标: an optional character target for the whole report and for each part."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

from app.model import CharTargets, Part
from ui.editor.section_model import part_name

MAX_TARGET = 200_000
STEP = 100


class TargetsTab(QWidget):
    def __init__(self, targets: CharTargets, current: dict[Part | None, int] | None = None,
                 parent: QWidget | None = None) -> None:
        """`current`: the counts now (None: the whole report), shown beside each target."""
        super().__init__(parent)
        self.setObjectName("targetsTab")
        form = QFormLayout(self)
        note = QLabel(self.tr("按汉字、字母和数字计（不计标点）。0 表示不设目标。结构树的字数列显示“现有 / 目标”，"
                              "“检查”会指出远超或远少于目标的部分。"))
        note.setWordWrap(True)
        form.addRow(note)
        current = current or {}
        self.total_spin = self._spin(targets.total, current.get(None))
        form.addRow(self.tr("全文(&W)："), self.total_spin)
        self.part_spins: dict[Part, QSpinBox] = {}
        for part in Part:
            spin = self._spin(targets.parts.get(part), current.get(part))
            self.part_spins[part] = spin
            form.addRow(part_name(part) + self.tr("："), spin)

    def _spin(self, value: int | None, now: int | None) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, MAX_TARGET)
        spin.setSingleStep(STEP)
        spin.setSpecialValueText(self.tr("不设"))
        spin.setSuffix(self.tr(" 字"))
        spin.setGroupSeparatorShown(True)
        spin.setValue(value or 0)
        if now is not None:
            spin.setToolTip(self.tr("现有 %1 字").replace("%1", f"{now:,}"))
        return spin

    def targets(self) -> CharTargets:
        parts = {part: spin.value() for part, spin in self.part_spins.items() if spin.value() > 0}
        return CharTargets(self.total_spin.value() or None, parts)
