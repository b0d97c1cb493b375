"""Queries feeding the conflict engine: plain tuples in, `domain.conflicts` facts out.

Sessions (up to 100,000 and more) are read with raw SQL through the session's
connection, without ORM objects nor SQLAlchemy type processing: from SQLite, days and
times arrive as ISO text and are parsed once per distinct value (PostgreSQL's driver
hands `date` and `time` objects). The SQL is written with `?` placeholders, turned into
`%s` for a driver of the `format` style (psycopg). The other tables are small.
Tombstoned rows are ignored everywhere; a session naming a deleted room or trainer is
read as having none, a session of a deleted offering is dropped.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.domain.enums import Modality, SessionStatus
from cnam_desktop.domain.equipment import USABLE_CONDITIONS
from cnam_desktop.domain.schedule_facts import (
    ClosureFact,
    CourseFact,
    EquipmentRequirement,
    OfferingFact,
    RoomFact,
    ScheduleFacts,
    SessionFact,
    SiteFact,
    has_video_kit,
)

_SESSION_SQL = (
    "SELECT s.id, s.offering_id, s.day, s.start_time, s.end_time, s.modality, s.room_id, "
    "s.trainer_id, s.video_link, s.status FROM session s "
    "WHERE s.deleted_at IS NULL AND s.status != 'cancelled'"
)
# The sessions of a site: its offerings', those in its rooms, those its offerings join.
SITE_SESSIONS = (
    "(s.offering_id IN (SELECT o.id FROM offering o WHERE o.site_id = ?)"
    " OR s.room_id IN (SELECT r.id FROM room r JOIN premises p ON p.id = r.premises_id"
    " WHERE p.site_id = ?)"
    " OR s.id IN (SELECT g.session_id FROM session_guest g JOIN offering go"
    " ON go.id = g.offering_id WHERE g.deleted_at IS NULL AND go.site_id = ?))"
)
_CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


def reference(session: Session) -> ScheduleFacts:
    """Facts of every live row of the small tables, without sessions (`sessions()`
    reads them and `dataclasses.replace` adds them)."""
    return ScheduleFacts(
        sessions=[],
        offerings=_offerings(session),
        courses=_courses(session),
        sites={
            site_id: SiteFact(site_id, name, department)
            for site_id, name, department in session.execute(
                select(m.Site.id, m.Site.name, m.Site.department).where(m.Site.deleted_at.is_(None))
            )
        },
        rooms=_rooms(session),
        trainers={
            trainer_id: f"{first} {last}"
            for trainer_id, first, last in session.execute(
                select(m.Trainer.id, m.Trainer.first_name, m.Trainer.last_name).where(
                    m.Trainer.deleted_at.is_(None)
                )
            )
        },
        equipment_types={
            type_id: label
            for type_id, label in session.execute(
                select(m.EquipmentType.id, m.EquipmentType.label).where(
                    m.EquipmentType.deleted_at.is_(None)
                )
            )
        },
        inventory=_inventory(session),
        closures=[
            ClosureFact(c.id, c.kind, c.label, c.start_date, c.end_date, c.site_id, c.subdivision)
            for c in session.execute(
                select(
                    m.Closure.id,
                    m.Closure.kind,
                    m.Closure.label,
                    m.Closure.start_date,
                    m.Closure.end_date,
                    m.Closure.site_id,
                    m.Closure.subdivision,
                ).where(m.Closure.deleted_at.is_(None))
            )
        ],
    )


def _offerings(session: Session) -> dict[str, OfferingFact]:
    query = select(
        m.Offering.id,
        m.Offering.course_id,
        m.Offering.site_id,
        m.Offering.period_label,
        m.Offering.enrolled_learners,
        m.Offering.planned_learners,
    ).where(m.Offering.deleted_at.is_(None))
    return {row[0]: OfferingFact(*row) for row in session.execute(query)}


def _courses(session: Session) -> dict[str, CourseFact]:
    needs: dict[str, list[EquipmentRequirement]] = {}
    query = (
        select(
            m.CourseEquipment.course_id,
            m.CourseEquipment.type_id,
            m.CourseEquipment.per_learner,
            m.CourseEquipment.per_group,
        )
        .join(m.EquipmentType, m.EquipmentType.id == m.CourseEquipment.type_id)
        .where(m.CourseEquipment.deleted_at.is_(None), m.EquipmentType.deleted_at.is_(None))
        .order_by(m.CourseEquipment.course_id, m.CourseEquipment.type_id)
    )
    for course_id, type_id, per_learner, per_group in session.execute(query):
        needs.setdefault(course_id, []).append(
            EquipmentRequirement(type_id, per_learner, per_group)
        )
    courses = select(
        m.Course.id, m.Course.cnam_code, m.Course.title, m.Course.required_room_kind
    ).where(m.Course.deleted_at.is_(None))
    return {
        course_id: CourseFact(course_id, code, title, kind, tuple(needs.get(course_id, ())))
        for course_id, code, title, kind in session.execute(courses)
    }


def _usable_items() -> Any:
    return (
        select()
        .select_from(m.EquipmentItem)
        .join(m.EquipmentType, m.EquipmentType.id == m.EquipmentItem.type_id)
        .where(
            m.EquipmentItem.deleted_at.is_(None),
            m.EquipmentType.deleted_at.is_(None),
            m.EquipmentItem.condition.in_(USABLE_CONDITIONS),
            m.EquipmentItem.quantity > 0,
        )
    )


def _rooms(session: Session) -> dict[str, RoomFact]:
    labels: dict[str, list[str]] = {}
    in_rooms = _usable_items().add_columns(m.EquipmentItem.room_id, m.EquipmentType.label)
    for room_id, label in session.execute(in_rooms.where(m.EquipmentItem.room_id.is_not(None))):
        labels.setdefault(room_id, []).append(label)
    query = (
        select(m.Room.id, m.Room.name, m.Premises.site_id, m.Room.capacity, m.Room.kind)
        .join(m.Premises, m.Premises.id == m.Room.premises_id)
        .where(m.Room.deleted_at.is_(None), m.Premises.deleted_at.is_(None))
    )
    return {
        room_id: RoomFact(
            room_id, name, site_id, capacity, kind, has_video_kit(kind, labels.get(room_id, ()))
        )
        for room_id, name, site_id, capacity, kind in session.execute(query)
    }


def _inventory(session: Session) -> dict[tuple[str, str], int]:
    """(site id, type id) → usable quantity (not out of order), rooms and stores alike."""
    query = (
        _usable_items()
        .add_columns(
            m.EquipmentItem.site_id, m.EquipmentItem.type_id, func.sum(m.EquipmentItem.quantity)
        )
        .group_by(m.EquipmentItem.site_id, m.EquipmentItem.type_id)
    )
    return {(site_id, type_id): int(total) for site_id, type_id, total in session.execute(query)}


# Sessions ---------------------------------------------------------------------------------


def sessions(
    session: Session,
    ref: ScheduleFacts,
    *,
    condition: str = "",
    params: Sequence[Any] = (),
    start: date | None = None,
    end: date | None = None,
    exclude: Collection[str] = (),
) -> list[SessionFact]:
    """Live, not cancelled sessions; `condition` is an extra SQL clause on `s` with
    its `params` (e.g. `SITE_SESSIONS`), `start`/`end` bound the day, `exclude` drops ids.
    """
    sql, args = _SESSION_SQL, list(params)
    if condition:
        sql += f" AND {condition}"
    if start is not None:
        sql += " AND s.day >= ?"
        args.append(start.isoformat())
    if end is not None:
        sql += " AND s.day <= ?"
        args.append(end.isoformat())
    return _facts(session, _fetch(session, sql, args), ref, exclude)


def _fetch(session: Session, sql: str, params: Sequence[Any]) -> list[Any]:
    """Rows of raw SQL as plain tuples, through the DBAPI cursor of the session's
    connection (inside its transaction): no result-row objects, no type processing."""
    connection = session.connection()
    if connection.dialect.paramstyle != "qmark":
        sql = sql.replace("?", "%s")  # no literal "?" nor "%" in these statements
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql, tuple(params))
        return list(cursor.fetchall())
    finally:
        cursor.close()


def sessions_by_column(
    session: Session,
    ref: ScheduleFacts,
    column: str,
    values: Iterable[str],
    **bounds: Any,
) -> list[SessionFact]:
    """Sessions whose `column` ("trainer_id", "day"…) is one of `values`, by chunks."""
    if column not in {"trainer_id", "day", "id", "room_id", "offering_id"}:
        raise ValueError(column)
    found: list[SessionFact] = []
    pending = sorted(set(values))
    for index in range(0, len(pending), _CHUNK):
        chunk = pending[index : index + _CHUNK]
        condition = f"s.{column} IN ({', '.join('?' * len(chunk))})"
        found.extend(sessions(session, ref, condition=condition, params=chunk, **bounds))
    return found


def _same(value: Any) -> Any:
    return value


_PARSERS = (date.fromisoformat, time.fromisoformat)
"""SQLite's ISO text to `date` and `time`."""


