"""Reports and their section trees in the database. An edit of one section writes one row."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from app.errors import NotFound
from app.model import ChecklistItem, MarkerStyle, Part, Report, Section, Status
from app.numbering import located_sections
from app.store.database import Database, now_iso


@dataclass(frozen=True)
class ReportSummary:
    id: int
    title: str
    organization: str
    year: int
    sections: int
    modified: str


def _checklist_json(report: Report) -> str:
    return json.dumps(
        [{"text": c.text, "done": c.done, "answered_in": c.answered_in} for c in report.checklist],
        ensure_ascii=False,
    )


class ReportStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- reading -------------------------------------------------------------------------
    def list(self) -> list[ReportSummary]:
        rows = self.db.conn.execute(
            """SELECT r.id, r.title, r.organization, r.year, r.modified,
                      (SELECT COUNT(*) FROM sections s WHERE s.report_id = r.id) AS n
               FROM reports r ORDER BY r.modified DESC, r.id DESC"""
        ).fetchall()
        return [ReportSummary(r["id"], r["title"], r["organization"], r["year"], r["n"], r["modified"]) for r in rows]

    def exists(self, report_id: int) -> bool:
        return self.db.conn.execute("SELECT 1 FROM reports WHERE id=?", (report_id,)).fetchone() is not None

    def load(self, report_id: int) -> Report:
        row = self.db.conn.execute("SELECT * FROM reports WHERE id=?", (report_id,)).fetchone()
        if row is None:
            raise NotFound(f"没有编号为 {report_id} 的报告（no report with id {report_id}）")
        report = Report(
            id=row["id"],
            title=row["title"],
            organization=row["organization"],
            year=row["year"],
            recipient=row["recipient"],
            preamble=json.loads(row["preamble"]),
            closing=json.loads(row["closing"]),
            signature=row["signature"],
            date=dt.date.fromisoformat(row["date"]) if row["date"] else None,
            marker_styles=[MarkerStyle(m) for m in json.loads(row["marker_styles"])] or None,  # type: ignore[arg-type]
            checklist=[ChecklistItem(c["text"], c.get("done", False), c.get("answered_in"))
                       for c in json.loads(row["checklist"])],
            warnings=json.loads(row["warnings"]),
            source_report_id=row["source_report_id"],
            preamble_status=Status(row["preamble_status"]),
            closing_status=Status(row["closing_status"]),
            preamble_reference=json.loads(row["preamble_reference"]),
            closing_reference=json.loads(row["closing_reference"]),
        )
        if report.marker_styles is None:
            report.marker_styles = Report().marker_styles
        rows = self.db.conn.execute(
            "SELECT * FROM sections WHERE report_id=? ORDER BY position", (report_id,)
        ).fetchall()
        by_parent: dict[int | None, list[sqlite3.Row]] = {}
        for r in rows:
            by_parent.setdefault(r["parent_id"], []).append(r)

        def build(parent: int | None) -> list[Section]:
            return [
                Section(
                    id=r["id"],
                    heading=r["heading"],
                    paragraphs=json.loads(r["paragraphs"]),
                    part=Part(r["part"]) if r["part"] else None,
                    run_in=bool(r["run_in"]),
                    status=Status(r["status"]),
                    reference=json.loads(r["reference"]),
                    written_marker=r["written_marker"],
                    notes=r["notes"],
                    children=build(r["id"]),
                )
                for r in by_parent.get(parent, [])
            ]

        report.sections = build(None)
        return report

    # ---- writing -------------------------------------------------------------------------
    def insert(self, report: Report, *, origin: str = "new") -> int:
        """Store a new report with all its sections; sets the ids on the objects."""
        stamp = now_iso()
        with self.db.transaction() as conn:
            cur = conn.execute(
                """INSERT INTO reports (title, organization, year, recipient, preamble, closing, signature,
                   date, marker_styles, checklist, warnings, source_report_id, origin, created, modified)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                (report.title, report.organization, report.year, report.recipient,
                 json.dumps(report.preamble, ensure_ascii=False), json.dumps(report.closing, ensure_ascii=False),
                 report.signature, report.date.isoformat() if report.date else None,
                 json.dumps([m.value for m in report.marker_styles]), "[]",
                 json.dumps(report.warnings, ensure_ascii=False), report.source_report_id, origin, stamp, stamp),
            )
            report.id = int(cur.lastrowid)  # type: ignore[arg-type]
            self._insert_children(conn, report.id, None, report.sections, 0)
            self._resolve_answers(report)
            conn.execute("UPDATE reports SET checklist=? WHERE id=?", (_checklist_json(report), report.id))
            self._write_end_nodes(conn, report)
        return report.id

    @staticmethod
    def _resolve_answers(report: Report) -> None:
        """Checklist items read from JSON name their section by number; point them at its id."""
        by_number = {loc.number: loc.section.id for loc in located_sections(report)}
        for item in report.checklist:
            if item.answered_in is None and item.answered_number:
                item.answered_in = by_number.get(item.answered_number)

    def _insert_children(self, conn: sqlite3.Connection, report_id: int, parent_id: int | None,
                         sections: list[Section], start: int) -> None:
        for offset, section in enumerate(sections):
            section.id = self._insert_row(conn, report_id, parent_id, start + offset, section)
            self._insert_children(conn, report_id, section.id, section.children, 0)

    @staticmethod
    def _insert_row(conn: sqlite3.Connection, report_id: int, parent_id: int | None, position: int,
                    section: Section) -> int:
        cur = conn.execute(
            """INSERT INTO sections (report_id, parent_id, position, heading, paragraphs, part, run_in,
               status, reference, written_marker, notes, modified) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
            (report_id, parent_id, position, section.heading,
             json.dumps(section.paragraphs, ensure_ascii=False),
             int(section.part) if section.part else None, int(section.run_in), section.status.value,
             json.dumps(section.reference, ensure_ascii=False), section.written_marker, section.notes, now_iso()),
        )
        return int(cur.lastrowid)  # type: ignore[arg-type]

    def update_meta(self, report: Report) -> None:
        """Title, organization, year, recipient, preamble, closing, signature, date, styles, checklist."""
        with self.db.transaction() as conn:
            cur = conn.execute(
                """UPDATE reports SET title=?, organization=?, year=?, recipient=?, preamble=?, closing=?,
                   signature=?, date=?, marker_styles=?, checklist=?, modified=? WHERE id=?""",
                (report.title, report.organization, report.year, report.recipient,
                 json.dumps(report.preamble, ensure_ascii=False), json.dumps(report.closing, ensure_ascii=False),
                 report.signature, report.date.isoformat() if report.date else None,
                 json.dumps([m.value for m in report.marker_styles]), _checklist_json(report), now_iso(),
                 report.id),
            )
            if cur.rowcount == 0:
                raise NotFound(f"没有编号为 {report.id} 的报告")
            self._write_end_nodes(conn, report)

    @staticmethod
    def _write_end_nodes(conn: sqlite3.Connection, report: Report) -> None:
        """The statuses of 开头 and 结尾 and last year's text beside them."""
        conn.execute(
            """UPDATE reports SET preamble_status=?, closing_status=?, preamble_reference=?, closing_reference=?
               WHERE id=?""",
            (report.preamble_status.value, report.closing_status.value,
             json.dumps(report.preamble_reference, ensure_ascii=False),
             json.dumps(report.closing_reference, ensure_ascii=False), report.id),
        )

    def update_section(self, section: Section) -> None:
        """Save one section's own fields (not its children, not its position)."""
        if section.id is None:
            raise ValueError("section is not stored yet")
        stamp = now_iso()
        with self.db.transaction() as conn:
            conn.execute(
                """UPDATE sections SET heading=?, paragraphs=?, part=?, run_in=?, status=?, reference=?,
                   notes=?, modified=? WHERE id=?""",
                (section.heading, json.dumps(section.paragraphs, ensure_ascii=False),
                 int(section.part) if section.part else None, int(section.run_in), section.status.value,
                 json.dumps(section.reference, ensure_ascii=False), section.notes, stamp, section.id),
            )
            conn.execute("UPDATE reports SET modified=? WHERE id=(SELECT report_id FROM sections WHERE id=?)",
                         (stamp, section.id))

    def insert_section(self, report_id: int, parent_id: int | None, position: int, section: Section) -> int:
        """Insert a section (with its subtree) at `position` among the parent's children."""
        with self.db.transaction() as conn:
            siblings = self._sibling_ids(conn, report_id, parent_id)
            section.id = self._insert_row(conn, report_id, parent_id, position, section)
            self._insert_children(conn, report_id, section.id, section.children, 0)
            siblings.insert(min(position, len(siblings)), section.id)
            self._renumber(conn, siblings)
            self._touch(conn, report_id)
        return section.id

    def delete_section(self, section_id: int) -> None:
        with self.db.transaction() as conn:
            row = conn.execute("SELECT report_id, parent_id FROM sections WHERE id=?", (section_id,)).fetchone()
            if row is None:
                raise NotFound(f"没有编号为 {section_id} 的章节")
            conn.execute("DELETE FROM sections WHERE id=?", (section_id,))
            self._renumber(conn, self._sibling_ids(conn, row["report_id"], row["parent_id"]))
            self._touch(conn, row["report_id"])

    def move_section(self, section_id: int, new_parent_id: int | None, position: int) -> None:
        """Move a section (with its subtree) to `position` among `new_parent_id`'s children."""
        with self.db.transaction() as conn:
            row = conn.execute("SELECT report_id, parent_id FROM sections WHERE id=?", (section_id,)).fetchone()
            if row is None:
                raise NotFound(f"没有编号为 {section_id} 的章节")
            report_id, old_parent = row["report_id"], row["parent_id"]
            old = [i for i in self._sibling_ids(conn, report_id, old_parent) if i != section_id]
            self._renumber(conn, old)
            new = [i for i in self._sibling_ids(conn, report_id, new_parent_id) if i != section_id]
            new.insert(min(position, len(new)), section_id)
            conn.execute("UPDATE sections SET parent_id=? WHERE id=?", (new_parent_id, section_id))
            self._renumber(conn, new)
            self._touch(conn, report_id)

    def replace_content(self, report: Report) -> None:
        """Replace a stored report's fields and whole section tree with `report`'s (used by restore)."""
        with self.db.transaction():
            self.db.conn.execute("DELETE FROM sections WHERE report_id=?", (report.id,))
            self._insert_children(self.db.conn, report.id, None, report.sections, 0)  # type: ignore[arg-type]
            self._resolve_answers(report)
            self.update_meta(report)

    def delete(self, report_id: int) -> None:
        with self.db.transaction() as conn:
            if conn.execute("DELETE FROM reports WHERE id=?", (report_id,)).rowcount == 0:
                raise NotFound(f"没有编号为 {report_id} 的报告")

    @staticmethod
    def _sibling_ids(conn: sqlite3.Connection, report_id: int, parent_id: int | None) -> list[int]:
        rows = conn.execute(
            "SELECT id FROM sections WHERE report_id=? AND parent_id IS ? ORDER BY position, id",
            (report_id, parent_id),
        ).fetchall()
        return [r[0] for r in rows]

    @staticmethod
    def _renumber(conn: sqlite3.Connection, ids: list[int]) -> None:
        conn.executemany("UPDATE sections SET position=? WHERE id=?", [(i, sid) for i, sid in enumerate(ids)])

    @staticmethod
    def _touch(conn: sqlite3.Connection, report_id: int) -> None:
        conn.execute("UPDATE reports SET modified=? WHERE id=?", (now_iso(), report_id))
