"""The rows of the partner workbook, one plain SELECT per sheet (no ORM objects).

Each function takes the column keys the caller wants (the sheet layout's keys) and
returns rows holding those columns in that order, so that this layer needs no
knowledge of the workbook. Live rows only; `site_id` restricts to one site; `start`
and `end` (inclusive, either may be None) restrict sessions by day and offerings to
those overlapping the period. Sessions are streamed (`stream_sessions`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, func, select, type_coerce
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.models import Money
from cnam_desktop.db.repositories.common import french

STREAM_CHUNK = 1_000


@dataclass(frozen=True)
class Scope:
    site_id: str | None = None
    start: date | None = None
    end: date | None = None


def _pick(columns: Mapping[str, Any], keys: Sequence[str]) -> list[Any]:
    unknown = [k for k in keys if k not in columns]
    if unknown:
        raise KeyError(f"no column for {unknown}")
    return [columns[k].label(f"c{i}") for i, k in enumerate(keys)]


def _trainer_name() -> ColumnElement[str]:
    return m.Trainer.first_name + " " + m.Trainer.last_name


def _site_filter(query: Select[Any], column: Any, scope: Scope) -> Select[Any]:
    return query.where(column == scope.site_id) if scope.site_id is not None else query


def regional_centre_name(s: Session) -> str | None:
    query = select(m.RegionalCentre.name).where(m.RegionalCentre.deleted_at.is_(None))
    return s.scalars(query.order_by(m.RegionalCentre.created_at).limit(1)).first()


def site_name(s: Session, site_id: str) -> str | None:
    return s.scalars(select(m.Site.name).where(m.Site.id == site_id)).first()


def site_rows(s: Session, keys: Sequence[str], scope: Scope) -> list[tuple[Any, ...]]:
    columns = {c.key: c for c in m.Site.__table__.columns}
    query = select(*_pick(columns, keys)).where(m.Site.deleted_at.is_(None))
    query = _site_filter(query, m.Site.id, scope)
    return [tuple(r) for r in s.execute(query.order_by(french(s, m.Site.name), m.Site.id))]


def room_rows(s: Session, keys: Sequence[str], scope: Scope) -> list[tuple[Any, ...]]:
    """One row per live room with its premises; a premises without rooms gets one row."""
    P, R = m.Premises, m.Room
    columns = {
        "site_insee": m.Site.insee_code,
        "site_name": m.Site.name,
        "premises": P.name,
        "address": P.address,
        "owner": P.owner,
        "agreement_start": P.agreement_start,
        "agreement_end": P.agreement_end,
        "yearly_cost": P.yearly_cost,
        "step_free": P.step_free,
        "room": R.name,
        "kind": R.kind,
        "capacity": R.capacity,
        "accessible": R.accessible,
        "opening_hours": R.opening_hours,
    }
    query = (
        select(*_pick(columns, keys))
        .select_from(P)
        .join(m.Site, m.Site.id == P.site_id)
        .outerjoin(R, and_(R.premises_id == P.id, R.deleted_at.is_(None)))
        .where(P.deleted_at.is_(None), m.Site.deleted_at.is_(None))
    )
    query = _site_filter(query, m.Site.id, scope)
    order = [french(s, m.Site.name), m.Site.id, french(s, P.name), P.id, french(s, R.name), R.id]
    return [tuple(r) for r in s.execute(query.order_by(*order))]


def inventory_rows(s: Session, keys: Sequence[str], scope: Scope) -> list[tuple[Any, ...]]:
    Item, T = m.EquipmentItem, m.EquipmentType
    columns = {
        "site_insee": m.Site.insee_code,
        "site_name": m.Site.name,
        "room": m.Room.name,
        "equipment": T.label,
        "category": T.category,
        "quantity": Item.quantity,
        "condition": Item.condition,
        "unit_cost": T.unit_cost,
        "value": type_coerce(Item.quantity * T.unit_cost, Money),
    }
    query = (
        select(*_pick(columns, keys))
        .select_from(Item)
        .join(m.Site, m.Site.id == Item.site_id)
        .join(T, T.id == Item.type_id)
        .outerjoin(m.Room, and_(m.Room.id == Item.room_id, m.Room.deleted_at.is_(None)))
        .where(Item.deleted_at.is_(None), m.Site.deleted_at.is_(None))
    )
    query = _site_filter(query, m.Site.id, scope)
    order = [french(s, m.Site.name), m.Site.id, m.Room.name.is_not(None), french(s, m.Room.name)]
    order += [french(s, T.label), Item.condition, Item.id]
    return [tuple(r) for r in s.execute(query.order_by(*order))]


def need_rows(s: Session, keys: Sequence[str], scope: Scope) -> list[tuple[Any, ...]]:
    """Live needs; `cost_override` is None where the cost is quantity × unit cost."""
    N, T = m.EquipmentNeed, m.EquipmentType
    linked = m.Course.cnam_code + " " + m.Course.title + " (" + m.Offering.period_label + ")"
    columns = {
        "site_insee": m.Site.insee_code,
        "site_name": m.Site.name,
        "equipment": T.label,
        "category": T.category,
        "quantity": N.quantity,
        "unit_cost": T.unit_cost,
        "cost_override": N.cost_override,
        "priority": N.priority,
        "status": N.status,
        "funder": m.Partner.name,
        "reason": N.reason,
        "offering": linked,
    }
    query = (
        select(*_pick(columns, keys))
        .select_from(N)
        .join(m.Site, m.Site.id == N.site_id)
        .join(T, T.id == N.type_id)
        .outerjoin(m.Partner, m.Partner.id == N.funder_id)
        .outerjoin(m.Offering, m.Offering.id == N.offering_id)
        .outerjoin(m.Course, m.Course.id == m.Offering.course_id)
        .where(N.deleted_at.is_(None), m.Site.deleted_at.is_(None))
    )
    query = _site_filter(query, m.Site.id, scope)
    order = [french(s, m.Site.name), m.Site.id, french(s, T.label), N.id]
    return [tuple(r) for r in s.execute(query.order_by(*order))]


def course_rows(s: Session, keys: Sequence[str]) -> list[tuple[Any, ...]]:
    """The whole live catalogue (not restricted by scope), with each course's sector."""
    C = m.Course
    columns: dict[str, Any] = {c.key: c for c in C.__table__.columns}
    columns["sector"] = m.Sector.name
    query = (
        select(*_pick(columns, keys))
        .join(m.Sector, m.Sector.id == C.sector_id)
        .where(C.deleted_at.is_(None))
        .order_by(C.cnam_code)
    )
    return [tuple(r) for r in s.execute(query)]


