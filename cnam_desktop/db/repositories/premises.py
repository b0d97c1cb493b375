"""Premises and room queries: filtered and sorted id lists, rows by id, usage counts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, bindparam, func, or_, select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.repositories.common import (
    AnySelect,
    Prepared,
    Reader,
    bound,
    dialect_of,
    french_in,
    get_live,
    ids_of,
    like_pattern,
    order,
    pattern_param,
    prepared_ids,
)
from cnam_desktop.domain.premises import (
    PREMISES_SORT_KEYS,
    ROOM_SORT_KEYS,
    PremisesData,
    PremisesFilter,
    PremisesRow,
    RoomData,
    RoomFilter,
    RoomRow,
)
from cnam_desktop.errors import NotFoundError

_PREMISES_FIELDS = [f.name for f in fields(PremisesData)]
_ROOM_FIELDS = [f.name for f in fields(RoomData)]
_PREMISES_ROW_FIELDS = ("id", *_PREMISES_FIELDS)
"""The premises row's fields read from the premises table itself."""
_ROOM_ROW_FIELDS = ("id", *_ROOM_FIELDS)
"""The room row's fields read from the room table itself."""


def _counts(
    session: Reader, query: AnySelect, params: dict[str, Any] | None = None
) -> dict[str, int]:
    return {key: int(count or 0) for key, count in session.execute(query, params)}


def _live_rooms_of_premises() -> tuple[ColumnElement[bool], ...]:
    return (m.Room.premises_id == m.Premises.id, m.Room.deleted_at.is_(None))


# Premises ---------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _premises_ids(dialect: str, sort: str, descending: bool, shape: frozenset[str]) -> AnySelect:
    """The premises id query of one shape (see `common.bound`)."""
    name = french_in(dialect, m.Premises.name)
    column: Any = {
        "name": lambda: name,
        "site": lambda: french_in(dialect, m.Site.name),
        "owner": lambda: french_in(dialect, m.Premises.owner),
        "address": lambda: french_in(dialect, m.Premises.address),
        "room_count": lambda: (
            select(func.count(m.Room.id)).where(*_live_rooms_of_premises()).scalar_subquery()
        ),
        "capacity": lambda: (
            select(func.coalesce(func.sum(m.Room.capacity), 0))
            .where(*_live_rooms_of_premises())
            .scalar_subquery()
        ),
    }.get(sort, lambda: getattr(m.Premises, sort))()
    query = (
        select(m.Premises.id)
        .join(m.Site, m.Site.id == m.Premises.site_id)
        .where(m.Premises.deleted_at.is_(None), m.Site.deleted_at.is_(None))
    )
    if "site_id" in shape:
        query = query.where(m.Premises.site_id == bindparam("site_id"))
    if "pattern" in shape:
        pattern = pattern_param()
        query = query.where(
            or_(
                m.Premises.name.ilike(pattern),
                m.Premises.address.ilike(pattern),
                m.Premises.owner.ilike(pattern),
                m.Site.name.ilike(pattern),
            )
        )
    if "step_free" in shape:
        query = query.where(m.Premises.step_free == bindparam("step_free"))
    return query.order_by(order(column, descending), name, m.Premises.id)


def premises_ids_query(
    dialect: str, flt: PremisesFilter, sort: str = "name", descending: bool = False
) -> Prepared:
    """The prepared id statement for the filter, sort and order, and its values."""
    return prepared_ids(
        _premises_ids,
        PREMISES_SORT_KEYS,
        dialect,
        sort,
        descending,
        {"site_id": flt.site_id, "pattern": like_pattern(flt.text), "step_free": flt.step_free},
    )


def list_premises_ids(
    session: Session, flt: PremisesFilter, sort: str = "name", descending: bool = False
) -> list[str]:
    return ids_of(session, *premises_ids_query(dialect_of(session), flt, sort, descending))


def live_rooms_of_premises(session: Session, premises_ids: Sequence[str]) -> dict[str, int]:
    return _counts(
        session,
        select(m.Room.premises_id, func.count(m.Room.id))
        .where(m.Room.premises_id.in_(premises_ids), m.Room.deleted_at.is_(None))
        .group_by(m.Room.premises_id),
    )


