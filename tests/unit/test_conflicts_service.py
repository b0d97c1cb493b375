"""ConflictService: loading the facts from the database, site filter, proposed sessions."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories.sites import default_centre_id
from cnam_desktop.domain.conflicts import ConflictRule, Severity
from cnam_desktop.domain.enums import (
    CertificationType,
    ClosureKind,
    EquipmentCondition,
    Modality,
    RoomKind,
    SessionStatus,
)
from cnam_desktop.domain.sessions import SessionData
from cnam_desktop.errors import NotFoundError
from cnam_desktop.services.conflicts import ConflictService
from cnam_desktop.services.demo_rows import demo_id

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

TUESDAY = date(2026, 11, 17)
EVENING = (time(18, 0), time(21, 0))


# The demo network ---------------------------------------------------------------------------


def _demo_session(run_key: str, pattern: int, day: str) -> str:
    """The id the demo loader gives a session (see services/demo_rows.py)."""
    return demo_id("session", f"{run_key}#{pattern}:{day}")


def test_demo_network_shows_its_deliberate_conflicts(demo_db: Database) -> None:
    found = ConflictService(demo_db).check_network()
    by_rule: dict[ConflictRule, list[tuple[str, ...]]] = {}
    for c in found:
        by_rule.setdefault(c.rule, []).append(c.session_ids)
    # 1. Thomas Girardin: Saint-Dizier on Tuesday evenings, Forbach on 19 January 2027.
    girardin = {
        _demo_session("sd_maint@Rentrée 2026", 0, "2027-01-19"),
        _demo_session("fo_ind@Rentrée 2026", 1, "2027-01-19"),
    }
    assert [set(ids) for ids in by_rule[ConflictRule.TRAINER_DOUBLE_BOOKED]] == [girardin]
    # 2. Bar-le-Duc: 15 learners in Salle Oudinot (10 places), Tuesdays 8–28 March 2027.
    oudinot = [
        (_demo_session("bl_rh@Rentrée 2026", 1, f"2027-03-{day}"),) for day in ("09", "16", "23")
    ]
    assert by_rule[ConflictRule.ROOM_TOO_SMALL] == oudinot
    # 3. Épinal: the QSE exam in Salle Moselle on Saturday 16 January 2027 morning.
    moselle = {
        _demo_session("ep_qse@Rentrée 2026", 1, "2027-01-16"),
        _demo_session("ep_sante@Rentrée 2026", 1, "2027-01-16"),
    }
    assert [set(ids) for ids in by_rule[ConflictRule.ROOM_DOUBLE_BOOKED]] == [moselle]
    # The loader skips closed days and gives every session what its modality needs.
    for rule in (ConflictRule.CLOSED_DAY, ConflictRule.MISSING_ROOM, ConflictRule.MISSING_LINK):
        assert rule not in by_rule
    errors = [c for c in found if c.severity is Severity.ERROR]
    assert {c.rule for c in errors} == {
        ConflictRule.TRAINER_DOUBLE_BOOKED,
        ConflictRule.ROOM_DOUBLE_BOOKED,
    }


def _site_id(db: Database, town: str) -> str:
    with db.reader() as s:
        return s.scalars(select(m.Site.id).where(m.Site.town == town)).one()


def test_site_filter_still_finds_a_trainer_booked_at_another_site(demo_db: Database) -> None:
    service = ConflictService(demo_db)
    forbach = service.check_network(site_id=_site_id(demo_db, "Forbach"))
    assert [c.rule for c in forbach] == [ConflictRule.TRAINER_DOUBLE_BOOKED]
    assert "Cnam Saint-Dizier" in forbach[0].message
    saint_dizier = service.check_network(site_id=_site_id(demo_db, "Saint-Dizier"))
    assert [c.rule for c in saint_dizier] == [ConflictRule.TRAINER_DOUBLE_BOOKED]
    epinal = service.check_network(site_id=_site_id(demo_db, "Épinal"))
    assert [c.rule for c in epinal] == [ConflictRule.ROOM_DOUBLE_BOOKED]
    with pytest.raises(NotFoundError, match="introuvable"):
        service.check_network(site_id="pas-un-site")


def test_date_bounds(demo_db: Database) -> None:
    service = ConflictService(demo_db)
    january = service.check_network(start=date(2027, 1, 17), end=date(2027, 1, 31))
    rules = {c.rule for c in january}
    assert ConflictRule.TRAINER_DOUBLE_BOOKED in rules  # 19 January
    assert ConflictRule.ROOM_DOUBLE_BOOKED not in rules  # 16 January
    assert ConflictRule.ROOM_TOO_SMALL not in rules  # March


def test_resolve_site_by_id_name_or_town(demo_db: Database) -> None:
    service = ConflictService(demo_db)
    verdun = _site_id(demo_db, "Verdun")
    assert service.resolve_site(verdun) == verdun
    assert service.resolve_site("verdun") == verdun
    assert service.resolve_site(" Cnam VERDUN ") == verdun
    assert service.resolve_site("épinal") == _site_id(demo_db, "Épinal")
    with pytest.raises(NotFoundError, match="Atlantis"):
        service.resolve_site("Atlantis")


# A small hand-made network ------------------------------------------------------------------


@dataclass
class Net:
    sedan: str
    forbach: str
    course: str
    lab_course: str
    offering: str
    forbach_offering: str
    room: str
    small_room: str
    sarre: str
    trainer: str
    kit_type: str
    laptop_type: str


def _network(db: Database) -> Net:
    with db.uow() as s:
        centre = default_centre_id(s)
        sector = m.Sector(code="NUM", name="Numérique")
        sedan = m.Site(regional_centre_id=centre, name="Cnam Sedan", town="Sedan", department="08")
        forbach = m.Site(
            regional_centre_id=centre, name="Cnam Forbach", town="Forbach", department="57"
        )
        s.add_all([sector, sedan, forbach])
        s.flush()
        common = dict(sector_id=sector.id, certification_type=CertificationType.TITRE_RNCP)
        course = m.Course(cnam_code="NFE114", title="Systèmes d'information", **common)
        lab_course = m.Course(
            cnam_code="NFA031",
            title="Programmation",
            required_room_kind=RoomKind.COMPUTER_LAB,
            **common,
        )
        laptop = m.EquipmentType(label="Ordinateur portable", category="Informatique")
        kit = m.EquipmentType(label="Kit de visioconférence", category="Visioconférence")
        premises = m.Premises(site_id=sedan.id, name="Mairie")
        sarre_premises = m.Premises(site_id=forbach.id, name="Hôtel de ville")
        s.add_all([course, lab_course, laptop, kit, premises, sarre_premises])
        s.flush()
        s.add(m.CourseEquipment(course_id=lab_course.id, type_id=laptop.id, per_learner=1))
        room = m.Room(
            premises_id=premises.id, name="Salle Meuse", kind=RoomKind.CLASSROOM, capacity=20
        )
        small = m.Room(
            premises_id=premises.id, name="Salle Ardennes", kind=RoomKind.CLASSROOM, capacity=8
        )
        sarre = m.Room(premises_id=sarre_premises.id, name="Salle Sarre", capacity=18)
        trainer = m.Trainer(first_name="Claire", last_name="Mathieu")
        offering = m.Offering(
            course_id=course.id,
            site_id=sedan.id,
            period_label="Rentrée 2026",
            start_date=date(2026, 9, 14),
            enrolled_learners=12,
        )
        forbach_offering = m.Offering(
            course_id=course.id,
            site_id=forbach.id,
            period_label="Rentrée 2026",
            start_date=date(2026, 9, 14),
            enrolled_learners=6,
        )
        s.add_all([room, small, sarre, trainer, offering, forbach_offering])
        s.flush()
        return Net(
            sedan.id,
            forbach.id,
            course.id,
            lab_course.id,
            offering.id,
            forbach_offering.id,
            room.id,
            small.id,
            sarre.id,
            trainer.id,
            kit.id,
            laptop.id,
        )


def _add_session(db: Database, data: SessionData, deleted: bool = False) -> str:
    with db.uow() as s:
        row = m.Session(
            offering_id=data.offering_id,
            day=data.day,
            start_time=data.start_time,
            end_time=data.end_time,
            modality=data.modality,
            room_id=data.room_id,
            video_link=data.video_link,
            trainer_id=data.trainer_id,
            status=data.status,
            deleted_at=datetime(2026, 11, 1) if deleted else None,
        )
        s.add(row)
        s.flush()
        for guest in data.guest_offering_ids:
            s.add(m.SessionGuest(session_id=row.id, offering_id=guest))
        return row.id


def _evening(net: Net, **changes: object) -> SessionData:
    data = SessionData(net.offering, TUESDAY, *EVENING, room_id=net.room, trainer_id=net.trainer)
    return replace(data, **changes)  # type: ignore[arg-type]


def test_tombstoned_and_cancelled_sessions_are_ignored(db: Database) -> None:
    net = _network(db)
    service = ConflictService(db)
    kept = _add_session(db, _evening(net))
    _add_session(db, _evening(net, start_time=time(19, 0)), deleted=True)
    _add_session(db, _evening(net, start_time=time(20, 0), status=SessionStatus.CANCELLED))
    assert service.check_network() == []
    clash = _add_session(db, _evening(net, start_time=time(20, 30), end_time=time(22, 0)))
    found = service.check_network()
    assert Counter(c.rule for c in found) == {
        ConflictRule.ROOM_DOUBLE_BOOKED: 1,
        ConflictRule.TRAINER_DOUBLE_BOOKED: 1,
        ConflictRule.OFFERING_DOUBLE_BOOKED: 1,
    }
    assert all(c.session_ids == (kept, clash) for c in found)


def test_deleted_room_reads_as_missing_and_inventory_counts_usable_items(db: Database) -> None:
    net = _network(db)
    service = ConflictService(db)
    session_id = _add_session(db, _evening(net))
    with db.uow() as s:
        s.get(m.Room, net.room).deleted_at = datetime(2026, 11, 1)  # type: ignore[union-attr]
    assert [(c.rule, c.session_ids) for c in service.check_network()] == [
        (ConflictRule.MISSING_ROOM, (session_id,))
    ]


def test_video_kit_and_equipment_come_from_usable_items(db: Database) -> None:
    net = _network(db)
    service = ConflictService(db)
    link = "https://visio.exemple.fr/nfe114"
    _add_session(db, _evening(net, modality=Modality.HYBRID, video_link=link))
    assert [c.rule for c in service.check_network()] == [ConflictRule.NO_VIDEO_KIT]
    with db.uow() as s:
        broken = m.EquipmentItem(
            site_id=net.sedan,
            room_id=net.room,
            type_id=net.kit_type,
            quantity=1,
            condition=EquipmentCondition.OUT_OF_ORDER,
        )
        s.add(broken)
    assert [c.rule for c in service.check_network()] == [ConflictRule.NO_VIDEO_KIT]
    with db.uow() as s:
        s.add(m.EquipmentItem(site_id=net.sedan, room_id=net.room, type_id=net.kit_type))
    assert service.check_network() == []


def test_guests_and_alsace_moselle_closures_from_the_database(db: Database) -> None:
    net = _network(db)
    service = ConflictService(db)
    good_friday = date(2027, 3, 26)
    with db.uow() as s:
        for department in ("57", "67", "68"):
            s.add(
                m.Closure(
                    kind=ClosureKind.PUBLIC_HOLIDAY,
                    label="Vendredi saint (Alsace-Moselle)",
                    start_date=good_friday,
                    end_date=good_friday,
                    subdivision=department,
                )
            )
    link = "https://visio.exemple.fr/nfe114"
    distance = dict(modality=Modality.DISTANCE, room_id=None, trainer_id=None, video_link=link)
    _add_session(db, _evening(net, day=good_friday, **distance))
    assert service.check_network() == []  # Sedan (08) works on Good Friday
    joined = _add_session(
        db,
        _evening(
            net,
            day=good_friday,
            start_time=time(14, 0),
            end_time=time(17, 0),
            guest_offering_ids=frozenset({net.forbach_offering}),
            **distance,
        ),
    )
    found = service.check_network()
    assert [(c.rule, c.severity, c.session_ids) for c in found] == [
        (ConflictRule.CLOSED_DAY, Severity.ERROR, (joined,))
    ]
    assert "Cnam Forbach" in found[0].message
    # Forbach's own check sees the session its offering joins.
    assert [c.session_ids for c in service.check_network(site_id=net.forbach)] == [(joined,)]


def test_check_proposed_new_and_edited_sessions(db: Database) -> None:
    net = _network(db)
    service = ConflictService(db)
    existing = _add_session(db, _evening(net))
    other_day = _add_session(db, _evening(net, day=date(2026, 11, 24)))

    # A new session on the same evening, in the same room, with the same trainer.
    found = service.check_proposed([(None, _evening(net, start_time=time(20, 0)))])
    assert {c.rule for c in found} == {
        ConflictRule.ROOM_DOUBLE_BOOKED,
        ConflictRule.TRAINER_DOUBLE_BOOKED,
        ConflictRule.OFFERING_DOUBLE_BOOKED,
    }
    assert all(c.session_ids == (existing, "new-0") for c in found)

    # Two new sessions: the second one only clashes with the first.
    later = _evening(net, day=date(2026, 12, 1), room_id=net.small_room, trainer_id=None)
    found = service.check_proposed([(None, later), (None, replace(later, start_time=time(19)))])
    assert ("new-0", "new-1") in {c.session_ids for c in found}
    assert all("new-0" in c.session_ids or "new-1" in c.session_ids for c in found)
    assert existing not in {i for c in found for i in c.session_ids}

    # Moving the stored session by an hour does not clash with its stored self.
    assert service.check_proposed([(existing, _evening(net, start_time=time(19)))]) == []
    # Moving the other one onto `existing` clashes, unless `existing` is being replaced too.
    moved = _evening(net, start_time=time(19))
    assert service.check_proposed([(other_day, moved)])
    assert service.check_proposed([(other_day, moved)], replacing=[existing]) == []
    # Conflicts only between stored sessions are not reported.
    _add_session(db, _evening(net, day=date(2026, 12, 8)))
    _add_session(db, _evening(net, day=date(2026, 12, 8)))
    elsewhere = SessionData(net.forbach_offering, date(2026, 12, 8), *EVENING, room_id=net.sarre)
    assert service.check_proposed([(None, elsewhere)]) == []
    assert service.check_proposed([]) == []


def test_check_proposed_refuses_unknown_references(db: Database) -> None:
    net = _network(db)
    service = ConflictService(db)
    with pytest.raises(NotFoundError, match="Ouverture"):
        service.check_proposed([(None, _evening(net, offering_id="inconnue"))])
    with pytest.raises(NotFoundError, match="Salle"):
        service.check_proposed([(None, _evening(net, room_id="inconnue"))])
    with pytest.raises(NotFoundError, match="Formateur"):
        service.check_proposed([(None, _evening(net, trainer_id="inconnu"))])


def test_room_kind_capacity_and_equipment_from_the_database(db: Database) -> None:
    net = _network(db)
    service = ConflictService(db)
    with db.uow() as s:
        lab_offering = m.Offering(
            course_id=net.lab_course,
            site_id=net.sedan,
            period_label="Rentrée 2026",
            start_date=date(2026, 9, 14),
            planned_learners=9,
        )
        s.add(lab_offering)
        s.flush()
        s.add(m.EquipmentItem(site_id=net.sedan, type_id=net.laptop_type, quantity=9))
        lab_offering_id = lab_offering.id
    in_small = _add_session(db, _evening(net, offering_id=lab_offering_id, room_id=net.small_room))
    found = service.check_network()
    assert [(c.rule, c.session_ids) for c in found] == [
        (ConflictRule.ROOM_TOO_SMALL, (in_small,)),
        (ConflictRule.ROOM_KIND_UNFIT, (in_small,)),
    ]
    assert "9 apprenants (NFA031) pour 8 places" in found[0].message
    with db.uow() as s:
        item = s.scalars(select(m.EquipmentItem)).one()
        item.condition = EquipmentCondition.OUT_OF_ORDER
    found = service.check_network()
    assert ConflictRule.EQUIPMENT_LACKING in {c.rule for c in found}
    lacking = next(c for c in found if c.rule is ConflictRule.EQUIPMENT_LACKING)
    assert lacking.message.endswith("9 requis, 0 disponible.")


def test_site_filter_finds_a_guest_group_booked_at_its_own_site(db: Database) -> None:
    net = _network(db)
    service = ConflictService(db)
    link = "https://visio.exemple.fr/nfe114"
    guests = frozenset({net.forbach_offering})
    hosted = _add_session(
        db, _evening(net, modality=Modality.DISTANCE, room_id=None, video_link=link,
                     guest_offering_ids=guests),
    )  # fmt: skip
    at_home = _add_session(
        db, SessionData(net.forbach_offering, TUESDAY, time(20, 0), time(22, 0), room_id=net.sarre)
    )
    expected = [(ConflictRule.OFFERING_DOUBLE_BOOKED, (hosted, at_home))]
    for site_id in (None, net.sedan, net.forbach):
        found = service.check_network(site_id=site_id)
        assert [(c.rule, c.session_ids) for c in found] == expected
