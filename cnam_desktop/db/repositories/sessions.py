"""Session queries: filtered and sorted ids, rows by id, guests, calendar, form choices.

Lists reach 100,000 sessions, so they are filtered in SQL, on an index that holds the
live sessions in day order. Sorting on a name (course, site, room, trainer) does not
call the French collation for each of the ~1.7 million comparisons of such a sort (a
Python callback: ≈ 1.7 s): the query returns, in day order, each session's id with
the id of the record named, the few hundred names of that small table are ranked in
Python, and a stable Python sort on the ranks keeps the day order among equal names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, bindparam, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from cnam_desktop.db import models as m
from cnam_desktop.db.repositories.common import (
    AnySelect,
    Prepared,
    bound,
    dialect_of,
    french,
    get_live,
    like_pattern,
    pattern_param,
    replace_links,
    search_text,
    with_matches,
)
from cnam_desktop.db.repositories.offerings import (
    MODALITY_ORDER,
    matching_ids,
    order_terms,
    rank_of,
)
from cnam_desktop.domain.enums import SessionStatus
from cnam_desktop.domain.formatting import french_sort_key, plural
from cnam_desktop.domain.offer_rows import (
    SESSION_SORT_KEYS,
    CalendarSession,
    SessionFilter,
    SessionRow,
)
from cnam_desktop.domain.sessions import SessionData

COLUMNS = tuple(f.name for f in fields(SessionData) if f.name != "guest_offering_ids")
"""The columns of `session` that `SessionData` carries (guests live in `session_guest`)."""

_TRAINER_NAME = m.Trainer.first_name + " " + m.Trainer.last_name


# Records -------------------------------------------------------------------------------------


def get(session: Session, session_id: str) -> m.Session:
    return get_live(session, m.Session, session_id, "Séance")


def guest_ids(session: Session, session_id: str) -> frozenset[str]:
    query = select(m.SessionGuest.offering_id).where(
        m.SessionGuest.session_id == session_id, m.SessionGuest.deleted_at.is_(None)
    )
    return frozenset(session.scalars(query))


def to_data(session: Session, record: m.Session) -> SessionData:
    values = {f: getattr(record, f) for f in COLUMNS}
    return SessionData(**values, guest_offering_ids=guest_ids(session, record.id))


def apply_data(record: m.Session, data: SessionData) -> None:
    for name in COLUMNS:
        setattr(record, name, getattr(data, name))


def replace_guests(session: Session, session_id: str, wanted: frozenset[str]) -> None:
    """Make the session's live guest offerings exactly `wanted` (tombstones revived)."""
    replace_links(
        session,
        m.SessionGuest,
        m.SessionGuest.session_id,
        m.SessionGuest.offering_id,
        session_id,
        wanted,
        lambda offering_id: get_live(session, m.Offering, offering_id, "Ouverture invitée"),
    )


# List ----------------------------------------------------------------------------------------


def _query(columns: Sequence[Any]) -> Select[Any]:
    return (
        select(*columns)
        .select_from(m.Session)
        .join(m.Offering, m.Offering.id == m.Session.offering_id)
        .where(m.Session.deleted_at.is_(None), m.Offering.deleted_at.is_(None))
    )


def _offerings(*conditions: ColumnElement[bool]) -> Select[Any]:
    """Ids of the live offerings meeting `conditions`."""
    return select(m.Offering.id).where(m.Offering.deleted_at.is_(None), *conditions)


_DELETED_OFFERINGS = select(m.Offering.id).where(m.Offering.deleted_at.is_not(None))

