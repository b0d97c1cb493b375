"""Equipment needs kept in step with the whole offer: create, update, remove, undo."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from cnam_desktop.db import models as m
from cnam_desktop.db.base import utcnow
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import (
    EquipmentCondition,
    NeedStatus,
    OfferingStatus,
)
from cnam_desktop.domain.equipment import EquipmentNeedData, NeedSuggestion
from cnam_desktop.domain.offer_needs import target_needs
from cnam_desktop.domain.sites import SiteData
from cnam_desktop.errors import NotFoundError, UserFacingError
from cnam_desktop.services.equipment import EquipmentService
from cnam_desktop.services.sites import SiteService
from tests.unit.test_calendar_export_service import add_course

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

LAPTOP_COST = Decimal("800")
PROJECTOR_COST = Decimal("500")


@dataclass
class World:
    chaumont: str
    langres: str
    empty: str
    laptop: str
    projector: str
    o1: str  # course A at Chaumont: 10 enrolled → 11 laptops, 1 projector
    o2: str  # course B at Chaumont: 14 planned → 14 laptops
    langres_offering: str


@pytest.fixture
def service(db: Database) -> EquipmentService:
    return EquipmentService(db)


@pytest.fixture
def world(db: Database) -> World:
    sites = SiteService(db)
    chaumont = sites.create(SiteData(name="Cnam Chaumont", town="Chaumont"))
    langres = sites.create(SiteData(name="Cnam Langres", town="Langres"))
    empty = sites.create(SiteData(name="Cnam Bar-le-Duc", town="Bar-le-Duc"))
    with db.uow() as s:
        laptop = m.EquipmentType(
            label="Ordinateur portable", category="Informatique", unit_cost=LAPTOP_COST
        )
        projector = m.EquipmentType(
            label="Vidéoprojecteur", category="Audiovisuel", unit_cost=PROJECTOR_COST
        )
        s.add_all([laptop, projector])
        s.flush()
        a, b = (add_course(s, code, f"Parcours {code}") for code in ("CC13", "CC14"))
        s.add_all(
            [
                m.CourseEquipment(course_id=a.id, type_id=laptop.id, per_learner=1, per_group=1),
                m.CourseEquipment(course_id=a.id, type_id=projector.id, per_group=1),
                m.CourseEquipment(course_id=b.id, type_id=laptop.id, per_learner=1),
            ]
        )

        def offering(course: m.Course, site: str, **kw: object) -> str:
            row = m.Offering(
                course_id=course.id,
                site_id=site,
                period_label="rentrée 2026",
                start_date=date(2026, 9, 1),
                **kw,
            )
            s.add(row)
            s.flush()
            return row.id

        o1 = offering(a, chaumont, enrolled_learners=10, planned_learners=12)
        o2 = offering(b, chaumont, planned_learners=14)
        at_langres = offering(a, langres, enrolled_learners=4)
        # Chaumont: 6 good + 2 worn laptops usable (3 out of order do not count).
        s.add_all(
            [
                m.EquipmentItem(site_id=chaumont, type_id=laptop.id, quantity=6),
                m.EquipmentItem(
                    site_id=chaumont,
                    type_id=laptop.id,
                    quantity=2,
                    condition=EquipmentCondition.WORN,
                ),
                m.EquipmentItem(
                    site_id=chaumont,
                    type_id=laptop.id,
                    quantity=3,
                    condition=EquipmentCondition.OUT_OF_ORDER,
                ),
                m.EquipmentItem(site_id=langres, type_id=laptop.id, quantity=20),
                m.EquipmentItem(site_id=langres, type_id=projector.id, quantity=1),
            ]
        )
    return World(chaumont, langres, empty, laptop.id, projector.id, o1, o2, at_langres)


def _set(db: Database, offering_id: str, **values: object) -> None:
    with db.uow() as s:
        offering = s.get(m.Offering, offering_id)
        assert offering is not None
        for name, value in values.items():
            setattr(offering, name, value)


def _needs(service: EquipmentService) -> dict[tuple[str, str | None, NeedStatus], int]:
    """(type label, offering, status) → quantity of every live need."""
    rows = service.need_rows(service.list_need_ids()).values()
    result: dict[tuple[str, str | None, NeedStatus], int] = {}
    for row in rows:
        key = (row.type_label, row.offering_id, row.status)
        result[key] = result.get(key, 0) + row.quantity
    return result


def test_first_sync_creates_one_need_per_type(service: EquipmentService, world: World) -> None:
    result = service.sync_needs_from_offer()
    assert result.applied
    # Bar-le-Duc has no offering and Langres lacks nothing: only Chaumont appears.
    assert [site.site_name for site in result.sites] == ["Cnam Chaumont"]
    chaumont = result.sites[0]
    # Laptops: o2 lacks 14 − 8 = 6, o1 lacks 11 − 8 = 3; they share the stock, so one
    # need of 6 on o2 covers both. Projector: 1 for o1.
    assert sorted((c.type_label, c.offering_id, c.new_quantity) for c in chaumont.created) == [
        ("Ordinateur portable", world.o2, 6),
        ("Vidéoprojecteur", world.o1, 1),
    ]
    assert _needs(service) == {
        ("Ordinateur portable", world.o2, NeedStatus.IDENTIFIED): 6,
        ("Vidéoprojecteur", world.o1, NeedStatus.IDENTIFIED): 1,
    }
    assert chaumont.cost_before == Decimal("0.00")
    assert chaumont.cost_after == 6 * LAPTOP_COST + PROJECTOR_COST == Decimal("5300")
    assert result.cost_after == Decimal("5300.00")
    # The totals computed in SQL for the needs list agree.
    assert service.site_totals(world.chaumont).totals.total == Decimal("5300.00")
    laptop_need = next(c for c in chaumont.created if c.type_id == world.laptop)
    assert service.get_need(laptop_need.need_id or "").reason == (
        "Ouverture CC14 Parcours CC14 (rentrée 2026) : 14 requis, 8 disponibles"
    )


def test_second_run_updates_instead_of_duplicating(
    service: EquipmentService, world: World, db: Database
) -> None:
    first = service.sync_needs_from_offer()
    laptop = next(c for c in first.sites[0].created if c.type_id == world.laptop)
    again = service.sync_needs_from_offer()
    assert again.count("create") == again.count("update") == again.count("remove") == 0
    assert again.count("keep") == 2
    assert len(service.list_need_ids()) == 2
    # More learners on o2: the same need grows, nothing is added.
    _set(db, world.o2, planned_learners=18)
    grown = service.sync_needs_from_offer()
    (update,) = grown.sites[0].updated
    assert (update.need_id, update.old_quantity, update.new_quantity) == (laptop.need_id, 6, 10)
    assert update.new_reason == (
        "Ouverture CC14 Parcours CC14 (rentrée 2026) : 18 requis, 8 disponibles"
    )
    assert grown.count("create") == 0
    assert _needs(service)[("Ordinateur portable", world.o2, NeedStatus.IDENTIFIED)] == 10
    assert grown.sites[0].cost_before == 6 * LAPTOP_COST + PROJECTOR_COST
    assert grown.sites[0].cost_after == 10 * LAPTOP_COST + PROJECTOR_COST


def test_fewer_learners_lower_or_move_an_identified_need(
    service: EquipmentService, world: World, db: Database
) -> None:
    service.sync_needs_from_offer()
    _set(db, world.o2, planned_learners=12)  # 12 − 8 = 4, still more than o1's 3
    lowered = service.sync_needs_from_offer()
    (update,) = lowered.sites[0].updated
    assert (update.old_quantity, update.new_quantity) == (6, 4)
    # Down to 9: o1's 3 is now the largest; the need moves from o2 to o1.
    _set(db, world.o2, planned_learners=9)
    moved = service.sync_needs_from_offer().sites[0]
    assert [(c.offering_id, c.old_quantity) for c in moved.removed] == [(world.o2, 4)]
    assert [(c.offering_id, c.new_quantity) for c in moved.created] == [(world.o1, 3)]
    # o1 cancelled: its needs go; o2 alone lacks 1 laptop.
    _set(db, world.o1, status=OfferingStatus.CANCELLED)
    service.sync_needs_from_offer()
    assert _needs(service) == {("Ordinateur portable", world.o2, NeedStatus.IDENTIFIED): 1}


def test_needs_moved_past_identified_are_never_changed(
    service: EquipmentService, world: World, db: Database
) -> None:
    created = service.sync_needs_from_offer().sites[0].created
    laptop = next(c.need_id for c in created if c.type_id == world.laptop)
    assert laptop is not None
    service.set_need_status(laptop, NeedStatus.REQUESTED)
    before = service.get_need(laptop)
    _set(db, world.o2, planned_learners=20)  # 12 missing, 6 already requested
    site = service.sync_needs_from_offer().sites[0]
    assert service.get_need(laptop) == before
    assert [n.need_id for n in site.untouched] == [laptop]
    (extra,) = site.created
    assert (extra.offering_id, extra.new_quantity) == (world.o2, 6)
    assert extra.new_reason is not None
    assert extra.new_reason.endswith("; 6 déjà prévus par d'autres besoins")
    # Fewer learners again: the requested need alone covers; only the extra one goes.
    _set(db, world.o2, planned_learners=10)
    site = service.sync_needs_from_offer().sites[0]
    assert [c.need_id for c in site.removed] == [extra.need_id]
    assert service.get_need(laptop) == before
    # Even delivered and far more than needed, a need past identifié stays as it is.
    service.set_need_status(laptop, NeedStatus.DELIVERED)
    _set(db, world.o2, planned_learners=1)
    service.sync_needs_from_offer()
    assert service.get_need(laptop) == replace(before, status=NeedStatus.DELIVERED)


def test_costs_use_the_override_when_set(
    service: EquipmentService, world: World, db: Database
) -> None:
    created = service.sync_needs_from_offer().sites[0].created
    laptop = next(c.need_id for c in created if c.type_id == world.laptop)
    assert laptop is not None
    data = service.get_need(laptop)
    service.update_need(laptop, replace(data, cost_override=Decimal("3999")))
    _set(db, world.o2, planned_learners=16)
    site = service.sync_needs_from_offer().sites[0]
    (update,) = site.updated
    assert update.new_quantity == 8
    assert update.cost_override == Decimal("3999")
    assert update.new_cost == Decimal("3999")  # the override, not 8 × 800
    (projector,) = site.kept
    assert projector.new_cost == PROJECTOR_COST  # quantity × unit cost
    assert site.cost_after == Decimal("3999") + PROJECTOR_COST
    assert service.get_need(laptop).cost_override == Decimal("3999")  # kept by the sync
    assert service.site_totals(world.chaumont).totals.total == site.cost_after


def test_preview_writes_nothing(service: EquipmentService, world: World) -> None:
    preview = service.preview_needs_from_offer()
    assert not preview.applied
    assert preview.count("create") == 2
    assert all(c.need_id is None for site in preview.sites for c in site.created)
    assert service.list_need_ids() == []
    applied = service.sync_needs_from_offer()
    assert [
        (c.type_id, c.offering_id, c.new_quantity, c.new_reason) for c in applied.sites[0].changes
    ] == [
        (c.type_id, c.offering_id, c.new_quantity, c.new_reason) for c in preview.sites[0].changes
    ]


def test_undo_puts_everything_back(service: EquipmentService, world: World, db: Database) -> None:
    service.sync_needs_from_offer()
    manual = service.create_need(EquipmentNeedData(world.chaumont, world.projector, 2))
    _set(db, world.o2, planned_learners=9)  # the laptop need moves from o2 to o1
    _set(db, world.o1, enrolled_learners=10)
    before = _needs(service)
    result = service.sync_needs_from_offer()
    undo = result.undo
    assert len(undo.created_ids) == 1 and len(undo.removed_ids) == 2  # o2's laptop, projector
    assert _needs(service) != before
    service.undo_needs_sync(undo)
    assert _needs(service) == before
    assert service.get_need(manual).quantity == 2
    # A sync whose creation was requested since cannot be undone.
    again = service.sync_needs_from_offer()
    created = again.undo.created_ids
    service.set_need_status(created[0], NeedStatus.REQUESTED)
    with pytest.raises(UserFacingError, match="passé au statut « Demandé »"):
        service.undo_needs_sync(again.undo)


def test_site_filter_and_unknown_site(service: EquipmentService, world: World) -> None:
    result = service.sync_needs_from_offer([world.langres, world.empty])
    assert result.sites == ()
    assert service.list_need_ids() == []
    with pytest.raises(NotFoundError):
        service.sync_needs_from_offer(["no-such-site"])


def test_target_needs_rule() -> None:
    def suggestion(offering: str, type_id: str, quantity: int) -> NeedSuggestion:
        return NeedSuggestion("s", type_id, type_id.upper(), offering, quantity, quantity, 0, "r")

    suggestions = [
        suggestion("A", "pc", 5),
        suggestion("B", "pc", 5),
        suggestion("C", "pc", 2),
        suggestion("A", "kit", 1),
    ]
    got = target_needs(suggestions, {"kit": 1, "pc": 1})
    assert [(t.type_id, t.offering_id, t.quantity, t.covered) for t in got] == [("pc", "A", 4, 1)]
    preferred = target_needs(suggestions, {}, preferred={("pc", "B")})
    assert [(t.type_id, t.offering_id, t.quantity) for t in preferred] == [
        ("pc", "B", 5),
        ("kit", "A", 1),
    ]


def test_needs_the_offer_does_not_explain_are_left_alone(
    service: EquipmentService, world: World, db: Database
) -> None:
    # Course B (o2) requires no projector: someone asked for two on purpose.
    on_purpose = service.create_need(
        EquipmentNeedData(world.chaumont, world.projector, 2, offering_id=world.o2)
    )
    site = service.sync_needs_from_offer().sites[0]
    assert service.get_need(on_purpose).quantity == 2
    assert on_purpose not in {c.need_id for c in site.changes}
    # ... and they cover o1's projector: only the laptops are asked for.
    assert [(c.type_label, c.new_quantity) for c in site.created] == [("Ordinateur portable", 6)]
    # A requirement removed from the course: the need it explained goes.
    with db.uow() as s:
        requirement = s.scalars(
            select(m.CourseEquipment).where(m.CourseEquipment.type_id == world.laptop)
        ).all()
        for row in requirement:
            row.deleted_at = utcnow()
    site = service.sync_needs_from_offer().sites[0]
    assert [(c.type_label, c.old_quantity) for c in site.removed] == [("Ordinateur portable", 6)]
    assert _needs(service) == {("Vidéoprojecteur", world.o2, NeedStatus.IDENTIFIED): 2}
