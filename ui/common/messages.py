"""The one way ui/ speaks to the clerk in a box or the status bar. Every box is modal through
run_modal, so the keyboard goes back to where it was when the box closes."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QMainWindow, QMessageBox, QWidget

from ui.common.modal import run_modal

Icon = QMessageBox.Icon
Role = QMessageBox.ButtonRole
STATUS_MS = 5000


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str = "",
         name: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, parent=parent)
    if detail:
        box.setInformativeText(detail)
    if name:
        box.setObjectName(name)
    return box


def _run(box: QMessageBox, parent: QWidget | None) -> None:
    run_modal(box, parent if parent is not None else box)


def info(parent: QWidget | None, title: str, text: str, *, detail: str = "", name: str = "") -> None:
    box = _box(parent, Icon.Information, title, text, detail, name)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    _run(box, parent)


def warn(parent: QWidget | None, title: str, text: str, *, detail: str = "", name: str = "") -> None:
    box = _box(parent, Icon.Warning, title, text, detail, name)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    _run(box, parent)


def error(parent: QWidget | None, title: str, text: str, *, detail: str = "", name: str = "") -> None:
    box = _box(parent, Icon.Critical, title, text, detail, name)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    _run(box, parent)


def about(parent: QWidget | None, title: str, rich_text: str) -> None:
    QMessageBox.about(parent, title, rich_text)  # Qt's own about box; modal, focus restored by Qt


def confirm(parent: QWidget | None, title: str, text: str, *, detail: str = "", yes: str = "", no: str = "",
            destructive: bool = False, name: str = "", default_yes: bool = True) -> bool:
    """A question; True when the clerk said yes. Without `yes`/`no` labels: Qt's own 是/否 buttons."""
    box = _box(parent, Icon.Question, title, text, detail, name)
    if yes:
        yes_button = box.addButton(yes, Role.DestructiveRole if destructive else Role.AcceptRole)
        no_button = box.addButton(no, Role.RejectRole)
    else:  # Qt's own 是/否, translated by Qt
        yes_button = box.addButton(QMessageBox.StandardButton.Yes)
        no_button = box.addButton(QMessageBox.StandardButton.No)
    box.setDefaultButton(yes_button if default_yes else no_button)
    box.setEscapeButton(no_button)
    _run(box, parent)
    return box.clickedButton() is yes_button


def choose(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
           choices: list[tuple[str, str, QMessageBox.ButtonRole]], *, detail: str = "", name: str = "") -> str | None:
    """A box with named buttons (the first is the default); the key of the one pressed, None: closed."""
    box = _box(parent, icon, title, text, detail, name)
    buttons: dict[QAbstractButton, str] = {}
    for index, (key, label, role) in enumerate(choices):
        button = box.addButton(label, role)
        button.setObjectName(f"choice_{key}")
        buttons[button] = key
        if index == 0:
            box.setDefaultButton(button)
    _run(box, parent)
    return buttons.get(box.clickedButton())


def report(parent: QWidget | None, title: str, text: str, details: str) -> QMessageBox:
    """An information box with a "show details" part, left open while the clerk works on."""
    box = _box(parent, Icon.Information, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setDetailedText(details)
    box.open()
    return box


def status(window: QWidget | None, text: str, ms: int = STATUS_MS) -> None:
    """A line in the main window's status bar for `ms` milliseconds."""
    main = window.window() if window is not None else None
    if isinstance(main, QMainWindow):
        main.statusBar().showMessage(text, ms)