_NAME_SORTS: dict[str, tuple[Any, Any]] = {
    # sort key: (the session's column naming the record, that record's id and names)
    "course": (
        m.Session.offering_id,
        select(m.Offering.id, m.Course.title).join(m.Course, m.Course.id == m.Offering.course_id),
    ),
    "code": (
        m.Session.offering_id,
        select(m.Offering.id, m.Course.cnam_code).join(
            m.Course, m.Course.id == m.Offering.course_id
        ),
    ),
    "site": (
        m.Session.offering_id,
        select(m.Offering.id, m.Site.name).join(m.Site, m.Site.id == m.Offering.site_id),
    ),
    "room": (m.Session.room_id, select(m.Room.id, m.Room.name)),
    "trainer": (
        m.Session.trainer_id,
        select(m.Trainer.id, m.Trainer.last_name, m.Trainer.first_name),
    ),
}
"""Sorts on a name: done in Python on ranks (see the module's docstring)."""

_EQUAL_FILTERS = {
    "offering_id": m.Session.offering_id,
    "room_id": m.Session.room_id,
    "trainer_id": m.Session.trainer_id,
    "series_id": m.Session.series_id,
    "status": m.Session.status,
    "modality": m.Session.modality,
}


def _sort_terms(sort: str) -> tuple[list[Any], Any]:
    """The ORDER BY terms of a sort key done in SQL, and the column whose NULLs go last."""
    if sort == "day":
        return [m.Session.day, m.Session.start_time], None
    if sort == "time":
        return [m.Session.start_time, m.Session.end_time], None
    if sort == "modality":
        return [rank_of(MODALITY_ORDER, m.Session.modality)], None
    if sort == "status":
        return [rank_of([s.value for s in SessionStatus], m.Session.status)], None
    if sort == "unit":
        return [m.Session.unit_code], m.Session.unit_code
    if sort == "series":
        return [m.Session.series_id.is_(None)], None
    if sort == "guests":
        guests = select(func.count(m.SessionGuest.id)).where(
            m.SessionGuest.session_id == m.Session.id, m.SessionGuest.deleted_at.is_(None)
        )
        return [guests.scalar_subquery()], None
    raise ValueError(sort)


def _text_condition() -> ColumnElement[bool]:
    """The session's course, site, room or trainer is among the matching ids, or its
    unit code contains the text."""
    return or_(
        m.Session.offering_id.in_(
            _offerings(
                or_(
                    m.Offering.course_id.in_(bindparam("course_ids", expanding=True)),
                    m.Offering.site_id.in_(bindparam("site_ids", expanding=True)),
                )
            )
        ),
        m.Session.room_id.in_(bindparam("room_ids", expanding=True)),
        m.Session.trainer_id.in_(bindparam("trainer_ids", expanding=True)),
        m.Session.unit_code.ilike(pattern_param()),
    )


def _of_site(site_id: Any) -> ColumnElement[bool]:
    """The session belongs to an offering of the site, or invites one (`site_id`: a
    value, or a bound parameter)."""
    guest = aliased(m.Offering)
    invited = (
        select(m.SessionGuest.session_id)
        .join(guest, guest.id == m.SessionGuest.offering_id)
        .where(
            m.SessionGuest.deleted_at.is_(None),
            guest.deleted_at.is_(None),
            guest.site_id == site_id,
        )
    )
    return or_(
        m.Session.offering_id.in_(_offerings(m.Offering.site_id == site_id)),
        m.Session.id.in_(invited),
    )


