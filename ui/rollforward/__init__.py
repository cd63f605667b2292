"""rollforward room."""