@lru_cache(maxsize=1)
def _premises_rows() -> AnySelect:
    """The premises rows' columns, labelled as `PremisesRow`'s fields."""
    live_rooms = _live_rooms_of_premises()
    rooms = select(func.count(m.Room.id)).where(*live_rooms).scalar_subquery()
    capacity = select(func.coalesce(func.sum(m.Room.capacity), 0)).where(*live_rooms)
    return (
        select(
            *(getattr(m.Premises, name).label(name) for name in _PREMISES_ROW_FIELDS),
            m.Site.name.label("site_name"),
            rooms.label("room_count"),
            capacity.scalar_subquery().label("capacity"),
        )
        .join(m.Site, m.Site.id == m.Premises.site_id)
        .where(m.Premises.id.in_(bindparam("ids", expanding=True)), m.Premises.deleted_at.is_(None))
    )


def premises_rows_by_id(session: Reader, ids: Sequence[str]) -> dict[str, PremisesRow]:
    if not ids:
        return {}
    rows = session.execute(_premises_rows(), {"ids": list(ids)})
    return {row.id: PremisesRow(**row._asdict()) for row in rows}


def get_premises(session: Session, premises_id: str) -> m.Premises:
    return get_live(session, m.Premises, premises_id, "Locaux")


def premises_to_data(premises: m.Premises) -> PremisesData:
    return PremisesData(**{f: getattr(premises, f) for f in _PREMISES_FIELDS})


def apply_premises_data(premises: m.Premises, data: PremisesData) -> None:
    for name in _PREMISES_FIELDS:
        setattr(premises, name, getattr(data, name))


# Rooms ------------------------------------------------------------------------------


def _rooms_query(columns: Sequence[Any]) -> AnySelect:
    return (
        select(*columns)
        .join(m.Premises, m.Premises.id == m.Room.premises_id)
        .join(m.Site, m.Site.id == m.Premises.site_id)
        .where(
            m.Room.deleted_at.is_(None),
            m.Premises.deleted_at.is_(None),
            m.Site.deleted_at.is_(None),
        )
    )


@lru_cache(maxsize=256)
def _room_ids(dialect: str, sort: str, descending: bool, shape: frozenset[str]) -> AnySelect:
    """The room id query of one shape (see `common.bound`)."""
    name = french_in(dialect, m.Room.name)
    column: Any = {
        "name": lambda: name,
        "site": lambda: french_in(dialect, m.Site.name),
        "premises": lambda: french_in(dialect, m.Premises.name),
        "opening_hours": lambda: french_in(dialect, m.Room.opening_hours),
        "equipment_count": lambda: (
            select(func.coalesce(func.sum(m.EquipmentItem.quantity), 0))
            .where(m.EquipmentItem.room_id == m.Room.id, m.EquipmentItem.deleted_at.is_(None))
            .scalar_subquery()
        ),
        "session_count": lambda: (
            select(func.count())
            .where(m.Session.room_id == m.Room.id, m.Session.deleted_at.is_(None))
            .scalar_subquery()
        ),
    }.get(sort, lambda: getattr(m.Room, sort))()
    query = _rooms_query([m.Room.id])
    if "site_id" in shape:
        query = query.where(m.Premises.site_id == bindparam("site_id"))
    if "premises_id" in shape:
        query = query.where(m.Room.premises_id == bindparam("premises_id"))
    if "pattern" in shape:
        pattern = pattern_param()
        query = query.where(
            or_(
                m.Room.name.ilike(pattern),
                m.Premises.name.ilike(pattern),
                m.Site.name.ilike(pattern),
            )
        )
    if "kind" in shape:
        query = query.where(m.Room.kind == bindparam("kind"))
    if "accessible" in shape:
        query = query.where(m.Room.accessible == bindparam("accessible"))
    return query.order_by(order(column, descending), name, m.Room.id)


def room_ids_query(
    dialect: str, flt: RoomFilter, sort: str = "name", descending: bool = False
) -> Prepared:
    """The prepared id statement for the filter, sort and order, and its values."""
    return prepared_ids(
        _room_ids,
        ROOM_SORT_KEYS,
        dialect,
        sort,
        descending,
        {
            "site_id": flt.site_id,
            "premises_id": flt.premises_id,
            "pattern": like_pattern(flt.text),
            "kind": flt.kind,
            "accessible": flt.accessible,
        },
    )


def list_room_ids(
    session: Session, flt: RoomFilter, sort: str = "name", descending: bool = False
) -> list[str]:
    return ids_of(session, *room_ids_query(dialect_of(session), flt, sort, descending))


@lru_cache(maxsize=1)
def _room_rows() -> AnySelect:
    """The rooms rows' columns (but the counts), labelled as `RoomRow`'s fields."""
    return _rooms_query(
        [
            *(getattr(m.Room, name).label(name) for name in _ROOM_ROW_FIELDS),
            m.Site.id.label("site_id"),
            m.Site.name.label("site_name"),
            m.Premises.name.label("premises_name"),
        ]
    ).where(m.Room.id.in_(bindparam("ids", expanding=True)))


