"""Proposed activities from both real reports: dated events and figures, dates and units right."""

from __future__ import annotations

import datetime as dt

from app.library.activities import Activity, ActivityLedger, Figure
from app.library.extraction import extract_activities, guess_category
from app.model import Part, Report, Section


def _parse(fixture_path, name: str) -> Report:
    import app.importing as importing
    return importing.parse_file(fixture_path(name))


def _by_date(activities: list[Activity]) -> dict[str, Activity]:
    return {a.date_text: a for a in activities if a.date_text}


def _figures(activities: list[Activity]) -> set[tuple[str, float, str]]:
    return {(f.name, f.value, f.unit) for a in activities for f in a.figures}


def test_xiqing(fixture_path) -> None:
    activities = extract_activities(_parse(fixture_path, "xiqing-tongji-2024.txt"))
    dated = _by_date(activities)
    meeting = dated["4月3日"]
    assert meeting.title == "组织召开统计局警示教育大会"
    assert meeting.start == meeting.end == dt.date(2024, 4, 3)
    assert meeting.origin == "report::一、（三）" and meeting.part is Part.MEASURES
    assert {"12月26日", "1月3日", "4月12日和9月14日", "9月22日", "9月18日", "10月23日", "11月7日",
            "6月14日", "12月30日", "5月28日"} <= set(dated)
    assert dated["4月12日和9月14日"].start == dt.date(2024, 4, 12)
    assert dated["4月12日和9月14日"].end == dt.date(2024, 9, 14)
    assert dated["6月14日"].category == "督察整改"
    figures = _figures(activities)
    assert {("执法检查", 32, "家"), ("部门联合抽查", 15, "家"), ("入退库真实性专项检查", 6, "家")} <= figures
    assert any(value == 16 and unit == "次" for _, value, unit in figures)
    assert any(value == 39 and unit == "条" for _, value, unit in figures)
    inspection = next(a for a in activities if any(f.value == 32 for f in a.figures))
    assert inspection.category == "执法检查" and inspection.date_text == "" and inspection.start is None
    # part 4 (2025 plans) proposes nothing; nothing inside 《》 or quotes counts (“26个不得”)
    assert all(not a.origin.split(":")[-1].startswith("三、") for a in activities)
    assert all(f.value != 26 for a in activities for f in a.figures)


def test_nanyang(fixture_path) -> None:
    activities = extract_activities(_parse(fixture_path, "nanyang-tongji-2024.txt"))
    dated = _by_date(activities)
    assert dated["7-9月"].start == dt.date(2024, 7, 1) and dated["7-9月"].end == dt.date(2024, 9, 30)
    assert dated["12月"].start == dt.date(2024, 12, 1) and dated["12月"].end == dt.date(2024, 12, 31)
    assert dated["1月15日、1月18日"].end == dt.date(2024, 1, 18)
    lecture, article = [a for a in activities if a.date_text == "12月9日"]  # two events that day
    assert lecture.title == "举办防惩统计造假专题辅导讲座" and lecture.category == "培训"
    assert article.title.startswith("市统计局党组书记、局长宋乡森在《南阳日报》上发表")
    assert dated["4月1日"].origin == "report::四、2."
    figures = _figures(activities)
    assert ("培训", 900, "人次") in figures            # 累计培训900余人次
    assert ("专项培训", 16, "次") in figures            # 先后举办16次专项培训
    assert ("统计警示教育手册", 530, "册") in figures
    assert ("宣传页", 200, "份") in figures
    assert {(v, u) for _, v, u in figures} >= {(316, "家"), (520, "个"), (280, "名"), (16, "篇"), (300, "人次")}
    assert all(a.year == 2024 for a in activities)
    assert not any(f.value == 36 for a in activities for f in a.figures)  # 36小时 is in the 2025 plans


def test_extraction_on_a_built_report_and_saving(store) -> None:
    report = Report(year=2024, sections=[
        Section("主要举措", ["4月3日，组织召开统计局警示教育大会，传达学习会议精神。开展“双随机一公开”执法检查32家。"
                          "全年工作有序开展。"], part=Part.MEASURES),
        Section("明年安排", ["3月，开展执法检查50家。"], part=Part.PLANS),
    ])
    report.id = 7
    activities = extract_activities(report, 2024)
    assert [(a.date_text, a.title) for a in activities] == [
        ("4月3日", "组织召开统计局警示教育大会"), ("", "开展“双随机一公开”执法检查32家")]
    assert activities[1].figures == [Figure("执法检查", 32, "家")]
    assert activities[0].origin == "report:7:一、"
    ActivityLedger(store.db).add_many(activities)
    assert len(ActivityLedger(store.db).activities(year=2024)) == 2


def test_guess_category() -> None:
    assert guess_category("开展“双随机一公开”执法检查") == "执法检查"
    assert guess_category("举办统计法专题讲座") == "培训"
    assert guess_category("国家宪法日集中宣传") == "普法宣传"
    assert guess_category("巡察反馈问题整改") == "督察整改"
    assert guess_category("出台工作机制") == "制度建设"
    assert guess_category("党组中心组学习") == "学法"
    assert guess_category("走访企业") == "其他"


def test_extraction_leaves_out_what_the_ledger_holds(store) -> None:
    report = Report(year=2024, sections=[Section("主要举措", [
        "4月3日，组织召开统计局警示教育大会。开展“双随机一公开”执法检查32家。9月20日，开展统计法宣传。"],
        part=Part.MEASURES)])
    ledger = ActivityLedger(store.db)
    ledger.add_many(extract_activities(report, 2024)[:2])
    assert [(a.date_text, a.title) for a in extract_activities(report, 2024, ledger=ledger)] == [
        ("9月20日", "开展统计法宣传")]
    ledger.add_many(extract_activities(report, 2024, ledger=ledger))
    assert extract_activities(report, 2024, ledger=ledger) == []     # extracting again proposes nothing
    assert len(ledger.activities()) == 3


def test_figure_names_and_titles_are_whole_words(fixture_path) -> None:
    nanyang = extract_activities(_parse(fixture_path, "nanyang-tongji-2024.txt"))
    figures = _figures(nanyang)
    assert ("党组理论学习中心组扩大会议学法", 4, "次") in figures      # not 习中心组扩大会议学法
    assert ("党组中心组理论学习扩大会学法", 10, "次") in figures       # not 组理论学习扩大会学法
    review = next(a for a in nanyang if "审查" in a.title)               # 2024年共审查3批11人
    assert [(f.name, f.value, f.unit) for f in review.figures] == [("审查批次", 3, "批"), ("审查人数", 11, "人")]
    assert ("全部规模以上工业", 316, "家") in figures
    assert _by_date(nanyang)["4月23日"].title == "全市党纪学习教育集中研讨班"   # 在……研讨班上
    # a long title is cut before a 《title》 it cannot hold whole, never inside it
    assert _by_date(nanyang)["3月22日"].title == "市政府常务会议传达学习《河南省人民政府关于周口市项城市统计违法案件的通报》"
    assert _by_date(nanyang)["11月4日、11月15日"].title.endswith("提高统计数据质量的意见》")   # not ……》和新
    xiqing = extract_activities(_parse(fixture_path, "xiqing-tongji-2024.txt"))
    assert _by_date(xiqing)["4月12日和9月14日"].title == "统计局集体学习"     # 在……集体学习中
    for activity in nanyang + xiqing:
        assert not activity.title.endswith(("中", "时", "后", "上")), activity.title
        assert activity.title.count("《") == activity.title.count("》"), activity.title