@lru_cache(maxsize=256)
def _session_ids(dialect: str, sort: str, descending: bool, shape: frozenset[str]) -> AnySelect:
    """The session id query of one shape (see `common.bound`).

    No join: what concerns the offering is an `IN` on the few hundred offerings, so
    that the live sessions' index on (day, start time, id, offering) serves the
    period, the order and the offering's liveness without reading the table (a join
    looked up the offering of each of 75,000 rows: 0.2 s against 0.05 s). A name sort
    also returns the named record's id; the caller ranks it (`ranked`).
    """
    named = _NAME_SORTS.get(sort)
    query = select(m.Session.id, named[0]) if named else select(m.Session.id)
    query = query.where(
        m.Session.deleted_at.is_(None), m.Session.offering_id.not_in(_DELETED_OFFERINGS)
    )
    if "text" in shape:
        query = query.where(_text_condition())
    if "site_id" in shape:
        query = query.where(_of_site(bindparam("site_id")))
    if "course_id" in shape:
        query = query.where(
            m.Session.offering_id.in_(_offerings(m.Offering.course_id == bindparam("course_id")))
        )
    if "sector_id" in shape:
        courses = select(m.Course.id).where(m.Course.sector_id == bindparam("sector_id"))
        query = query.where(
            m.Session.offering_id.in_(_offerings(m.Offering.course_id.in_(courses)))
        )
    query = query.where(
        *(column == bindparam(name) for name, column in _EQUAL_FILTERS.items() if name in shape)
    )
    if "start" in shape:
        query = query.where(m.Session.day >= bindparam("start"))
    if "end" in shape:
        query = query.where(m.Session.day <= bindparam("end"))
    tail = [m.Session.day, m.Session.start_time, m.Session.id]
    if named:
        return query.order_by(*tail)
    terms, empty_last = _sort_terms(sort)
    tail = [column for column in tail if not any(column is term for term in terms)]
    return query.order_by(*order_terms(terms, descending, empty_last=empty_last), *tail)


def session_ids_query(
    dialect: str,
    flt: SessionFilter,
    sort: str = "day",
    descending: bool = False,
    matches: dict[str, Any] | None = None,
    *,
    raw: bool = False,
) -> Prepared:
    """The prepared id statement for the filter, sort and order, and its values.

    `matches` (`text_matches`) is required when the filter has a search text. `raw`:
    the values go to the DB-API as they are (`Database.read_rows`), so days are
    written as SQLite stores them; otherwise through SQLAlchemy (a Session).
    """
    if sort not in SESSION_SORT_KEYS:
        raise ValueError(sort)
    days: dict[str, Any] = {"start": flt.start, "end": flt.end}
    if raw and dialect == "sqlite":
        days = {k: v.isoformat() if v is not None else None for k, v in days.items()}
    values: dict[str, Any] = {
        "site_id": flt.site_id,
        "course_id": flt.course_id,
        "sector_id": flt.sector_id,
        **{name: getattr(flt, name) for name in _EQUAL_FILTERS},
        **days,
    }
    shape, params = with_matches(bound(values), flt.text, matches)
    return _session_ids(dialect, sort, descending, shape), params


@lru_cache(maxsize=256)
def head_of(statement: AnySelect) -> AnySelect:
    """A prepared id statement's first `head` rows."""
    return statement.limit(bindparam("head", type_=Integer))


@lru_cache(maxsize=256)
def count_of(statement: AnySelect) -> AnySelect:
    """How many rows a prepared id statement returns."""
    return select(func.count()).select_from(statement.order_by(None).subquery())


def is_name_sort(sort: str) -> bool:
    """Sorted in Python on ranked names (`list_ids`), not in SQL."""
    return sort in _NAME_SORTS


def text_matches(session: Session, text: str) -> dict[str, Any]:
    return {
        "course_ids": matching_ids(
            session, select(m.Course.id, m.Course.cnam_code, m.Course.title), text
        ),
        "site_ids": matching_ids(session, select(m.Site.id, m.Site.name, m.Site.town), text),
        "room_ids": matching_ids(session, select(m.Room.id, m.Room.name), text),
        "trainer_ids": matching_ids(session, select(m.Trainer.id, _TRAINER_NAME), text),
        "pattern": like_pattern(text),
    }


def name_ranks(session: Session, sort: str) -> dict[str, int]:
    """Rank in French order of each record a name sort names (equal names, equal ranks)."""
    keyed = sorted(
        (tuple((french_sort_key(v or ""), v or "") for v in values), row_id)
        for row_id, *values in session.execute(_NAME_SORTS[sort][1])
    )
    ranks: dict[str, int] = {}
    previous: tuple[Any, ...] | None = None
    rank = 0
    for key, row_id in keyed:
        if key != previous:
            rank, previous = len(ranks), key
        ranks[row_id] = rank
    return ranks


