from datetime import date

import pytest
from sqlalchemy import select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.catalogue import (
    CourseData,
    CourseEquipmentData,
    CourseFilter,
    SectorData,
)
from cnam_desktop.domain.enums import CertificationType, Modality, OfferingStatus
from cnam_desktop.domain.usage import InUseError
from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.errors import NotFoundError, UserFacingError
from cnam_desktop.services.catalogue import CatalogueService

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)


@pytest.fixture
def service(db: Database) -> CatalogueService:
    return CatalogueService(db)


def _course(sector_id: str, **changes: object) -> CourseData:
    values: dict[str, object] = {
        "sector_id": sector_id,
        "cnam_code": "CC13200",
        "title": "Analyste en cybersécurité",
        "certification_type": CertificationType.CERTIFICAT_COMPETENCE,
        "rs_code": "RS5636",
        "level": 6,
        "hours": 306,
        "ects": 30,
        "min_learners": 8,
        "max_learners": 16,
    }
    values.update(changes)
    return CourseData(**values)  # type: ignore[arg-type]


def _equipment_type(db: Database, label: str = "Ordinateur portable") -> str:
    with db.uow() as s:
        kind = m.EquipmentType(label=label, category="Informatique")
        s.add(kind)
        s.flush()
        return kind.id


def test_sector_crud_and_unique_code(service: CatalogueService) -> None:
    num = service.create_sector(SectorData(code=" num ", name="Numérique"))
    assert service.get_sector(num) == SectorData(code="NUM", name="Numérique")
    com = service.create_sector(SectorData(code="COM", name="Commerce"))
    with pytest.raises(ValidationError) as info:
        service.create_sector(SectorData(code="NUM", name="Autre"))
    assert "Code de la filière" in info.value.errors["code"]
    with pytest.raises(ValidationError) as info:
        service.update_sector(com, SectorData(code="NUM", name="Commerce"))
    assert set(info.value.errors) == {"code"}
    with pytest.raises(ValidationError) as info:
        service.create_sector(SectorData(code="", name=""))
    assert set(info.value.errors) == {"code", "name"}
    assert [r.name for r in service.sectors()] == ["Commerce", "Numérique"]


def test_course_validation_names_every_bad_field(service: CatalogueService) -> None:
    sector = service.create_sector(SectorData(code="NUM", name="Numérique"))
    bad = _course(
        sector,
        cnam_code="",
        title=" ",
        rncp_code="35000",
        rs_code="RS12",
        level=9,
        hours=0,
        ects=-1,
        min_learners=20,
        max_learners=10,
        allows_in_person=False,
        allows_distance=False,
        allows_hybrid=False,
    )
    with pytest.raises(ValidationError) as info:
        service.create(bad)
    errors = info.value.errors
    assert set(errors) == {
        "cnam_code",
        "title",
        "rncp_code",
        "rs_code",
        "level",
        "hours",
        "ects",
        "max_learners",
        "modalities",
    }
    assert errors["level"].startswith("Niveau")
    assert errors["rncp_code"].startswith("Code RNCP")
    assert "effectif minimum" in errors["max_learners"]
    assert service.list_ids() == []


def test_degree_rules(service: CatalogueService) -> None:
    sector = service.create_sector(SectorData(code="NUM", name="Numérique"))
    with pytest.raises(ValidationError) as info:
        service.create(_course(sector, certification_type=CertificationType.MASTER, ects=None))
    assert set(info.value.errors) == {"ects"}
    assert "Master" in info.value.errors["ects"]
    with pytest.raises(ValidationError) as info:
        service.create(_course(sector, certification_type=CertificationType.TITRE_RNCP))
    assert set(info.value.errors) == {"rncp_code"}
    course_id = service.create(
        _course(sector, certification_type=CertificationType.TITRE_RNCP, rncp_code="rncp 35000")
    )
    assert service.get(course_id).rncp_code == "RNCP35000"


def test_unique_cnam_code_and_unknown_sector(service: CatalogueService) -> None:
    sector = service.create_sector(SectorData(code="NUM", name="Numérique"))
    first = service.create(_course(sector))
    with pytest.raises(ValidationError) as info:
        service.create(_course(sector, title="Autre"))
    assert "CC13200" in info.value.errors["cnam_code"]
    service.update(first, _course(sector, title="Analyste SOC"))
    assert service.get(first).title == "Analyste SOC"
    with pytest.raises(NotFoundError):
        service.create(_course("no-such-sector", cnam_code="NFE114"))
    service.delete(first)
    with pytest.raises(ValidationError) as info:  # the code stays held by the tombstone
        service.create(_course(sector))
    assert "restaurez" in info.value.errors["cnam_code"]


