"""Character- and sentence-level diff of Chinese text (no spaces, so no word diff).

Engine: Google's diff-match-patch (Myers' O(ND) diff with a deadline, plus the semantic
cleanup that turns 加强→强化 into one replacement rather than 加 deleted, 化 inserted). Text
is first diffed with every sentence as one symbol (as its line mode does with lines), so a
300-page report costs a diff of a few thousand symbols; only the sentences that changed are
then diffed character by character. difflib's SequenceMatcher is quadratic on such input and
has no semantic cleanup (see bench/review.py for the figures).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

_EQUAL = 0
_SENTENCE = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;][”’」』）)]*|\n)?")
_FIRST_SYMBOL = 0x100


@dataclass(frozen=True)
class Segment:
    """A piece of the text: equal on both sides, or a change from `before` to `after`."""

    before: str
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after

    @property
    def kind(self) -> str:
        if not self.changed:
            return "equal"
        if not self.before:
            return "insert"
        if not self.after:
            return "delete"
        return "replace"


def sentences(text: str) -> list[str]:
    """The text cut after each sentence end (。！？； and a closing quote) and each line break."""
    return [s for s in _SENTENCE.findall(text) if s]


def _engine() -> diff_match_patch:
    engine = diff_match_patch()
    engine.Diff_Timeout = 2.0
    return engine


def _symbol(n: int) -> str:
    code = _FIRST_SYMBOL + n
    if code >= 0xD800:  # skip the surrogates
        code += 0x800
    return chr(code)


def diff_text(before: str, after: str) -> list[Segment]:
    """The segments that turn `before` into `after`, alternating equal and changed pieces
    (joined, the befores give `before` and the afters give `after`)."""
    if before == after:
        return [Segment(before, after)] if before else []
    engine = _engine()
    codes: dict[str, str] = {}
    table: list[str] = []

    def encode(text: str) -> str:
        out = []
        for sentence in sentences(text):
            symbol = codes.get(sentence)
            if symbol is None:
                symbol = codes[sentence] = _symbol(len(table))
                table.append(sentence)
            out.append(symbol)
        return "".join(out)

    coarse = engine.diff_main(encode(before), encode(after), False)
    pieces: list[tuple[int, str]] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        if deleted or inserted:
            for old_part, new_part in paragraph_pairs("".join(deleted), "".join(inserted)):
                if old_part and new_part:
                    fine = engine.diff_main(old_part, new_part, False)
                    engine.diff_cleanupSemantic(fine)
                    pieces.extend(fine)
                elif old_part:
                    pieces.append((-1, old_part))
                else:
                    pieces.append((1, new_part))
            deleted.clear()
            inserted.clear()

    for op, symbols in coarse:
        text = "".join(table[ord(s) - _FIRST_SYMBOL - (0x800 if ord(s) >= 0xE000 else 0)] for s in symbols)
        if op == _EQUAL:
            flush()
            pieces.append((_EQUAL, text))
        elif op < 0:
            deleted.append(text)
        else:
            inserted.append(text)
    flush()
    return _segments(pieces)


def _segments(pieces: list[tuple[int, str]]) -> list[Segment]:
    out: list[Segment] = []
    before: list[str] = []
    after: list[str] = []
    for op, text in pieces:
        if op == _EQUAL:
            if before or after:
                out.append(Segment("".join(before), "".join(after)))
                before, after = [], []
            if out and not out[-1].changed:
                out[-1] = Segment(out[-1].before + text, out[-1].after + text)
            else:
                out.append(Segment(text, text))
        elif op < 0:
            before.append(text)
        else:
            after.append(text)
    if before or after:
        out.append(Segment("".join(before), "".join(after)))
    return _merge_short_equalities(out)


def _merge_short_equalities(segments: list[Segment]) -> list[Segment]:
    """One or two equal characters between two changes belong to one change: the semantic
    cleanup splits 加强→强化 into 加 deleted, 强 kept, 化 inserted, which no reader wants."""
    out: list[Segment] = []
    for segment in segments:
        if (segment.changed and len(out) >= 2 and out[-2].changed and not out[-1].changed
                and len(out[-1].before) <= 2
                and "\n" not in out[-2].before + out[-2].after + out[-1].before + segment.before + segment.after):
            equal = out.pop()
            previous = out.pop()
            segment = Segment(previous.before + equal.before + segment.before,
                              previous.after + equal.after + segment.after)
        out.append(segment)
    return out


_PARAGRAPH = re.compile(r"[^\n]*\n|[^\n]+")
PAIR_SIMILARITY = 0.4  # paragraphs less alike than this are a deletion and an insertion, not an edit


def paragraph_pairs(old: str, new: str) -> list[tuple[str, str]]:
    """A changed stretch cut into paragraphs, each old one paired with the new one it became (or
    with "" when deleted, and "" with a new one inserted), in order: a paragraph deleted beside
    an edited one is its own change, not part of one long rewrite (found by QA). Joined, the
    first halves give `old` and the second halves `new`."""
    olds, news = _PARAGRAPH.findall(old), _PARAGRAPH.findall(new)
    if len(olds) <= 1 and len(news) <= 1 or len(olds) * len(news) > 10_000:
        return [(old, new)]
    # the longest chain of alike pairs, in order (an LCS over "alike")
    best = [[0] * (len(news) + 1) for _ in range(len(olds) + 1)]
    for i in range(len(olds) - 1, -1, -1):
        for j in range(len(news) - 1, -1, -1):
            alike = similarity(olds[i].rstrip("\n"), news[j].rstrip("\n")) >= PAIR_SIMILARITY
            best[i][j] = max(best[i + 1][j], best[i][j + 1], best[i + 1][j + 1] + 1 if alike else 0)
    pairs: list[tuple[str, str]] = []
    i = j = 0
    while i < len(olds) or j < len(news):
        if i < len(olds) and j < len(news) and best[i][j] == best[i + 1][j + 1] + 1 \
                and similarity(olds[i].rstrip("\n"), news[j].rstrip("\n")) >= PAIR_SIMILARITY:
            pairs.append((olds[i], news[j]))
            i, j = i + 1, j + 1
        elif i < len(olds) and (j >= len(news) or best[i + 1][j] >= best[i][j + 1]):
            pairs.append((olds[i], ""))
            i += 1
        else:
            pairs.append(("", news[j]))
            j += 1
    return pairs


def similarity(a: str, b: str) -> float:
    """Share of character pairs (bigrams) two texts have in common, 0..1 (Dice coefficient)."""
    if a == b:
        return 1.0
    grams_a = {a[i:i + 2] for i in range(len(a) - 1)}
    grams_b = {b[i:i + 2] for i in range(len(b) - 1)}
    if not grams_a or not grams_b:
        return 0.0
    return 2 * len(grams_a & grams_b) / (len(grams_a) + len(grams_b))