@lru_cache(maxsize=1)
def _room_item_counts() -> AnySelect:
    return (
        select(m.EquipmentItem.room_id, func.sum(m.EquipmentItem.quantity))
        .where(
            m.EquipmentItem.room_id.in_(bindparam("ids", expanding=True)),
            m.EquipmentItem.deleted_at.is_(None),
        )
        .group_by(m.EquipmentItem.room_id)
    )


@lru_cache(maxsize=1)
def _room_session_counts() -> AnySelect:
    return (
        select(m.Session.room_id, func.count())  # count(*): an index can answer alone
        .where(
            m.Session.room_id.in_(bindparam("ids", expanding=True)),
            m.Session.deleted_at.is_(None),
        )
        .group_by(m.Session.room_id)
    )


def room_rows_by_id(session: Reader, ids: Sequence[str]) -> dict[str, RoomRow]:
    """The rooms' rows, with their inventory quantity and live session count.

    Counting the sessions reads each session of the rooms asked (the index on
    `room_id` does not hold `deleted_at`): ask for the rooms shown, not all.
    """
    if not ids:
        return {}
    params = {"ids": list(ids)}
    items = _counts(session, _room_item_counts(), params)
    sessions = _counts(session, _room_session_counts(), params)
    return {
        row.id: RoomRow(
            **row._asdict(),
            equipment_count=items.get(row.id, 0),
            session_count=sessions.get(row.id, 0),
        )
        for row in session.execute(_room_rows(), params)
    }


def room_choices_query(dialect: str, site_id: str | None) -> Prepared:
    """(room id, site id, premises name, room name) of the live rooms, of one site or of
    all, by site then room name (French order): what filters and dialogs offer."""
    shape, params = bound({"site_id": site_id})
    return _room_choices(dialect, shape), params


@lru_cache(maxsize=8)
def _room_choices(dialect: str, shape: frozenset[str]) -> AnySelect:
    query = _rooms_query([m.Room.id, m.Site.id, m.Premises.name, m.Room.name])
    if "site_id" in shape:
        query = query.where(m.Premises.site_id == bindparam("site_id"))
    room = french_in(dialect, m.Room.name)
    return query.order_by(french_in(dialect, m.Site.name), room, m.Room.id)


def get_room(session: Session, room_id: str) -> m.Room:
    return get_live(session, m.Room, room_id, "Salle")


def room_to_data(room: m.Room) -> RoomData:
    return RoomData(**{f: getattr(room, f) for f in _ROOM_FIELDS})


def apply_room_data(room: m.Room, data: RoomData) -> None:
    for name in _ROOM_FIELDS:
        setattr(room, name, getattr(data, name))


def room_name_taken(session: Session, site_id: str, name: str, exclude_id: str | None) -> bool:
    """Whether another live room of the site already has that name (case ignored)."""
    query = _rooms_query([m.Room.id, m.Room.name]).where(m.Premises.site_id == site_id)
    wanted = name.casefold()
    return any(
        room_id != exclude_id and other.casefold() == wanted
        for room_id, other in session.execute(query)
    )


def room_site_id(session: Session, room_id: str) -> str:
    site_id = session.scalar(
        select(m.Premises.site_id)
        .join(m.Room, m.Room.premises_id == m.Premises.id)
        .where(m.Room.id == room_id)
    )
    if site_id is None:
        raise NotFoundError("Salle introuvable : elle a peut-être été supprimée entre-temps.")
    return site_id


def room_session_usage(
    session: Session, room_id: str, today: date
) -> tuple[int, date | None, date | None]:
    """How many live sessions use the room, the next one from today and the last one."""
    live_sessions: ColumnElement[bool] = m.Session.deleted_at.is_(None)
    count, last = session.execute(
        select(func.count(m.Session.id), func.max(m.Session.day)).where(
            m.Session.room_id == room_id, live_sessions
        )
    ).one()
    upcoming = session.scalar(
        select(func.min(m.Session.day)).where(
            m.Session.room_id == room_id, live_sessions, m.Session.day >= today
        )
    )
    return int(count), upcoming, last


def room_item_count(session: Session, room_id: str) -> int:
    """Live inventory lines stored in the room."""
    return int(
        session.scalar(
            select(func.count(m.EquipmentItem.id)).where(
                m.EquipmentItem.room_id == room_id, m.EquipmentItem.deleted_at.is_(None)
            )
        )
        or 0
    )
