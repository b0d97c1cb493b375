"""How a person recognises a record in a list of conflicts: « Chaumont », « Séance de
NFA001 — Bases de la programmation le 12/03/2027 à 09:00 », and the records its
foreign keys point to (read from this laptop's base, cached)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from cnam_desktop.db.engine import Database
from cnam_desktop.domain.column_labels import table_label
from cnam_desktop.domain.enums import LabelledEnum
from cnam_desktop.domain.merge import plain_text
from cnam_desktop.domain.recurrence import french_time
from cnam_desktop.services.sync.rows import Row, read_by_ids, table

Ref = Callable[[str, Any], str]
"""(table, id) → the label of the record with that id."""


def _day(value: Any) -> str:
    return f"{value:%d/%m/%Y}" if value is not None else "?"


def _time(value: Any) -> str:
    return french_time(value) if value is not None else "?"


def _enum(value: Any) -> str:
    return value.label if isinstance(value, LabelledEnum) else str(value or "")


def _offering(r: Row, ref: Ref) -> str:
    return f"{ref('course', r['course_id'])} à {ref('site', r['site_id'])} ({r['period_label']})"


_FORMATS: dict[str, Callable[[Row, Ref], str]] = {
    "regional_centre": lambda r, ref: r["name"],
    "site": lambda r, ref: r["name"],
    "site_status_change": lambda r, ref: (
        f"{ref('site', r['site_id'])} : {_enum(r['status'])} le {_day(r['changed_on'])}"
    ),
    "sector": lambda r, ref: f"{r['code']} — {r['name']}",
    "sector_need": lambda r, ref: f"{ref('site', r['site_id'])} — {ref('sector', r['sector_id'])}",
    "partner": lambda r, ref: r["name"],
    "site_partner": lambda r, ref: (
        f"{ref('site', r['site_id'])} — {ref('partner', r['partner_id'])} ({_enum(r['role'])})"
    ),
    "premises": lambda r, ref: f"{r['name']} ({ref('site', r['site_id'])})",
    "room": lambda r, ref: f"{r['name']} ({ref('premises', r['premises_id'])})",
    "equipment_type": lambda r, ref: r["label"],
    "equipment_item": lambda r, ref: (
        f"{ref('equipment_type', r['type_id'])} à {ref('site', r['site_id'])}"
    ),
    "equipment_need": lambda r, ref: (
        f"{ref('equipment_type', r['type_id'])} pour {ref('site', r['site_id'])}"
    ),
    "course": lambda r, ref: f"{r['cnam_code']} — {r['title']}",
    "course_equipment": lambda r, ref: (
        f"{ref('course', r['course_id'])} : {ref('equipment_type', r['type_id'])}"
    ),
    "trainer": lambda r, ref: f"{r['first_name']} {r['last_name']}",
    "trainer_sector": lambda r, ref: (
        f"{ref('trainer', r['trainer_id'])} — {ref('sector', r['sector_id'])}"
    ),
    "offering": _offering,
    "session": lambda r, ref: (
        f"{ref('session_course', r['offering_id'])} le {_day(r['day'])} à {_time(r['start_time'])}"
    ),
    "session_guest": lambda r, ref: (
        f"{ref('session', r['session_id'])} — {ref('offering', r['offering_id'])}"
    ),
    "closure": lambda r, ref: f"{r['label']} ({_day(r['start_date'])})",
    "erasure_log": lambda r, ref: f"{r['kind']} ({_day(r['erased_at'])})",
}


class Labeler:
    """Labels of records read through `conn` (this laptop's base, or a unit of work on it)."""

    def __init__(self, conn: Connection | Session) -> None:
        self._conn = conn
        self._rows: dict[tuple[str, str], Row | None] = {}

    def row(self, name: str, record_id: str) -> Row | None:
        key = (name, record_id)
        if key not in self._rows:
            self._rows[key] = read_by_ids(self._conn, table(name), [record_id]).get(record_id)
        return self._rows[key]

    def ref(self, name: str, record_id: Any) -> str:
        """The label of the record `record_id` of table `name` (« ? » when absent)."""
        if record_id is None:
            return "—"
        if name == "session_course":  # a session is known by its offering's course
            offering = self.row("offering", record_id)
            return self.ref("course", offering["course_id"]) if offering else "?"
        row = self.row(name, str(record_id))
        return self.label(name, row) if row is not None else f"? ({str(record_id)[:8]})"

    def label(self, name: str, row: Mapping[str, Any]) -> str:
        """The record's label from its own values (and those it points to)."""
        fmt = _FORMATS.get(name)
        try:
            if fmt is not None:
                return fmt(dict(row), self.ref)
        except (KeyError, TypeError, ValueError):
            pass  # a snapshot lacking a column: fall back to the id
        return f"{table_label(name)} {str(row.get('id', ''))[:8]}"

    def value_text(self, name: str) -> Callable[[str, Any], str]:
        """`three_way`'s formatter for table `name`: foreign keys shown by the label of
        the record they point to, enum members by their French label."""
        foreign = {fk.parent.name: fk.column.table.name for fk in table(name).foreign_keys}

        def fmt(column: str, value: Any) -> str:
            if value is not None and column in foreign:
                return self.ref(foreign[column], value)
            if isinstance(value, LabelledEnum):
                return value.label
            return plain_text(value)

        return fmt


class LocalLabels:
    """`Labeler`'s labels read from `db` on demand, one connection per call (only the
    messages of refusals need them, seldom)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def label(self, name: str, row: Mapping[str, Any]) -> str:
        with self._db.connection() as conn:
            return Labeler(conn).label(name, row)

    def ref(self, name: str, record_id: Any) -> str:
        with self._db.connection() as conn:
            return Labeler(conn).ref(name, record_id)
