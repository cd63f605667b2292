"""Ledger Excel import/export: round trip, custom mapping, bad input, one transaction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.errors import UserError
from app.library.activities import Activity, ActivityLedger, Figure
from app.library.dates import parse_date_text
from app.library.ledger_xlsx import export_ledger, guess_mapping, import_ledger, read_headers, read_ledger, write_ledger_sheets
from app.model import Part


def _sheet(path: Path, rows: list[list[object]], merges: tuple[str, ...] = ()) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "我的台账"
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    workbook.save(path)
    return path


def test_round_trip(store, tmp_path: Path) -> None:
    ledger = ActivityLedger(store.db)
    ledger.add_many([
        Activity(year=2024, date_text="4月3日", category="学法", title="组织召开警示教育大会", description="全体干部参加",
                 part=Part.MEASURES, figures=[Figure("参会", 60, "人")]),
        Activity(year=2024, date_text="7-9月", category="执法检查", title="双随机执法检查",
                 figures=[Figure("执法检查", 32, "家"), Figure("罚款", 1.5, "万元")]),
        Activity(year=2023, date_text="全年", title="常态化学法", part=Part.LEADERSHIP),
    ])
    path = export_ledger(tmp_path / "台账.xlsx", ledger.activities())
    back = read_ledger(path)
    assert back.skipped == [] and back.warnings == []
    strip = lambda a: {**a.to_dict(), "id": None, "origin": None}  # noqa: E731
    assert [strip(a) for a in back.imported] == [strip(a) for a in ledger.activities()]
    assert back.imported[0].origin == "excel:台账.xlsx"


def test_figures_by_year_sheet(tmp_path: Path) -> None:
    activities = [Activity(year=2023, title="检查", figures=[Figure("执法检查", 20, "家")]),
                  Activity(year=2024, title="检查一", figures=[Figure("执法检查", 20, "家"), Figure("培训", 900, "人次")]),
                  Activity(year=2024, title="检查二", figures=[Figure("执法检查", 12, "家")])]
    workbook = Workbook()
    write_ledger_sheets(workbook, activities)
    assert workbook.sheetnames[-2:] == ["活动台账", "数据对比"]
    rows = list(workbook["数据对比"].values)
    assert rows == [("指标", "单位", "2023年", "2024年"), ("培训", "人次", None, 900), ("执法检查", "家", 20, 32)]


def test_custom_mapping_and_remembered_headers(store, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "mine.xlsx", [
        ["2024年活动登记表"],
        ["序号", "活动名称", "时间", "备注", "数量", "分组"],
        [1, "统计法进社区", "9月20日", "发放宣传页", "宣传页=200份", "普法宣传"],
        [2, "专题讲座", dt.datetime(2024, 12, 9), "", "培训=80人次", "培训"],
    ])
    assert read_headers(path) == ["序号", "活动名称", "时间", "备注", "数量", "分组"]
    assert guess_mapping(read_headers(path)) == {"date": "时间", "title": "活动名称", "figures": "数量"}
    mapping = {"title": "活动名称", "date": "时间", "description": "备注", "figures": "数量", "category": "分组"}
    result = import_ledger(store.db, path, mapping, default_year=2024)
    assert result.skipped == []
    stored = ActivityLedger(store.db).activities()
    assert [(a.date_text, a.start, a.title, a.category) for a in stored] == [
        ("9月20日", dt.date(2024, 9, 20), "统计法进社区", "普法宣传"),
        ("12月9日", dt.date(2024, 12, 9), "专题讲座", "培训")]
    assert stored[0].figures == [Figure("宣传页", 200, "份")] and stored[0].description == "发放宣传页"


def test_bad_rows_are_listed_and_the_rest_imported(store, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "bad.xlsx", [
        ["年度", "日期", "事项", "类别", "数据", "多余的列"],
        [2024, "4月3日", "警示教育大会", "学法", None, "x"],
        [None, None, None, None, None, None],                       # empty row: passed over
        [2024, 45385, "序号日期的活动", "其他", None, None],          # Excel serial number 45385 = 2024-04-03
        [2024, "9月31日", "日期不存在", "其他", None, None],          # skipped: no such day
        [2024, "5月6日", None, "其他", None, None],                   # skipped: no title
        ["明年", "5月6日", "年度写错", "其他", None, None],            # skipped: bad year
        [2024, "6月1日", "数据写错", "其他", "很多", None],            # skipped: bad figures
        [None, "7月1日", "合并年度的行", "培训", "培训=16次", None],    # year from the merged cell above? no: own row
        [2024, "2024-08-01", "ISO 日期", "", None, None],
    ], merges=())
    result = import_ledger(store.db, path, None, default_year=None)
    titles = [a.title for a in ActivityLedger(store.db).activities()]
    assert titles == ["警示教育大会", "序号日期的活动", "ISO 日期"]
    reasons = {s.row: s.reason for s in result.skipped}
    assert set(reasons) == {5, 6, 7, 8, 9}
    assert "日期" in reasons[5] and "事项" in reasons[6] and "年度" in reasons[7] and "数据" in reasons[8]
    assert "年度" in reasons[9]
    assert ActivityLedger(store.db).activities()[1].start == dt.date(2024, 4, 3)
    assert "第5行" in str(result.skipped[0])


def test_merged_cells_fill_down(store, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "merged.xlsx", [
        ["年度", "类别", "日期", "事项"],
        [2024, "培训", "3月5日", "业务培训一"],
        [None, None, "3月6日", "业务培训二"],
        [None, "学法", "4月1日", "中心组学法"],
    ], merges=("A2:A4", "B2:B3"))
    result = import_ledger(store.db, path, {"year": "年度", "category": "类别", "date": "日期", "title": "事项"})
    assert result.skipped == []
    assert [(a.year, a.category, a.title) for a in ActivityLedger(store.db).activities()] == [
        (2024, "培训", "业务培训一"), (2024, "培训", "业务培训二"), (2024, "学法", "中心组学法")]


def test_missing_columns(store, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "few.xlsx", [["事项", "备注"], ["只有事项", "x"]])
    result = import_ledger(store.db, path, {"title": "事项", "date": "日期"}, default_year=2024)
    assert len(result.imported) == 1 and any("日期" in w for w in result.warnings)
    with pytest.raises(UserError, match="活动名称"):
        import_ledger(store.db, path, {"title": "活动名称"}, default_year=2024)


def test_corrupt_and_protected_files(store, tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.xlsx"
    corrupt.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(UserError, match="损坏"):
        import_ledger(store.db, corrupt)
    protected = tmp_path / "protected.xlsx"  # an encrypted workbook is an OLE container
    protected.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(UserError, match="密码"):
        import_ledger(store.db, protected)
    with pytest.raises(UserError, match="找不到文件"):
        import_ledger(store.db, tmp_path / "none.xlsx")
    assert ActivityLedger(store.db).activities() == []


def test_import_is_one_transaction(store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _sheet(tmp_path / "ok.xlsx", [["年度", "事项"], [2024, "一"], [2024, "二"], [2024, "三"]])
    import app.library.activities as activities

    original = activities._values
    calls = []

    def failing(activity: Activity) -> tuple[object, ...]:
        calls.append(activity.title)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return original(activity)

    monkeypatch.setattr(activities, "_values", failing)
    with pytest.raises(RuntimeError):
        import_ledger(store.db, path)
    assert ActivityLedger(store.db).activities() == []  # nothing half-imported


def test_export_writes_whole_file(tmp_path: Path) -> None:
    path = export_ledger(tmp_path / "out.xlsx", [Activity(year=2024, title="一", date_text="4月3日")])
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["活动台账", "数据对比"]
    with pytest.raises(UserError):
        export_ledger(tmp_path / "out.csv", [])
    with pytest.raises(UserError):
        export_ledger(tmp_path / "missing" / "out.xlsx", [])


def test_import_skips_what_the_ledger_holds(store, tmp_path: Path) -> None:
    ledger = ActivityLedger(store.db)
    ledger.add(Activity(year=2024, date_text="4月3日", title="警示教育大会"))
    path = _sheet(tmp_path / "again.xlsx", [
        ["年度", "日期", "事项"],
        [2024, "4月3日", "警示教育大会"],     # already in the ledger
        [2024, "5月6日", "新的活动"],
        [2024, "5月6日", "新的活动 "],        # the same row twice in the file
        [2023, "4月3日", "警示教育大会"],     # another year: another activity
    ])
    result = import_ledger(store.db, path)
    assert [(a.year, a.title) for a in result.imported] == [(2024, "新的活动"), (2023, "警示教育大会")]
    assert [str(s) for s in result.skipped] == ["第2行：已在台账中", "第4行：与第3行重复"]
    assert result.summary() == "导入 2 条活动，跳过 2 行"
    again = import_ledger(store.db, path)                      # importing the file twice adds nothing
    assert again.imported == [] and [s.row for s in again.skipped] == [2, 3, 4, 5]
    assert len(ledger.activities()) == 3


def test_export_is_written_for_people(tmp_path: Path) -> None:
    activities = [Activity(year=2024, date_text="4月3日", title="手工的", origin="entered"),
                  Activity(year=2024, date_text="7-9月", title="表格的", origin="excel:ledger.xlsx"),
                  Activity(year=2024, title="报告的", origin="report:1:一、（一）"),
                  Activity(year=2024, title="别的", origin="harvested")]
    for activity in activities[:2]:
        activity.start, activity.end = parse_date_text(activity.date_text, 2024)
    path = export_ledger(tmp_path / "people.xlsx", activities)
    sheet = load_workbook(path)["活动台账"]
    rows = list(sheet.iter_rows(min_row=2))
    assert [row[9].value for row in rows] == ["手工录入", "Excel：ledger.xlsx", "报告 1 一、（一）", "harvested"]
    start, end = rows[1][7], rows[1][8]
    assert (start.value.date(), end.value.date()) == (dt.date(2024, 7, 1), dt.date(2024, 9, 30))
    for cell in (start, end):   # a day, written the Chinese way; no time of day
        assert cell.is_date and cell.number_format == 'yyyy"年"m"月"d"日"' and "h" not in cell.number_format
    assert rows[2][7].value is None
    back = read_ledger(path)     # the labels do not get in the way of reading the file back
    assert [a.title for a in back.imported] == ["手工的", "表格的", "报告的", "别的"]
    assert {a.origin for a in back.imported} == {"excel:people.xlsx"}
