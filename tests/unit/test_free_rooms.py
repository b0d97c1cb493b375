"""« Trouver une salle libre »: capacity, kind, equipment, overlaps, series, order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

import pytest

from cnam_desktop.db import models as m
from cnam_desktop.db.base import utcnow
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import (
    EquipmentCondition,
    RoomKind,
    SessionStatus,
)
from cnam_desktop.domain.free_rooms import (
    Booking,
    FreeRoom,
    RoomCandidate,
    busy_slots,
    overlaps,
    rank_free_rooms,
)
from cnam_desktop.domain.premises import PremisesData, RoomData
from cnam_desktop.domain.sites import SiteData
from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.errors import NotFoundError
from cnam_desktop.services.free_rooms import FreeRoomService
from cnam_desktop.services.premises import PremisesService
from cnam_desktop.services.sites import SiteService
from tests.unit.test_calendar_export_service import add_course

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

TUESDAY = date(2026, 11, 10)
MORNING = (time(9, 0), time(12, 30))


def _room(
    room_id: str, site: str, capacity: int, kind: RoomKind = RoomKind.CLASSROOM
) -> RoomCandidate:
    return RoomCandidate(room_id, room_id, site, site, site, kind, capacity, False)


# The rules over plain values -------------------------------------------------------------


def test_touching_intervals_do_not_overlap() -> None:
    assert not overlaps(time(9), time(12, 30), time(12, 30), time(14))
    assert not overlaps(time(12, 30), time(14), time(9), time(12, 30))
    assert overlaps(time(9), time(12, 30), time(12), time(13))
    assert overlaps(time(10), time(11), time(9), time(12))  # inside
    assert overlaps(time(9), time(12), time(9), time(12))  # same slot


def test_busy_slots_only_compare_sessions_of_the_same_room_and_day() -> None:
    slots = [
        (TUESDAY, *MORNING),
        (TUESDAY, time(13, 30), time(17)),
        (TUESDAY + timedelta(7), *MORNING),
    ]
    bookings = [
        Booking("a", TUESDAY, time(12), time(13)),  # the morning slot only
        Booking("b", TUESDAY - timedelta(1), *MORNING),  # another day
        Booking("c", TUESDAY + timedelta(7), time(12, 30), time(13, 30)),  # touches both
    ]
    assert busy_slots(slots, bookings) == {"a": {0}}


def test_rank_order_capacity_kind_and_busy_on_every_slot() -> None:
    slots = [(TUESDAY, *MORNING), (TUESDAY + timedelta(7), *MORNING)]
    rooms = [
        _room("small", "Langres", 8),
        _room("big", "Langres", 30),
        _room("exact", "Langres", 12),
        _room("épinal", "Épinal", 20),
        _room("lab", "Chaumont", 14, RoomKind.COMPUTER_LAB),
        _room("busy-once", "Bar-le-Duc", 12),
        _room("busy-always", "Bar-le-Duc", 12),
    ]
    bookings = [
        Booking("busy-once", TUESDAY, time(10), time(11)),
        Booking("busy-always", TUESDAY, time(10), time(11)),
        Booking("busy-always", TUESDAY + timedelta(7), time(8), time(9, 30)),
    ]
    found = rank_free_rooms(slots, rooms, bookings, learners=12)
    # Free ones first; then by site (É among the E), then by spare capacity.
    assert [r.room_id for r in found] == ["lab", "épinal", "exact", "big", "busy-once"]
    assert found[-1].busy_on == [TUESDAY]
    assert found[-1].availability == "libre sauf le 10/11"
    only_classrooms = rank_free_rooms(slots, rooms, bookings, learners=12, kind=RoomKind.CLASSROOM)
    assert "lab" not in {r.room_id for r in only_classrooms}


def test_availability_wording() -> None:
    room = FreeRoom("r", "R", "s", "S", "T", RoomKind.CLASSROOM, 10, False, [], [])
    assert room.availability == "libre"
    days = [date(2026, 11, 12), date(2026, 11, 19), date(2026, 11, 26)]
    room = FreeRoom("r", "R", "s", "S", "T", RoomKind.CLASSROOM, 10, False, days, [])
    assert room.availability == "libre sauf les 12/11, 19/11 et 26/11"


# The service on a hand-made network ------------------------------------------------------


@dataclass
class Network:
    course: str  # needs a computer lab, 1 laptop per learner + 1 per group, 1 projector
    laptop: str
    rooms: dict[str, str]
    sessions: dict[str, str]
    sites: dict[str, str]


@pytest.fixture
def network(db: Database) -> Network:
    sites_service = SiteService(db)
    premises_service = PremisesService(db)
    sites = {
        "chaumont": sites_service.create(SiteData(name="Cnam Chaumont", town="Chaumont")),
        "epinal": sites_service.create(SiteData(name="Cnam Épinal", town="Épinal")),
        "langres": sites_service.create(SiteData(name="Cnam Langres", town="Langres")),
    }
    premises = {
        key: premises_service.create_premises(PremisesData(site_id=site, name=f"Locaux {key}"))
        for key, site in sites.items()
    }

    def room(key: str, site: str, capacity: int, kind: RoomKind) -> str:
        return premises_service.create_room(
            RoomData(premises_id=premises[site], name=key, capacity=capacity, kind=kind)
        )

    rooms = {
        "chaumont-lab": room("chaumont-lab", "chaumont", 14, RoomKind.COMPUTER_LAB),
        "chaumont-small-lab": room("chaumont-small-lab", "chaumont", 8, RoomKind.COMPUTER_LAB),
        "chaumont-class": room("chaumont-class", "chaumont", 30, RoomKind.CLASSROOM),
        "epinal-lab": room("epinal-lab", "epinal", 20, RoomKind.COMPUTER_LAB),
        "epinal-store": room("epinal-store", "epinal", 4, RoomKind.WORKSHOP),
        "langres-lab": room("langres-lab", "langres", 12, RoomKind.COMPUTER_LAB),
    }
    sessions: dict[str, str] = {}
    with db.uow() as s:
        laptop = m.EquipmentType(label="Ordinateur portable", category="Informatique")
        projector = m.EquipmentType(label="Vidéoprojecteur", category="Audiovisuel")
        s.add_all([laptop, projector])
        s.flush()
        course = add_course(s, required_room_kind=RoomKind.COMPUTER_LAB)
        s.add_all(
            [
                m.CourseEquipment(
                    course_id=course.id, type_id=laptop.id, per_learner=1, per_group=1
                ),
                m.CourseEquipment(course_id=course.id, type_id=projector.id, per_group=1),
            ]
        )

        def item(
            site: str, type_id: str, quantity: int, room_key: str | None = None, **kw: object
        ) -> None:
            room_id = rooms[room_key] if room_key else None
            s.add(
                m.EquipmentItem(
                    site_id=sites[site], room_id=room_id, type_id=type_id, quantity=quantity, **kw
                )
            )

        # Chaumont: 10 laptops in the lab + 3 unattached = 13; a projector unattached.
        item("chaumont", laptop.id, 10, "chaumont-lab")
        item("chaumont", laptop.id, 3)
        item("chaumont", projector.id, 1)
        # Épinal: 12 laptops, 4 of them out of order and 6 in another room; projector in the lab.
        item("epinal", laptop.id, 8, condition=EquipmentCondition.WORN)
        item("epinal", laptop.id, 4, condition=EquipmentCondition.OUT_OF_ORDER)
        item("epinal", laptop.id, 6, "epinal-store")
        item("epinal", laptop.id, 20, deleted_at=utcnow())
        item("epinal", projector.id, 1, "epinal-lab")
        # Langres: everything, but the lab holds only 12.
        item("langres", laptop.id, 20)
        item("langres", projector.id, 2)

        offering = m.Offering(
            course_id=course.id, site_id=sites["chaumont"], period_label="2026", start_date=TUESDAY
        )
        gone = m.Offering(
            course_id=course.id,
            site_id=sites["chaumont"],
            period_label="2025",
            start_date=TUESDAY,
            deleted_at=utcnow(),
        )
        s.add_all([offering, gone])
        s.flush()

        def session(
            key: str, room_key: str, day: date, start: time, end: time, **kw: object
        ) -> None:
            offering_id = kw.pop("offering_id", offering.id)
            row = m.Session(
                offering_id=offering_id,
                day=day,
                start_time=start,
                end_time=end,
                room_id=rooms[room_key],
                **kw,
            )
            s.add(row)
            s.flush()
            sessions[key] = row.id

        week2 = TUESDAY + timedelta(7)
        session("chaumont-morning", "chaumont-lab", TUESDAY, *MORNING)
        session("chaumont-week2", "chaumont-lab", week2, time(14), time(17))
        session(
            "epinal-cancelled",
            "epinal-lab",
            TUESDAY,
            time(14),
            time(17),
            status=SessionStatus.CANCELLED,
        )
        session("epinal-deleted", "epinal-lab", TUESDAY, time(14), time(17), deleted_at=utcnow())
        session(
            "epinal-gone-offering", "epinal-lab", week2, time(14), time(17), offering_id=gone.id
        )
        session("epinal-week2", "epinal-lab", week2, time(16), time(18))
        return Network(course.id, laptop.id, rooms, sessions, sites)


def _by_room(network: Network, found: list[FreeRoom]) -> dict[str, FreeRoom]:
    names = {v: k for k, v in network.rooms.items()}
    return {names[r.room_id]: r for r in found}


def test_course_room_kind_capacity_and_equipment(db: Database, network: Network) -> None:
    service = FreeRoomService(db)
    slot = [(TUESDAY, time(14), time(17))]
    found = service.find(slot, learners=12, course_id=network.course)
    rooms = _by_room(network, found)
    # Labs only (the course's kind), with room for 12 (the small lab is left out).
    assert set(rooms) == {"chaumont-lab", "epinal-lab", "langres-lab"}
    # 13 laptops needed (12 + 1 per group) and 1 projector.
    assert rooms["chaumont-lab"].missing_equipment == []  # 10 in the lab + 3 unattached
    assert rooms["epinal-lab"].missing_equipment == [
        "Ordinateur portable : 13 requis, 8 disponibles"  # worn counts; out of order,
    ]  # deleted and other rooms' do not
    assert rooms["langres-lab"].missing_equipment == []
    # Cancelled and deleted sessions leave Épinal free; equipped rooms before the others.
    assert [r.room_id for r in found] == [
        network.rooms["chaumont-lab"],
        network.rooms["langres-lab"],
        network.rooms["epinal-lab"],
    ]
    assert all(r.fully_free for r in found)
    assert rooms["epinal-lab"].town == "Épinal"
    assert rooms["epinal-lab"].kind is RoomKind.COMPUTER_LAB
    assert rooms["epinal-lab"].capacity == 20
    # An explicit kind overrides the course's; a larger group leaves out smaller rooms.
    big = _by_room(network, service.find(slot, learners=16, room_kind=RoomKind.CLASSROOM))
    assert set(big) == {"chaumont-class"}
    assert big["chaumont-class"].missing_equipment == []  # no course: no equipment asked


def test_touching_slots_are_free_overlapping_ones_are_not(db: Database, network: Network) -> None:
    service = FreeRoomService(db)
    lab = network.rooms["chaumont-lab"]
    after = service.find([(TUESDAY, time(12, 30), time(14))], learners=10, course_id=network.course)
    assert lab in {r.room_id for r in after}
    before = service.find([(TUESDAY, time(7, 30), time(9))], learners=10, course_id=network.course)
    assert lab in {r.room_id for r in before}
    overlapping = service.find(
        [(TUESDAY, time(12), time(14))], learners=10, course_id=network.course
    )
    assert lab not in {r.room_id for r in overlapping}  # its only slot is taken


def test_series_reports_the_days_a_room_is_taken(db: Database, network: Network) -> None:
    service = FreeRoomService(db)
    series = [(TUESDAY + timedelta(weeks=w), time(14), time(17)) for w in range(3)]
    found = service.find(series, learners=12, course_id=network.course)
    rooms = _by_room(network, found)
    week2 = TUESDAY + timedelta(7)
    assert rooms["chaumont-lab"].busy_on == [week2]
    assert rooms["chaumont-lab"].availability == "libre sauf le 17/11"
    assert rooms["epinal-lab"].busy_on == [week2]  # the 16:00 session; not the gone offering's
    assert rooms["langres-lab"].busy_on == []
    # The fully free room comes first, then the busy ones (equipped first).
    assert [r.room_id for r in found] == [
        network.rooms["langres-lab"],
        network.rooms["chaumont-lab"],
        network.rooms["epinal-lab"],
    ]
    # Moving the series itself: its own sessions do not count.
    ignoring = service.find(
        series,
        learners=12,
        course_id=network.course,
        ignore_session_ids=[network.sessions["chaumont-week2"]],
    )
    assert _by_room(network, ignoring)["chaumont-lab"].busy_on == []


def test_site_filter_and_deleted_rooms(db: Database, network: Network) -> None:
    service = FreeRoomService(db)
    slot = [(TUESDAY, time(14), time(17))]
    only = service.find(
        slot, learners=5, course_id=network.course, site_ids=[network.sites["langres"]]
    )
    assert [r.room_id for r in only] == [network.rooms["langres-lab"]]
    PremisesService(db).delete_room(network.rooms["langres-lab"])
    assert service.find(slot, learners=5, site_ids=[network.sites["langres"]]) == []
    with db.uow() as s:  # a tombstoned site, its premises and rooms still live
        s.get(m.Site, network.sites["epinal"]).deleted_at = utcnow()  # type: ignore[union-attr]
    remaining = {r.site_id for r in service.find(slot, learners=5)}
    assert remaining == {network.sites["chaumont"]}


def test_bad_searches_are_refused(db: Database, network: Network) -> None:
    service = FreeRoomService(db)
    with pytest.raises(ValidationError) as info:
        service.find([(TUESDAY, time(14), time(14))], learners=0)
    assert info.value.errors == {
        "slots": "Créneau du 10/11/2026 : la fin doit être postérieure au début.",
        "learners": "Effectif : doit être supérieur à 0.",
    }
    with pytest.raises(ValidationError, match="au moins un créneau"):
        service.find([], learners=5)
    with pytest.raises(NotFoundError):
        service.find([(TUESDAY, *MORNING)], learners=5, course_id="no-such-course")
