"""Moving the years of template-like text (title, headings, preamble, closing) on by one."""

from __future__ import annotations

from app.checks.year_mentions import YearContext, year_mentions


def shift_years(text: str, report_year: int, by: int = 1) -> str:
    """`text` with every plain mention of `report_year` or the year after it moved on by `by` years.

    Both years move in one pass, so 2024 → 2025 and 2025 → 2026 never turns 2024 into 2026.
    Years in document numbers, book titles, periods, "since" phrases and the dates documents
    were made are history and stay as written."""
    targets = {report_year, report_year + 1}
    pieces: list[str] = []
    last = 0
    for mention in year_mentions(text):
        if mention.context is YearContext.PLAIN and mention.year in targets:
            pieces.append(text[last:mention.start])
            pieces.append(str(mention.year + by))
            last = mention.end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)