def test_filters_and_french_sort(service: CatalogueService) -> None:
    num = service.create_sector(SectorData(code="NUM", name="Numérique"))
    ent = service.create_sector(SectorData(code="ENT", name="Entrepreneuriat"))
    cyber = service.create(_course(num))
    eco = service.create(
        _course(
            ent,
            cnam_code="LG03601",
            rs_code=None,
            title="Économie et gestion",
            certification_type=CertificationType.LICENCE,
            level=6,
            ects=180,
            hours=1200,
            cpf_eligible=False,
            vae=True,
        )
    )
    dev = service.create(
        _course(num, cnam_code="CPN8900", title="Développeur web", level=5, hours=500)
    )
    # « Économie » sorts among the E, after « Développeur », before nothing with accents.
    assert service.list_ids() == [cyber, dev, eco]
    assert service.list_ids(descending=True) == [eco, dev, cyber]
    assert service.list_ids(sort="cnam_code") == [cyber, dev, eco]
    assert service.list_ids(sort="sector") == [eco, cyber, dev]
    assert service.list_ids(sort="hours") == [cyber, dev, eco]
    assert service.list_ids(CourseFilter(text="Écon")) == [eco]
    assert service.list_ids(CourseFilter(text="GESTION")) == [eco]
    assert service.list_ids(CourseFilter(text="rs5636")) == [cyber, dev]
    assert service.list_ids(CourseFilter(sector_id=num)) == [cyber, dev]
    assert service.list_ids(CourseFilter(certification_type=CertificationType.LICENCE)) == [eco]
    assert service.list_ids(CourseFilter(cpf_eligible=False)) == [eco]
    assert service.list_ids(CourseFilter(vae=True)) == [eco]
    assert service.list_ids(CourseFilter(level=5)) == [dev]
    with pytest.raises(ValueError):
        service.list_ids(sort="objectives; DROP TABLE course")
    rows = service.rows([eco, cyber])
    assert rows[eco].sector_name == "Entrepreneuriat"
    assert rows[cyber].modalities == frozenset(Modality)
    assert {r.code: r.course_count for r in service.sectors()} == {"NUM": 2, "ENT": 1}


def test_delete_refused_while_in_use_then_restore(service: CatalogueService, db: Database) -> None:
    num = service.create_sector(SectorData(code="NUM", name="Numérique"))
    course = service.create(_course(num))
    with db.uow() as s:
        site = m.Site(regional_centre_id=_centre(s), name="Cnam Chaumont", town="Chaumont")
        s.add(site)
        s.flush()
        for label in ("2024", "2025"):
            s.add(
                m.Offering(
                    course_id=course,
                    site_id=site.id,
                    period_label=label,
                    start_date=date(int(label), 9, 1),
                    status=OfferingStatus.CANCELLED if label == "2024" else OfferingStatus.OPEN,
                )
            )
    with pytest.raises(InUseError) as info:
        service.delete(course)
    assert info.value.count == 2
    assert "2 ouvertures l'utilisent" in info.value.message
    assert "CC13200" in info.value.message
    with pytest.raises(InUseError) as sector_info:
        service.delete_sector(num)
    assert "1 parcours du catalogue l'utilise" in sector_info.value.message
    assert isinstance(sector_info.value, UserFacingError)
    with db.uow() as s:
        for offering in s.scalars(select(m.Offering)):
            s.delete(offering)
    service.delete(course)
    assert service.list_ids() == []
    service.delete_sector(num)
    with pytest.raises(UserFacingError, match="filière a été supprimée"):
        service.restore(course)
    service.restore_sector(num)
    service.restore(course)
    assert service.list_ids() == [course]
    assert service.get(course).cnam_code == "CC13200"


def _centre(s: object) -> str:
    from cnam_desktop.db.repositories.sites import default_centre_id

    return default_centre_id(s)  # type: ignore[arg-type]


def test_equipment_requirements_are_replaced(service: CatalogueService, db: Database) -> None:
    laptop = _equipment_type(db, "Ordinateur portable")
    projector = _equipment_type(db, "Vidéoprojecteur")
    num = service.create_sector(SectorData(code="NUM", name="Numérique"))
    course = service.create(
        _course(num),
        [CourseEquipmentData(laptop, per_learner=1), CourseEquipmentData(projector, per_group=1)],
    )
    assert [(e.label, e.per_learner, e.per_group) for e in service.equipment(course)] == [
        ("Ordinateur portable", 1, 0),
        ("Vidéoprojecteur", 0, 1),
    ]
    service.set_equipment(course, [CourseEquipmentData(laptop, per_learner=2, per_group=1)])
    assert [(e.label, e.per_learner, e.per_group) for e in service.equipment(course)] == [
        ("Ordinateur portable", 2, 1),
    ]
    service.set_equipment(course, [CourseEquipmentData(projector, per_group=2)])  # revived
    assert [(e.label, e.per_group) for e in service.equipment(course)] == [("Vidéoprojecteur", 2)]
    with db.reader() as s:
        assert len(s.scalars(select(m.CourseEquipment)).all()) == 2
    with pytest.raises(ValidationError) as info:
        service.set_equipment(course, [CourseEquipmentData(laptop, per_learner=0, per_group=0)])
    assert "quantité" in info.value.errors["equipment[0]"]
    with pytest.raises(ValidationError):
        service.set_equipment(course, [CourseEquipmentData(laptop, per_learner=-1, per_group=1)])
    assert [e.label for e in service.equipment(course)] == ["Vidéoprojecteur"]


def test_demo_catalogue_is_valid_and_in_use(demo_db: Database) -> None:
    service = CatalogueService(demo_db)
    ids = service.list_ids()
    assert len(ids) == 54
    for course_id in ids:  # every demo course passes the validation of the dialog
        service.update(course_id, service.get(course_id))
    used = [r for r in service.rows(ids).values() if r.offering_count]
    assert used
    with pytest.raises(InUseError):
        service.delete(used[0].id)
