"""The changed stretch of two texts, found fast, is exactly the stretch that changed."""

from __future__ import annotations

import random

from app.text_diff import changed_span, common_prefix, common_suffix


def slow_prefix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b):
        if x != y:
            break
        count += 1
    return count


def test_prefix_and_suffix_agree_with_a_plain_loop() -> None:
    rng = random.Random(15)
    for _ in range(500):
        a = "".join(rng.choice("法治。政府a1") for _ in range(rng.randint(0, 40)))
        b = a[:rng.randint(0, len(a))] + "".join(rng.choice("法治。x") for _ in range(rng.randint(0, 3))) \
            + a[rng.randint(0, len(a)):]
        assert common_prefix(a, b) == slow_prefix(a, b)
        assert common_suffix(a, b) == slow_prefix(a[::-1], b[::-1])


def test_changed_span_rebuilds_the_new_text() -> None:
    rng = random.Random(16)
    for _ in range(500):
        old = "".join(rng.choice("统计执法，。") for _ in range(rng.randint(0, 60)))
        start = rng.randint(0, len(old))
        end = rng.randint(start, len(old))
        new = old[:start] + "".join(rng.choice("统计新，") for _ in range(rng.randint(0, 4))) + old[end:]
        removed, inserted = changed_span(old, new)
        assert len(removed) <= end - start + 4 and len(inserted) <= 4
        head = common_prefix(old, new)
        assert old[:head] + removed + old[head + len(removed):] == old
        assert new == old[:head] + inserted + old[head + len(removed):]


def test_a_keystroke_in_a_long_paragraph_is_one_character() -> None:
    paragraph = "统计执法检查，" * 7143
    assert changed_span(paragraph, paragraph + "进") == ("", "进")
    assert changed_span(paragraph, paragraph[:100] + "进" + paragraph[100:]) == ("", "进")
    assert changed_span(paragraph, paragraph[:-1]) in (("，", ""),)
    assert changed_span("ab", "ab") == ("", "")
