"""The review room: comparing versions and merging a leader's reviewed Word file (issue 12)."""
