from datetime import date, time
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database, french_sort_key
from cnam_desktop.domain.enums import CertificationType, RoomKind
from cnam_desktop.domain.premises import (
    PremisesData,
    PremisesFilter,
    RoomData,
    RoomFilter,
    room_in_use,
)
from cnam_desktop.domain.sites import SiteData
from cnam_desktop.domain.usage import InUseError
from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.errors import NotFoundError, UserFacingError
from cnam_desktop.services.premises import PremisesService
from cnam_desktop.services.sites import SiteService
from tests.unit.test_sites_service import CHAUMONT

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)


@pytest.fixture
def service(db: Database) -> PremisesService:
    return PremisesService(db)


@pytest.fixture
def site_id(db: Database) -> str:
    return SiteService(db).create(CHAUMONT)


def _premises(site_id: str, name: str = "Espace Bouchardon", **kw: object) -> PremisesData:
    return PremisesData(site_id=site_id, name=name, **kw)  # type: ignore[arg-type]


def test_create_and_read_premises(service: PremisesService, site_id: str) -> None:
    data = _premises(
        site_id,
        address="  12 rue Victoria ",
        owner="Ville de Chaumont",
        agreement_start=date(2019, 9, 1),
        agreement_end=date(2022, 8, 31),
        yearly_cost=Decimal("1200.50"),
        step_free=True,
    )
    premises_id = service.create_premises(data)
    saved = service.get_premises(premises_id)
    assert saved.address == "12 rue Victoria"
    assert saved.yearly_cost == Decimal("1200.50")
    row = service.premises_rows([premises_id])[premises_id]
    assert (row.site_name, row.room_count, row.capacity) == ("Cnam Chaumont", 0, 0)


def test_premises_validation_names_fields(service: PremisesService, site_id: str) -> None:
    with pytest.raises(ValidationError) as info:
        service.create_premises(
            _premises(
                site_id,
                name="  ",
                agreement_start=date(2022, 1, 1),
                agreement_end=date(2021, 1, 1),
                yearly_cost=Decimal("-1"),
            )
        )
    errors = info.value.errors
    assert set(errors) == {"name", "agreement_end", "yearly_cost"}
    assert errors["name"].startswith("Nom des locaux")
    assert errors["agreement_end"].startswith("Fin de la convention")
    assert errors["yearly_cost"] == "Coût annuel : ne peut pas être négatif."
    assert service.list_premises_ids() == []


def test_room_name_unique_within_the_site(service: PremisesService, site_id: str) -> None:
    first = service.create_premises(_premises(site_id))
    second = service.create_premises(_premises(site_id, "Lycée Bouchardon"))
    service.create_room(RoomData(premises_id=first, name="Salle 1", capacity=16))
    with pytest.raises(ValidationError) as info:
        service.create_room(RoomData(premises_id=second, name="salle 1 ", capacity=10))
    assert info.value.errors["name"] == (
        "Nom de la salle : une salle « salle 1 » existe déjà sur ce site."
    )
    other_site = SiteService(service._db).create(SiteData(name="Cnam Langres", town="Langres"))
    elsewhere = service.create_premises(_premises(other_site, "Maison des services"))
    service.create_room(RoomData(premises_id=elsewhere, name="Salle 1", capacity=10))


def test_room_validation(service: PremisesService, site_id: str) -> None:
    premises_id = service.create_premises(_premises(site_id))
    with pytest.raises(ValidationError) as info:
        service.create_room(RoomData(premises_id=premises_id, name="Salle 1", capacity=0))
    assert info.value.errors == {"capacity": "Capacité : doit être supérieur à 0."}
    with pytest.raises(NotFoundError):
        service.create_room(RoomData(premises_id="nope", name="Salle 1", capacity=4))


