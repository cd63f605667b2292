"""Properties over generated reports: export to text → parse gives the same tree, and nothing
of the source text is lost or duplicated."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.export.txt_writer import report_text
from app.importing import parse_text
from app.model import MarkerStyle, Report, Section
from tests.app.importing.helpers import report_chars, text_chars

# Common characters, without numerals (which could form markers or years) and without the
# first characters of closing formulas (特此报告, 附件, 今后, 总之 …) that the recogniser moves out.
ALPHABET = ("的是在了有和人这大为上个国我要他时来用们生到作地出就分对成会可主发动同工也能过子说产种面而方后多定"
            "行学法所民得经之进着等部度家电力里如水化高自理起小物现实加量都体制机使点从业本去把性好应开它合还因由"
            "其些然前外天政日那社义事平形相全表间样与关各重线内数正心反你明看原又么利比或但质气向道命此变条只没结"
            "解问意建月公无系军很情者最立代想已通并提直题党程展果料象员革位入常文次品式活设及管件长求老头基资边流"
            "路级少图山统接知较将组见计别她手角期根论运农指区强放决西被干做必战先回则任取据处队南给色光门即保治北造")
HAN = st.text(alphabet=ALPHABET, min_size=2, max_size=14)


@st.composite
def paragraph(draw) -> str:
    clauses = draw(st.lists(HAN, min_size=1, max_size=3))
    return "，".join(clauses) + "。"


@st.composite
def section(draw, depth: int, max_depth: int) -> Section:
    paragraphs = draw(st.lists(paragraph(), max_size=3))
    children = draw(st.lists(section(depth + 1, max_depth), max_size=3)) if depth < max_depth else []
    run_in = bool(paragraphs) and draw(st.booleans())
    return Section(heading=draw(HAN), paragraphs=paragraphs, children=children, run_in=run_in)


STYLE_SETS = [
    [MarkerStyle.CHINESE, MarkerStyle.PAREN_CHINESE, MarkerStyle.ARABIC],
    [MarkerStyle.CHINESE, MarkerStyle.ARABIC, MarkerStyle.PAREN_ARABIC],
    [MarkerStyle.CHINESE, MarkerStyle.PAREN_CHINESE, MarkerStyle.ARABIC_COMMA],
    [MarkerStyle.CHINESE, MarkerStyle.PAREN_CHINESE, MarkerStyle.PAREN_ARABIC],
]


@st.composite
def report(draw) -> Report:
    year = draw(st.integers(2015, 2030))
    organization = draw(st.text(alphabet=ALPHABET, min_size=2, max_size=6)) + "局"
    signed = draw(st.booleans())
    return Report(
        title=f"{organization}关于{year}年法治政府建设情况的报告",
        organization=organization,
        year=year,
        recipient=draw(st.one_of(st.none(), HAN.map(lambda t: t + "：")).filter(lambda r: r is None or "如下" not in r)),
        preamble=draw(st.lists(paragraph(), max_size=2)),
        sections=draw(st.lists(section(1, 3), min_size=1, max_size=6)),
        closing=draw(st.sampled_from([[], ["特此报告。"]])),
        signature=organization if signed else "",
        date=draw(st.dates(dt.date(2015, 1, 1), dt.date(2031, 12, 31))) if signed else None,
        marker_styles=list(draw(st.sampled_from(STYLE_SETS))),
    )


def tree(sections: list[Section], depth: int = 1) -> list:
    return [(depth, s.heading, s.run_in, s.paragraphs, tree(s.children, depth + 1)) for s in sections]


def max_depth(sections: list[Section], depth: int = 1) -> int:
    return max((max_depth(s.children, depth + 1) for s in sections), default=depth - 1)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report())
def test_text_round_trip_keeps_the_tree(original):
    parsed = parse_text(report_text(original))
    assert tree(parsed.sections) == tree(original.sections)
    assert (parsed.title, parsed.organization, parsed.year) == (original.title, original.organization, original.year)
    assert parsed.recipient == original.recipient
    assert parsed.preamble == original.preamble
    assert parsed.closing == original.closing
    assert (parsed.signature, parsed.date) == (original.signature, original.date)
    depth = max_depth(original.sections)
    assert parsed.marker_styles[:depth] == original.marker_styles[:depth]
    assert not [w for w in parsed.warnings if "编号" in w]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report(), st.sampled_from(["\n", "\r\n", "\r"]), st.sampled_from(["", "\u3000\u3000", "    "]))
def test_nothing_is_lost(original, newline, indent):
    """Every character of the source except markers, whitespace, a heading's closing 。 and the
    date lands in the parsed report exactly once."""
    text = report_text(original)
    date_text = ""
    if original.date:
        d = original.date
        date_text = f"{d.year}年{d.month}月{d.day}日"
    lines = [indent + line if line and line != date_text else line for line in text.split("\n")]
    source = newline.join(lines)
    parsed = parse_text(source)
    expected = text_chars(source) - text_chars(date_text)
    assert report_chars(parsed) == expected
