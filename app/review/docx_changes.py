"""A Word file's tracked changes (修订: w:ins / w:del with author and date) and comments (批注:
comments.xml with the text between commentRangeStart and commentRangeEnd), read with the
importer's safe zip opening. The importer itself reads the text as if every change were
accepted; this module says which pieces of it were tracked and by whom."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from app.importing.docx_numbering import W
from app.importing.safe_zip import SafeZip


@dataclass
class TrackedChange:
    kind: str          # "insert" | "delete"
    text: str
    author: str | None
    date: str | None
    paragraph: int     # index of the paragraph in the document
    used: bool = False  # already matched to a change of the comparison


@dataclass
class Comment:
    id: str
    author: str | None
    date: str | None
    text: str
    anchor: str = ""            # the text the comment is anchored to
    paragraph_text: str = ""    # the (accepted) text of the paragraph where the anchor starts


@dataclass
class Markup:
    """What a reviewer marked in the file, in document order."""

    tracked: list[TrackedChange] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)   # each paragraph's text, changes accepted
    original: list[str] = field(default_factory=list)     # the same with the changes rejected


def read_markup(path: Path) -> Markup:
    archive = SafeZip(Path(path))
    try:
        document = archive.xml("word/document.xml")
        comments_root = archive.xml("word/comments.xml")
    finally:
        archive.close()
    markup = Markup()
    if document is None:
        return markup
    comments = _comments(comments_root)
    _Walker(markup, comments).walk(document)
    markup.comments = [c for c in comments.values() if c.text or c.anchor]
    return markup


def _comments(root: etree._Element | None) -> dict[str, Comment]:
    out: dict[str, Comment] = {}
    if root is None:
        return out
    for element in root.iter(W + "comment"):
        cid = element.get(W + "id", "")
        paragraphs = ["".join(t.text or "" for t in p.iter(W + "t")) for p in element.iter(W + "p")]
        out[cid] = Comment(cid, element.get(W + "author"), element.get(W + "date"),
                           "\n".join(p for p in paragraphs if p).strip())
    return out


class _Walker:
    """One pass over the body in document order, keeping the revision context and open comment ranges."""

    def __init__(self, markup: Markup, comments: dict[str, Comment]) -> None:
        self.markup = markup
        self.comments = comments
        self.open: dict[str, list[str]] = {}
        self.current: list[str] = []
        self.current_original: list[str] = []
        self.last: TrackedChange | None = None   # merged with the next piece when nothing lies between

    def walk(self, root: etree._Element) -> None:
        self._visit(root, None)
        self._end_paragraph()

    def _visit(self, element: etree._Element, revision: tuple[str, str | None, str | None] | None) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == W + "p":
                self._end_paragraph()
                self._visit(child, revision)
                self._end_paragraph()
            elif tag in (W + "ins", W + "moveTo"):
                self._visit(child, ("insert", child.get(W + "author"), child.get(W + "date")))
            elif tag in (W + "del", W + "moveFrom"):
                if child.getparent() is not None and child.getparent().tag == W + "rPr":
                    continue  # a deleted paragraph mark, not text
                self._visit(child, ("delete", child.get(W + "author"), child.get(W + "date")))
            elif tag == W + "t":
                self._text(child.text or "", revision if revision and revision[0] == "insert" else None)
            elif tag == W + "delText":
                if revision and revision[0] == "delete":
                    self._text(child.text or "", revision, accepted=False)
            elif tag == W + "tab":
                self._text("\t", None)
            elif tag == W + "commentRangeStart":
                cid = child.get(W + "id", "")
                self.open[cid] = []
                if cid in self.comments:
                    self.comments[cid].paragraph_text = "\0"  # filled when the paragraph ends
            elif tag == W + "commentRangeEnd":
                cid = child.get(W + "id", "")
                if cid in self.comments and cid in self.open:
                    self.comments[cid].anchor = "".join(self.open.pop(cid))
            elif tag in (W + "pPr", W + "rPr", W + "instrText", W + "delInstrText"):
                continue
            else:
                self._visit(child, revision)

    def _text(self, text: str, revision: tuple[str, str | None, str | None] | None, *,
              accepted: bool = True) -> None:
        if not text:
            return
        if revision is None or revision[0] == "delete":
            self.current_original.append(text)
        if accepted:
            self.current.append(text)
            for pieces in self.open.values():
                pieces.append(text)
        if revision is None:
            self.last = None
            return
        kind, author, date = revision
        paragraph = len(self.markup.paragraphs)
        last = self.last
        # Word splits one revision over several elements (a run each, or a new date per minute of typing)
        if last and last.kind == kind and last.author == author and last.paragraph == paragraph:
            last.text += text
            return
        self.last = TrackedChange(kind, text, author, date, paragraph)
        self.markup.tracked.append(self.last)

    def _end_paragraph(self) -> None:
        waiting = any(c.paragraph_text == "\0" for c in self.comments.values())
        if not self.current and not self.current_original and not self.open and not waiting:
            return
        text = "".join(self.current)
        for comment in self.comments.values():
            if comment.paragraph_text == "\0":
                comment.paragraph_text = text
        self.markup.paragraphs.append(text)
        self.markup.original.append("".join(self.current_original))
        self.current = []
        self.current_original = []
        self.last = None
