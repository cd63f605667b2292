"""The main window: registry, slots, docks, start-up and the window's own dialogs."""
