"""Premises and room queries: filtered and sorted id lists, rows by id, usage counts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.repositories.common import french, get_live
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


def _order(column: Any, descending: bool) -> Any:
    return column.desc() if descending else column.asc()


def _counts(session: Session, query: Select[Any, Any]) -> dict[str, int]:
    return {key: int(count or 0) for key, count in session.execute(query)}


# Premises ---------------------------------------------------------------------------


def _premises_filtered(query: Select[Any], flt: PremisesFilter) -> Select[Any]:
    query = query.where(m.Premises.deleted_at.is_(None), m.Site.deleted_at.is_(None))
    if flt.site_id:
        query = query.where(m.Premises.site_id == flt.site_id)
    if flt.text and flt.text.strip():
        pattern = f"%{flt.text.strip()}%"
        query = query.where(
            or_(
                m.Premises.name.ilike(pattern),
                m.Premises.address.ilike(pattern),
                m.Premises.owner.ilike(pattern),
                m.Site.name.ilike(pattern),
            )
        )
    if flt.step_free is not None:
        query = query.where(m.Premises.step_free.is_(flt.step_free))
    return query


def list_premises_ids(
    session: Session, flt: PremisesFilter, sort: str = "name", descending: bool = False
) -> list[str]:
    if sort not in PREMISES_SORT_KEYS:
        raise ValueError(sort)
    name = french(session, m.Premises.name)
    live_rooms = (m.Room.premises_id == m.Premises.id, m.Room.deleted_at.is_(None))
    column: Any = {
        "name": name,
        "site": french(session, m.Site.name),
        "owner": french(session, m.Premises.owner),
        "address": french(session, m.Premises.address),
        "room_count": select(func.count(m.Room.id)).where(*live_rooms).scalar_subquery(),
        "capacity": select(func.coalesce(func.sum(m.Room.capacity), 0))
        .where(*live_rooms)
        .scalar_subquery(),
    }.get(sort)
    if column is None:
        column = getattr(m.Premises, sort)
    query = select(m.Premises.id).join(m.Site, m.Site.id == m.Premises.site_id)
    order = [_order(column, descending), name, m.Premises.id]
    return list(session.scalars(_premises_filtered(query, flt).order_by(*order)))


def live_rooms_of_premises(session: Session, premises_ids: Sequence[str]) -> dict[str, int]:
    return _counts(
        session,
        select(m.Room.premises_id, func.count(m.Room.id))
        .where(m.Room.premises_id.in_(premises_ids), m.Room.deleted_at.is_(None))
        .group_by(m.Room.premises_id),
    )


def premises_rows_by_id(session: Session, ids: Sequence[str]) -> dict[str, PremisesRow]:
    if not ids:
        return {}
    rooms = live_rooms_of_premises(session, ids)
    capacity = _counts(
        session,
        select(m.Room.premises_id, func.sum(m.Room.capacity))
        .where(m.Room.premises_id.in_(ids), m.Room.deleted_at.is_(None))
        .group_by(m.Room.premises_id),
    )
    query = (
        select(m.Premises, m.Site.name)
        .join(m.Site, m.Site.id == m.Premises.site_id)
        .where(m.Premises.id.in_(ids), m.Premises.deleted_at.is_(None))
    )
    return {
        p.id: PremisesRow(
            id=p.id,
            site_id=p.site_id,
            site_name=site_name,
            name=p.name,
            address=p.address,
            owner=p.owner,
            agreement_start=p.agreement_start,
            agreement_end=p.agreement_end,
            yearly_cost=p.yearly_cost,
            step_free=p.step_free,
            room_count=rooms.get(p.id, 0),
            capacity=capacity.get(p.id, 0),
        )
        for p, site_name in session.execute(query)
    }


def get_premises(session: Session, premises_id: str) -> m.Premises:
    return get_live(session, m.Premises, premises_id, "Locaux")


def premises_to_data(premises: m.Premises) -> PremisesData:
    return PremisesData(**{f: getattr(premises, f) for f in _PREMISES_FIELDS})


def apply_premises_data(premises: m.Premises, data: PremisesData) -> None:
    for name in _PREMISES_FIELDS:
        setattr(premises, name, getattr(data, name))


# Rooms ------------------------------------------------------------------------------


def _rooms_query(columns: Sequence[Any]) -> Select[Any]:
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


def _rooms_filtered(query: Select[Any], flt: RoomFilter) -> Select[Any]:
    if flt.site_id:
        query = query.where(m.Premises.site_id == flt.site_id)
    if flt.premises_id:
        query = query.where(m.Room.premises_id == flt.premises_id)
    if flt.text and flt.text.strip():
        pattern = f"%{flt.text.strip()}%"
        query = query.where(
            or_(
                m.Room.name.ilike(pattern),
                m.Premises.name.ilike(pattern),
                m.Site.name.ilike(pattern),
            )
        )
    if flt.kind is not None:
        query = query.where(m.Room.kind == flt.kind)
    if flt.accessible is not None:
        query = query.where(m.Room.accessible.is_(flt.accessible))
    return query


def list_room_ids(
    session: Session, flt: RoomFilter, sort: str = "name", descending: bool = False
) -> list[str]:
    if sort not in ROOM_SORT_KEYS:
        raise ValueError(sort)
    name = french(session, m.Room.name)
    column: Any = {
        "name": name,
        "site": french(session, m.Site.name),
        "premises": french(session, m.Premises.name),
        "opening_hours": french(session, m.Room.opening_hours),
        "equipment_count": select(func.coalesce(func.sum(m.EquipmentItem.quantity), 0))
        .where(m.EquipmentItem.room_id == m.Room.id, m.EquipmentItem.deleted_at.is_(None))
        .scalar_subquery(),
        "session_count": select(func.count(m.Session.id))
        .where(m.Session.room_id == m.Room.id, m.Session.deleted_at.is_(None))
        .scalar_subquery(),
    }.get(sort)
    if column is None:
        column = getattr(m.Room, sort)
    order = [_order(column, descending), name, m.Room.id]
    return list(session.scalars(_rooms_filtered(_rooms_query([m.Room.id]), flt).order_by(*order)))


def room_rows_by_id(session: Session, ids: Sequence[str]) -> dict[str, RoomRow]:
    if not ids:
        return {}
    items = _counts(
        session,
        select(m.EquipmentItem.room_id, func.sum(m.EquipmentItem.quantity))
        .where(m.EquipmentItem.room_id.in_(ids), m.EquipmentItem.deleted_at.is_(None))
        .group_by(m.EquipmentItem.room_id),
    )
    sessions = _counts(
        session,
        select(m.Session.room_id, func.count(m.Session.id))
        .where(m.Session.room_id.in_(ids), m.Session.deleted_at.is_(None))
        .group_by(m.Session.room_id),
    )
    query = _rooms_query([m.Room, m.Premises.name, m.Site.id, m.Site.name]).where(
        m.Room.id.in_(ids)
    )
    return {
        room.id: RoomRow(
            id=room.id,
            site_id=site_id,
            site_name=site_name,
            premises_id=room.premises_id,
            premises_name=premises_name,
            name=room.name,
            kind=room.kind,
            capacity=room.capacity,
            accessible=room.accessible,
            opening_hours=room.opening_hours,
            equipment_count=items.get(room.id, 0),
            session_count=sessions.get(room.id, 0),
        )
        for room, premises_name, site_id, site_name in session.execute(query)
    }


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
