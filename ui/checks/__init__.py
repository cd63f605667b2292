"""The checks room: the 检查 panel and jumping to a finding."""