def test_filters_and_sorts(service: PremisesService, site_id: str) -> None:
    premises_id = service.create_premises(_premises(site_id, step_free=True))
    salle = service.create_room(
        RoomData(premises_id=premises_id, name="Salle 2", capacity=16, accessible=True)
    )
    labo = service.create_room(
        RoomData(
            premises_id=premises_id, name="Laboratoire", capacity=12, kind=RoomKind.COMPUTER_LAB
        )
    )
    etude = service.create_room(RoomData(premises_id=premises_id, name="Étude", capacity=8))
    assert service.list_room_ids() == [etude, labo, salle]  # French: « Étude » among the E
    assert service.list_room_ids(sort="capacity", descending=True) == [salle, labo, etude]
    assert service.list_room_ids(RoomFilter(kind=RoomKind.COMPUTER_LAB)) == [labo]
    assert service.list_room_ids(RoomFilter(accessible=True)) == [salle]
    assert service.list_room_ids(RoomFilter(text="labo", site_id=site_id)) == [labo]
    assert service.list_room_ids(RoomFilter(text="bouchardon")) == [etude, labo, salle]
    assert service.list_premises_ids(PremisesFilter(step_free=False)) == []
    assert service.list_premises_ids(PremisesFilter(text="chaumont")) == [premises_id]
    row = service.premises_rows([premises_id])[premises_id]
    assert (row.room_count, row.capacity) == (3, 36)
    with pytest.raises(ValueError):
        service.list_room_ids(sort="premises_id")  # a column, but not a sort key
    with pytest.raises(ValueError):
        service.list_premises_ids(sort="site_id; DROP TABLE room")
    assert service.list_room_ids(sort="session_count") == [etude, labo, salle]  # no sessions
    assert service.list_premises_ids(sort="room_count") == [premises_id]


def _course_offering(db: Database, site_id: str) -> str:
    with db.uow() as s:
        sector = m.Sector(code="NUM", name="Numérique")
        s.add(sector)
        s.flush()
        course = m.Course(
            sector_id=sector.id,
            cnam_code="CC13",
            title="Analyste en cybersécurité",
            certification_type=CertificationType.CERTIFICAT_COMPETENCE,
        )
        s.add(course)
        s.flush()
        offering = m.Offering(
            course_id=course.id, site_id=site_id, period_label="2026", start_date=date(2026, 9, 1)
        )
        s.add(offering)
        s.flush()
        return offering.id


def test_room_used_by_sessions_cannot_be_deleted(
    service: PremisesService, db: Database, site_id: str
) -> None:
    premises_id = service.create_premises(_premises(site_id))
    room_id = service.create_room(RoomData(premises_id=premises_id, name="Salle 1", capacity=16))
    offering_id = _course_offering(db, site_id)
    with db.uow() as s:
        for day in (date(2026, 11, 5), date(2026, 12, 3), date(2026, 12, 10)):
            s.add(
                m.Session(
                    offering_id=offering_id,
                    day=day,
                    start_time=time(18),
                    end_time=time(21),
                    room_id=room_id,
                )
            )
    assert service.room_rows([room_id])[room_id].session_count == 3
    with pytest.raises(InUseError) as info:
        service.delete_room(room_id, today=date(2026, 11, 26))
    assert info.value.message == (
        "Impossible de supprimer la salle « Salle 1 » : 3 séances l'utilisent. "
        "La prochaine a lieu le 03/12/2026. Supprimez-les ou déplacez-les d'abord."
    )
    with pytest.raises(InUseError, match="La dernière a eu lieu le 10/12/2026"):
        service.delete_room(room_id, today=date(2027, 1, 1))
    with pytest.raises(InUseError) as premises_info:
        service.delete_premises(premises_id)
    assert premises_info.value.message == (
        "Impossible de supprimer les locaux « Espace Bouchardon » : 1 salle l'utilise. "
        "Supprimez ces salles ou déplacez-les d'abord."
    )
    assert service.get_room(room_id).name == "Salle 1"


def test_delete_and_restore(service: PremisesService, site_id: str) -> None:
    premises_id = service.create_premises(_premises(site_id))
    room_id = service.create_room(RoomData(premises_id=premises_id, name="Salle 1", capacity=16))
    service.delete_room(room_id)
    assert service.list_room_ids() == []
    with pytest.raises(NotFoundError):
        service.get_room(room_id)
    service.delete_premises(premises_id)
    with pytest.raises(UserFacingError, match="Restaurez-les d'abord"):
        service.restore_room(room_id)
    service.restore_premises(premises_id)
    service.restore_room(room_id)
    assert service.list_room_ids() == [room_id]
    assert service.get_room(room_id).capacity == 16
    service.restore_room(room_id)  # already live: nothing to do


def test_restore_refused_when_name_taken_meanwhile(service: PremisesService, site_id: str) -> None:
    premises_id = service.create_premises(_premises(site_id))
    old = service.create_room(RoomData(premises_id=premises_id, name="Salle 1", capacity=16))
    service.delete_room(old)
    service.create_room(RoomData(premises_id=premises_id, name="Salle 1", capacity=20))
    with pytest.raises(ValidationError) as info:
        service.restore_room(old)
    assert "name" in info.value.errors


