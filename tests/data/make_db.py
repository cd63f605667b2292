"""Writes tests/data/chengwen-v{N}.db: a library made by the current schema version, kept so that
every later version's migrations are tested against it. Run once per released schema version."""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.model import ChecklistItem, MarkerStyle, Part, Report, Section, Status  # noqa: E402
from app.store import Store  # noqa: E402
from app.store.schema import SCHEMA_VERSION  # noqa: E402


def main() -> None:
    target = Path(__file__).with_name(f"chengwen-v{SCHEMA_VERSION}.db")
    with tempfile.TemporaryDirectory() as tmp:
        with Store(tmp) as store:
            report = Report(
                title="样例局2025年法治政府建设情况报告", organization="样例局", year=2025,
                recipient="区人民政府：", preamble=["现将情况报告如下。"], closing=["特此报告。"],
                signature="样例局", date=dt.date(2026, 2, 20),
                marker_styles=[MarkerStyle.CHINESE, MarkerStyle.PAREN_CHINESE, MarkerStyle.ARABIC],
                checklist=[ChecklistItem("完善执法制度")],
                sections=[
                    Section("主要举措和成效", ["总体情况。"], part=Part.MEASURES, status=Status.DRAFT, children=[
                        Section("强化学习", ["一是学法。"], run_in=True, children=[
                            Section("会前学法", ["全年12次。"], children=[Section("专题讲座", ["2次。"])]),
                        ]),
                    ]),
                    Section("存在的不足和原因", ["执法力量不足。"], part=Part.SHORTCOMINGS, status=Status.FINAL),
                    Section("下一年度主要安排", part=Part.PLANS, reference=["去年的安排。"]),
                ],
            )
            rid = store.reports.insert(report)
            store.snapshots.take(rid, "第一稿")
            store.settings.set("last_report", rid)
            store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db = Path(tmp) / "chengwen.db"
        target.write_bytes(db.read_bytes())
    print(target)


if __name__ == "__main__":
    main()
