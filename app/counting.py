"""Character counts that count Chinese properly: Han characters, letters and digits count;
punctuation is counted separately; whitespace not at all."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.model import Report, Section


@dataclass(frozen=True)
class Counts:
    characters: int   # Han characters, letters, digits
    punctuation: int

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.characters + other.characters, self.punctuation + other.punctuation)

    def __sub__(self, other: Counts) -> Counts:
        return Counts(self.characters - other.characters, self.punctuation - other.punctuation)


ZERO = Counts(0, 0)


def count_text(text: str) -> Counts:
    chars = punct = 0
    for char in text:
        category = unicodedata.category(char)
        if category[0] in "LN":  # Lo covers Han; Lu/Ll letters; Nd/Nl/No digits (incl. ①)
            chars += 1
        elif category[0] in "PS":
            punct += 1
    return Counts(chars, punct)


def count_section(section: Section, *, recursive: bool = False) -> Counts:
    """Counts of a section's heading and body (and its descendants when `recursive`)."""
    total = count_text(section.heading)
    for paragraph in section.paragraphs:
        total = total + count_text(paragraph)
    if recursive:
        for child in section.children:
            total = total + count_section(child, recursive=True)
    return total


def count_report(report: Report) -> Counts:
    total = count_text(report.title)
    for text in (*report.preamble, *report.closing, report.signature):
        total = total + count_text(text)
    for section in report.sections:
        total = total + count_section(section, recursive=True)
    return total


def counts_after_edit(old: Counts, removed_text: str, inserted_text: str) -> Counts:
    """The counts of a text after one edit replaced `removed_text` with `inserted_text`, from
    the counts before it: a keystroke costs the length of the change, not of the section.
    (Every character counts on its own, so the text around the change does not matter.)"""
    return old - count_text(removed_text) + count_text(inserted_text)