def _facts(
    session: Session, rows: Sequence[Any], ref: ScheduleFacts, exclude: Collection[str]
) -> list[SessionFact]:
    offerings, rooms, trainers = ref.offerings, ref.rooms, ref.trainers
    guests = _guests(session, [row[0] for row in rows], offerings) if rows else {}
    days: dict[Any, date] = {}
    times: dict[Any, time] = {}
    day_of, time_of = (_same, _same) if rows and isinstance(rows[0][2], date) else _PARSERS
    modalities = {m.value: m for m in Modality}
    statuses = {s.value: s for s in SessionStatus}
    facts: list[SessionFact] = []
    for sid, offering_id, day, start, end, modality, room_id, trainer_id, link, status in rows:
        if offering_id not in offerings or sid in exclude:
            continue
        facts.append(
            SessionFact(
                sid,
                offering_id,
                days.get(day) or days.setdefault(day, day_of(day)),
                times.get(start) or times.setdefault(start, time_of(start)),
                times.get(end) or times.setdefault(end, time_of(end)),
                modalities[modality],
                room_id if room_id in rooms else None,
                trainer_id if trainer_id in trainers else None,
                link,
                statuses[status],
                guests.get(sid, ()),
            )
        )
    return facts


def _guests(
    session: Session, session_ids: Sequence[str], offerings: Mapping[str, OfferingFact]
) -> dict[str, tuple[str, ...]]:
    """Session id → live guest offering ids, for the sessions given (all guests when
    they are many: the table is small next to `session`)."""
    sql = "SELECT g.session_id, g.offering_id FROM session_guest g WHERE g.deleted_at IS NULL"
    params: tuple[str, ...] = ()
    if len(session_ids) <= _CHUNK:
        sql += f" AND g.session_id IN ({', '.join('?' * len(session_ids))})"
        params = tuple(session_ids)
    guests: dict[str, list[str]] = {}
    for session_id, offering_id in _fetch(session, sql, params):
        if offering_id in offerings:
            guests.setdefault(session_id, []).append(offering_id)
    return {k: tuple(sorted(v)) for k, v in guests.items()}
