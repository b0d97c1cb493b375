from dataclasses import replace
from datetime import date, datetime, time
from typing import Any

import pytest
from sqlalchemy import func, select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import Modality, SessionStatus
from cnam_desktop.domain.formatting import french_sort_key
from cnam_desktop.domain.offer_rows import SESSION_SORT_KEYS, SessionFilter, SessionRow
from cnam_desktop.domain.sessions import SessionData, validate_session
from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.errors import NotFoundError, UserFacingError
from cnam_desktop.services.offerings import OfferingService
from cnam_desktop.services.sessions import SessionService
from tests.unit.test_offerings_service import World, make_world, raw

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

LINK = "https://visio.exemple.fr/cnam-grand-est/nfe114"

world = pytest.fixture(make_world)


@pytest.fixture
def service(db: Database) -> SessionService:
    return SessionService(db)


def _session(world: World, **kw: Any) -> SessionData:
    base: dict[str, Any] = {
        "offering_id": world.offerings["nfe_chaumont"],
        "day": date(2026, 10, 6),
        "start_time": time(18),
        "end_time": time(21),
        "modality": Modality.HYBRID,
        "room_id": world.rooms["info"],
        "video_link": LINK,
        "trainer_id": world.trainers["claire"],
        "unit_code": "NFE114",
    }
    base.update(kw)
    return SessionData(**base)


# Create, edit, delete, restore -------------------------------------------------------------


def test_create_read_update_delete_restore(service: SessionService, world: World) -> None:
    data = _session(world, unit_code=" nfe 114 ")
    session_id = service.create(data)
    assert service.get(session_id) == replace(data, unit_code="NFE114")
    row = service.rows([session_id])[session_id]
    assert (row.course_label, row.site_name, row.room_name, row.trainer_name) == (
        "NFE114 — Systèmes d'information",
        "Cnam Chaumont",
        "Salle 2",
        "Claire Mathieu",
    )
    assert (row.modality_label, row.status_label, row.in_series) == ("Hybride", "Prévue", False)
    moved = replace(data, day=date(2026, 10, 7), start_time=time(9), end_time=time(12, 30))
    service.update(session_id, replace(moved, status=SessionStatus.CONFIRMED))
    assert raw(
        service._db, "SELECT day, start_time, status FROM session WHERE id = ?", session_id
    ) == [("2026-10-07", "09:00:00.000000", "confirmed")]
    service.delete(session_id)
    assert service.list_ids() == []
    with pytest.raises(NotFoundError):
        service.get(session_id)
    service.restore(session_id)
    assert service.list_ids() == [session_id]


def test_modality_drops_the_fields_it_does_not_use(service: SessionService, world: World) -> None:
    distance = service.create(_session(world, modality=Modality.DISTANCE))
    assert (service.get(distance).room_id, service.get(distance).video_link) == (None, LINK)
    in_person = service.create(_session(world, modality=Modality.IN_PERSON, day=date(2026, 10, 8)))
    assert (service.get(in_person).room_id, service.get(in_person).video_link) == (
        world.rooms["info"],
        None,
    )


def test_plannable_gaps_are_saved(service: SessionService, world: World) -> None:
    """No room in person, no trainer: the conflict engine reports them, the save goes on."""
    data = _session(world, modality=Modality.IN_PERSON, room_id=None, trainer_id=None)
    row = service.rows([service.create(data)])
    assert [(r.room_name, r.trainer_name) for r in row.values()] == [(None, None)]


def test_restore_refused_while_the_offering_is_deleted(
    service: SessionService, world: World, db: Database
) -> None:
    offering = world.offerings["cpn_chaumont"]
    session_id = service.create(_session(world, offering_id=offering, unit_code=None))
    service.delete(session_id)
    OfferingService(db).delete(offering)
    with pytest.raises(UserFacingError) as info:
        service.restore(session_id)
    assert info.value.message == (
        "Impossible de restaurer cette séance : son ouverture a été supprimée."
    )


# Validation --------------------------------------------------------------------------------


def _errors(data: SessionData) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        validate_session(data)
    return info.value.errors


