"""转为简体 in the import preview: a report published in traditional characters (…建設情況報告)
made simplified — title, unit, recipient, preamble, headings, body, closing and signature, and the
text set aside — through OpenCC's plain t2s conversion (characters only: no regional vocabulary
is swapped). No Qt here. OpenCC is loaded on first use only, and the feature disappears where it
is not installed rather than failing.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

from app.model import Report

log = logging.getLogger(__name__)
SAMPLE_PARAGRAPHS = 40  # enough text to see whether a report is traditional, cheap on a long one


@functools.cache
def _converter() -> Callable[[str], str] | None:
    try:
        import opencc  # a C++ library with its dictionaries: loaded only when a preview needs it
    except ImportError:
        log.warning("OpenCC is not installed: 转为简体 is not offered")
        return None
    return opencc.OpenCC("t2s").convert


def available() -> bool:
    return _converter() is not None


def simplified_text(text: str) -> str:
    convert = _converter()
    return convert(text) if convert is not None and text else text


def _texts(report: Report) -> list[str]:
    texts = [report.title, report.organization, report.recipient or "", *report.preamble]
    for section in report.all_sections():
        texts += [section.heading, *section.paragraphs]
    return texts + [*report.closing, report.signature, *report.set_aside]


def has_traditional(report: Report) -> bool:
    """Whether the report's title, headings or first paragraphs hold traditional characters."""
    convert = _converter()
    if convert is None:
        return False
    sample = "\n".join(_texts(report)[:SAMPLE_PARAGRAPHS] + [s.heading for s in report.all_sections()])
    return convert(sample) != sample


def simplify(report: Report) -> int:
    """Convert the report's text to simplified characters in place (sections stay the same
    objects); returns how many paragraphs changed."""
    convert = _converter()
    if convert is None:
        return 0
    changed = 0

    def simple(text: str) -> str:
        nonlocal changed
        result = convert(text) if text else text
        changed += result != text
        return result

    report.title = simple(report.title)
    report.organization = simple(report.organization)
    if report.recipient:
        report.recipient = simple(report.recipient)
    report.preamble = [simple(text) for text in report.preamble]
    for section in report.all_sections():
        section.heading = simple(section.heading)
        section.paragraphs = [simple(text) for text in section.paragraphs]
    report.closing = [simple(text) for text in report.closing]
    report.signature = simple(report.signature)
    report.set_aside = [simple(text) for text in report.set_aside]
    return changed
