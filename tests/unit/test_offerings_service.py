from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

import pytest
from sqlalchemy import select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories.sites import default_centre_id
from cnam_desktop.domain.enums import (
    CertificationType,
    Modality,
    OfferingStatus,
    RoomKind,
)
from cnam_desktop.domain.formatting import french_sort_key
from cnam_desktop.domain.offer_rows import OFFERING_SORT_KEYS, OfferingFilter, OfferingRow
from cnam_desktop.domain.sessions import OfferingData, validate_offering
from cnam_desktop.domain.usage import InUseError
from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.errors import NotFoundError, UserFacingError
from cnam_desktop.services.offerings import OfferingService
from tests.backends import sql

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

TODAY = date(2026, 11, 26)  # the demo's reference day
NOW = datetime(2026, 11, 26, 12, 0)


@dataclass
class World:
    """Hand-made records: ids by short name."""

    sectors: dict[str, str]
    courses: dict[str, str]
    sites: dict[str, str]
    rooms: dict[str, str]
    trainers: dict[str, str]
    offerings: dict[str, str]


def make_world(db: Database) -> World:
    """Two sectors, two courses (NFE114 not at a distance), four sites, rooms, trainers
    and four offerings: NFE114 at Chaumont, Épinal and Verdun (cancelled), CPN8900 at
    Chaumont."""
    with db.uow() as s:
        centre = default_centre_id(s)
        sectors = {
            "NUM": m.Sector(code="NUM", name="Numérique"),
            "GES": m.Sector(code="GES", name="Gestion"),
        }
        sites = {
            key: m.Site(regional_centre_id=centre, name=f"Cnam {town}", town=town)
            for key, town in [
                ("chaumont", "Chaumont"),
                ("epinal", "Épinal"),
                ("verdun", "Verdun"),
                ("sedan", "Sedan"),
            ]
        }
        trainers = {
            "claire": m.Trainer(first_name="Claire", last_name="Mathieu"),
            "eloise": m.Trainer(first_name="Éloïse", last_name="Écuyer"),
            "bruno": m.Trainer(first_name="Bruno", last_name="Zeller"),
        }
        s.add_all([*sectors.values(), *sites.values(), *trainers.values()])
        s.flush()
        courses = {
            "NFE114": m.Course(
                sector_id=sectors["NUM"].id,
                cnam_code="NFE114",
                title="Systèmes d'information",
                certification_type=CertificationType.CERTIFICAT_COMPETENCE,
                allows_distance=False,
                max_learners=15,
            ),
            "CPN8900": m.Course(
                sector_id=sectors["GES"].id,
                cnam_code="CPN8900",
                title="Certificat Bac+1 numérique",
                certification_type=CertificationType.CERTIFICAT_BAC1,
            ),
        }
        premises = {
            key: m.Premises(site_id=sites[site].id, name=name)
            for key, site, name in [
                ("chaumont", "chaumont", "Espace Bouchardon"),
                ("chaumont2", "chaumont", "IUT"),
                ("epinal", "epinal", "La Louvière"),
            ]
        }
        s.add_all([*courses.values(), *premises.values()])
        s.flush()
        rooms = {
            "info": m.Room(
                premises_id=premises["chaumont"].id,
                name="Salle 2",
                kind=RoomKind.COMPUTER_LAB,
                capacity=12,
            ),
            "cours": m.Room(premises_id=premises["chaumont"].id, name="Salle 1", capacity=20),
            "amphi": m.Room(premises_id=premises["chaumont2"].id, name="Amphithéâtre", capacity=1),
            "epinal": m.Room(
                premises_id=premises["epinal"].id,
                name="Salle Vosges",
                kind=RoomKind.VIDEO,
                capacity=8,
            ),
        }
        s.add_all(rooms.values())

        def offering(course: str, site: str, start: int, **kw: Any) -> m.Offering:
            return m.Offering(
                course_id=courses[course].id,
                site_id=sites[site].id,
                period_label="Rentrée 2026",
                start_date=date(2026, 9, start),
                **kw,
            )

        offerings = {
            "nfe_chaumont": offering("NFE114", "chaumont", 7, modality=Modality.HYBRID),
            "nfe_epinal": offering("NFE114", "epinal", 14, modality=Modality.HYBRID),
            "nfe_verdun": offering("NFE114", "verdun", 14, status=OfferingStatus.CANCELLED),
            "cpn_chaumont": offering("CPN8900", "chaumont", 7),
        }
        s.add_all(offerings.values())
        s.flush()
        ids = lambda rows: {key: row.id for key, row in rows.items()}  # noqa: E731
        return World(
            ids(sectors), ids(courses), ids(sites), ids(rooms), ids(trainers), ids(offerings)
        )


