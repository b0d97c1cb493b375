"""Which sessions go into a site's, a room's or a trainer's .ics, read back with icalendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.base import utcnow
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import CertificationType, Modality, SessionStatus
from cnam_desktop.domain.premises import PremisesData, RoomData
from cnam_desktop.domain.sites import SiteData
from cnam_desktop.errors import NotFoundError, UserFacingError
from cnam_desktop.services.calendar_export import CalendarExportService
from cnam_desktop.services.premises import PremisesService
from cnam_desktop.services.sites import SiteService

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)


def add_course(
    s: Session, code: str = "NFE114", title: str = "Systèmes d'information", **kw: object
) -> m.Course:
    """A course (and its sector, the first time) for tests that need one."""
    sector = s.scalars(select(m.Sector).where(m.Sector.code == "NUM")).first()
    if sector is None:
        sector = m.Sector(code="NUM", name="Numérique")
        s.add(sector)
        s.flush()
    course = m.Course(
        sector_id=sector.id,
        cnam_code=code,
        title=title,
        certification_type=CertificationType.CERTIFICAT_COMPETENCE,
        **kw,
    )
    s.add(course)
    s.flush()
    return course


@dataclass
class Network:
    chaumont: str
    langres: str
    room: str  # at Chaumont
    langres_room: str
    trainer: str
    sessions: dict[str, str]


@pytest.fixture
def network(db: Database) -> Network:
    sites, premises = SiteService(db), PremisesService(db)
    places: dict[str, tuple[str, str]] = {}  # town → (site, room)
    for town, building, room_name in (
        ("Chaumont", "Espace Bouchardon", "Salle 2"),
        ("Langres", "Maison des services", "Salle 1"),
    ):
        site = sites.create(SiteData(name=f"Cnam {town}", town=town))
        building_id = premises.create_premises(PremisesData(site_id=site, name=building))
        room_id = premises.create_room(
            RoomData(premises_id=building_id, name=room_name, capacity=12)
        )
        places[town] = (site, room_id)
    (chaumont, room), (langres, langres_room) = places["Chaumont"], places["Langres"]
    sessions: dict[str, str] = {}
    with db.uow() as s:
        course = add_course(s)
        trainer = m.Trainer(first_name="Jean", last_name="Dupont, fils")
        other_trainer = m.Trainer(first_name="Claire", last_name="Martin")
        s.add_all([trainer, other_trainer])
        s.flush()

        def offering(site: str, **kw: object) -> str:
            row = m.Offering(
                course_id=course.id,
                site_id=site,
                period_label="2026",
                start_date=date(2026, 9, 1),
                **kw,
            )
            s.add(row)
            s.flush()
            return row.id

        at_chaumont = offering(chaumont)
        at_langres = offering(langres)
        gone_offering = offering(chaumont, deleted_at=utcnow())

        def session(key: str, offering_id: str, day: date, **kw: object) -> str:
            row = m.Session(
                offering_id=offering_id,
                day=day,
                start_time=time(18, 0),
                end_time=time(21, 0),
                **kw,
            )
            s.add(row)
            s.flush()
            sessions[key] = row.id
            return row.id

        session("in_room", at_chaumont, date(2026, 10, 6), room_id=room, trainer_id=trainer.id)
        session(
            "cancelled",
            at_chaumont,
            date(2026, 10, 13),
            room_id=room,
            status=SessionStatus.CANCELLED,
        )
        session("tombstoned", at_chaumont, date(2026, 10, 20), room_id=room, deleted_at=utcnow())
        session("of_gone_offering", gone_offering, date(2026, 10, 27), room_id=room)
        guest = session(
            "guest",
            at_langres,
            date(2026, 11, 3),
            modality=Modality.DISTANCE,
            video_link="https://visio.exemple.fr/nfe114",
            trainer_id=other_trainer.id,
        )
        s.add(m.SessionGuest(session_id=guest, offering_id=at_chaumont))
        dropped = session(
            "guest_dropped",
            at_langres,
            date(2026, 11, 10),
            modality=Modality.DISTANCE,
            video_link="https://visio.exemple.fr/nfe114",
        )
        s.add(m.SessionGuest(session_id=dropped, offering_id=at_chaumont, deleted_at=utcnow()))
        session(
            "langres", at_langres, date(2026, 11, 17), room_id=langres_room, trainer_id=trainer.id
        )
        # A Langres group taught in a Chaumont room belongs to Chaumont's planning too.
        session("hosted", at_langres, date(2026, 11, 24), room_id=room)
        trainer_id = trainer.id
    return Network(chaumont, langres, room, langres_room, trainer_id, sessions)


def _uids(path: Path) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["uid"]).removesuffix("@cnam-desktop"): e for e in calendar.walk("VEVENT")}


def _keys(network: Network, path: Path) -> set[str]:
    by_id = {v: k for k, v in network.sessions.items()}
    return {by_id[uid] for uid in _uids(path)}


@pytest.fixture
def service(db: Database) -> CalendarExportService:
    return CalendarExportService(db)


def test_site_calendar_has_its_own_hosted_and_guest_sessions(
    service: CalendarExportService, network: Network, tmp_path: Path
) -> None:
    path = tmp_path / "chaumont.ics"
    assert service.export_ics(path, site_id=network.chaumont) == 4
    assert _keys(network, path) == {"in_room", "cancelled", "guest", "hosted"}
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(calendar["x-wr-calname"]) == "Planning — Chaumont"
    events = _uids(path)
    assert str(events[network.sessions["cancelled"]]["status"]) == "CANCELLED"
    guest = events[network.sessions["guest"]]
    assert str(guest["location"]) == "À distance — https://visio.exemple.fr/nfe114"
    lines = str(guest["description"]).split("\n")
    assert "Sites invités : Cnam Chaumont" in lines
    assert "Site : Cnam Langres" in lines
    assert "Formateur : Claire Martin" in lines
    in_room = events[network.sessions["in_room"]]
    assert str(in_room["summary"]) == "NFE114 — Systèmes d'information"
    assert str(in_room["location"]) == "Salle 2, Espace Bouchardon, Chaumont"
    assert "Formateur : Jean Dupont, fils" in str(in_room["description"]).split("\n")
    start = in_room.decoded("dtstart")
    assert (start.date(), start.hour, in_room["dtstart"].params["TZID"]) == (
        date(2026, 10, 6),
        18,
        "Europe/Paris",
    )
    # Langres: its own sessions, the one it hosts elsewhere, not Chaumont's.
    langres = tmp_path / "langres.ics"
    assert service.export_ics(langres, site_id=network.langres) == 4
    assert _keys(network, langres) == {"guest", "guest_dropped", "langres", "hosted"}


def test_room_and_trainer_calendars(
    service: CalendarExportService, network: Network, tmp_path: Path
) -> None:
    room = tmp_path / "salle.ics"
    assert service.export_ics(room, room_id=network.room) == 3
    assert _keys(network, room) == {"in_room", "cancelled", "hosted"}
    name = icalendar.Calendar.from_ical(room.read_bytes())["x-wr-calname"]
    assert str(name) == "Planning — Salle 2, Espace Bouchardon (Chaumont)"
    trainer = tmp_path / "formateur.ics"
    assert service.export_ics(trainer, trainer_id=network.trainer) == 2
    assert _keys(network, trainer) == {"in_room", "langres"}
    name = icalendar.Calendar.from_ical(trainer.read_bytes())["x-wr-calname"]
    assert str(name) == "Planning — Jean Dupont, fils"


def test_date_range_and_stable_uids(
    service: CalendarExportService, network: Network, tmp_path: Path, db: Database
) -> None:
    path = tmp_path / "octobre.ics"
    count = service.export_ics(
        path, site_id=network.chaumont, start=date(2026, 10, 13), end=date(2026, 11, 3)
    )
    assert count == 2
    assert _keys(network, path) == {"cancelled", "guest"}
    first = _uids(path)
    with db.uow() as s:
        s.get(m.Session, network.sessions["guest"]).start_time = time(17, 30)  # type: ignore[union-attr]
    service.export_ics(
        path, site_id=network.chaumont, start=date(2026, 10, 13), end=date(2026, 11, 3)
    )
    second = _uids(path)
    assert second.keys() == first.keys()
    guest = network.sessions["guest"]
    assert second[guest].decoded("dtstart").time() == time(17, 30)
    assert second[guest].decoded("sequence") >= first[guest].decoded("sequence")
    assert second[guest].decoded("dtstamp") >= first[guest].decoded("dtstamp")


def test_missing_target_and_unwritable_folder(
    service: CalendarExportService, network: Network, tmp_path: Path
) -> None:
    path = tmp_path / "planning.ics"
    with pytest.raises(NotFoundError, match=r"Site introuvable.*« planning\.ics »"):
        service.export_ics(path, site_id="no-such-site")
    with pytest.raises(NotFoundError, match="Salle introuvable"):
        service.export_ics(path, room_id="no-such-room")
    with pytest.raises(NotFoundError, match="Formateur introuvable"):
        service.export_ics(path, trainer_id="no-such-trainer")
    assert not path.exists()
    # A "folder" that is a file: the export cannot create the file inside it.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    target = blocker / "planning.ics"
    with pytest.raises(UserFacingError, match="Impossible d'écrire le fichier") as info:
        service.export_ics(target, site_id=network.chaumont)
    assert str(target) in info.value.message
    with pytest.raises(ValueError):
        service.export_ics(path, site_id=network.chaumont, room_id=network.room)
    with pytest.raises(ValueError):
        service.export_ics(path)


def test_demo_network_site_export(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reader() as s:
        site_id, own = s.execute(
            select(m.Offering.site_id, func.count(m.Session.id))
            .join(m.Session, m.Session.offering_id == m.Offering.id)
            .where(m.Session.deleted_at.is_(None), m.Offering.deleted_at.is_(None))
            .group_by(m.Offering.site_id)
            .order_by(func.count(m.Session.id).desc())
        ).first()  # type: ignore[misc]
    path = tmp_path / "demo.ics"
    written = CalendarExportService(demo_db).export_ics(path, site_id=site_id)
    events = _uids(path)
    assert written == len(events) >= own > 0
    assert all(e["dtstart"].params["TZID"] == "Europe/Paris" for e in events.values())
