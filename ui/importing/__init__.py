"""importing room."""