def ranked(rows: Sequence[Any], ranks: dict[str, int], descending: bool) -> list[str]:
    """Session ids of (id, named record id) rows in day order, sorted by the record's
    rank; sessions naming none (no room, no trainer) last. The sort is stable, so
    equal names keep the day order, both ways."""
    named = [(ranks[key], row_id) for row_id, key in rows if key in ranks]
    named.sort(key=lambda pair: pair[0], reverse=descending)
    return [row_id for _rank, row_id in named] + [
        row_id for row_id, key in rows if key not in ranks
    ]


def list_ids(
    session: Session, flt: SessionFilter, sort: str = "day", descending: bool = False
) -> list[str]:
    """The list's ids in display order (the service runs the common case without a
    Session: `SessionService.list_ids`)."""
    text = search_text(flt.text)
    matches = text_matches(session, text) if text else None
    statement, values = session_ids_query(
        dialect_of(session), flt, sort, descending, matches, raw=False
    )
    rows = session.execute(statement, values).all()
    if not is_name_sort(sort):
        return [row[0] for row in rows]
    return ranked(rows, name_ranks(session, sort), descending)


def _guest_sites(session: Session, ids: Sequence[str]) -> dict[str, list[str]]:
    query = (
        select(m.SessionGuest.session_id, m.Site.name)
        .join(m.Offering, m.Offering.id == m.SessionGuest.offering_id)
        .join(m.Site, m.Site.id == m.Offering.site_id)
        .where(
            m.SessionGuest.session_id.in_(ids),
            m.SessionGuest.deleted_at.is_(None),
            m.Offering.deleted_at.is_(None),
        )
        .order_by(french(session, m.Site.name))
    )
    result: dict[str, list[str]] = {}
    for session_id, name in session.execute(query):
        result.setdefault(session_id, []).append(name)
    return result


def _detail_query(columns: Sequence[Any]) -> Select[Any]:
    """Sessions with their course, site, room and trainer names."""
    return (
        _query(columns)
        .join(m.Course, m.Course.id == m.Offering.course_id)
        .join(m.Site, m.Site.id == m.Offering.site_id)
        .outerjoin(m.Room, m.Room.id == m.Session.room_id)
        .outerjoin(m.Trainer, m.Trainer.id == m.Session.trainer_id)
    )


def rows_by_id(session: Session, ids: Sequence[str]) -> dict[str, SessionRow]:
    if not ids:
        return {}
    guests = _guest_sites(session, ids)
    columns = [m.Course.cnam_code, m.Course.title, m.Site.id, m.Site.name, m.Room.name]
    query = _detail_query([m.Session, *columns, _TRAINER_NAME]).where(m.Session.id.in_(ids))
    result: dict[str, SessionRow] = {}
    for row, code, title, site_id, site_name, room_name, trainer_name in session.execute(query):
        result[row.id] = SessionRow(
            id=row.id,
            offering_id=row.offering_id,
            day=row.day,
            start_time=row.start_time,
            end_time=row.end_time,
            course_code=code,
            course_title=title,
            site_id=site_id,
            site_name=site_name,
            modality=row.modality,
            room_id=row.room_id,
            room_name=room_name,
            trainer_id=row.trainer_id,
            trainer_name=trainer_name,
            unit_code=row.unit_code,
            status=row.status,
            video_link=row.video_link,
            series_id=row.series_id,
            guest_site_names=tuple(guests.get(row.id, ())),
        )
    return result