def test_validation_names_each_field(world: World) -> None:
    errors = _errors(
        _session(
            world,
            offering_id=" ",
            start_time=time(21),
            end_time=time(18),
            video_link="visio.exemple.fr/salle",
            unit_code="1234",
        )
    )
    assert errors == {
        "offering_id": "Ouverture : ce champ est obligatoire.",
        "end_time": "Fin : doit être postérieure au début.",
        "video_link": "Lien de visioconférence : « visio.exemple.fr/salle » n'est pas une "
        "adresse web (par exemple https://visio.exemple.fr/salle).",
        "unit_code": "Unité d'enseignement : « 1234 » n'est pas valide (par exemple NFE114).",
    }
    assert set(_errors(_session(world, end_time=time(18)))) == {"end_time"}  # empty slot
    for bad in ("ftp://visio.exemple.fr", "https://", "https://visio exemple.fr", "http://[::1"):
        assert set(_errors(_session(world, video_link=bad))) == {"video_link"}, bad
    assert validate_session(_session(world, video_link=" http://visio.local/a ")).video_link == (
        "http://visio.local/a"
    )


def test_guests_only_at_a_distance_and_never_the_own_offering(world: World) -> None:
    guests = frozenset({world.offerings["nfe_epinal"]})
    assert _errors(_session(world, modality=Modality.IN_PERSON, guest_offering_ids=guests)) == {
        "guest_offering_ids": "Sites invités : seule une séance à distance ou hybride peut "
        "réunir les apprenants d'autres sites."
    }
    own = frozenset({world.offerings["nfe_chaumont"]})
    assert _errors(_session(world, guest_offering_ids=own)) == {
        "guest_offering_ids": "Sites invités : l'ouverture de la séance ne peut pas être sa "
        "propre invitée."
    }
    assert validate_session(_session(world, guest_offering_ids=guests)).guest_offering_ids == guests


def test_service_checks_what_needs_the_database(service: SessionService, world: World) -> None:
    cases: list[tuple[dict[str, Any], str, str]] = [
        (
            {"room_id": world.rooms["epinal"]},
            "room_id",
            "Salle : elle n'appartient pas au site de l'ouverture.",
        ),
        (
            {"guest_offering_ids": frozenset({world.offerings["cpn_chaumont"]})},
            "guest_offering_ids",
            "Sites invités : une ouverture invitée doit être celle d'un autre site.",
        ),
        (
            {
                "offering_id": world.offerings["cpn_chaumont"],
                "unit_code": None,
                "guest_offering_ids": frozenset({world.offerings["nfe_epinal"]}),
            },
            "guest_offering_ids",
            "Sites invités : une ouverture invitée doit suivre le même parcours.",
        ),
        (
            {"offering_id": world.offerings["nfe_verdun"], "room_id": None},
            "offering_id",
            "Ouverture : elle est annulée ; rouvrez-la avant d'y ajouter une séance.",
        ),
    ]
    for changes, field, message in cases:
        with pytest.raises(ValidationError) as info:
            service.create(_session(world, **changes))
        assert info.value.errors == {field: message}
    for changes in ({"trainer_id": "nope"}, {"room_id": "nope"}, {"offering_id": "nope"}):
        with pytest.raises(NotFoundError):
            service.create(_session(world, **changes))
    assert service.list_ids() == []


# Guests ------------------------------------------------------------------------------------


def test_guests_round_trip_and_revive_tombstones(
    service: SessionService, world: World, db: Database
) -> None:
    epinal, verdun = world.offerings["nfe_epinal"], world.offerings["nfe_verdun"]
    data = _session(world, modality=Modality.DISTANCE, guest_offering_ids=frozenset({epinal}))
    session_id = service.create(data)
    assert service.get(session_id).guest_offering_ids == {epinal}
    service.update(session_id, replace(data, guest_offering_ids=frozenset({verdun, epinal})))
    assert service.rows([session_id])[session_id].guest_site_names == ("Cnam Épinal", "Cnam Verdun")
    service.update(session_id, replace(data, guest_offering_ids=frozenset({verdun})))
    assert service.get(session_id).guest_offering_ids == {verdun}
    service.update(session_id, data)  # Épinal back: its tombstoned link revives
    assert service.get(session_id).guest_offering_ids == {epinal}
    with db.reader() as s:
        links = {
            (g.offering_id, g.deleted_at is None)
            for g in s.scalars(
                select(m.SessionGuest).where(m.SessionGuest.session_id == session_id)
            )
        }
        assert s.scalar(select(func.count()).select_from(m.SessionGuest)) == 2
    assert links == {(epinal, True), (verdun, False)}
    assert service.rows([session_id])[session_id].guest_site_names == ("Cnam Épinal",)


