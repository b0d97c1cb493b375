"""« Trouver une salle libre »: rooms across sites for a slot or a whole series.

Four small queries in one read: the course's requirements, the live rooms (live
premises and site), the sessions of the fitting rooms on the days of the slots
(through the index `ix_session_room_slot` (room_id, day, start_time)), and the usable
stock of the candidate sites. The overlaps and the ranking are then computed in Python
by `domain/free_rooms.py`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories.common import get_live
from cnam_desktop.domain.enums import RoomKind, SessionStatus
from cnam_desktop.domain.equipment import USABLE_CONDITIONS
from cnam_desktop.domain.free_rooms import (
    Booking,
    FreeRoom,
    Requirement,
    RoomCandidate,
    fits,
    rank_free_rooms,
    validate_search,
)

# SQLite accepts 32,766 bound values since 3.32; stay well below when listing ids.
_CHUNK = 500


class FreeRoomService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def find(
        self,
        slots: Sequence[tuple[date, time, time]],
        *,
        learners: int,
        course_id: str | None = None,
        room_kind: RoomKind | None = None,
        site_ids: Collection[str] | None = None,
        ignore_session_ids: Collection[str] = (),
    ) -> list[FreeRoom]:
        """Rooms with room for `learners`, of the course's kind (or `room_kind`), free on
        every slot, or on some of them (`busy_on`); see `domain/free_rooms.py`.

        `ignore_session_ids`: sessions not to count as taking a room (the series being
        moved, say). Raises `ValidationError` for no slot, a slot ending before it
        starts, or no learner; `NotFoundError` for a course that no longer exists.
        """
        slots = list(slots)
        validate_search(slots, learners)
        with self._db.reader() as s:
            kind = room_kind
            requirements: list[Requirement] = []
            if course_id is not None:
                course = get_live(s, m.Course, course_id, "Parcours")
                kind = room_kind or course.required_room_kind
                requirements = _requirements(s, course_id)
            rooms = [r for r in _rooms(s, site_ids) if fits(r, learners, kind)]
            bookings = _bookings(s, [r.room_id for r in rooms], {d for d, _s, _e in slots})
            ignored = set(ignore_session_ids)
            site_stock, room_stocks = _stocks(
                s, {r.site_id for r in rooms}, {q.type_id for q in requirements}
            )
        return rank_free_rooms(
            slots,
            rooms,
            (booking for session_id, booking in bookings if session_id not in ignored),
            learners=learners,
            kind=kind,
            requirements=requirements,
            site_stock=site_stock,
            room_stocks=room_stocks,
        )


def _requirements(s: Session, course_id: str) -> list[Requirement]:
    query = (
        select(
            m.CourseEquipment.type_id,
            m.EquipmentType.label,
            m.CourseEquipment.per_learner,
            m.CourseEquipment.per_group,
        )
        .join(m.EquipmentType, m.EquipmentType.id == m.CourseEquipment.type_id)
        .where(
            m.CourseEquipment.course_id == course_id,
            m.CourseEquipment.deleted_at.is_(None),
            m.EquipmentType.deleted_at.is_(None),
        )
    )
    return [Requirement(*row) for row in s.execute(query)]


def _rooms(s: Session, site_ids: Collection[str] | None) -> list[RoomCandidate]:
    query = (
        select(
            m.Room.id,
            m.Room.name,
            m.Site.id,
            m.Site.name,
            m.Site.town,
            m.Room.kind,
            m.Room.capacity,
            m.Room.accessible,
        )
        .join(m.Premises, m.Premises.id == m.Room.premises_id)
        .join(m.Site, m.Site.id == m.Premises.site_id)
        .where(
            m.Room.deleted_at.is_(None),
            m.Premises.deleted_at.is_(None),
            m.Site.deleted_at.is_(None),
        )
    )
    if site_ids is not None:
        query = query.where(m.Site.id.in_(list(site_ids)))
    return [RoomCandidate(*row) for row in s.execute(query)]


def _bookings(s: Session, room_ids: list[str], days: set[date]) -> list[tuple[str, Booking]]:
    """(session id, booking) of live, not cancelled sessions of those rooms and days."""
    found: list[tuple[str, Booking]] = []
    day_list = sorted(days)
    for first in range(0, len(room_ids), _CHUNK):
        chunk = room_ids[first : first + _CHUNK]
        query = (
            select(
                m.Session.id,
                m.Session.room_id,
                m.Session.day,
                m.Session.start_time,
                m.Session.end_time,
            )
            .join(m.Offering, m.Offering.id == m.Session.offering_id)
            .where(
                m.Session.room_id.in_(chunk),
                m.Session.day.in_(day_list),
                m.Session.deleted_at.is_(None),
                m.Session.status != SessionStatus.CANCELLED,
                m.Offering.deleted_at.is_(None),
            )
        )
        for session_id, room_id, day, start, end in s.execute(query):
            assert room_id is not None  # filtered on it
            found.append((session_id, Booking(room_id, day, start, end)))
    return found


def _stocks(
    s: Session, site_ids: set[str], type_ids: set[str]
) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]]]:
    """Usable quantity per type: of each site's unattached items, and of each room's."""
    site_stock: dict[str, dict[str, int]] = defaultdict(dict)
    room_stocks: dict[str, dict[str, int]] = defaultdict(dict)
    if not site_ids or not type_ids:
        return {}, {}
    query = select(
        m.EquipmentItem.site_id,
        m.EquipmentItem.room_id,
        m.EquipmentItem.type_id,
        m.EquipmentItem.quantity,
    ).where(
        m.EquipmentItem.type_id.in_(list(type_ids)),
        m.EquipmentItem.deleted_at.is_(None),
        m.EquipmentItem.condition.in_(USABLE_CONDITIONS),
    )
    for site_id, room_id, type_id, quantity in s.execute(query):
        if site_id not in site_ids:
            continue
        stock = site_stock[site_id] if room_id is None else room_stocks[room_id]
        stock[type_id] = stock.get(type_id, 0) + quantity
    return dict(site_stock), dict(room_stocks)
