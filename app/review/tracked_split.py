"""Split one change of the comparison into the reviewer's tracked changes.

Tracked insertions a few characters apart are joined by the diff's semantic cleanup into one
replacement, and a minimal diff is no better (an inserted 8 may pair with an 8 of the text). The
tracked changes say what the pieces were: find a way to turn `before` into `after` using equal
characters and whole tracked insertions/deletions only."""

from __future__ import annotations

from collections.abc import Callable

from app.review.docx_changes import Markup
from app.review.textdiff import Segment

MAX_STATES = 200_000  # a search that goes this far finds no clean split: keep the change whole


def tracked_refiner(markup: Markup) -> Callable[[str, str], list[Segment] | None]:
    inserts: dict[str, set[str]] = {}
    deletes: dict[str, set[str]] = {}
    for tracked in markup.tracked:
        text = tracked.text.strip("\n")
        if text:
            (inserts if tracked.kind == "insert" else deletes).setdefault(text[0], set()).add(text)

    def refine(before: str, after: str) -> list[Segment] | None:
        if not inserts and not deletes:
            return None
        segments = split(before, after, inserts, deletes)
        if segments is None or sum(s.changed for s in segments) < 2:
            return None
        return segments

    return refine


def split(before: str, after: str, inserts: dict[str, set[str]], deletes: dict[str, set[str]]) -> list[Segment] | None:
    """Segments turning `before` into `after` by equal characters and whole tracked pieces
    (by first character), or None. Depth-first, tracked pieces tried before equal characters."""
    # state (i, j) → the move that reached it: (previous state, kind, text)
    came: dict[tuple[int, int], tuple[tuple[int, int], str, str] | None] = {(0, 0): None}
    stack = [(0, 0)]
    end = (len(before), len(after))
    while stack and end not in came:
        if len(came) > MAX_STATES:
            return None
        i, j = stack.pop()
        moves: list[tuple[tuple[int, int], str, str]] = []
        if i < len(before) and j < len(after) and before[i] == after[j]:
            moves.append(((i + 1, j + 1), "equal", before[i]))
        if i < len(before):
            moves.extend(((i + len(t), j), "delete", t) for t in deletes.get(before[i], ()) if before.startswith(t, i))
        if j < len(after):
            moves.extend(((i, j + len(t)), "insert", t) for t in inserts.get(after[j], ()) if after.startswith(t, j))
        for state, kind, text in moves:  # the last pushed is tried first: tracked pieces
            if state not in came:
                came[state] = ((i, j), kind, text)
                stack.append(state)
    if end not in came:
        return None
    steps: list[tuple[str, str]] = []
    state = end
    while (step := came[state]) is not None:
        state, kind, text = step
        steps.append((kind, text))
    steps.reverse()
    return _segments(steps)


def _segments(steps: list[tuple[str, str]]) -> list[Segment]:
    out: list[Segment] = []
    for kind, text in steps:
        last = out[-1] if out else None
        if kind == "equal":
            if last is not None and not last.changed:
                out[-1] = Segment(last.before + text, last.after + text)
            else:
                out.append(Segment(text, text))
        elif last is not None and last.changed and not (last.after if kind == "insert" else last.before):
            # a deletion and an insertion side by side are one replacement (a reworded phrase)
            out[-1] = Segment(last.before + (text if kind == "delete" else ""),
                              last.after + (text if kind == "insert" else ""))
        else:
            out.append(Segment(text if kind == "delete" else "", text if kind == "insert" else ""))
    return out