def test_a_site_sees_the_sessions_that_invite_it(service: SessionService, world: World) -> None:
    epinal_site = world.sites["epinal"]
    shared = service.create(
        _session(world, guest_offering_ids=frozenset({world.offerings["nfe_epinal"]}))
    )
    own = service.create(
        _session(
            world,
            offering_id=world.offerings["nfe_epinal"],
            room_id=world.rooms["epinal"],
            day=date(2026, 10, 8),
        )
    )
    service.create(_session(world, day=date(2026, 10, 9)))  # Chaumont alone
    assert service.list_ids(SessionFilter(site_id=epinal_site)) == [shared, own]
    week = service.calendar_entries(
        site_id=epinal_site, start=date(2026, 10, 5), end=date(2026, 10, 11)
    )
    assert [(e.id, e.is_guest, e.site_name) for e in week] == [
        (shared, True, "Cnam Chaumont"),
        (own, False, "Cnam Épinal"),
    ]


# Calendar ----------------------------------------------------------------------------------


def test_calendar_entries(service: SessionService, world: World) -> None:
    def add(day: int, start: int, **kw: Any) -> str:
        return service.create(
            _session(
                world,
                day=date(2026, 10, day),
                start_time=time(start),
                end_time=time(start + 2),
                **kw,
            )
        )

    monday = add(5, 18)
    sunday = add(11, 9, trainer_id=world.trainers["bruno"], status=SessionStatus.CANCELLED)
    morning = add(7, 9, room_id=world.rooms["cours"])
    evening = add(7, 18, modality=Modality.DISTANCE)
    add(12, 18)  # next week
    add(4, 18)  # the week before
    week = service.calendar_entries(start=date(2026, 10, 5), end=date(2026, 10, 11))
    assert [e.id for e in week] == [monday, morning, evening, sunday]
    first = week[0]
    assert (first.day, first.start_time, first.end_time) == (date(2026, 10, 5), time(18), time(20))
    assert (first.course_label, first.room_name, first.trainer_name) == (
        "NFE114 — Systèmes d'information",
        "Salle 2",
        "Claire Mathieu",
    )
    assert (week[2].room_name, week[2].modality) == (None, Modality.DISTANCE)
    assert week[3].status is SessionStatus.CANCELLED  # drawn struck out, still there
    by_room = service.calendar_entries(
        room_id=world.rooms["cours"], start=date(2026, 10, 1), end=date(2026, 10, 31)
    )
    assert [e.id for e in by_room] == [morning]
    by_trainer = service.calendar_entries(
        trainer_id=world.trainers["bruno"], start=date(2026, 10, 1), end=date(2026, 10, 31)
    )
    assert [e.id for e in by_trainer] == [sunday]
    with pytest.raises(ValidationError):
        service.calendar_entries(start=date(2026, 10, 5), end=date(2026, 10, 4))


# Choices -----------------------------------------------------------------------------------


def test_choices(service: SessionService, world: World) -> None:
    # Chaumont has two premises: each room says which.
    assert service.room_choices(world.sites["chaumont"]) == [
        (world.rooms["amphi"], "Amphithéâtre (IUT) — Salle de cours, 1 place"),
        (world.rooms["cours"], "Salle 1 (Espace Bouchardon) — Salle de cours, 20 places"),
        (world.rooms["info"], "Salle 2 (Espace Bouchardon) — Salle informatique, 12 places"),
    ]
    assert service.room_choices(world.sites["epinal"]) == [
        (world.rooms["epinal"], "Salle Vosges — Salle de visioconférence, 8 places")
    ]
    assert service.trainer_choices() == [
        (world.trainers["eloise"], "Éloïse Écuyer"),
        (world.trainers["claire"], "Claire Mathieu"),
        (world.trainers["bruno"], "Bruno Zeller"),
    ]
    assert service.guest_offering_choices(world.offerings["nfe_chaumont"]) == [
        (world.offerings["nfe_epinal"], "Cnam Épinal — Rentrée 2026"),
        (world.offerings["nfe_verdun"], "Cnam Verdun — Rentrée 2026 (annulée)"),
    ]
    assert [oid for oid, _ in service.guest_offering_choices(world.offerings["cpn_chaumont"])] == []