def calendar(
    session: Session,
    *,
    site_id: str | None,
    room_id: str | None,
    trainer_id: str | None,
    start: date,
    end: date,
) -> list[CalendarSession]:
    """Live sessions from `start` to `end` (both included) of a site (with the sessions
    inviting it), a room and/or a trainer — all of them when none is given — in time
    order, cancelled ones included; one query."""
    is_guest: Any = m.Offering.site_id != site_id if site_id else literal(False)
    query = _detail_query(
        [
            m.Session.id,
            m.Session.offering_id,
            m.Session.day,
            m.Session.start_time,
            m.Session.end_time,
            m.Course.cnam_code,
            m.Course.title,
            m.Site.id,
            m.Site.name,
            m.Session.room_id,
            m.Room.name,
            m.Session.trainer_id,
            _TRAINER_NAME,
            m.Session.modality,
            m.Session.status,
            is_guest,
        ]
    ).where(m.Session.day >= start, m.Session.day <= end)
    if site_id:
        query = query.where(_of_site(site_id))
    if room_id:
        query = query.where(m.Session.room_id == room_id)
    if trainer_id:
        query = query.where(m.Session.trainer_id == trainer_id)
    query = query.order_by(m.Session.day, m.Session.start_time, m.Session.end_time, m.Session.id)
    names = [f.name for f in fields(CalendarSession) if f.name != "is_guest"]
    return [
        CalendarSession(**dict(zip(names, row[:-1], strict=True)), is_guest=bool(row[-1]))
        for row in session.execute(query)
    ]


# Choices for forms ---------------------------------------------------------------------------


def room_choices(session: Session, site_id: str) -> list[tuple[str, str]]:
    """(room id, « Salle 2 — Salle informatique, 12 places ») of the site's live rooms.

    The premises are named too when the site has more than one; French order.
    """
    query = (
        select(m.Room.id, m.Room.name, m.Room.kind, m.Room.capacity, m.Premises.name)
        .join(m.Premises, m.Premises.id == m.Room.premises_id)
        .where(
            m.Premises.site_id == site_id,
            m.Premises.deleted_at.is_(None),
            m.Room.deleted_at.is_(None),
        )
        .order_by(french(session, m.Room.name), french(session, m.Premises.name), m.Room.id)
    )
    rows = list(session.execute(query))
    several = len({premises for *_, premises in rows}) > 1
    return [
        (
            room_id,
            f"{name}{f' ({premises})' if several else ''} — {kind.label}, "
            f"{plural(capacity, 'place')}",
        )
        for room_id, name, kind, capacity, premises in rows
    ]


def all_rooms(session: Session) -> list[tuple[str, str, str]]:
    """(room id, « Cnam Chaumont · Salle 2 — Salle informatique, 12 places », site id) of
    every live room of a live site, by site then room (French order)."""
    query = (
        select(m.Room.id, m.Room.name, m.Room.kind, m.Room.capacity, m.Site.name, m.Site.id)
        .join(m.Premises, m.Premises.id == m.Room.premises_id)
        .join(m.Site, m.Site.id == m.Premises.site_id)
        .where(
            m.Site.deleted_at.is_(None),
            m.Premises.deleted_at.is_(None),
            m.Room.deleted_at.is_(None),
        )
        .order_by(french(session, m.Site.name), french(session, m.Room.name), m.Room.id)
    )
    return [
        (room_id, f"{site} · {name} — {kind.label}, {plural(capacity, 'place')}", site_id)
        for room_id, name, kind, capacity, site, site_id in session.execute(query)
    ]


def trainer_choices(session: Session) -> list[tuple[str, str]]:
    """(trainer id, « Prénom Nom ») of live trainers, by last then first name."""
    query = (
        select(m.Trainer.id, _TRAINER_NAME)
        .where(m.Trainer.deleted_at.is_(None))
        .order_by(
            french(session, m.Trainer.last_name),
            french(session, m.Trainer.first_name),
            m.Trainer.id,
        )
    )
    return [(tid, name) for tid, name in session.execute(query)]
