"""Coverage kept section by section gives what a whole-report reading gives; ledger row diffs."""

from __future__ import annotations

import datetime as dt
import random

from app.importing import parse_file
from app.library.activities import Activity
from app.library.coverage import CoverageIndex, unmentioned
from app.library.ledger_diff import RowChanges, row_changes
from app.model import Report, Section
from tests.datafiles import REPORT_NAMES, report_file


def _activities_from(text: str, rng: random.Random, year: int) -> list[Activity]:
    """Titles cut from the report (mentioned), mixed pieces of it (partly) and made-up ones."""
    runs = [run for run in text.replace("，", "。").split("。") if len(run) >= 8]
    out = []
    for number in range(300):
        run = rng.choice(runs)
        start = rng.randint(0, len(run) - 6)
        kind = number % 3
        if kind == 0:
            title = run[start:start + rng.randint(4, 12)]
        elif kind == 1:
            other = rng.choice(runs)
            title = run[start:start + 4] + other[:4]
        else:
            title = "模拟活动" + "".join(rng.choice("甲乙丙丁戊己庚辛壬癸") for _ in range(5))
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        out.append(Activity(id=number + 1, year=year if number % 10 else year - 1, date_text=f"{month}月{day}日",
                            start=dt.date(year, month, day), title=title))
    return out


def test_index_agrees_with_unmentioned_on_the_real_reports() -> None:
    rng = random.Random(3)
    for name in REPORT_NAMES:
        report = parse_file(report_file(f"{name}.txt"))
        activities = _activities_from(report_file(f"{name}.txt").read_text(encoding="utf-8"), rng, report.year)
        index = CoverageIndex(report, activities)
        expected = unmentioned(report, activities)
        assert 0 < len(expected) < len(activities)
        assert index.unmentioned() == expected


def test_an_edit_updates_only_its_section() -> None:
    report = parse_file(report_file("xiqing-tongji-2024.txt"))
    activities = _activities_from(report_file("xiqing-tongji-2024.txt").read_text(encoding="utf-8"),
                                  random.Random(5), report.year)
    index = CoverageIndex(report, activities)
    missing = index.unmentioned()[0]
    section = report.all_sections()[-1]
    section.paragraphs.append(f"此外，{missing.title}。")
    assert missing not in unmentioned(report, activities)
    assert missing in index.unmentioned()  # the index has not been told yet
    index.update_section(section)
    assert missing not in index.unmentioned()
    assert index.unmentioned() == unmentioned(report, activities)
    section.paragraphs.pop()
    index.update_section(section)
    assert index.unmentioned() == unmentioned(report, activities)
    index.remove_section(report.all_sections()[0])
    assert set(map(id, unmentioned(report, activities))) <= set(map(id, index.unmentioned()))


def test_an_edit_looks_again_only_at_the_activities_it_concerns(monkeypatch) -> None:
    """3,000 activities sharing their common words with a report that uses them everywhere: an
    edit naming one activity looks at that one and the few sharing its rare pieces, not the ledger."""
    activities = [Activity(id=k + 1, year=2024, date_text=f"{k % 12 + 1}月{k % 28 + 1}日", title=f"开展第{k}次执法检查")
                  for k in range(3000)]
    paragraphs = [f"全年开展统计执法检查，第{k}季度加强各次执法检查工作。" for k in range(40)]
    report = Report(title="2024年法治政府建设情况报告", year=2024,
                    sections=[Section(f"第{k}项工作", list(paragraphs), id=k + 1) for k in range(30)])
    index = CoverageIndex(report, activities)
    assert index.unmentioned() == unmentioned(report, activities)
    looked: list[int] = []
    real = index._is_mentioned
    def spy(i: int) -> bool:
        looked.append(i)
        return real(i)

    monkeypatch.setattr(index, "_is_mentioned", spy)
    report.sections[7].paragraphs.append("开展第1234次执法检查。")
    index.update_section(report.sections[7])
    assert 1235 not in index.unmentioned_ids() and len(index.unmentioned_ids()) > 2900  # activity 1234 has id 1235
    # those sharing a piece the report had nowhere before (123, 4次执): a few hundred of 3,000
    assert 0 < len(looked) < 600
    assert index.unmentioned() == unmentioned(report, activities)


def test_random_edits_keep_the_index_right() -> None:
    rng = random.Random(11)
    report = parse_file(report_file("nanyang-tongji-2024.txt"))
    text = report_file("nanyang-tongji-2024.txt").read_text(encoding="utf-8")
    activities = _activities_from(text, rng, report.year)
    index = CoverageIndex(report, activities)
    sections = report.all_sections()
    for _ in range(40):
        section = rng.choice(sections)
        if section.paragraphs and rng.random() < 0.5:
            section.paragraphs.pop(rng.randrange(len(section.paragraphs)))
        else:
            section.paragraphs.append(rng.choice(activities).title + "。")
        index.update_section(section)
        assert index.unmentioned() == unmentioned(report, activities)


def test_row_changes_between_two_reads() -> None:
    before = [Activity(id=1, year=2024, title="甲"), Activity(id=2, year=2024, title="乙"),
              Activity(id=3, year=2024, title="丙"), Activity(year=2024, title="未保存")]
    after = [Activity(id=1, year=2024, title="甲"), Activity(id=3, year=2024, title="丙（改）"),
             Activity(id=4, year=2024, title="丁")]
    changes = row_changes(before, after)
    assert changes == RowChanges(added=(4,), changed=(3,), removed=(2,))
    assert not row_changes(after, list(after))