def _offering_overlaps(scope: Scope) -> list[ColumnElement[bool]]:
    Off = m.Offering
    clauses: list[ColumnElement[bool]] = []
    if scope.end is not None:
        clauses.append(Off.start_date <= scope.end)
    if scope.start is not None:
        clauses.append((Off.end_date.is_(None)) | (Off.end_date >= scope.start))
    return clauses


def _session_days(scope: Scope) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if scope.start is not None:
        clauses.append(m.Session.day >= scope.start)
    if scope.end is not None:
        clauses.append(m.Session.day <= scope.end)
    return clauses


def offering_rows(s: Session, keys: Sequence[str], scope: Scope) -> list[tuple[Any, ...]]:
    """Live offerings overlapping the period; `sessions` counts their sessions in it."""
    Off = m.Offering
    sessions = (
        select(func.count())
        .where(m.Session.offering_id == Off.id, m.Session.deleted_at.is_(None))
        .where(*_session_days(scope))
        .scalar_subquery()
    )
    columns: dict[str, Any] = {c.key: c for c in Off.__table__.columns}
    columns.update(
        site_insee=m.Site.insee_code,
        site_name=m.Site.name,
        course_code=m.Course.cnam_code,
        course_title=m.Course.title,
        period=Off.period_label,
        sessions=sessions,
    )
    query = (
        select(*_pick(columns, keys))
        .join(m.Site, m.Site.id == Off.site_id)
        .join(m.Course, m.Course.id == Off.course_id)
        .where(Off.deleted_at.is_(None), m.Site.deleted_at.is_(None), *_offering_overlaps(scope))
    )
    query = _site_filter(query, m.Site.id, scope)
    order = [french(s, m.Site.name), m.Site.id, m.Course.cnam_code, Off.start_date, Off.id]
    return [tuple(r) for r in s.execute(query.order_by(*order))]


def _sessions_query(columns: Sequence[Any], scope: Scope) -> Select[Any]:
    S, Off = m.Session, m.Offering
    query = (
        select(*columns)
        .select_from(S)
        .join(Off, Off.id == S.offering_id)
        .join(m.Site, m.Site.id == Off.site_id)
        .join(m.Course, m.Course.id == Off.course_id)
        .where(S.deleted_at.is_(None), Off.deleted_at.is_(None), m.Site.deleted_at.is_(None))
        .where(*_session_days(scope))
    )
    return _site_filter(query, Off.site_id, scope)


def count_sessions(s: Session, scope: Scope) -> int:
    return s.execute(_sessions_query([func.count()], scope)).scalar_one()


