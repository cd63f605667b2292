"""Edit an exported .docx the ways a reviewer does in Word: tracked insertions and deletions,
comments, and plain (untracked) edits, by rewriting word/document.xml."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

from lxml import etree

from app.model import Report, Section

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
DATE = "2026-11-30T10:00:00Z"
AUTHOR = "王局长"


class ReviewedDocx:
    def __init__(self, path: Path) -> None:
        self.path = path
        with zipfile.ZipFile(path) as z:
            self.parts = {n: z.read(n) for n in z.namelist()}
        self.doc = etree.fromstring(self.parts["word/document.xml"])
        self.body = self.doc.find(W + "body")
        self.comments: list[tuple[int, str, str]] = []

    # ---- finding ----------------------------------------------------------------------
    def paragraphs(self) -> list[etree._Element]:
        return list(self.body.iter(W + "p"))

    @staticmethod
    def text(p: etree._Element) -> str:
        return "".join(t.text or "" for t in p.iter(W + "t"))

    def paragraph(self, containing: str) -> etree._Element:
        found = [p for p in self.paragraphs() if containing in self.text(p)]
        assert len(found) == 1, (containing, len(found))
        return found[0]

    def _split(self, piece: str) -> tuple[etree._Element, etree._Element, etree._Element]:
        """Split the run holding `piece` into before / piece / after runs; returns the three runs."""
        p = self.paragraph(piece)
        for run in p.iter(W + "r"):
            t = run.find(W + "t")
            if t is not None and t.text and piece in t.text:
                head, tail = t.text.split(piece, 1)
                middle, after = copy.deepcopy(run), copy.deepcopy(run)
                t.text = head
                middle.find(W + "t").text = piece
                after.find(W + "t").text = tail
                for r in (t, middle.find(W + "t"), after.find(W + "t")):
                    r.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                run.addnext(middle)
                middle.addnext(after)
                return run, middle, after
        raise AssertionError(piece)

    # ---- tracked ----------------------------------------------------------------------
    def tracked_insert(self, after_text: str, inserted: str, author: str, rid: int) -> None:
        _, middle, _ = self._split(after_text)
        ins = etree.Element(W + "ins", {W + "id": str(rid), W + "author": author, W + "date": DATE})
        run = copy.deepcopy(middle)
        run.find(W + "t").text = inserted
        ins.append(run)
        middle.addnext(ins)

    def tracked_delete(self, deleted: str, author: str, rid: int) -> None:
        _, middle, _ = self._split(deleted)
        dele = etree.Element(W + "del", {W + "id": str(rid), W + "author": author, W + "date": DATE})
        middle.addprevious(dele)
        dele.append(middle)
        t = middle.find(W + "t")
        t.tag = W + "delText"

    def comment(self, anchored: str, text: str, author: str) -> None:
        cid = len(self.comments)
        before, middle, _ = self._split(anchored)
        middle.addprevious(etree.Element(W + "commentRangeStart", {W + "id": str(cid)}))
        middle.addnext(etree.Element(W + "commentRangeEnd", {W + "id": str(cid)}))
        ref = etree.Element(W + "r")
        etree.SubElement(ref, W + "commentReference", {W + "id": str(cid)})
        middle.getnext().addnext(ref)
        self.comments.append((cid, author, text))

    def sprinkle_insertions(self, every: int, author: str, limit: int, skip: set[str]) -> list[str]:
        """A tracked insertion after every `every` characters of the longest run of each body
        paragraph, except the paragraphs in `skip`."""
        inserted: list[str] = []
        for p in self.paragraphs():
            runs = [r for r in p.iter(W + "r") if r.find(W + "t") is not None]
            if not runs or p.find(f"{W}pPr/{W}pStyle") is not None or len(self.text(p)) < 60 or self.text(p) in skip:
                continue
            run = max(runs, key=lambda r: len(r.find(W + "t").text or ""))
            text = run.find(W + "t").text
            run.find(W + "t").text = text[:every]
            last = run
            for k in range(every, len(text), every):
                if len(inserted) >= limit:
                    piece = copy.deepcopy(run)
                    piece.find(W + "t").text = text[k:]
                    last.addnext(piece)
                    break
                label = f"〔增{len(inserted)}〕"
                ins = etree.Element(W + "ins", {W + "id": str(5000 + len(inserted)), W + "author": author,
                                                 W + "date": DATE})
                added = copy.deepcopy(run)
                added.find(W + "t").text = label
                ins.append(added)
                piece = copy.deepcopy(run)
                piece.find(W + "t").text = text[k:k + every]
                last.addnext(ins)
                ins.addnext(piece)
                last = piece
                inserted.append(label)
        return inserted

    # ---- untracked --------------------------------------------------------------------
    def replace(self, old: str, new: str) -> None:
        _, middle, _ = self._split(old)
        middle.find(W + "t").text = new

    def delete_paragraph(self, containing: str) -> None:
        p = self.paragraph(containing)
        p.getparent().remove(p)

    def move_block(self, heading: str, before_heading: str, block_end: str) -> None:
        """Move the paragraphs from the one holding `heading` up to (not including) the one
        holding `block_end` so that they come right before the one holding `before_heading`."""
        ps = self.paragraphs()
        start = ps.index(self.paragraph(heading))
        end = ps.index(self.paragraph(block_end))
        target = self.paragraph(before_heading)
        for p in ps[start:end]:
            target.addprevious(p)

    def renumber(self, containing: str, old: str, new: str) -> None:
        """Change the marker written at the start of the paragraph holding `containing`."""
        t = next(self.paragraph(containing).iter(W + "t"))
        assert t.text.startswith(old), t.text
        t.text = new + t.text[len(old):]

    # ---- saving -----------------------------------------------------------------------
    def save(self, path: Path) -> Path:
        parts = dict(self.parts)
        parts["word/document.xml"] = etree.tostring(self.doc, xml_declaration=True, encoding="UTF-8", standalone=True)
        if self.comments:
            root = etree.Element(W + "comments", nsmap={"w": W_NS})
            for cid, author, text in self.comments:
                c = etree.SubElement(root, W + "comment", {W + "id": str(cid), W + "author": author, W + "date": DATE})
                etree.SubElement(etree.SubElement(etree.SubElement(c, W + "p"), W + "r"), W + "t").text = text
            parts["word/comments.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            rels = parts["word/_rels/document.xml.rels"].decode()
            rels = rels.replace("</Relationships>", '<Relationship Id="rIdComments9" Type="http://schemas.'
                                "openxmlformats.org/officeDocument/2006/relationships/comments\" "
                                'Target="comments.xml"/></Relationships>')
            parts["word/_rels/document.xml.rels"] = rels.encode()
            types = parts["[Content_Types].xml"].decode()
            types = types.replace("</Types>", '<Override PartName="/word/comments.xml" ContentType="application/'
                                  'vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
            parts["[Content_Types].xml"] = types.encode()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in parts.items():
                z.writestr(name, data)
        return path


def unique_piece(report: Report, text: str, start: int, length: int) -> str:
    whole = "\n".join(s.heading + "\n" + s.body_text() for s in report.all_sections())
    for k in range(start, len(text) - length):
        piece = text[k:k + length]
        if whole.count(piece) == 1 and not any(c in piece for c in "。，；、（）《》“”"):
            return piece
    raise AssertionError("no unique piece")


def review_as_leader(report: Report, exported: Path, out: Path) -> tuple[Path, dict[str, tuple[Section, str, str]]]:
    """Edit the exported file the ways a reviewer does (a phrase replaced without tracking, a
    tracked insertion and deletion by AUTHOR, a paragraph deleted, a section moved, a heading
    reworded, a comment): returns the file and, per edit, (section, before, after)."""
    part1, part2, part3 = report.sections[0].children, report.sections[1].children, report.sections[2].children
    doc = ReviewedDocx(exported)
    edits: dict[str, tuple[Section, str, str]] = {}
    a = part1[0]
    old = unique_piece(report, a.paragraphs[0], 30, 4)
    doc.replace(old, "全面提升")
    edits["replace"] = (a, old, "全面提升")
    b = part1[1]
    anchor = unique_piece(report, b.paragraphs[0], 30, 5)
    doc.tracked_insert(anchor, "，并建立长效机制", AUTHOR, 101)
    edits["insert"] = (b, "", "，并建立长效机制")
    c = part1[2]
    gone = unique_piece(report, c.paragraphs[0], 40, 6)
    doc.tracked_delete(gone, AUTHOR, 102)
    edits["delete"] = (c, gone, "")
    d = part3[0]
    doc.delete_paragraph(d.paragraphs[-1][:30])
    edits["paragraph"] = (d, d.paragraphs[-1], "")
    e = part2[1]
    doc.move_block(e.heading, part2[0].heading, part2[2].heading)
    # a reviewer moving a section renumbers the markers typed as text
    doc.renumber(e.heading, "（二）", "（一）")
    doc.renumber(part2[0].heading, "（一）", "（二）")
    edits["move"] = (e, "", "")
    f = part3[1]
    doc.replace(f.heading[-3:], "见实效")
    edits["heading"] = (f, f.heading, f.heading[:-3] + "见实效")
    g = part1[3]
    anchored = unique_piece(report, g.paragraphs[0], 20, 6)
    doc.comment(anchored, "此处请补充具体数字", AUTHOR)
    edits["comment"] = (g, anchored, "此处请补充具体数字")
    return doc.save(out), edits
