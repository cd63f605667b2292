"""Reading tracked changes and comments straight from the XML, as Word and LibreOffice write them."""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.review.docx_changes import read_markup

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(path: Path, body: str, comments: str = "") -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>")
        z.writestr("word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>")
        if comments:
            z.writestr("word/comments.xml", f"<w:comments {W}>{comments}</w:comments>")
    return path


def test_pieces_of_one_revision_are_one_change_and_both_sides_of_the_text_are_kept(tmp_path):
    body = (
        "<w:p><w:r><w:t>加强</w:t></w:r>"
        "<w:ins w:id='1' w:author='王局长' w:date='2026-01-01T09:00:00Z'><w:r><w:t>统计</w:t></w:r></w:ins>"
        "<w:ins w:id='2' w:author='王局长' w:date='2026-01-01T09:01:00Z'><w:r><w:t>执法</w:t></w:r></w:ins>"
        "<w:r><w:t>工作</w:t></w:r>"
        "<w:del w:id='3' w:author='李科长' w:date='2026-01-02T09:00:00Z'><w:r><w:delText>，确保</w:delText></w:r></w:del>"
        "</w:p>"
        "<w:p><w:pPr><w:rPr><w:del w:id='4' w:author='李科长' w:date='2026-01-02T09:00:00Z'/></w:rPr></w:pPr>"
        "<w:r><w:t>第二段</w:t></w:r></w:p>"
    )
    markup = read_markup(_docx(tmp_path / "a.docx", body))
    assert [(t.kind, t.text, t.author, t.date, t.paragraph) for t in markup.tracked] == [
        ("insert", "统计执法", "王局长", "2026-01-01T09:00:00Z", 0),
        ("delete", "，确保", "李科长", "2026-01-02T09:00:00Z", 0),
    ]
    assert markup.paragraphs == ["加强统计执法工作", "第二段"]
    assert markup.original == ["加强工作，确保", "第二段"]


def test_a_comment_is_anchored_to_the_text_across_runs(tmp_path):
    body = ("<w:p><w:r><w:t>前文</w:t></w:r><w:commentRangeStart w:id='0'/><w:r><w:t>依法</w:t></w:r>"
            "<w:r><w:t>治统</w:t></w:r><w:commentRangeEnd w:id='0'/>"
            "<w:r><w:commentReference w:id='0'/></w:r><w:r><w:t>后文</w:t></w:r></w:p>")
    comments = ("<w:comment w:id='0' w:author='王局长' w:date='2026-01-01T09:00:00Z'>"
                "<w:p><w:r><w:t>请核实</w:t></w:r></w:p></w:comment>")
    markup = read_markup(_docx(tmp_path / "c.docx", body, comments))
    [comment] = markup.comments
    assert (comment.author, comment.text, comment.anchor, comment.paragraph_text) == \
        ("王局长", "请核实", "依法治统", "前文依法治统后文")
