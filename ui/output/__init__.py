"""output room."""
