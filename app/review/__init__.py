"""Drafts to the leaders and back (issue 12): compare two versions of a report section by
section, and merge a reviewed Word file change by change.

compare.py builds the comparison (align.py pairs the sections, textdiff.py diffs their text);
docx_changes.py reads a Word file's tracked changes and comments; merge.py lists a reviewed
file's changes and applies the accepted ones; printout.py writes the 修改对照.
"""
