"""The editor room: the section tree and editor over the report controller."""
