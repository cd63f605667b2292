"""Reports and their section trees in the database. An edit of one section writes one row."""

from __future__ import annotations

import builtins  # a method named `summaries` returns builtins.list; `list` is used as a name in signatures
import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from app.errors import NotFound, UserError
from app.model import CharTargets, ChecklistItem, MarkerStyle, Part, Report, Section, Status
from app.numbering import located_sections
from app.store.database import Database, now_iso


class ReportKind(str, Enum):
    """What a report is to the clerk: one being written, or last year's read in as a source."""

    DRAFT = "草稿"
    SOURCE = "来源"


def kind_for_origin(origin: str) -> ReportKind:
    """An import is a source; a new, rolled-forward or copied report is a draft."""
    return ReportKind.SOURCE if origin == "import" else ReportKind.DRAFT


class InRecycleBin(NotFound):
    """The report exists but has been deleted to the 回收站."""


@dataclass(frozen=True)
class ReportSummary:
    id: int
    title: str
    organization: str
    year: int
    sections: int
    modified: str
    kind: ReportKind = ReportKind.DRAFT
    deleted_at: str | None = None


def _checklist_json(report: Report) -> str:
    return json.dumps(
        [{"text": c.text, "done": c.done, "answered_in": c.answered_in} for c in report.checklist],
        ensure_ascii=False,
    )


def _formal_values(report: Report) -> tuple[str, str, str, str, str, str | None]:
    return (report.issuer_mark, report.doc_number, report.signer, report.copy_to, report.printer,
            report.print_date.isoformat() if report.print_date else None)


class ReportStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- reading -------------------------------------------------------------------------
    def summaries(self, *, deleted: bool = False) -> builtins.list[ReportSummary]:
        """The reports in the library, latest change first; with `deleted`, those in the 回收站
        instead (latest deletion first)."""
        if deleted:
            return self._summaries("r.deleted_at IS NOT NULL ORDER BY r.deleted_at DESC, r.id DESC")
        return self._summaries("r.deleted_at IS NULL ORDER BY r.modified DESC, r.id DESC")

    def summaries_of(self, report_ids: Sequence[int]) -> builtins.list[ReportSummary]:
        """The summaries of these reports that are in the library (not in the 回收站), in the
        order given: what a recent list costs stays the size of the list, not of the library."""
        if not report_ids:
            return []
        marks = ",".join("?" * len(report_ids))
        found = {s.id: s for s in self._summaries(f"r.deleted_at IS NULL AND r.id IN ({marks})", *report_ids)}
        return [found[i] for i in report_ids if i in found]

    def _summaries(self, condition: str, *params: object) -> builtins.list[ReportSummary]:
        rows = self.db.conn.execute(
            f"""SELECT r.id, r.title, r.organization, r.year, r.modified, r.kind, r.deleted_at,
                      (SELECT COUNT(*) FROM sections s WHERE s.report_id = r.id) AS n
               FROM reports r WHERE {condition}""", params
        ).fetchall()
        return [ReportSummary(r["id"], r["title"], r["organization"], r["year"], r["n"], r["modified"],
                              ReportKind(r["kind"]), r["deleted_at"]) for r in rows]

    def exists(self, report_id: int) -> bool:
        """True for a report in the library (not one in the 回收站)."""
        return self.db.conn.execute("SELECT 1 FROM reports WHERE id=? AND deleted_at IS NULL",
                                    (report_id,)).fetchone() is not None

    def summary(self, report_id: int, *, deleted: bool = False) -> ReportSummary:
        """One report's summary (raises NotFound, or InRecycleBin unless `deleted` allows it)."""
        for summary in self._summaries("r.id=?", report_id):
            if summary.deleted_at is not None and not deleted:
                raise _in_bin(summary.id, summary.title)
            return summary
        raise NotFound(f"没有编号为 {report_id} 的报告（no report with id {report_id}）")

    def load(self, report_id: int, *, deleted: bool = False) -> Report:
        """The whole report; one in the 回收站 raises InRecycleBin unless `deleted` allows it."""
        row = self.db.conn.execute("SELECT * FROM reports WHERE id=?", (report_id,)).fetchone()
        if row is None:
            raise NotFound(f"没有编号为 {report_id} 的报告（no report with id {report_id}）")
        if row["deleted_at"] is not None and not deleted:
            raise _in_bin(report_id, row["title"])
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
            issuer_mark=row["issuer_mark"],
            doc_number=row["doc_number"],
            signer=row["signer"],
            copy_to=row["copy_to"],
            printer=row["printer"],
            print_date=dt.date.fromisoformat(row["print_date"]) if row["print_date"] else None,
            targets=CharTargets.from_dict(json.loads(row["targets"])),
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
        by_parent: dict[int | None, builtins.list[sqlite3.Row]] = {}
        for r in rows:
            by_parent.setdefault(r["parent_id"], []).append(r)

        def build(parent: int | None) -> builtins.list[Section]:
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
        """Store a new report with all its sections; sets the ids on the objects. Its kind follows
        from `origin` (an "import" is a 来源, everything else a 草稿)."""
        stamp = now_iso()
        with self.db.transaction() as conn:
            cur = conn.execute(
                """INSERT INTO reports (title, organization, year, recipient, preamble, closing, signature,
                   date, marker_styles, checklist, warnings, source_report_id, origin, created, modified,
                   issuer_mark, doc_number, signer, copy_to, printer, print_date, kind, targets)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                (report.title, report.organization, report.year, report.recipient,
                 json.dumps(report.preamble, ensure_ascii=False), json.dumps(report.closing, ensure_ascii=False),
                 report.signature, report.date.isoformat() if report.date else None,
                 json.dumps([m.value for m in report.marker_styles]), "[]",
                 json.dumps(report.warnings, ensure_ascii=False), report.source_report_id, origin, stamp, stamp,
                 *_formal_values(report), kind_for_origin(origin).value, json.dumps(report.targets.to_dict())),
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
                         sections: builtins.list[Section], start: int) -> None:
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
                   signature=?, date=?, marker_styles=?, checklist=?, modified=?, issuer_mark=?, doc_number=?,
                   signer=?, copy_to=?, printer=?, print_date=?, targets=? WHERE id=?""",
                (report.title, report.organization, report.year, report.recipient,
                 json.dumps(report.preamble, ensure_ascii=False), json.dumps(report.closing, ensure_ascii=False),
                 report.signature, report.date.isoformat() if report.date else None,
                 json.dumps([m.value for m in report.marker_styles]), _checklist_json(report), now_iso(),
                 *_formal_values(report), json.dumps(report.targets.to_dict()), report.id),
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

    # ---- managing: rename, copy, kind, the 回收站 -----------------------------------------
    def rename(self, report_id: int, title: str) -> None:
        title = title.strip()
        if not title:
            raise UserError("标题不能为空（the title must not be empty）")
        self.summary(report_id)
        with self.db.transaction() as conn:
            conn.execute("UPDATE reports SET title=?, modified=? WHERE id=?", (title, now_iso(), report_id))

    def copy(self, report_id: int, title: str | None = None) -> int:
        """另存为新报告: a new 草稿 with the same content (notes, targets, checklist answers
        included) and no snapshots of its own. Returns its id."""
        from app.report_json import report_from_dict, report_to_dict  # report_json needs no store

        original = self.load(report_id)
        # through the snapshot shape: the checklist's answers are re-pointed at the new section ids
        report = report_from_dict(report_to_dict(original, stored=True, notes=True))
        report.title = title.strip() if title and title.strip() else f"{original.title}（副本）"
        report.source_report_id = original.source_report_id
        return self.insert(report, origin="copy")

    def set_kind(self, report_id: int, kind: ReportKind | str) -> None:
        kind = ReportKind(kind)
        self.summary(report_id)
        with self.db.transaction() as conn:
            conn.execute("UPDATE reports SET kind=? WHERE id=?", (kind.value, report_id))

    def delete(self, report_id: int) -> None:
        """Move a report to the 回收站 (hidden everywhere; undelete() brings it back)."""
        self.summary(report_id)
        with self.db.transaction() as conn:
            conn.execute("UPDATE reports SET deleted_at=? WHERE id=?", (now_iso(), report_id))

    def undelete(self, report_id: int) -> None:
        if self.summary(report_id, deleted=True).deleted_at is None:
            raise UserError(f"报告 {report_id} 不在回收站中（report {report_id} is not in the recycle bin）")
        with self.db.transaction() as conn:
            conn.execute("UPDATE reports SET deleted_at=NULL WHERE id=?", (report_id,))

    def purge(self, report_id: int) -> None:
        """Remove a report in the 回收站 for good, with its sections and snapshots."""
        if self.summary(report_id, deleted=True).deleted_at is None:
            raise UserError(f"只能彻底删除回收站中的报告：报告 {report_id} 不在回收站中"
                            f"（only reports in the recycle bin can be purged）")
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM reports WHERE id=?", (report_id,))

    def empty_recycle_bin(self) -> int:
        """Purge every report in the 回收站; returns how many."""
        with self.db.transaction() as conn:
            return int(conn.execute("DELETE FROM reports WHERE deleted_at IS NOT NULL").rowcount)

    @staticmethod
    def _sibling_ids(conn: sqlite3.Connection, report_id: int, parent_id: int | None) -> builtins.list[int]:
        rows = conn.execute(
            "SELECT id FROM sections WHERE report_id=? AND parent_id IS ? ORDER BY position, id",
            (report_id, parent_id),
        ).fetchall()
        return [r[0] for r in rows]

    @staticmethod
    def _renumber(conn: sqlite3.Connection, ids: builtins.list[int]) -> None:
        conn.executemany("UPDATE sections SET position=? WHERE id=?", [(i, sid) for i, sid in enumerate(ids)])

    @staticmethod
    def _touch(conn: sqlite3.Connection, report_id: int) -> None:
        conn.execute("UPDATE reports SET modified=? WHERE id=?", (now_iso(), report_id))


def _in_bin(report_id: int, title: str) -> InRecycleBin:
    return InRecycleBin(f"报告 {report_id}《{title or '无标题'}》在回收站中，恢复后才能使用"
                        f"（report {report_id} is in the recycle bin: undelete it first）")
