from datetime import date

import pytest
from sqlalchemy import select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import PartnerKind, PartnerRole, RoomKind, SiteStatus
from cnam_desktop.domain.sites import SiteData, SiteFilter
from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.errors import NotFoundError
from cnam_desktop.services.sites import SiteService

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

CHAUMONT = SiteData(
    name="Cnam Chaumont",
    town="Chaumont",
    insee_code="52121",
    postcode="52000",
    department="52",
    acv=True,
    industry_territory=True,
    status=SiteStatus.OPEN,
    opening_date=date(2019, 9, 13),
)


@pytest.fixture
def service(db: Database) -> SiteService:
    return SiteService(db)


def test_create_records_status_history(service: SiteService, db: Database) -> None:
    site_id = service.create(CHAUMONT, today=date(2019, 9, 13))
    assert service.get(site_id) == CHAUMONT
    service.update(
        site_id,
        SiteData(**{**CHAUMONT.__dict__, "status": SiteStatus.SUSPENDED}),
        today=date(2020, 3, 16),
    )
    with db.reader() as s:
        history = s.execute(
            select(m.SiteStatusChange.status, m.SiteStatusChange.changed_on)
            .where(m.SiteStatusChange.site_id == site_id)
            .order_by(m.SiteStatusChange.changed_on)
        ).all()
    assert history == [
        (SiteStatus.OPEN, date(2019, 9, 13)),
        (SiteStatus.SUSPENDED, date(2020, 3, 16)),
    ]


def test_invalid_data_writes_nothing(service: SiteService) -> None:
    with pytest.raises(ValidationError) as info:
        service.create(SiteData(name="Cnam Verdun", town="Verdun", insee_code="5554"))
    assert "insee_code" in info.value.errors
    assert service.list_ids() == []


def test_filters_and_sort(service: SiteService) -> None:
    chaumont = service.create(CHAUMONT)
    verdun = service.create(SiteData(name="Cnam Verdun", town="Verdun", department="55", acv=True))
    sedan = service.create(
        SiteData(name="Cnam Sedan", town="Sedan", department="08", status=SiteStatus.SELECTED)
    )
    assert service.list_ids() == [chaumont, sedan, verdun]
    assert service.list_ids(sort="department") == [sedan, chaumont, verdun]
    assert service.list_ids(sort="name", descending=True) == [verdun, sedan, chaumont]
    assert service.list_ids(SiteFilter(text="verd")) == [verdun]
    assert service.list_ids(SiteFilter(status=SiteStatus.SELECTED)) == [sedan]
    assert service.list_ids(SiteFilter(department="52")) == [chaumont]
    assert service.list_ids(SiteFilter(acv=False)) == [sedan]
    assert service.departments() == ["08", "52", "55"]
    with pytest.raises(ValueError):
        service.list_ids(sort="notes")


def test_detail_lists_partners_rooms_and_offerings(service: SiteService, db: Database) -> None:
    site_id = service.create(CHAUMONT)
    with db.uow() as s:
        agglo = m.Partner(name="Agglomération de Chaumont", kind=PartnerKind.LOCAL_AUTHORITY)
        s.add(agglo)
        s.flush()
        s.add(m.SitePartner(site_id=site_id, partner_id=agglo.id, role=PartnerRole.HOST))
        premises = m.Premises(site_id=site_id, name="Espace Bouchardon")
        s.add(premises)
        s.flush()
        s.add(m.Room(premises_id=premises.id, name="Salle 1", capacity=16, accessible=True))
        s.add(m.Room(premises_id=premises.id, name="Labo", capacity=12, kind=RoomKind.COMPUTER_LAB))
    detail = service.detail(site_id)
    assert [(p.name, p.role_label) for p in detail.partners] == [
        ("Agglomération de Chaumont", "Hébergeur")
    ]
    assert [(r.name, r.kind_label, r.capacity) for r in detail.rooms] == [
        ("Labo", "Salle informatique", 12),
        ("Salle 1", "Salle de cours", 16),
    ]
    assert detail.row.room_count == 2
    assert detail.offerings == []


def test_deleted_site_is_gone(service: SiteService) -> None:
    site_id = service.create(CHAUMONT)
    service.delete(site_id)
    with pytest.raises(NotFoundError):
        service.get(site_id)
    with pytest.raises(NotFoundError):
        service.delete(site_id)


def test_sort_is_french_and_follows_the_pipeline(service: SiteService) -> None:
    epinal = service.create(SiteData(name="Cnam Épinal", town="Épinal", acv=True))
    verdun = service.create(
        SiteData(name="Cnam Verdun", town="Verdun", status=SiteStatus.BDT_SUPPORT)
    )
    chaumont = service.create(CHAUMONT)
    # Accents ignored: « Épinal » sorts among the E, not after « Verdun ».
    assert service.list_ids() == [chaumont, epinal, verdun]
    assert service.list_ids(sort="town") == [chaumont, epinal, verdun]
    # Status in pipeline order (candidature … ouvert … accompagné BdT), not by code.
    assert service.list_ids(sort="status") == [epinal, chaumont, verdun]
    assert service.list_ids(sort="status", descending=True) == [verdun, chaumont, epinal]


def test_delete_refused_while_premises_or_offerings_use_the_site(
    service: SiteService, db: Database
) -> None:
    from cnam_desktop.domain.usage import InUseError

    site_id = service.create(CHAUMONT)
    with db.uow() as s:
        s.add(m.Premises(site_id=site_id, name="Espace Bouchardon"))
    with pytest.raises(InUseError) as info:
        service.delete(site_id)
    assert "Cnam Chaumont" in info.value.message and "bâtiment" in info.value.message
    assert service.list_ids() == [site_id]


def test_restore_brings_a_deleted_site_back(service: SiteService) -> None:
    site_id = service.create(CHAUMONT)
    service.delete(site_id)
    service.restore(site_id)
    assert service.get(site_id) == CHAUMONT
