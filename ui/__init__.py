"""The desktop app: PySide6 widgets over the core in app/ (never the other way round).

ui/ is built of rooms that mirror app/: window (the main window, its action registry, slots and
docks, start-up dialogs), editor (tree and editor over the controller), importing, rollforward,
output, library, checks, and common (modal dialogs, the message helper, the background runner).

A room is `ui/<room>/room.py: install(window) -> <Room>`; ui/main.py installs them in one list.
A room makes its actions with `window.make_action(id, text, slot, shortcut, tip=...)` (the one
registry, which the keys dialog lists), puts them into named slots with
`window.menu_slot(name).add(...)` / `.add_menu(...)`, adds docks with `window.add_panel(...)`
(their toggles go to "view.panels"), and start-dialog choices with `window.add_start_option(...)`.
Slots: file.import, file.manage, file.export, edit.sections, insert.sections, insert.library, report.section,
report.format, view.panels, tools.library, tools.checks, toolbar.sections, toolbar.output. Keys a widget handles
itself are listed with `window.registry.document(...)`. Rooms talk through the controller's
signals and app/, never through each other's attributes. Long work: ui.common.runner; boxes and
status-bar lines: ui.common.messages.
"""
