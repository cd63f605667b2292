"""common room."""
