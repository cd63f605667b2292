"""The outline rules of app/outline.py, without Qt: places, depth limits, moves, numbers, the
editor's text rules and the undo-step grouping."""

from __future__ import annotations

from app.model import Report, Section
from app.outline import MAX_DEPTH, OutlineIndex, UndoSteps, height, paragraphs_of, starts_new_step, without_typed_marker


def chain(depth: int, name: str = "s") -> Section:
    """A section with `depth` levels below and including it."""
    top = Section(f"{name}1")
    node = top
    for level in range(2, depth + 1):
        child = Section(f"{name}{level}")
        node.children.append(child)
        node = child
    return top


def sample() -> tuple[Report, list[Section]]:
    a, b, c = Section("甲"), Section("乙"), Section("丙")
    a1, a2 = Section("甲一"), Section("甲二")
    a.children = [a1, a2]
    a1.id, a.id = 11, 1
    return Report(title="t", sections=[a, b, c]), [a, b, c, a1, a2]


def test_places_and_numbers() -> None:
    report, (a, b, c, a1, a2) = sample()
    index = OutlineIndex(report)
    assert index.parent_of(a1) is a and index.parent_of(a) is None
    assert index.row_of(c) == 2 and index.depth_of(a2) == 2
    assert index.path_of(a2) == (0, 1) and index.section_at_path((0, 1)) is a2
    assert index.section_at_path((5,)) is None
    assert index.by_id(11) is a1 and index.by_id(99) is None
    assert index.number_of(a2) == "一、（二）" and index.number_of(c) == "三、"
    assert index.number_of(Section("elsewhere")) == ""


def test_numbers_are_kept_until_the_outline_changes() -> None:
    report, (a, b, c, _a1, _a2) = sample()
    index = OutlineIndex(report)
    assert index.number_of(c) == "三、"
    report.sections.remove(b)
    assert index.number_of(c) == "三、"  # cached: the caller rebuilds after a structural change
    index.rebuild()
    assert index.number_of(c) == "二、"


def test_moves_stay_within_four_levels() -> None:
    deep = chain(MAX_DEPTH)
    flat = Section("flat")
    report = Report(sections=[deep, flat])
    index = OutlineIndex(report)
    leaf = deep.children[0].children[0].children[0]
    assert not index.can_add_child(leaf)
    assert index.can_add_child(deep)
    assert not index.can_move(flat, leaf)          # a fifth level
    assert index.can_move(flat, deep)
    assert not index.can_move(deep, leaf)          # into itself
    two = chain(2, "t")
    report.sections.append(two)
    index.rebuild()
    assert not index.can_move(two, deep.children[0].children[0])  # its child would be level 5
    assert height(deep) == MAX_DEPTH and height(flat) == 1


def test_promote_demote_and_steps() -> None:
    report, (a, b, c, a1, a2) = sample()
    index = OutlineIndex(report)
    assert index.promote_place(a2) == (None, 1)    # right after its former parent
    assert index.promote_place(a) is None
    assert index.demote_place(b) == (a, 2)         # last child of the section above
    assert index.demote_place(a) is None
    assert index.step_place(b, -1) == (None, 0) and index.step_place(c, +1) is None
    assert index.neighbour(b) is c and index.neighbour(c) is b and index.neighbour(a1) is a2
    assert index.neighbour(a2) is a1


def test_text_rules() -> None:
    assert paragraphs_of("一段\n\n  二段  \n") == ["一段", "二段"]
    assert without_typed_marker("（一）执法力量不足") == "执法力量不足"
    assert without_typed_marker("2024年工作") == "2024年工作"
    assert without_typed_marker("一、") == "一、"


def test_new_step_looks_at_the_changed_paragraph() -> None:
    assert starts_new_step(["一句。"], ["一句。", ""])
    assert starts_new_step(["前。", "一句。"], ["前。", "一句。二"])
    assert not starts_new_step(["前。", "一句。二"], ["前。", "一句。二句"])
    assert not starts_new_step(["一句。"], ["一句"])
    assert not starts_new_step(["前。", "x"], ["前。", "yx"])  # typed at a paragraph's start
    assert not starts_new_step(["a"], ["a"])


def test_undo_steps_group_typing_until_a_pause_or_a_field_switch() -> None:
    now = [0.0]
    steps = UndoSteps(gap_s=1.5, clock=lambda: now[0])
    first = steps.for_typing("body", ["a"], ["ab"])
    now[0] = 1.0
    assert steps.for_typing("body", ["ab"], ["abc"]) == first
    assert steps.for_typing("heading", ["abc"], ["abc"]) != first     # heading and body apart
    step = steps.current
    now[0] = 5.0
    assert steps.for_typing("heading", ["x"], ["xy"]) == step + 1      # after a pause
    assert steps.new_step() == step + 2
