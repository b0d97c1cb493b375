"""What a workbook import matches its rows against: the live records, by natural key.

`ImportIndex` loads, in the caller's unit of work, the live sites, premises, rooms,
equipment types and items, trainers and offerings (small tables), and the sessions of
the offerings a Planning sheet names (`load_sessions`). Rows create records as the
import goes (`add_*`), so a room row finds a site created by the Sites sheet of the
same file; a record whose creating row was refused stays known with that row's number
(`refused_row`), so that rows depending on it are refused with a reason.

Names are matched without regard to case or surrounding blanks (`name_key`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.repositories.sessions import COLUMNS as SESSION_COLUMNS
from cnam_desktop.domain.enums import EquipmentCondition, OfferingStatus
from cnam_desktop.domain.premises import PremisesData, RoomData
from cnam_desktop.domain.sessions import SessionData
from cnam_desktop.domain.sites import SiteData

SITE_FIELDS = tuple(f for f in SiteData.__dataclass_fields__ if f != "is_demo")
PREMISES_FIELDS = tuple(PremisesData.__dataclass_fields__)
ROOM_FIELDS = tuple(RoomData.__dataclass_fields__)
CHUNK = 500


def name_key(text: str | None) -> str:
    """How names are compared: blanks around and inside collapsed, case ignored."""
    return " ".join((text or "").split()).casefold()


@dataclass
class SiteRef:
    id: str
    name: str
    insee: str | None
    data: SiteData | None = None
    """The stored values (None for a site created by this import)."""
    refused_row: int | None = None
    """The Sites row that would have created it, when that row is refused."""


@dataclass
class PremisesRef:
    id: str
    site_id: str
    name: str
    data: PremisesData | None = None
    refused_row: int | None = None


@dataclass
class RoomRef:
    id: str
    site_id: str
    name: str
    data: RoomData | None = None
    refused_row: int | None = None


@dataclass
class OfferingRef:
    id: str
    status: OfferingStatus


@dataclass
class SessionRef:
    id: str
    data: SessionData


@dataclass
class ItemRef:
    id: str
    quantity: int


@dataclass
class ImportIndex:
    sites: dict[str, list[SiteRef]] = field(default_factory=lambda: defaultdict(list))
    """name_key(name) → sites of that name."""
    premises: dict[tuple[str, str], PremisesRef] = field(default_factory=dict)
    """(site id, name_key(name)) → premises."""
    rooms: dict[tuple[str, str], RoomRef] = field(default_factory=dict)
    """(site id, name_key(name)) → room (room names are unique within a site)."""
    types: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    items: dict[tuple[str, str | None, str, EquipmentCondition], list[ItemRef]] = field(
        default_factory=lambda: defaultdict(list)
    )
    trainers: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    offerings: dict[tuple[str, str, str], list[OfferingRef]] = field(
        default_factory=lambda: defaultdict(list)
    )
    """(site id, Cnam code, name_key(period)) → offerings."""
    sessions: dict[tuple[str, date, time], list[SessionRef]] = field(
        default_factory=lambda: defaultdict(list)
    )
    centre_id: str | None = None

    # Loading -------------------------------------------------------------------------------

    @classmethod
    def load(cls, s: Session) -> ImportIndex:
        index = cls()
        index.centre_id = s.scalar(
            select(m.RegionalCentre.id)
            .where(m.RegionalCentre.deleted_at.is_(None))
            .order_by(m.RegionalCentre.created_at)
            .limit(1)
        )
        site_columns = [getattr(m.Site, f) for f in SITE_FIELDS]
        for site_id, is_demo, *values in s.execute(
            select(m.Site.id, m.Site.is_demo, *site_columns).where(m.Site.deleted_at.is_(None))
        ):
            data = SiteData(**dict(zip(SITE_FIELDS, values, strict=True)), is_demo=is_demo)
            index.add_site(SiteRef(site_id, data.name, data.insee_code, data))
        live_sites = {ref.id for refs in index.sites.values() for ref in refs}
        premises_columns = [getattr(m.Premises, f) for f in PREMISES_FIELDS]
        for premises_id, *values in s.execute(
            select(m.Premises.id, *premises_columns).where(m.Premises.deleted_at.is_(None))
        ):
            premises = PremisesData(**dict(zip(PREMISES_FIELDS, values, strict=True)))
            if premises.site_id in live_sites:
                index.add_premises(
                    PremisesRef(premises_id, premises.site_id, premises.name, premises)
                )
        site_of_premises = {ref.id: ref.site_id for ref in index.premises.values()}
        room_columns = [getattr(m.Room, f) for f in ROOM_FIELDS]
        for room_id, *values in s.execute(
            select(m.Room.id, *room_columns).where(m.Room.deleted_at.is_(None))
        ):
            room = RoomData(**dict(zip(ROOM_FIELDS, values, strict=True)))
            site_id = site_of_premises.get(room.premises_id)
            if site_id is not None:
                index.add_room(RoomRef(room_id, site_id, room.name, room))
        for type_id, label in s.execute(
            select(m.EquipmentType.id, m.EquipmentType.label).where(
                m.EquipmentType.deleted_at.is_(None)
            )
        ):
            index.types[name_key(label)].append(type_id)
        item = m.EquipmentItem
        for item_id, site_id, room_id, type_id, condition, quantity in s.execute(
            select(
                item.id, item.site_id, item.room_id, item.type_id, item.condition, item.quantity
            ).where(item.deleted_at.is_(None))
        ):
            index.items[(site_id, room_id, type_id, condition)].append(ItemRef(item_id, quantity))
        for trainer_id, first, last in s.execute(
            select(m.Trainer.id, m.Trainer.first_name, m.Trainer.last_name).where(
                m.Trainer.deleted_at.is_(None)
            )
        ):
            index.trainers[name_key(f"{first} {last}")].append(trainer_id)
        for offering_id, site_id, code, period, status in s.execute(
            select(
                m.Offering.id,
                m.Offering.site_id,
                m.Course.cnam_code,
                m.Offering.period_label,
                m.Offering.status,
            )
            .join(m.Course, m.Course.id == m.Offering.course_id)
            .where(m.Offering.deleted_at.is_(None))
        ):
            key = (site_id, code.upper(), name_key(period))
            index.offerings[key].append(OfferingRef(offering_id, status))
        return index

    def load_sessions(self, s: Session, offering_ids: Iterable[str]) -> None:
        """The live sessions of these offerings (with their guests), by natural key."""
        wanted = sorted(set(offering_ids))
        columns = [getattr(m.Session, c) for c in SESSION_COLUMNS]
        found: list[tuple[str, dict[str, Any]]] = []
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            query = select(m.Session.id, *columns).where(
                m.Session.offering_id.in_(chunk), m.Session.deleted_at.is_(None)
            )
            for session_id, *row in s.execute(query):
                found.append((session_id, dict(zip(SESSION_COLUMNS, row, strict=True))))
        guests: dict[str, set[str]] = defaultdict(set)
        ids = [session_id for session_id, _values in found]
        for start in range(0, len(ids), CHUNK):
            query = select(m.SessionGuest.session_id, m.SessionGuest.offering_id).where(
                m.SessionGuest.session_id.in_(ids[start : start + CHUNK]),
                m.SessionGuest.deleted_at.is_(None),
            )
            for session_id, offering_id in s.execute(query):
                guests[session_id].add(offering_id)
        for session_id, values in found:
            data = SessionData(**values, guest_offering_ids=frozenset(guests.get(session_id, ())))
            key = (data.offering_id, data.day, data.start_time)
            self.sessions[key].append(SessionRef(session_id, data))

    # Records created by the import -----------------------------------------------------------

    def add_site(self, ref: SiteRef) -> None:
        self.sites[name_key(ref.name)].append(ref)

    def add_premises(self, ref: PremisesRef) -> None:
        self.premises[(ref.site_id, name_key(ref.name))] = ref

    def add_room(self, ref: RoomRef) -> None:
        self.rooms[(ref.site_id, name_key(ref.name))] = ref

    # Lookups ----------------------------------------------------------------------------------

    def match_site(self, insee: str | None, name: str) -> list[SiteRef]:
        """Sites named so: with that INSEE code when one is given (or without any code)."""
        named = self.sites.get(name_key(name), [])
        if insee is None:
            return list(named)
        exact = [ref for ref in named if ref.insee == insee]
        return exact or [ref for ref in named if ref.insee is None]
