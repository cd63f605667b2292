"""Splitting a joined change back into the reviewer's tracked pieces."""

from __future__ import annotations

from app.review.docx_changes import Markup, TrackedChange
from app.review.textdiff import diff_text
from app.review.tracked_split import tracked_refiner


def _markup(*pieces: tuple[str, str]) -> Markup:
    return Markup(tracked=[TrackedChange(kind, text, "王局长", None, 0) for kind, text in pieces])


def test_dense_insertions_with_digits_like_the_text_split_into_the_tracked_ones():
    before = "1月18日召开会议研究部署"
    after = "1月〔8〕18日召〔9〕开会议研究部署"
    joined = [s for s in diff_text(before, after) if s.changed]
    refine = tracked_refiner(_markup(("insert", "〔8〕"), ("insert", "〔9〕")))
    pieces = refine(joined[0].before, joined[0].after) if len(joined) == 1 else None
    segments = pieces if pieces is not None else diff_text(before, after)
    assert [(s.before, s.after) for s in segments if s.changed] == [("", "〔8〕"), ("", "〔9〕")]


def test_a_tracked_deletion_then_insertion_is_one_replacement():
    refine = tracked_refiner(_markup(("delete", "加强"), ("insert", "强化"), ("insert", "全面")))
    segments = refine("要加强法治", "要强化法治全面")
    assert segments is not None
    assert [(s.before, s.after) for s in segments if s.changed] == [("加强", "强化"), ("", "全面")]


def test_no_split_when_the_pieces_are_not_tracked():
    refine = tracked_refiner(_markup(("insert", "〔8〕")))
    assert refine("甲乙丙丁", "甲〔8〕乙丙戊丁") is None
