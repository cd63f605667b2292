"""The activity ledger (台账): dated events with figures, kept by year, in the store."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import cast

from app.errors import NotFound, UserError
from app.library.dates import parse_date_text
from app.model import Part
from app.store.database import Database, now_iso

CATEGORIES: tuple[str, ...] = ("学法", "普法宣传", "执法检查", "培训", "制度建设", "督察整改", "其他")
_COLUMNS = "id, year, date_text, start, end, category, title, description, part, figures, origin"


@dataclass
class Figure:
    """A number the report can quote: 执法检查 32 家, 培训 900 人次."""

    name: str
    value: int | float
    unit: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "value": self.value, "unit": self.unit}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Figure:
        return cls(str(data.get("name", "")), number(data.get("value", 0)), str(data.get("unit", "")))

    def text(self) -> str:
        """执法检查32家"""
        return f"{self.name}{format_number(self.value)}{self.unit}"


@dataclass
class Activity:
    id: int | None = None
    year: int = 0
    date_text: str = ""          # as written: 4月3日, 7-9月, 12月
    start: dt.date | None = None
    end: dt.date | None = None
    category: str = "其他"
    title: str = ""
    description: str = ""
    part: Part | None = None
    figures: list[Figure] = field(default_factory=list)
    origin: str = "entered"      # entered / excel:FILE / report:N:一、（二）

    def to_dict(self) -> dict[str, object]:
        """The `activities … --json` shape (DESIGN §4)."""
        return {
            "id": self.id, "year": self.year, "date": self.date_text,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "category": self.category, "title": self.title, "description": self.description,
            "part": int(self.part) if self.part else None,
            "figures": [f.to_dict() for f in self.figures], "origin": self.origin,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Activity:
        year = int(data.get("year") or 0)  # type: ignore[call-overload]
        activity = cls(
            year=year, date_text=str(data.get("date") or ""), category=str(data.get("category") or "其他"),
            title=str(data.get("title") or ""), description=str(data.get("description") or ""),
            part=Part(int(data["part"])) if data.get("part") else None,  # type: ignore[call-overload]
            figures=[Figure.from_dict(f) for f in cast("list[dict[str, object]]", data.get("figures") or [])],
            origin=str(data.get("origin") or "entered"),
        )
        activity.start, activity.end = _iso(data.get("start")), _iso(data.get("end"))
        if activity.start is None and activity.date_text:
            activity.start, activity.end = parse_date_text(activity.date_text, year)
        return activity


def number(value: object) -> int | float:
    """32 → 32, "1.5" → 1.5, 3.0 → 3."""
    result = float(str(value).replace(",", "")) if not isinstance(value, (int, float)) else value
    return int(result) if float(result).is_integer() else float(result)


def format_number(value: int | float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _iso(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


_FIGURE_TEXT = re.compile(r"^\s*(?:(?P<name>[^:：=\d]*?)\s*[:：=]?\s*)?(?P<value>\d+(?:\.\d+)?)\s*(?:余|多)?\s*(?P<unit>\S*)\s*$")


def parse_figures(text: str) -> list[Figure]:
    """Figures from ledger text: "执法检查=32家；培训:900人次" or "32家" (no name).
    Raises UserError on a piece that has no number."""
    figures = []
    for piece in re.split(r"[;；\n]+", text or ""):
        if not piece.strip():
            continue
        match = _FIGURE_TEXT.match(piece)
        if not match:
            raise UserError(f"无法识别的数据：{piece.strip()}（应为 名称=数值单位，如 执法检查=32家）")
        figures.append(Figure((match["name"] or "").strip(), number(match["value"]), match["unit"] or ""))
    return figures


def figures_text(figures: Iterable[Figure]) -> str:
    """The inverse of parse_figures: 执法检查=32家；培训=900人次."""
    return "；".join(f"{f.name}={format_number(f.value)}{f.unit}" if f.name else f"{format_number(f.value)}{f.unit}"
                    for f in figures)


def activity_sentence(activity: Activity) -> str:
    """The activity as a sentence in house style: 4月3日，组织召开统计局警示教育大会。 Figures the
    title does not already state are added: 7-9月，开展执法检查，检查企业316家。"""
    title = activity.title.strip().rstrip("。；，;,.")
    parts = [title] if title else []
    missing = [f for f in activity.figures if format_number(f.value) not in title]
    if missing:
        parts.append("、".join(f.text() for f in missing))
    body = "，".join(parts)
    date = activity.date_text.strip()
    if date and not title.startswith(date):
        return f"{date}，{body}。" if body else f"{date}。"
    return f"{body}。" if body else ""


ActivityKey = tuple[int, str, str]


def activity_key(activity: Activity) -> ActivityKey:
    """What makes two ledger entries the same activity: year, date as written and title, with
    spaces, full-/half-width forms and closing punctuation ignored (组织召开大会。 = 组织召开 大会)."""
    def plain(text: str) -> str:
        return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")).rstrip("。.；;，,、")

    return activity.year, plain(activity.date_text), plain(activity.title)


def _row_to_activity(row: sqlite3.Row) -> Activity:
    return Activity(
        id=row["id"], year=row["year"], date_text=row["date_text"], start=_iso(row["start"]), end=_iso(row["end"]),
        category=row["category"], title=row["title"], description=row["description"],
        part=Part(row["part"]) if row["part"] else None,
        figures=[Figure.from_dict(f) for f in json.loads(row["figures"] or "[]")], origin=row["origin"],
    )


_ORDER = "ORDER BY year, start IS NULL, start, id"


def _filters(year: int | None, part: Part | int | None, category: str | None) -> tuple[str, list[object]]:
    where: list[str] = ["1=1"]
    params: list[object] = []
    if year is not None:
        where.append("year=?")
        params.append(year)
    if part is not None:
        where.append("part=?")
        params.append(int(part))
    if category:
        where.append("category=?")
        params.append(category)
    return " AND ".join(where), params


def _check(activity: Activity) -> None:
    if not activity.title.strip():
        raise UserError("活动事项不能为空（activity title is empty）")
    if not 1900 <= activity.year <= 2999:
        raise UserError(f"年度不合理：{activity.year}")


def _values(activity: Activity) -> tuple[object, ...]:
    if activity.start is None and activity.date_text:
        activity.start, activity.end = parse_date_text(activity.date_text, activity.year)
    return (activity.year, activity.date_text.strip(), activity.start.isoformat() if activity.start else None,
            activity.end.isoformat() if activity.end else None, (activity.category or "其他").strip() or "其他",
            activity.title.strip(), activity.description.strip(), int(activity.part) if activity.part else None,
            json.dumps([f.to_dict() for f in activity.figures], ensure_ascii=False), activity.origin)


class ActivityLedger:
    """Activities in the store. Every write is one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, activity: Activity) -> Activity:
        self.add_many([activity])
        return activity

    def add_many(self, activities: Iterable[Activity]) -> list[int]:
        """Insert all or none; sets each activity's id."""
        items = list(activities)
        for activity in items:
            _check(activity)
        created = now_iso()
        ids = []
        with self.db.transaction() as conn:
            for activity in items:
                cursor = conn.execute(
                    "INSERT INTO activities (year, date_text, start, end, category, title, description, part, "
                    "figures, origin, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (*_values(activity), created))
                activity.id = int(cursor.lastrowid or 0)
                ids.append(activity.id)
        return ids

    def contains(self, activity: Activity) -> bool:
        """Whether the ledger already holds this activity (same activity_key)."""
        return activity_key(activity) in self.keys(activity.year)

    def missing(self, activities: Iterable[Activity]) -> list[Activity]:
        """The activities the ledger does not hold yet, each only once (in the given order)."""
        by_year: dict[int, set[ActivityKey]] = {}
        out = []
        for activity in activities:
            if activity.year not in by_year:
                by_year[activity.year] = self.keys(activity.year)
            known = by_year[activity.year]
            key = activity_key(activity)
            if key not in known:
                known.add(key)
                out.append(activity)
        return out

    def keys(self, year: int) -> set[ActivityKey]:
        """The activity_key of every activity of a year."""
        rows = self.db.conn.execute("SELECT year, date_text, title FROM activities WHERE year=?", (year,))
        return {activity_key(Activity(year=r["year"], date_text=r["date_text"], title=r["title"])) for r in rows}

    def update(self, activity: Activity) -> None:
        if activity.id is None:
            raise UserError("活动尚未保存，无法修改（activity has no id）")
        _check(activity)
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "UPDATE activities SET year=?, date_text=?, start=?, end=?, category=?, title=?, description=?, "
                "part=?, figures=?, origin=? WHERE id=?", (*_values(activity), activity.id))
            if cursor.rowcount == 0:
                raise NotFound(f"没有编号为 {activity.id} 的活动（no such activity）")

    def delete(self, activity_id: int) -> None:
        with self.db.transaction() as conn:
            if conn.execute("DELETE FROM activities WHERE id=?", (activity_id,)).rowcount == 0:
                raise NotFound(f"没有编号为 {activity_id} 的活动（no such activity）")

    def get(self, activity_id: int) -> Activity:
        row = self.db.conn.execute(f"SELECT {_COLUMNS} FROM activities WHERE id=?", (activity_id,)).fetchone()
        if row is None:
            raise NotFound(f"没有编号为 {activity_id} 的活动（no such activity）")
        return _row_to_activity(row)

    def activities(self, year: int | None = None, part: Part | int | None = None,
                   category: str | None = None) -> list[Activity]:
        """Activities in date order (undated ones last within their year)."""
        where, params = _filters(year, part, category)
        rows = self.db.conn.execute(f"SELECT {_COLUMNS} FROM activities WHERE {where} {_ORDER}", params).fetchall()
        return [_row_to_activity(r) for r in rows]

    def activity_ids(self, year: int | None = None, part: Part | int | None = None,
                     category: str | None = None) -> list[int]:
        """The ids `activities` returns, in its order: a panel over 10,000 activities reads these at
        once and the activities a slice at a time (`by_ids`), so the window never freezes."""
        where, params = _filters(year, part, category)
        return [r[0] for r in self.db.conn.execute(f"SELECT id FROM activities WHERE {where} {_ORDER}", params)]

    def by_ids(self, ids: Sequence[int]) -> list[Activity]:
        """These activities in the order given; an id no longer stored is left out."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = {r["id"]: r for r in self.db.conn.execute(f"SELECT {_COLUMNS} FROM activities WHERE id IN ({marks})",
                                                         list(ids))}
        return [_row_to_activity(rows[i]) for i in ids if i in rows]

    def years(self) -> list[int]:
        return [r[0] for r in self.db.conn.execute("SELECT DISTINCT year FROM activities ORDER BY year")]

    def categories(self) -> list[str]:
        used = [r[0] for r in self.db.conn.execute("SELECT DISTINCT category FROM activities ORDER BY category")]
        return list(CATEGORIES) + [c for c in used if c not in CATEGORIES]


