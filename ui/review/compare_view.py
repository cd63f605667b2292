"""The comparison of two versions (issue 12): inline (deleted red struck through, inserted
underlined) or side by side, with the list of changes to step through. A standalone widget
over app.review.compare.Comparison; not wired into the window yet (phase B)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.review.compare import Change, Comparison, SectionDiff

DELETED = "color:#c00000;text-decoration:line-through"
INSERTED = "color:#0040c0;text-decoration:underline"
CURRENT = "background:#fff2a8"


def _heading(section: SectionDiff, side: str) -> str:
    located = section.old if side == "old" else section.new
    if located is None:
        return ""
    return f"{located.number}{located.section.heading}"


def _styled(text: str, style: str) -> str:
    """A changed piece, styled line by line: the text is split into paragraphs afterwards, and a
    span across a paragraph break would leave the new paragraph unstyled."""
    return "\n".join(f"<span style='{style}'>{escape(line)}</span>" if line else "" for line in text.split("\n"))


class CompareView(QWidget):
    """Shows a Comparison; `changeSelected(id)` when the clerk steps to a change."""

    changeSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self.comparison: Comparison | None = None
        self.changes: list[Change] = []
        self.current: int | None = None

        self.inline_button = QRadioButton(self.tr("合并显示"))
        self.inline_button.setObjectName("compareInline")
        self.side_button = QRadioButton(self.tr("左右对照"))
        self.side_button.setObjectName("compareSideBySide")
        self.inline_button.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.inline_button)
        modes.addButton(self.side_button)
        self.inline_button.toggled.connect(self._render)
        self.previous_button = QPushButton(self.tr("上一处(&P)"))
        self.previous_button.setObjectName("comparePrevious")
        self.next_button = QPushButton(self.tr("下一处(&N)"))
        self.next_button.setObjectName("compareNext")
        self.previous_button.clicked.connect(self.previous_change)
        self.next_button.clicked.connect(self.next_change)
        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")

        self.list = QListWidget()
        self.list.setObjectName("compareChanges")
        self.list.currentRowChanged.connect(self._row_changed)
        self.inline = QTextBrowser()
        self.inline.setObjectName("compareInlineText")
        self.old_text = QTextBrowser()
        self.old_text.setObjectName("compareOldText")
        self.new_text = QTextBrowser()
        self.new_text.setObjectName("compareNewText")
        self.sides = QSplitter(Qt.Orientation.Horizontal)
        self.sides.addWidget(self.old_text)
        self.sides.addWidget(self.new_text)
        self.sides.hide()

        top = QHBoxLayout()
        for widget in (self.inline_button, self.side_button, self.previous_button, self.next_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.summary)
        texts = QWidget()
        texts_layout = QVBoxLayout(texts)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        texts_layout.addWidget(self.inline)
        texts_layout.addWidget(self.sides)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.list)
        body.addWidget(texts)
        body.setStretchFactor(1, 3)
        body.setSizes([320, 680])  # the list wide enough for a section number and a phrase
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        self._update_buttons()

    # ---- content ---------------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison, changes: list[Change] | None = None) -> None:
        """Show `comparison`; `changes` replaces its list (a review adds the comments)."""
        self.comparison = comparison
        self.changes = list(changes if changes is not None else comparison.changes)
        self.current = None
        self.list.blockSignals(True)
        self.list.clear()
        for change in self.changes:
            item = QListWidgetItem(self._describe(change))
            item.setData(Qt.ItemDataRole.UserRole, change.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.changes:
            self.summary.setText(self.tr("共 {0} 处修改").format(len(self.changes)))
        else:
            self.summary.setText(self.tr("两个版本没有差别"))
        self._render()
        self._update_buttons()

    def _describe(self, change: Change) -> str:
        kinds = {
            "insert": self.tr("插入"), "delete": self.tr("删除"), "replace": self.tr("改写"),
            "heading": self.tr("改标题"), "add-section": self.tr("新增一节"), "remove-section": self.tr("删除一节"),
            "move-section": self.tr("移动一节"), "comment": self.tr("批注"),
        }
        text = change.after if change.kind in ("insert", "comment", "add-section") else change.before
        text = text.replace("\n", " ")
        if len(text) > 24:
            text = text[:24] + "…"
        who = f"（{change.author}）" if change.author else ""
        return f"{change.id}. {change.section} {kinds.get(change.kind, change.kind)}{who}：{text}"

    # ---- stepping --------------------------------------------------------------------------
    def select_change(self, change_id: int) -> None:
        row = next((k for k, c in enumerate(self.changes) if c.id == change_id), None)
        if row is not None:
            self.list.setCurrentRow(row)

    def next_change(self) -> None:
        row = self.list.currentRow()
        if row + 1 < self.list.count():
            self.list.setCurrentRow(row + 1)

    def previous_change(self) -> None:
        row = self.list.currentRow()
        if row > 0:
            self.list.setCurrentRow(row - 1)

    def _row_changed(self, row: int) -> None:
        self.current = self.changes[row].id if 0 <= row < len(self.changes) else None
        self._render()
        self._update_buttons()
        if self.current is not None:
            anchor = f"c{self.current}"
            for browser in (self.inline, self.old_text, self.new_text):
                browser.scrollToAnchor(anchor)
            self.changeSelected.emit(self.current)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row + 1 < self.list.count())

    # ---- rendering -------------------------------------------------------------------------
    def _render(self) -> None:
        side = self.side_button.isChecked()
        self.inline.setVisible(not side)
        self.sides.setVisible(side)
        if self.comparison is None:
            return
        if side:
            self.old_text.setHtml(self.html("old"))
            self.new_text.setHtml(self.html("new"))
        else:
            self.inline.setHtml(self.html("inline"))

    def html(self, side: str) -> str:
        """The changed sections as HTML: "inline" both texts, "old"/"new" one side."""
        assert self.comparison is not None
        out: list[str] = []
        for section in self.comparison.sections:
            if not section.changed:
                continue
            anchors = "".join(f"<a name='c{i}'></a>" for i in section.changes)
            title = _heading(section, "new" if side == "new" else "old") or _heading(section, "new")
            out.append(f"<h3>{anchors}{escape(title)}</h3>")
            out.append(self._body(section, side))
        return "".join(out)

    def _body(self, section: SectionDiff, side: str) -> str:
        if section.old is None or section.new is None:
            located = section.old or section.new
            assert located is not None
            style = INSERTED if section.old is None else DELETED
            shown = side == "inline" or (side == "new") == (section.old is None)
            return "".join(f"<p><span style='{style}'>{escape(p)}</span></p>" for p in located.section.paragraphs) \
                if shown else ""
        changes_by_segment = {self._change_of(section, k): k for k in range(len(section.segments))}
        segment_change = {k: cid for cid, k in changes_by_segment.items() if cid is not None}
        pieces: list[str] = []
        for k, segment in enumerate(section.segments):
            if not segment.changed:
                pieces.append(escape(segment.before))
                continue
            mark = f";{CURRENT}" if segment_change.get(k) == self.current else ""
            if segment.before and side in ("inline", "old"):
                pieces.append(_styled(segment.before, DELETED + mark))
            if segment.after and side in ("inline", "new"):
                pieces.append(_styled(segment.after, INSERTED + mark))
        return "".join(f"<p>{p}</p>" for p in "".join(pieces).split("\n") if p)

    def _change_of(self, section: SectionDiff, segment: int) -> int | None:
        return next((c.id for c in self.changes if c.id in section.changes and c.segment == segment), None)