def raw(db: Database, query: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows of an independent query (`?` placeholders; days as ISO text on both backends)."""
    return sql(db, query, *params)


world = pytest.fixture(make_world)


@pytest.fixture
def service(db: Database) -> OfferingService:
    return OfferingService(db)


def _data(world: World, **kw: Any) -> OfferingData:
    base: dict[str, Any] = {
        "course_id": world.courses["CPN8900"],
        "site_id": world.sites["sedan"],
        "period_label": "Rentrée 2027",
        "start_date": date(2027, 9, 6),
        "end_date": date(2028, 6, 30),
    }
    base.update(kw)
    return OfferingData(**base)


# Create, edit, delete, restore -------------------------------------------------------------


def test_create_read_update(service: OfferingService, world: World) -> None:
    data = _data(
        world,
        period_label="  Rentrée 2027 ",
        modality=Modality.DISTANCE,
        planned_learners=14,
        enrolled_learners=12,
        funded_cpf=5,
        funded_employer=4,
        funded_jobseeker=2,
        funded_self=1,
        status=OfferingStatus.OPEN,
    )
    offering = service.create(data)
    assert service.get(offering) == replace(data, period_label="Rentrée 2027")
    row = service.rows([offering], today=TODAY)[offering]
    assert (row.site_name, row.course_label, row.sector_name) == (
        "Cnam Sedan",
        "CPN8900 — Certificat Bac+1 numérique",
        "Gestion",
    )
    assert (row.modality_label, row.status_label) == ("À distance", "Ouverte")
    assert row.funding_label == "CPF 5 · employeur 4 · demandeurs d'emploi 2 · autofinancés 1"
    assert (row.session_count, row.next_session) == (0, None)
    service.update(offering, replace(data, status=OfferingStatus.RUNNING, end_date=None))
    assert raw(service._db, "SELECT status, end_date FROM offering WHERE id = ?", offering) == [
        ("running", None)
    ]


def test_more_learners_than_the_course_allows_is_saved(
    service: OfferingService, world: World
) -> None:
    """The course maximum (15) is a capacity warning of the conflict engine, not a refusal."""
    data = _data(world, course_id=world.courses["NFE114"], enrolled_learners=20, funded_self=20)
    assert service.get(service.create(data)).enrolled_learners == 20


def test_delete_and_restore(service: OfferingService, world: World) -> None:
    offering = service.create(_data(world))
    service.delete(offering)
    assert offering not in service.list_ids()
    assert service.rows([offering]) == {}
    with pytest.raises(NotFoundError):
        service.get(offering)
    service.restore(offering)
    assert service.get(offering).site_id == world.sites["sedan"]


def test_restore_refused_when_the_site_is_gone(
    service: OfferingService, world: World, db: Database
) -> None:
    offering = service.create(_data(world))
    service.delete(offering)
    with db.uow() as s:
        s.get(m.Site, world.sites["sedan"]).deleted_at = s.get(m.Offering, offering).deleted_at  # type: ignore[union-attr]
    with pytest.raises(UserFacingError) as info:
        service.restore(offering)
    assert "son site a été supprimé" in info.value.message


# Validation --------------------------------------------------------------------------------


def _errors(data: OfferingData) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        validate_offering(data)
    return info.value.errors


def test_validation_names_each_field(world: World) -> None:
    errors = _errors(
        _data(
            world,
            course_id="",
            site_id=" ",
            period_label="  ",
            start_date=date(2027, 9, 6),
            end_date=date(2027, 9, 5),
            planned_learners=-1,
            enrolled_learners=-2,
            funded_cpf=-3,
        )
    )
    assert errors == {
        "course_id": "Parcours : ce champ est obligatoire.",
        "site_id": "Site : ce champ est obligatoire.",
        "period_label": "Période : ce champ est obligatoire.",
        "end_date": "Date de fin : ne peut pas précéder la date de début.",
        "planned_learners": "Apprenants prévus : ne peut pas être négatif.",
        "enrolled_learners": "Apprenants inscrits : ne peut pas être négatif.",
        "funded_cpf": "Financés par le CPF : ne peut pas être négatif.",
    }
    assert _errors(_data(world, period_label="x" * 81)) == {
        "period_label": "Période : 80 caractères au plus (81 saisis)."
    }


def test_funding_must_add_up_to_the_enrolled(world: World) -> None:
    data = _data(world, enrolled_learners=14, funded_cpf=6, funded_employer=4, funded_self=2)
    assert _errors(data) == {"funding": "Financements : 12 apprenants répartis pour 14 inscrits."}
    assert _errors(
        replace(data, enrolled_learners=1, funded_cpf=0, funded_employer=0, funded_self=0)
    ) == {"funding": "Financements : 0 apprenant réparti pour 1 inscrit."}
    assert validate_offering(replace(data, funded_jobseeker=2)).funded_total == 14
    assert validate_offering(_data(world, end_date=date(2027, 9, 6))).end_date == date(2027, 9, 6)


def test_service_refuses_a_modality_the_course_does_not_offer(
    service: OfferingService, world: World
) -> None:
    with pytest.raises(ValidationError) as info:
        service.create(_data(world, course_id=world.courses["NFE114"], modality=Modality.DISTANCE))
    assert info.value.errors == {
        "modality": "Modalité : le parcours NFE114 — Systèmes d'information "
        "ne s'ouvre pas à distance."
    }
    with pytest.raises(NotFoundError):
        service.create(_data(world, course_id="nope"))
    assert service.list_ids(OfferingFilter(site_id=world.sites["sedan"])) == []


# Refused delete, site change -------------------------------------------------------------------


def _add_sessions(
    db: Database, offering_id: str, count: int, room_id: str | None = None
) -> list[str]:
    with db.uow() as s:
        rows = [
            m.Session(
                offering_id=offering_id,
                day=date(2026, 10, 1 + i),
                start_time=time(18),
                end_time=time(21),
                room_id=room_id,
            )
            for i in range(count)
        ]
        s.add_all(rows)
        s.flush()
        return [row.id for row in rows]


def test_delete_refused_while_sessions_needs_or_invitations_use_it(
    service: OfferingService, world: World, db: Database
) -> None:
    offering = world.offerings["nfe_chaumont"]
    sessions = _add_sessions(db, offering, 3)
    with db.uow() as s:
        equipment = m.EquipmentType(label="Ordinateur portable", category="Informatique")
        s.add(equipment)
        s.flush()
        s.add(
            m.EquipmentNeed(
                site_id=world.sites["chaumont"],
                type_id=equipment.id,
                offering_id=offering,
                quantity=2,
            )
        )
    with pytest.raises(InUseError) as info:
        service.delete(offering)
    assert info.value.count == 3
    assert info.value.message == (
        "Impossible de supprimer l'ouverture « NFE114 — Systèmes d'information, Rentrée 2026, "
        "Cnam Chaumont » : 3 séances l'utilisent. Autres usages : 1 besoin d'équipement. "
        "Supprimez-les d'abord, ou annulez l'ouverture (statut « Annulée ») pour la garder "
        "dans l'historique."
    )
    # An offering invited by another site's session cannot go either.
    guest = world.offerings["nfe_epinal"]
    with db.uow() as s:
        s.add(m.SessionGuest(session_id=sessions[0], offering_id=guest))
    with pytest.raises(InUseError) as info:
        service.delete(guest)
    assert "1 invitation à une séance d'un autre site l'utilise." in info.value.message
    # Tombstoned sessions and needs no longer count.
    with db.uow() as s:
        for session_id in sessions:
            s.get(m.Session, session_id).deleted_at = NOW  # type: ignore[union-attr]
        for need in s.scalars(select(m.EquipmentNeed)):
            need.deleted_at = NOW
    service.delete(offering)
    service.delete(guest)  # the session inviting it is deleted
    assert set(service.list_ids()) == {
        world.offerings["nfe_verdun"],
        world.offerings["cpn_chaumont"],
    }


def test_demo_delete_names_the_session_count(demo_db: Database) -> None:
    service = OfferingService(demo_db)
    (offering_id, count), *_ = raw(
        demo_db,
        "SELECT o.id, COUNT(s.id) FROM offering o JOIN session s ON s.offering_id = o.id "
        "AND s.deleted_at IS NULL GROUP BY o.id ORDER BY COUNT(s.id) DESC",
    )
    with pytest.raises(InUseError) as info:
        service.delete(offering_id)
    assert info.value.count == count
    assert f"{count} séances l'utilisent" in info.value.message
    assert service.get(offering_id)  # still there


def test_site_change_refused_while_sessions_use_its_rooms(
    service: OfferingService, world: World, db: Database
) -> None:
    offering = world.offerings["cpn_chaumont"]
    _add_sessions(db, offering, 2, world.rooms["cours"])
    moved = replace(service.get(offering), site_id=world.sites["sedan"])
    with pytest.raises(ValidationError) as info:
        service.update(offering, moved)
    assert info.value.errors["site_id"].startswith("Site : l'ouverture a 2 séances dans les salles")
    service.update(offering, replace(moved, site_id=world.sites["chaumont"], planned_learners=9))
    assert service.get(offering).planned_learners == 9


# Lists: filters, sorting, rows ----------------------------------------------------------------


def _all_rows(service: OfferingService) -> list[OfferingRow]:
    return list(service.rows(service.list_ids(), today=TODAY).values())


def test_demo_rows_match_an_independent_count(demo_db: Database) -> None:
    service = OfferingService(demo_db)
    expected = {
        oid: (count, first)
        for oid, count, first in raw(
            demo_db,
            "SELECT o.id, (SELECT COUNT(*) FROM session s WHERE s.offering_id = o.id "
            "AND s.deleted_at IS NULL), (SELECT MIN(day) FROM session s WHERE s.offering_id = o.id "
            "AND s.deleted_at IS NULL AND s.status != 'cancelled' AND s.day >= ?) "
            "FROM offering o WHERE o.deleted_at IS NULL",
            TODAY.isoformat(),
        )
    }
    rows = service.rows(service.list_ids(), today=TODAY)
    assert len(rows) == len(expected) > 30
    got = {
        oid: (row.session_count, row.next_session and row.next_session.isoformat())
        for oid, row in rows.items()
    }
    assert got == expected
    subset = sorted(expected)[3:6]
    assert set(service.rows(subset)) == set(subset)
    assert service.rows([]) == {}


def _expected_order(rows: list[OfferingRow], sort: str, descending: bool) -> list[str]:
    modalities, statuses = list(Modality), list(OfferingStatus)
    keys: dict[str, Any] = {
        "course": lambda r: (french_sort_key(r.course_title), r.course_title),
        "code": lambda r: r.course_code,
        "site": lambda r: (french_sort_key(r.site_name), r.site_name),
        "sector": lambda r: (french_sort_key(r.sector_name), r.sector_name),
        "period": lambda r: (r.start_date, french_sort_key(r.period_label), r.period_label),
        "modality": lambda r: modalities.index(r.modality),
        "planned": lambda r: r.planned_learners,
        "enrolled": lambda r: r.enrolled_learners,
        "status": lambda r: statuses.index(r.status),
        "session_count": lambda r: r.session_count,
        "next_session": lambda r: r.next_session,
    }
    ties = sorted(
        rows,
        key=lambda r: (
            french_sort_key(r.course_title),
            r.course_title,
            french_sort_key(r.site_name),
            r.site_name,
            r.start_date,
            r.id,
        ),
    )
    key = keys[sort]
    present = [r for r in ties if key(r) is not None]
    empty = [r for r in ties if key(r) is None]  # last whatever the direction
    return [r.id for r in sorted(present, key=key, reverse=descending) + empty]


@pytest.mark.parametrize("sort", OFFERING_SORT_KEYS)
def test_demo_every_sort_key_orders_by_its_value(demo_db: Database, sort: str) -> None:
    service = OfferingService(demo_db)
    rows = _all_rows(service)
    for descending in (False, True):
        assert service.list_ids(sort=sort, descending=descending, today=TODAY) == _expected_order(
            rows, sort, descending
        ), (sort, descending)
    with pytest.raises(ValueError):
        service.list_ids(sort="notes")


def test_demo_filters(demo_db: Database) -> None:
    service = OfferingService(demo_db)
    rows = _all_rows(service)

    def ids(predicate: Any) -> set[str]:
        return {r.id for r in rows if predicate(r)}

    some = next(r for r in rows if r.site_name == "Cnam Épinal")
    assert set(service.list_ids(OfferingFilter(text="epinal"))) == ids(
        lambda r: r.site_name == "Cnam Épinal"
    )
    assert set(service.list_ids(OfferingFilter(text="NFE"))) == ids(
        lambda r: "NFE" in r.course_code
    )
    assert set(service.list_ids(OfferingFilter(text="rentrée 2025"))) == ids(
        lambda r: r.period_label == "Rentrée 2025"
    )
    assert set(service.list_ids(OfferingFilter(site_id=some.site_id))) == ids(
        lambda r: r.site_id == some.site_id
    )
    assert set(service.list_ids(OfferingFilter(course_id=some.course_id))) == ids(
        lambda r: r.course_id == some.course_id
    )
    sector_rows = ids(lambda r: r.sector_name == some.sector_name)
    sector_id = raw(demo_db, "SELECT id FROM sector WHERE name = ?", some.sector_name)[0][0]
    assert set(service.list_ids(OfferingFilter(sector_id=sector_id))) == sector_rows
    for status in OfferingStatus:
        assert set(service.list_ids(OfferingFilter(status=status))) == ids(
            lambda r, status=status: r.status is status
        )
    for modality in Modality:
        assert set(service.list_ids(OfferingFilter(modality=modality))) == ids(
            lambda r, modality=modality: r.modality is modality
        )
    both = OfferingFilter(site_id=some.site_id, status=OfferingStatus.FINISHED)
    assert set(service.list_ids(both)) == ids(
        lambda r: r.site_id == some.site_id and r.status is OfferingStatus.FINISHED
    )
    assert service.list_ids(OfferingFilter(text="zzz-nothing")) == []


# Choices ---------------------------------------------------------------------------------------


def test_choices(service: OfferingService, world: World) -> None:
    assert service.course_choices() == [
        (world.courses["CPN8900"], "CPN8900 — Certificat Bac+1 numérique"),
        (world.courses["NFE114"], "NFE114 — Systèmes d'information"),
    ]
    # « Épinal » sorts among the E, not after Z.
    assert [name for _, name in service.site_choices()] == [
        "Cnam Chaumont",
        "Cnam Épinal",
        "Cnam Sedan",
        "Cnam Verdun",
    ]
    assert service.offering_choices(world.sites["chaumont"]) == [
        (world.offerings["cpn_chaumont"], "CPN8900 — Certificat Bac+1 numérique (Rentrée 2026)"),
        (world.offerings["nfe_chaumont"], "NFE114 — Systèmes d'information (Rentrée 2026)"),
    ]
    everywhere = dict(service.offering_choices())
    assert world.offerings["nfe_verdun"] not in everywhere  # cancelled
    assert everywhere[world.offerings["nfe_epinal"]] == (
        "NFE114 — Systèmes d'information (Rentrée 2026) — Cnam Épinal"
    )