# Lists on the demo: filters, every sort key, rows by id ----------------------------------------


def _demo_rows(service: SessionService) -> list[SessionRow]:
    rows = list(service.rows(service.list_ids()).values())
    assert len(rows) > 1500
    return rows


def _expected_order(
    rows: list[SessionRow], sort: str, descending: bool, trainers: dict[str, tuple[str, str]]
) -> list[str]:
    def name(value: str | None) -> Any:
        return None if value is None else (french_sort_key(value), value)

    def trainer(row: SessionRow) -> Any:
        if row.trainer_id is None:
            return None
        last, first = trainers[row.trainer_id]
        return (french_sort_key(last), last, french_sort_key(first), first)

    keys: dict[str, Any] = {
        "day": lambda r: (r.day, r.start_time),
        "time": lambda r: (r.start_time, r.end_time),
        "course": lambda r: name(r.course_title),
        "code": lambda r: r.course_code,
        "site": lambda r: name(r.site_name),
        "modality": lambda r: list(Modality).index(r.modality),
        "room": lambda r: name(r.room_name),
        "trainer": trainer,
        "unit": lambda r: r.unit_code,
        "status": lambda r: list(SessionStatus).index(r.status),
        "series": lambda r: not r.in_series,
        "guests": lambda r: len(r.guest_site_names),
    }
    key = keys[sort]
    ties = sorted(rows, key=lambda r: (r.day, r.start_time, r.id))
    present = [r for r in ties if key(r) is not None]
    empty = [r for r in ties if key(r) is None]  # last in both directions
    return [r.id for r in sorted(present, key=key, reverse=descending) + empty]


@pytest.mark.parametrize("sort", SESSION_SORT_KEYS)
def test_demo_every_sort_key_orders_by_its_value(demo_db: Database, sort: str) -> None:
    service = SessionService(demo_db)
    trainers = {
        tid: (last, first)
        for tid, last, first in raw(demo_db, "SELECT id, last_name, first_name FROM trainer")
    }
    # Some sessions without room, trainer or unit, to check that they come last.
    ids = service.list_ids()
    with demo_db.uow() as s:
        for session_id in ids[::97]:
            record = s.get(m.Session, session_id)
            assert record is not None
            record.trainer_id, record.unit_code = None, None
    rows = _demo_rows(service)
    assert any(r.room_id is None for r in rows) and any(r.trainer_id is None for r in rows)
    for descending in (False, True):
        assert service.list_ids(sort=sort, descending=descending) == _expected_order(
            rows, sort, descending, trainers
        ), (sort, descending)
    with pytest.raises(ValueError):
        service.list_ids(sort="video_link")


