"""The output room: export, print preview and printing."""
