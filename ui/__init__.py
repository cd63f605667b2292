"""The desktop app: PySide6 widgets over the core in app/ (never the other way round)."""