def test_demo_filters(demo_db: Database) -> None:
    service = SessionService(demo_db)
    rows = _demo_rows(service)

    def ids(predicate: Any) -> set[str]:
        return {r.id for r in rows if predicate(r)}

    def mentions(row: SessionRow, text: str) -> bool:
        key = french_sort_key(text)
        names = [row.course_code, row.course_title, row.site_name, row.room_name, row.trainer_name]
        return any(key in french_sort_key(n) for n in names if n) or text.upper() in (
            row.unit_code or ""
        )

    for text in ("epinal", "visio", "Élodie", "nfa00"):
        assert set(service.list_ids(SessionFilter(text=text))) == ids(
            lambda r, t=text: mentions(r, t)
        ), text
    some = next(r for r in rows if r.site_name == "Cnam Épinal" and r.room_id)
    fields: dict[str, Any] = {
        "site_id": some.site_id,
        "offering_id": some.offering_id,
        "room_id": some.room_id,
        "trainer_id": some.trainer_id,
        "series_id": some.series_id,
        "status": SessionStatus.CONFIRMED,
        "modality": Modality.HYBRID,
    }
    for name, value in fields.items():
        expected = ids(lambda r, n=name, v=value: getattr(r, n) == v)
        assert expected and set(service.list_ids(SessionFilter(**{name: value}))) == expected, name
    course_id, sector_id = raw(
        demo_db,
        "SELECT course_id, sector_id FROM offering JOIN course ON course.id = course_id "
        "WHERE offering.id = ?",
        some.offering_id,
    )[0]
    course_code = some.course_code
    assert set(service.list_ids(SessionFilter(course_id=course_id))) == ids(
        lambda r: r.course_code == course_code
    )
    sector_courses = {
        code
        for (code,) in raw(demo_db, "SELECT cnam_code FROM course WHERE sector_id = ?", sector_id)
    }
    assert set(service.list_ids(SessionFilter(sector_id=sector_id))) == ids(
        lambda r: r.course_code in sector_courses
    )
    start, end = date(2026, 11, 23), date(2026, 11, 29)
    window = service.list_ids(SessionFilter(start=start, end=end))
    assert set(window) == ids(lambda r: start <= r.day <= end)
    assert {service.rows(window)[i].day for i in window} >= {
        start,
        date(2026, 11, 28),
    }  # ends included
    combined = SessionFilter(site_id=some.site_id, modality=Modality.IN_PERSON, end=end)
    assert set(service.list_ids(combined)) == ids(
        lambda r: r.site_id == some.site_id and r.modality is Modality.IN_PERSON and r.day <= end
    )


def test_demo_rows_by_id_fetch_only_what_is_asked(demo_db: Database) -> None:
    service = SessionService(demo_db)
    ids = service.list_ids()
    subset = ids[100:105]
    rows = service.rows(subset)
    assert set(rows) == set(subset)
    expected = {
        sid: (day, room)
        for sid, day, room in raw(
            demo_db,
            "SELECT s.id, s.day, r.name FROM session s LEFT JOIN room r ON r.id = s.room_id "
            f"WHERE s.id IN ({','.join('?' * len(subset))})",
            *subset,
        )
    }
    assert {sid: (row.day.isoformat(), row.room_name) for sid, row in rows.items()} == expected
    with demo_db.uow() as s:
        record = s.get(m.Session, subset[0])
        assert record is not None
        record.deleted_at = datetime(2026, 11, 26, 12)
    assert set(service.rows(subset)) == set(subset[1:])
    assert service.rows([]) == {}


def test_demo_head_is_the_start_of_the_list_and_counts_it(demo_db: Database) -> None:
    service = SessionService(demo_db)
    filters = [
        SessionFilter(),
        SessionFilter(start=date(2026, 11, 23)),
        SessionFilter(status=SessionStatus.PLANNED, end=date(2027, 1, 31)),
        SessionFilter(modality=Modality.DISTANCE, start=date(2026, 9, 1), end=date(2027, 6, 30)),
        SessionFilter(text="epinal"),
    ]
    for flt in filters:
        for sort in ("day", "status", "guests", "trainer"):
            for descending in (False, True):
                every = service.list_ids(flt, sort, descending)
                head, total = service.list_head(flt, sort, descending, 25)
                assert total == len(every) > 25, (flt, sort)
                assert head[:25] == every[:25], (flt, sort, descending)
                if not flt.text and sort != "trainer":  # read in full otherwise
                    assert len(head) == 25


def test_demo_sessions_of_a_deleted_offering_are_not_listed(demo_db: Database) -> None:
    service = SessionService(demo_db)
    every = service.list_ids()
    offering_id = service.rows(every[:1])[every[0]].offering_id
    own = {sid for sid, row in service.rows(every).items() if row.offering_id == offering_id}
    with demo_db.uow() as s:  # as a synchronisation could leave it: offering gone, sessions not
        record = s.get(m.Offering, offering_id)
        assert record is not None
        record.deleted_at = datetime(2026, 11, 26, 12)
    left = service.list_ids()
    assert set(left) == set(every) - own
    assert service.list_head(SessionFilter(), "day", False, 10)[1] == len(left)
    assert set(service.list_ids(SessionFilter(text="a"))).isdisjoint(own)
