"""Merge a reviewed Word file (导入领导修改稿): list its changes against the draft it was exported
from, then apply the accepted ones to the live report, after a snapshot (undo = restore it)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.importing import parse_file
from app.importing.records import Progress, checked
from app.model import Report
from app.review.align import pair_sections
from app.review.compare import AREA_LABELS, Change, Comparison, compare_reports
from app.review.docx_changes import Comment, Markup, TrackedChange, read_markup
from app.review.matching import check_same_report
from app.review.tracked_split import tracked_refiner
from app.review.versions import export_snapshot, version
from app.store import Store

log = logging.getLogger(__name__)
_DOCX = {".docx", ".docm"}


@dataclass
class Review:
    """A reviewed file's changes against `base` (snapshot `against`, or the report as it was)."""

    report_id: int
    source: str               # the file's name
    against: int | None
    base: Report
    comparison: Comparison
    changes: list[Change]
    path: Path | None = None  # the reviewed file, kept with the pending changes


def snapshot_before_merge(store: Store, report_id: int, source: str) -> int:
    """A merge's undo point, taken by app.workflows (the one place that decides snapshots)."""
    from app import workflows

    return workflows.before_merge(store, report_id, source)


def review_file(store: Store, report_id: int, path: Path, against: int | None = None, *,
                progress: Progress | None = None) -> Review:
    path = Path(path)
    if path.suffix.lower() not in _DOCX:
        raise UserError(f"请选择 Word 文件（.docx）：{path.name}（a .docx file is needed）")
    base_id = against if against is not None else export_snapshot(store, report_id, path.name)
    base = version(store, report_id, base_id)

    def reading(done: int, total: int) -> bool:  # the import is the first 80 %
        return progress(done * 80 // max(total, 1), 100) if progress else True

    reviewed = parse_file(path, progress=reading if progress else None)
    markup = read_markup(path)
    check_same_report(base, markup.original, path.name)
    checked(progress, 85, 100)
    comparison = compare_reports(base, reviewed, tracked_refiner(markup))
    changes = list(comparison.changes)
    _attribute(changes, markup)
    changes.extend(_comment_changes(comparison, markup.comments, len(changes)))
    checked(progress, 100, 100)
    log.info("review of %s against %s: %d changes", path.name, base_id, len(changes))
    return Review(report_id, path.name, base_id, base, comparison, changes, path.resolve())


def _attribute(changes: list[Change], markup: Markup) -> None:
    """Mark the text changes that the file tracked (修订), with their author and date."""
    pool: dict[tuple[str, str], list[TrackedChange]] = {}
    for tracked in markup.tracked:
        pool.setdefault((tracked.kind, tracked.text.strip("\n")), []).append(tracked)
        # the diff may place an insertion a few characters off where Word did (插入“推广，” for “，推广”):
        # the same characters in another rotation
        pool.setdefault((tracked.kind + "~", "".join(sorted(tracked.text.strip("\n")))), []).append(tracked)

    def peek(kind: str, text: str) -> TrackedChange | None:
        for key in ((kind, text.strip("\n")), (kind + "~", "".join(sorted(text.strip("\n"))))):
            for found in pool.get(key, []):
                if not found.used:
                    return found
        return None

    for change in changes:
        if change.kind == "insert":
            parts = [peek("insert", change.after)]
        elif change.kind == "delete":
            parts = [peek("delete", change.before)]
        elif change.kind == "replace":
            parts = [peek("delete", change.before), peek("insert", change.after)]
        else:
            continue
        if any(p is None for p in parts):
            continue
        for part in parts:
            assert part is not None
            part.used = True
        change.tracked = True
        change.author = parts[-1].author  # type: ignore[union-attr]
        change.date = parts[-1].date      # type: ignore[union-attr]


def _comment_changes(comparison: Comparison, comments: list[Comment], start: int) -> list[Change]:
    out: list[Change] = []
    pairing = comparison.pairing
    new_to_old = pairing.new_to_old
    for comment in comments:
        j = _section_of(comparison, comment)
        if j is None:
            area = _area_of(comparison.new_report, comment)
            if area:
                out.append(Change(start + len(out) + 1, AREA_LABELS[area], "comment", before=comment.anchor,
                                  after=comment.text, author=comment.author, date=comment.date, tracked=True,
                                  area=area))
            continue
        i = new_to_old.get(j)
        number = pairing.old[i].number if i is not None else pairing.new[j].number
        out.append(Change(start + len(out) + 1, number, "comment", before=comment.anchor, after=comment.text,
                          author=comment.author, date=comment.date, tracked=True, old_index=i, new_index=j))
    return out


def _area_of(report: Report, comment: Comment) -> str:
    """"preamble" or "closing" when the comment is on the text outside the sections, else ""."""
    text = comment.paragraph_text.strip()
    for area in ("preamble", "closing"):
        if text and any(p and (p in text or text in p) for p in getattr(report, area)):
            return area
    return ""


def _section_of(comparison: Comparison, comment: Comment) -> int | None:
    """The reviewed version's section holding the comment's paragraph (its heading or a body paragraph)."""
    text = comment.paragraph_text.strip()
    anchor = comment.anchor.strip()
    for j, located in enumerate(comparison.pairing.new):
        section = located.section
        if text and any(p and (p in text or text in p) for p in section.paragraphs):
            return j
        if text and section.heading and section.heading in text:
            return j
    for j, located in enumerate(comparison.pairing.new):
        if anchor and anchor in located.section.body_text():
            return j
    return None


def parse_ids(text: str | None, changes: list[Change]) -> set[int]:
    """`all` or `1,3,5` as a set of change ids; an unknown id is a user error."""
    if not text:
        return set()
    known = {c.id for c in changes}
    if text.strip().lower() == "all":
        return known
    out: set[int] = set()
    for piece in text.replace("，", ",").split(","):
        piece = piece.strip()
        if not piece:
            continue
        if not piece.isdigit() or int(piece) not in known:
            raise UserError(f"没有编号为 {piece} 的修改（no change {piece}）")
        out.add(int(piece))
    return out


@dataclass
class Applied:
    snapshot: int | None      # the undo point, None when nothing was applied
    accepted: list[int]
    rejected: list[int]
    pending: list[Change]


def apply_review(store: Store, review: Review, accept: set[int], reject: set[int]) -> Applied:
    """Apply the accepted changes to the live report and drop the rejected ones; the rest stay pending."""
    from app.review.apply import apply_changes
    from app.review.pending import save_pending

    both = accept & reject
    if both:
        raise UserError(f"修改 {min(both)} 不能既接受又拒绝（change {min(both)} both accepted and rejected）")
    snapshot = None
    accepted = [c for c in review.changes if c.id in accept]
    if accepted:
        snapshot = snapshot_before_merge(store, review.report_id, review.source)
        live = store.reports.load(review.report_id)
        apply_changes(store, review.base, review.comparison, live, accepted)
    pending = [c for c in review.changes if c.id not in accept and c.id not in reject]
    save_pending(store, review.report_id, str(review.path or review.source), review.against, pending)
    return Applied(snapshot, sorted(accept), sorted(reject), pending)


def live_pairs(base: Report, live: Report) -> dict[int, int]:
    """Base section index → live section id."""
    pairing = pair_sections(base, live)
    return {i: pairing.new[j].section.id for i, j in pairing.old_to_new.items()  # type: ignore[misc]
            if pairing.new[j].section.id is not None}
