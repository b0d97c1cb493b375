from datetime import date, time

import pytest
from sqlalchemy import func, select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories.sites import default_centre_id
from cnam_desktop.domain.enums import CertificationType, SessionStatus
from cnam_desktop.domain.trainers import TrainerData, TrainerFilter
from cnam_desktop.domain.usage import InUseError
from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.errors import NotFoundError
from cnam_desktop.services.trainers import TrainerService

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

CLAIRE = TrainerData(
    first_name="Claire",
    last_name="Mathieu",
    email="claire.mathieu@exemple.fr",
    phone="03 53 01 10 01",
    home_centre="Cnam Grand Est — Nancy",
)


@pytest.fixture
def service(db: Database) -> TrainerService:
    return TrainerService(db)


@pytest.fixture
def sectors(db: Database) -> dict[str, str]:
    with db.uow() as s:
        rows = {
            code: m.Sector(code=code, name=name)
            for code, name in [("NUM", "Numérique"), ("CYB", "Cybersécurité"), ("COM", "Commerce")]
        }
        s.add_all(rows.values())
        s.flush()
        return {code: row.id for code, row in rows.items()}


def _sessions(db: Database, trainer_id: str, days: list[tuple[date, SessionStatus]]) -> None:
    with db.uow() as s:
        sector = m.Sector(code="X", name="X")
        site = m.Site(regional_centre_id=default_centre_id(s), name="Cnam Sedan", town="Sedan")
        s.add_all([sector, site])
        s.flush()
        course = m.Course(
            sector_id=sector.id,
            cnam_code="NFE114",
            title="Systèmes d'information",
            certification_type=CertificationType.CERTIFICAT_COMPETENCE,
        )
        s.add(course)
        s.flush()
        offering = m.Offering(
            course_id=course.id, site_id=site.id, period_label="2025", start_date=date(2025, 9, 1)
        )
        s.add(offering)
        s.flush()
        for day, status in days:
            s.add(
                m.Session(
                    offering_id=offering.id,
                    day=day,
                    start_time=time(18),
                    end_time=time(21),
                    trainer_id=trainer_id,
                    status=status,
                )
            )


def test_create_with_sectors_and_replace_them(
    service: TrainerService, sectors: dict[str, str], db: Database
) -> None:
    data = TrainerData(
        **{**CLAIRE.__dict__, "sector_ids": frozenset({sectors["NUM"], sectors["CYB"]})}
    )
    trainer = service.create(data)
    assert service.get(trainer) == data
    assert service.rows([trainer])[trainer].sector_names == ("Cybersécurité", "Numérique")
    changed = TrainerData(
        **{**CLAIRE.__dict__, "sector_ids": frozenset({sectors["CYB"], sectors["COM"]})}
    )
    service.update(trainer, changed)
    assert service.get(trainer).sector_ids == {sectors["CYB"], sectors["COM"]}
    with db.reader() as s:
        links = {
            (link.sector_id, link.deleted_at is None) for link in s.scalars(select(m.TrainerSector))
        }
    assert links == {(sectors["NUM"], False), (sectors["CYB"], True), (sectors["COM"], True)}
    service.update(trainer, data)  # NUM comes back: its tombstoned link is revived
    assert service.get(trainer).sector_ids == {sectors["NUM"], sectors["CYB"]}
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(m.TrainerSector)) == 3
    with pytest.raises(NotFoundError):
        service.update(trainer, TrainerData("A", "B", sector_ids=frozenset({"nope"})))
    assert service.get(trainer) == data


def test_validation_names_fields(service: TrainerService) -> None:
    with pytest.raises(ValidationError) as info:
        service.create(TrainerData(first_name=" ", last_name="", email="claire@", phone="abc"))
    assert set(info.value.errors) == {"first_name", "last_name", "email", "phone"}
    assert info.value.errors["phone"].startswith("Téléphone")
    assert info.value.errors["email"].startswith("Adresse électronique")
    assert service.list_ids() == []
    trainer = service.create(TrainerData(" Jean ", "Dupont", email=" Jean.Dupont@Exemple.FR "))
    assert service.get(trainer).email == "jean.dupont@exemple.fr"
    assert service.get(trainer).first_name == "Jean"