def test_update_room_moves_and_renames(service: PremisesService, site_id: str) -> None:
    a = service.create_premises(_premises(site_id))
    b = service.create_premises(_premises(site_id, "Lycée"))
    room_id = service.create_room(RoomData(premises_id=a, name="Salle 1", capacity=16))
    service.update_room(room_id, RoomData(premises_id=b, name="Salle A", capacity=18))
    row = service.room_rows([room_id])[room_id]
    assert (row.premises_name, row.name, row.capacity) == ("Lycée", "Salle A", 18)
    # Renaming a room to its own name is not a clash with itself.
    service.update_room(room_id, RoomData(premises_id=b, name="Salle A", capacity=20))


def test_demo_rows_and_refused_deletes(demo_db: Database) -> None:
    service = PremisesService(demo_db)
    with demo_db.reader() as s:
        live_rooms = s.scalar(select(func.count(m.Room.id)).where(m.Room.deleted_at.is_(None)))
        busiest, used = s.execute(
            select(m.Session.room_id, func.count(m.Session.id))
            .where(m.Session.room_id.is_not(None), m.Session.deleted_at.is_(None))
            .group_by(m.Session.room_id)
            .order_by(func.count(m.Session.id).desc())
            .limit(1)
        ).one()
    room_ids = service.list_room_ids()
    assert len(room_ids) == live_rooms
    rows = service.room_rows(room_ids)
    assert rows[busiest].session_count == used
    assert all(row.site_name and row.premises_name for row in rows.values())
    with pytest.raises(InUseError, match=f"« .* » : {used} séances l'utilisent"):
        service.delete_room(busiest)
    premises_ids = service.list_premises_ids(sort="site")
    premises_rows = service.premises_rows(premises_ids)
    sites = [premises_rows[i].site_name for i in premises_ids]
    assert sum(r.room_count for r in premises_rows.values()) == live_rooms
    assert sites == sorted(sites, key=french_sort_key)
    with pytest.raises(InUseError, match=r"salles? l'utilis"):
        service.delete_premises(rows[busiest].premises_id)


def test_room_with_sessions_cannot_change_site(
    service: PremisesService, db: Database, site_id: str
) -> None:
    premises_id = service.create_premises(_premises(site_id))
    room_id = service.create_room(RoomData(premises_id=premises_id, name="Salle 1", capacity=16))
    langres = SiteService(db).create(SiteData(name="Cnam Langres", town="Langres"))
    elsewhere = service.create_premises(_premises(langres, "Maison des services"))
    service.create_room(RoomData(premises_id=elsewhere, name="Salle 1", capacity=10))
    offering_id = _course_offering(db, site_id)
    with db.uow() as s:
        s.add(
            m.Session(
                offering_id=offering_id,
                day=date(2026, 12, 3),
                start_time=time(18),
                end_time=time(21),
                room_id=room_id,
            )
        )
    with pytest.raises(ValidationError) as info:
        service.update_room(room_id, RoomData(premises_id=elsewhere, name="Salle 2", capacity=16))
    assert info.value.errors == {
        "premises_id": "Locaux : la salle accueille 1 séance de son site actuel."
    }
    with pytest.raises(ValidationError) as moved:
        service.update_premises(premises_id, _premises(langres))
    assert moved.value.errors == {
        "site_id": "Site : la salle « Salle 1 » accueille 1 séance de son site actuel."
    }
    assert service.get_premises(premises_id).site_id == site_id


def test_premises_move_refused_on_room_name_clash(
    service: PremisesService, db: Database, site_id: str
) -> None:
    premises_id = service.create_premises(_premises(site_id))
    service.create_room(RoomData(premises_id=premises_id, name="Salle 1", capacity=16))
    langres = SiteService(db).create(SiteData(name="Cnam Langres", town="Langres"))
    elsewhere = service.create_premises(_premises(langres, "Maison des services"))
    service.create_room(RoomData(premises_id=elsewhere, name="Salle 1", capacity=10))
    with pytest.raises(ValidationError, match="une salle « Salle 1 » existe déjà"):
        service.update_premises(premises_id, _premises(langres))
    service.update_premises(premises_id, _premises(site_id, "Espace Bouchardon (bât. B)"))
    assert service.get_premises(premises_id).name == "Espace Bouchardon (bât. B)"


def test_in_use_message_with_several_uses() -> None:
    error = room_in_use("Salle 1", 2, date(2026, 12, 3), date(2027, 1, 7), 1)
    assert error.message == (
        "Impossible de supprimer la salle « Salle 1 » : 2 séances l'utilisent. "
        "La prochaine a lieu le 03/12/2026. Autres usages : 1 ligne d'inventaire. "
        "Supprimez-les ou déplacez-les d'abord."
    )
    assert (error.count, error.users) == (2, "séances")
