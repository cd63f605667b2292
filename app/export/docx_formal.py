"""The 版记 of the formal variant in the .docx (see formal.py for what it holds)."""

from __future__ import annotations

from app.export.docx_writer import paragraph_xml
from app.export.formal import note_blocks, note_lines, place_note
from app.export.layout import Block, Kind
from app.export.paginate import Page, estimate_pages
from app.model import Report
from app.profiles import Profile

_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
EMU_PER_TWIP = 635
NOTE_SPARE_LINES = 3


def formal_note_xml(report: Report, profile: Profile, blocks: list[Block]) -> tuple[str, list[Page]]:
    """The 版记 in a text box anchored to the foot of the text block, so it sits on the last lines
    whatever the body's exact line breaking (w:framePr would do, but LibreOffice 7.4 ignores it).
    The page must be even: the pagination estimate (the same grid and keep rules) says whether the body
    ends on an even page with room; if not, page breaks reach the next even page. Returns the XML
    and the predicted pages."""
    pages = estimate_pages(blocks, profile)
    last = pages[-1].number
    note = note_lines(report, profile)
    # Word and LibreOffice break lines with the fonts' real digit and Latin widths, which may put
    # a line or two more on the last page than predicted: the 版记 shares the body's page only
    # with room to spare, else it goes to the next even page.
    pages = place_note(pages, note, profile.lines_per_page, spare=NOTE_SPARE_LINES)
    target = pages[-1].number
    cache: dict[tuple[str, str], str] = {}
    content = "".join(paragraph_xml(b, profile, cache) for b in note_blocks(report))
    width = profile.text_width_twips * EMU_PER_TWIP
    height = len(note) * profile.line_pitch_twips * EMU_PER_TWIP
    box = (f'<w:r><w:drawing><wp:anchor xmlns:wp="{_WP}" distT="0" distB="0" distL="0" distR="0" simplePos="0" '
           'relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0"><wp:simplePos x="0" y="0"/>'
           '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
           '<wp:positionV relativeFrom="margin"><wp:align>bottom</wp:align></wp:positionV>'
           f'<wp:extent cx="{width}" cy="{height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
           '<wp:docPr id="1" name="版记"/><wp:cNvGraphicFramePr/>'
           f'<a:graphic xmlns:a="{_A}"><a:graphicData uri="{_WPS}"><wps:wsp xmlns:wps="{_WPS}">'
           '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
           f'<a:ext cx="{width}" cy="{height}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
           '<a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
           f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
           '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="b">'
           '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')
    blank = paragraph_xml(Block(Kind.BLANK, ()), profile, {})
    breaks = "<w:pageBreakBefore/>" if target > last else ""
    extra = [blank.replace("<w:pPr>", "<w:pPr><w:pageBreakBefore/>", 1)] * max(0, target - last - 1)
    anchor = blank.replace("<w:pPr>", f"<w:pPr>{breaks}", 1).replace("</w:p>", f"{box}</w:p>")
    return "".join(extra) + anchor, pages