def test_filters_and_sort(service: TrainerService, sectors: dict[str, str]) -> None:
    claire = service.create(CLAIRE)
    eloise = service.create(
        TrainerData("Éloïse", "Écuyer", distance_ok=False, sector_ids=frozenset({sectors["COM"]}))
    )
    bruno = service.create(TrainerData("Bruno", "Zeller", home_centre="Cnam Strasbourg"))
    assert service.list_ids() == [eloise, claire, bruno]
    assert service.list_ids(sort="first_name") == [bruno, claire, eloise]
    assert service.list_ids(descending=True) == [bruno, claire, eloise]
    assert service.list_ids(TrainerFilter(text="strasbourg")) == [bruno]
    assert service.list_ids(TrainerFilter(text="mathieu@")) == [claire]
    assert service.list_ids(TrainerFilter(sector_id=sectors["COM"])) == [eloise]
    assert service.list_ids(TrainerFilter(distance_ok=False)) == [eloise]
    with pytest.raises(ValueError):
        service.list_ids(sort="notes")  # not a sort key


def test_delete_refused_with_upcoming_sessions(service: TrainerService, db: Database) -> None:
    trainer = service.create(CLAIRE)
    _sessions(
        db,
        trainer,
        [
            (date(2025, 10, 1), SessionStatus.DONE),  # past: does not block
            (date(2025, 10, 6), SessionStatus.CANCELLED),  # cancelled: does not block
            (date(2025, 10, 8), SessionStatus.PLANNED),
            (date(2025, 10, 15), SessionStatus.CONFIRMED),
        ],
    )
    today = date(2025, 10, 6)
    assert service.rows([trainer], today=today)[trainer].next_session == date(2025, 10, 8)
    with pytest.raises(InUseError) as info:
        service.delete(trainer, today=today)
    assert info.value.count == 2
    assert "2 séances à venir l'utilisent" in info.value.message
    assert "08/10/2025" in info.value.message
    assert "Claire Mathieu" in info.value.message
    service.delete(trainer, today=date(2025, 10, 16))
    assert service.list_ids() == []
    with pytest.raises(NotFoundError):
        service.get(trainer)
    service.restore(trainer)
    assert service.list_ids() == [trainer]


def test_demo_trainers(demo_db: Database) -> None:
    service = TrainerService(demo_db)
    ids = service.list_ids()
    with demo_db.reader() as s:
        expected = s.scalar(select(func.count()).select_from(m.Trainer))
    assert len(ids) == expected
    for trainer in ids:  # every demo trainer passes the dialog's validation
        service.update(trainer, service.get(trainer))
    rows = service.rows(ids, today=date(2000, 1, 1))
    busy = [r for r in rows.values() if r.next_session is not None]
    assert busy
    with pytest.raises(InUseError):
        service.delete(busy[0].id, today=date(2000, 1, 1))


def test_demo_sort_by_sectors_and_next_session(demo_db: Database) -> None:
    """Sectors: by the first sector shown (French order); next session: by its date."""
    from cnam_desktop.domain.formatting import french_sort_key

    service = TrainerService(demo_db)
    today = date(2025, 10, 8)
    for descending in (False, True):
        ids = service.list_ids(sort="sectors", descending=descending, today=today)
        rows = service.rows(ids, today=today)
        firsts = [rows[i].sector_names[0] for i in ids if rows[i].sector_names]
        keys = [french_sort_key(name) for name in firsts]
        assert keys == sorted(keys, reverse=descending)
        assert len(set(firsts)) > 3
        ids = service.list_ids(sort="next_session", descending=descending, today=today)
        rows = service.rows(ids, today=today)
        days = [rows[i].next_session for i in ids]
        present = [d for d in days if d is not None]
        assert present == sorted(present, reverse=descending)
        assert days[: len(present)] == present  # trainers with no session come last
