"""Counts updated from an edit equal the counts of the edited text counted afresh."""

from __future__ import annotations

import random

from app.counting import count_text, counts_after_edit

SAMPLE = "2024年，我局开展“双随机、一公开”执法检查32家（含ABC公司）。 \n全年培训①200人次！"


def test_counts_after_edit_equal_a_fresh_count() -> None:
    rng = random.Random(15)
    text = SAMPLE * 3
    counts = count_text(text)
    for _ in range(300):
        start = rng.randint(0, len(text))
        end = rng.randint(start, min(len(text), start + 6))
        inserted = "".join(rng.choice(SAMPLE) for _ in range(rng.randint(0, 5)))
        counts = counts_after_edit(counts, text[start:end], inserted)
        text = text[:start] + inserted + text[end:]
        assert counts == count_text(text)


def test_deleting_everything_leaves_zero() -> None:
    counts = counts_after_edit(count_text(SAMPLE), SAMPLE, "")
    assert (counts.characters, counts.punctuation) == (0, 0)
