"""editor room."""
