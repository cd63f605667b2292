"""The kinds of issue 14 that survive a Word or PDF layout (a covering letter, traditional
characters, a heading ending in ；, a missing first level, a list inside a paragraph, a heading
cut after its first word, site text glued to the title) give the
same report from .docx and from a PDF made of it as from the plain text."""

from __future__ import annotations

import pytest

from app.importing import parse_file, parse_text
from tests.app.importing.made_files import plain_docx, to_pdf
from tests.app.importing.test_kinds import (
    COVER_LETTERS,
    CUT_HEADINGS,
    MISSING_FIRST_LEVEL,
    NUMBERED_LIST,
    REPORT_AFTER_LETTER,
    SEMICOLON_HEADINGS,
    TRADITIONAL,
)

CASES = {
    "letter": COVER_LETTERS[0] + REPORT_AFTER_LETTER,
    "traditional": TRADITIONAL,
    "semicolon": SEMICOLON_HEADINGS.format(end="；"),
    "missing-level": MISSING_FIRST_LEVEL,
    "list": NUMBERED_LIST,
    "cut-heading": CUT_HEADINGS,
    "glued-title": "某某區2024年法治政府建設情況報告 發布時間：2025-01-20 來源：區司法局\n" + TRADITIONAL.split("\n", 1)[1],
}


def _summary(report):
    # Set-aside site text keeps its words; PDF extraction's spacing around digits is not kept.
    set_aside = ["".join(text.split()) for text in report.set_aside]
    return (report.title, report.recipient, set_aside, report.preamble, report.closing, report.signature,
            report.date, [(s.heading, s.part, s.paragraphs, [(c.heading, c.paragraphs) for c in s.children])
                          for s in report.sections])


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kinds")
    docs = {name: plain_docx(text, folder / f"{name}.docx") for name, text in CASES.items()}
    pdfs = dict(zip(CASES, to_pdf(list(docs.values()), folder)))
    return docs, pdfs


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_kind_in_docx_and_pdf_as_in_text(made, name, fmt):
    docs, pdfs = made
    report = parse_file((docs if fmt == "docx" else pdfs)[name])
    assert _summary(report) == _summary(parse_text(CASES[name]))