def _session_columns() -> dict[str, Any]:
    S = m.Session
    guests = (
        select(func.aggregate_strings(m.Site.name, ", "))
        .select_from(m.SessionGuest)
        .join(m.Offering, m.Offering.id == m.SessionGuest.offering_id)
        .join(m.Site, m.Site.id == m.Offering.site_id)
        .where(m.SessionGuest.session_id == S.id, m.SessionGuest.deleted_at.is_(None))
        .scalar_subquery()
    )
    return {
        "site_insee": m.Site.insee_code,
        "site_name": m.Site.name,
        "course_code": m.Course.cnam_code,
        "course_title": m.Course.title,
        "period": m.Offering.period_label,
        "day": S.day,
        "weekday": S.day,  # the writer shows the day's name
        "start_time": S.start_time,
        "end_time": S.end_time,
        "modality": S.modality,
        "room": m.Room.name,
        "video_link": S.video_link,
        "trainer": _trainer_name(),
        "unit_code": S.unit_code,
        "status": S.status,
        "guests": guests,
    }


class _Parsed(dict[Any, Any]):
    """Memo of parsed stored values: a school year has ~250 days and a few times."""

    def __init__(self, parse: Callable[[str], Any]) -> None:
        super().__init__()
        self._parse = parse

    def __missing__(self, stored: Any) -> Any:
        value = self._parse(stored) if isinstance(stored, str) else stored
        self[stored] = value
        return value


_STORED = {"day": date.fromisoformat, "weekday": date.fromisoformat}
_STORED_TIME = {"start_time", "end_time"}
_STORED_ENUM = {"modality", "status"}


def stream_sessions(
    s: Session, keys: Sequence[str], scope: Scope, chunk: int = STREAM_CHUNK
) -> Iterator[list[Any]]:
    """Sessions in scope by day, time and site, fetched `chunk` rows at a time.

    Speed: dates, times and enums are read as stored and parsed once per distinct
    value (SQLAlchemy's per-value processing would double the reading time); enums
    come back as their stored value (a `LabelledEnum` member compares equal to it).
    """
    S, Off = m.Session, m.Offering
    columns = _session_columns()
    for key in (*_STORED, *_STORED_TIME, *_STORED_ENUM):
        columns[key] = type_coerce(columns[key], String)
    query = (
        _sessions_query(_pick(columns, keys), scope)
        .outerjoin(m.Room, and_(m.Room.id == S.room_id, m.Room.deleted_at.is_(None)))
        .outerjoin(m.Trainer, and_(m.Trainer.id == S.trainer_id, m.Trainer.deleted_at.is_(None)))
        .order_by(S.day, S.start_time, m.Site.insee_code, m.Site.name, m.Course.cnam_code)
        .order_by(Off.period_label, S.id)
    )
    days, times = _Parsed(date.fromisoformat), _Parsed(time.fromisoformat)
    parsed = [
        (index, days if key in _STORED else times)
        for index, key in enumerate(keys)
        if key in _STORED or key in _STORED_TIME
    ]
    result = s.connection().execute(query)
    try:
        while batch := result.fetchmany(chunk):
            for found in batch:
                row = list(found)
                for index, memo in parsed:
                    row[index] = memo[row[index]]
                yield row
    finally:
        result.close()


def longest_names(s: Session, scope: Scope) -> dict[str, int]:
    """Length of the longest value some session columns may show (to size them)."""
    sites = _site_filter(select(m.Site.id).where(m.Site.deleted_at.is_(None)), m.Site.id, scope)
    offered = select(m.Offering.course_id).where(
        m.Offering.site_id.in_(sites), m.Offering.deleted_at.is_(None)
    )
    queries: dict[str, Any] = {
        "site_insee": select(func.max(func.length(m.Site.insee_code))).where(m.Site.id.in_(sites)),
        "site_name": select(func.max(func.length(m.Site.name))).where(m.Site.id.in_(sites)),
        "course_code": select(func.max(func.length(m.Course.cnam_code))).where(
            m.Course.id.in_(offered)
        ),
        "course_title": select(func.max(func.length(m.Course.title))).where(
            m.Course.id.in_(offered)
        ),
        "period": select(func.max(func.length(m.Offering.period_label))).where(
            m.Offering.site_id.in_(sites)
        ),
        "room": select(func.max(func.length(m.Room.name)))
        .join(m.Premises, m.Premises.id == m.Room.premises_id)
        .where(m.Premises.site_id.in_(sites)),
        "trainer": select(func.max(func.length(_trainer_name()))),
        "unit_code": select(func.max(func.length(m.Session.unit_code))),
        "video_link": select(func.max(func.length(m.Session.video_link))),
    }
    return {key: int(s.execute(q).scalar() or 0) for key, q in queries.items()}
