import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

import pytest

from cnam_desktop.db import models as m
from cnam_desktop.db.base import utcnow
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import (
    CertificationType,
    EquipmentCondition,
    NeedStatus,
    OfferingStatus,
    PartnerKind,
    Priority,
)
from cnam_desktop.domain.equipment import (
    EquipmentItemData,
    EquipmentItemFilter,
    EquipmentNeedData,
    EquipmentNeedFilter,
    EquipmentTypeData,
    EquipmentTypeFilter,
    OfferingDemand,
    estimated_cost,
    plan_needs,
)
from cnam_desktop.domain.premises import PremisesData, RoomData
from cnam_desktop.domain.sites import SiteData
from cnam_desktop.domain.usage import InUseError
from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.errors import NotFoundError
from cnam_desktop.services.equipment import EquipmentService
from cnam_desktop.services.premises import PremisesService
from cnam_desktop.services.sites import SiteService
from tests.unit.test_sites_service import CHAUMONT

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

LAPTOP = EquipmentTypeData(
    label="Ordinateur portable", category="Informatique", unit_cost=Decimal("800")
)
PROJECTOR = EquipmentTypeData(
    label="Vidéoprojecteur", category="Audiovisuel", unit_cost=Decimal("500")
)
KIT = EquipmentTypeData(
    label="Kit de visioconférence", category="Audiovisuel", unit_cost=Decimal("1200.50")
)


@pytest.fixture
def service(db: Database) -> EquipmentService:
    return EquipmentService(db)


@dataclass
class World:
    chaumont: str
    langres: str
    laptop: str
    projector: str
    kit: str
    room: str  # at Chaumont
    langres_room: str
    offerings: dict[str, str]


def _course(code: str, sector_id: str) -> m.Course:
    return m.Course(
        sector_id=sector_id,
        cnam_code=code,
        title=f"Parcours {code}",
        certification_type=CertificationType.CERTIFICAT_COMPETENCE,
    )


@pytest.fixture
def world(db: Database, service: EquipmentService) -> World:
    sites = SiteService(db)
    chaumont = sites.create(CHAUMONT)
    langres = sites.create(SiteData(name="Cnam Langres", town="Langres"))
    premises = PremisesService(db)
    p1 = premises.create_premises(PremisesData(site_id=chaumont, name="Espace Bouchardon"))
    p2 = premises.create_premises(PremisesData(site_id=langres, name="Maison des services"))
    room = premises.create_room(RoomData(premises_id=p1, name="Labo", capacity=16))
    langres_room = premises.create_room(RoomData(premises_id=p2, name="Salle 1", capacity=12))
    laptop = service.create_type(LAPTOP)
    projector = service.create_type(PROJECTOR)
    kit = service.create_type(KIT)
    offerings: dict[str, str] = {}
    with db.uow() as s:
        sector = m.Sector(code="NUM", name="Numérique")
        s.add(sector)
        s.flush()
        a, b = _course("CC13", sector.id), _course("CC14", sector.id)
        s.add_all([a, b])
        s.flush()
        s.add_all(
            [
                m.CourseEquipment(course_id=a.id, type_id=laptop, per_learner=1, per_group=1),
                m.CourseEquipment(course_id=a.id, type_id=projector, per_group=1),
                m.CourseEquipment(course_id=b.id, type_id=laptop, per_learner=1),
                m.CourseEquipment(course_id=b.id, type_id=kit, per_group=1),
            ]
        )

        def offering(key: str, course: m.Course, site: str, **kw: object) -> None:
            row = m.Offering(
                course_id=course.id,
                site_id=site,
                period_label=f"2026-{key}",
                start_date=date(2026, 9, 1),
                **kw,
            )
            s.add(row)
            s.flush()
            offerings[key] = row.id

        offering("o1", a, chaumont, enrolled_learners=10, planned_learners=12)
        offering("o2", b, chaumont, planned_learners=14, status=OfferingStatus.OPEN)
        offering("finished", a, chaumont, enrolled_learners=30, status=OfferingStatus.FINISHED)
        offering("cancelled", a, chaumont, enrolled_learners=30, status=OfferingStatus.CANCELLED)
        offering("deleted", a, chaumont, enrolled_learners=30, deleted_at=utcnow())
        offering("langres", a, langres, enrolled_learners=30)

        def item(site: str, type_id: str, quantity: int, **kw: object) -> None:
            s.add(m.EquipmentItem(site_id=site, type_id=type_id, quantity=quantity, **kw))

        item(chaumont, laptop, 6, room_id=room)
        item(chaumont, laptop, 2, condition=EquipmentCondition.WORN)
        item(chaumont, laptop, 3, condition=EquipmentCondition.OUT_OF_ORDER)
        item(chaumont, laptop, 5, deleted_at=utcnow())
        item(chaumont, projector, 1, condition=EquipmentCondition.NEW)
        item(langres, laptop, 20)
    return World(chaumont, langres, laptop, projector, kit, room, langres_room, offerings)


def test_estimated_cost_rule() -> None:
    assert estimated_cost(3, Decimal("800"), None) == Decimal("2400.00")
    assert estimated_cost(3, Decimal("800"), Decimal("1999.99")) == Decimal("1999.99")
    assert estimated_cost(3, Decimal("800"), Decimal("0")) == Decimal("0")


def test_plan_needs_rule() -> None:
    demands = [
        OfferingDemand("o1", "A (2026)", enrolled=12, planned=20, requirements=(("pc", 1, 2),)),
        OfferingDemand("o2", "B (2026)", enrolled=0, planned=9, requirements=(("pc", 2, 0),)),
        OfferingDemand("o3", "C (2026)", enrolled=0, planned=0, requirements=(("kit", 0, 1),)),
        OfferingDemand("o4", "D (2026)", enrolled=3, planned=3, requirements=(("pc", 1, 0),)),
    ]
    got = plan_needs("site", demands, {"pc": 10}, {"pc": "PC", "kit": "Kit"})
    assert [(x.offering_id, x.type_label, x.quantity, x.required) for x in got] == [
        ("o3", "Kit", 1, 1),  # per group only, even before anyone is planned
        ("o2", "PC", 8, 18),  # nobody enrolled yet: 9 planned × 2
        ("o1", "PC", 4, 14),  # 12 enrolled × 1 + 2 per group
    ]  # o4 needs 3 of the 10 there: nothing to suggest
    assert got[1].reason == "Ouverture B (2026) : 18 requis, 10 disponibles"


def test_type_validation_and_unique_label(service: EquipmentService) -> None:
    with pytest.raises(ValidationError) as info:
        service.create_type(EquipmentTypeData(label=" ", category="", unit_cost=Decimal("-5")))
    assert info.value.errors == {
        "label": "Libellé : ce champ est obligatoire.",
        "category": "Catégorie : ce champ est obligatoire.",
        "unit_cost": "Coût unitaire : ne peut pas être négatif.",
    }
    laptop = service.create_type(LAPTOP)
    with pytest.raises(ValidationError) as dup:
        service.create_type(EquipmentTypeData(label="ordinateur PORTABLE", category="Info"))
    assert dup.value.errors["label"] == "Libellé : un type « Ordinateur portable » existe déjà."
    service.delete_type(laptop)
    with pytest.raises(ValidationError, match="supprimé existe déjà ; restaurez-le"):
        service.create_type(LAPTOP)
    service.restore_type(laptop)
    assert service.get_type(laptop) == LAPTOP
    service.update_type(laptop, EquipmentTypeData("Ordinateur portable", "Informatique"))
    assert service.get_type(laptop).unit_cost == Decimal("0")


def test_type_in_use_cannot_be_deleted(service: EquipmentService, world: World) -> None:
    service.create_need(EquipmentNeedData(site_id=world.chaumont, type_id=world.laptop, quantity=2))
    with pytest.raises(InUseError) as info:
        service.delete_type(world.laptop)
    # Four live inventory lines (the tombstoned one does not count), one need, two courses.
    assert info.value.message == (
        "Impossible de supprimer le type de matériel « Ordinateur portable » : "
        "4 lignes d'inventaire l'utilisent. Autres usages : 1 besoin, 2 parcours. "
        "Supprimez-les ou changez leur type d'abord."
    )
    with pytest.raises(InUseError, match="« Kit de visioconférence » : 1 parcours l'utilise"):
        service.delete_type(world.kit)
    unused = service.create_type(EquipmentTypeData("Tableau blanc", "Mobilier", Decimal("150")))
    service.delete_type(unused)
    with pytest.raises(NotFoundError):
        service.get_type(unused)


def test_types_list_rows_and_filters(service: EquipmentService, world: World) -> None:
    assert service.list_type_ids() == [world.kit, world.laptop, world.projector]
    assert service.list_type_ids(sort="unit_cost", descending=True) == [
        world.kit,
        world.laptop,
        world.projector,
    ]
    assert service.list_type_ids(EquipmentTypeFilter(category="Audiovisuel")) == [
        world.kit,
        world.projector,
    ]
    assert service.list_type_ids(EquipmentTypeFilter(text="vidéo")) == [world.projector]
    assert service.categories() == ["Audiovisuel", "Informatique"]
    row = service.type_rows([world.laptop])[world.laptop]
    assert (row.item_quantity, row.need_count) == (31, 0)


def test_item_room_must_belong_to_site(service: EquipmentService, world: World) -> None:
    with pytest.raises(ValidationError) as info:
        service.create_item(
            EquipmentItemData(site_id=world.chaumont, type_id=world.kit, room_id=world.langres_room)
        )
    assert info.value.errors == {"room_id": "Salle : elle n'appartient pas à ce site."}
    with pytest.raises(ValidationError) as negative:
        service.create_item(EquipmentItemData(world.chaumont, world.kit, quantity=-1))
    assert negative.value.errors == {"quantity": "Quantité : ne peut pas être négatif."}
    item = service.create_item(EquipmentItemData(world.chaumont, world.kit, 2, room_id=world.room))
    row = service.item_rows([item])[item]
    assert (row.site_name, row.room_name, row.type_label, row.value) == (
        "Cnam Chaumont",
        "Labo",
        "Kit de visioconférence",
        Decimal("2401.00"),
    )
    assert service.list_item_ids(EquipmentItemFilter(room_id=world.room, type_id=world.kit)) == [
        item
    ]
    assert len(service.list_item_ids(EquipmentItemFilter(site_id=world.chaumont))) == 5
    assert len(service.list_item_ids(EquipmentItemFilter(text="langres"))) == 1
    service.delete_item(item)
    assert service.list_item_ids(EquipmentItemFilter(type_id=world.kit)) == []
    service.restore_item(item)
    assert service.get_item(item).quantity == 2


def test_room_with_inventory_cannot_be_deleted(db: Database, world: World) -> None:
    with pytest.raises(InUseError) as info:
        PremisesService(db).delete_room(world.room)
    assert info.value.message == (
        "Impossible de supprimer la salle « Labo » : 1 ligne d'inventaire l'utilise. "
        "Supprimez-les ou déplacez-les d'abord."
    )


def test_need_validation_and_refs(service: EquipmentService, world: World, db: Database) -> None:
    with pytest.raises(ValidationError) as info:
        service.create_need(
            EquipmentNeedData(
                site_id=world.chaumont,
                type_id=world.kit,
                quantity=0,
                cost_override=Decimal("-1"),
            )
        )
    assert info.value.errors == {
        "quantity": "Quantité : doit être supérieur à 0.",
        "cost_override": "Coût estimé : ne peut pas être négatif.",
    }
    with pytest.raises(ValidationError) as offering:
        service.create_need(
            EquipmentNeedData(world.chaumont, world.kit, 1, offering_id=world.offerings["langres"])
        )
    assert offering.value.errors == {"offering_id": "Ouverture : elle n'a pas lieu sur ce site."}
    with db.uow() as s:
        funder = m.Partner(name="Région Grand Est", kind=PartnerKind.LOCAL_AUTHORITY)
        s.add(funder)
        s.flush()
        funder_id = funder.id
    need = service.create_need(
        EquipmentNeedData(
            world.chaumont,
            world.kit,
            2,
            reason="Visio",
            offering_id=world.offerings["o2"],
            funder_id=funder_id,
            priority=Priority.HIGH,
        )
    )
    row = service.need_rows([need])[need]
    assert row.estimated_cost == Decimal("2401.00")
    assert row.funder_name == "Région Grand Est"
    assert row.offering_label == "CC14 Parcours CC14 (2026-o2)"
    service.update_need(
        need, EquipmentNeedData(world.chaumont, world.kit, 2, cost_override=Decimal("1500"))
    )
    assert service.need_rows([need])[need].estimated_cost == Decimal("1500.00")
    service.set_need_status(need, NeedStatus.FUNDED)
    assert service.list_need_ids(EquipmentNeedFilter(status=NeedStatus.FUNDED)) == [need]
    service.delete_need(need)
    assert service.list_need_ids() == []
    service.restore_need(need)
    assert service.list_need_ids(EquipmentNeedFilter(site_id=world.chaumont)) == [need]


def test_totals_by_site_and_region(service: EquipmentService, world: World) -> None:
    def need(site: str, type_id: str, quantity: int, status: NeedStatus, **kw: object) -> str:
        data = EquipmentNeedData(site, type_id, quantity, status=status, **kw)  # type: ignore[arg-type]
        return service.create_need(data)

    need(world.chaumont, world.laptop, 3, NeedStatus.IDENTIFIED)  # 2400
    need(world.chaumont, world.kit, 1, NeedStatus.IDENTIFIED)  # 1200.50
    need(world.chaumont, world.projector, 2, NeedStatus.FUNDED, cost_override=Decimal("700"))
    gone = need(world.chaumont, world.laptop, 100, NeedStatus.FUNDED)
    service.delete_need(gone)
    need(world.langres, world.laptop, 1, NeedStatus.DELIVERED)  # 800
    chaumont = service.site_totals(world.chaumont).totals
    assert chaumont.by_status == {
        NeedStatus.IDENTIFIED: Decimal("3600.50"),
        NeedStatus.REQUESTED: Decimal("0.00"),
        NeedStatus.FUNDED: Decimal("700.00"),
        NeedStatus.DELIVERED: Decimal("0.00"),
    }
    assert chaumont.total == Decimal("4300.50")
    region = service.region_totals()
    assert [s.site_name for s in region.sites] == ["Cnam Chaumont", "Cnam Langres"]
    assert region.totals.by_status[NeedStatus.DELIVERED] == Decimal("800.00")
    assert region.totals.total == Decimal("5100.50")
    assert service.list_need_ids(sort="cost", descending=True)[0] != gone


def test_suggested_needs_from_planned_offerings(service: EquipmentService, world: World) -> None:
    suggestions = service.suggest_needs(world.chaumont)
    # Usable laptops: 6 good + 2 worn (3 out of order and 5 deleted do not count).
    # o1: 10 enrolled × 1 + 1 per group = 11 → 3 missing; its projector is there.
    # o2: nobody enrolled yet, 14 planned × 1 = 14 → 6 missing; 1 kit per group.
    assert [
        (x.type_label, x.offering_id, x.quantity, x.required, x.available) for x in suggestions
    ] == [
        ("Kit de visioconférence", world.offerings["o2"], 1, 1, 0),
        ("Ordinateur portable", world.offerings["o2"], 6, 14, 8),
        ("Ordinateur portable", world.offerings["o1"], 3, 11, 8),
    ]
    assert suggestions[1].reason == (
        "Ouverture CC14 Parcours CC14 (2026-o2) : 14 requis, 8 disponibles"
    )
    assert service.list_need_ids() == []  # suggesting writes nothing


def test_create_missing_needs_counts_open_needs(service: EquipmentService, world: World) -> None:
    service.create_need(
        EquipmentNeedData(world.chaumont, world.laptop, 4, status=NeedStatus.REQUESTED)
    )
    service.create_need(
        EquipmentNeedData(world.chaumont, world.laptop, 10, status=NeedStatus.DELIVERED)
    )
    created = service.create_missing_needs(world.chaumont)
    rows = service.need_rows(created)
    assert sorted((r.type_label, r.quantity, r.status, r.offering_id) for r in rows.values()) == [
        ("Kit de visioconférence", 1, NeedStatus.IDENTIFIED, world.offerings["o2"]),
        # 6 missing for o2, 4 already requested: 2 more; o1's 3 are then covered.
        ("Ordinateur portable", 2, NeedStatus.IDENTIFIED, world.offerings["o2"]),
    ]
    assert service.create_missing_needs(world.chaumont) == []
    # Langres: 30 enrolled × 1 + 1 = 31 laptops for 20 there, and 1 projector.
    langres = service.need_rows(service.create_missing_needs(world.langres))
    assert sorted((r.type_label, r.quantity) for r in langres.values()) == [
        ("Ordinateur portable", 11),
        ("Vidéoprojecteur", 1),
    ]


def test_demo_totals_agree_with_the_rule(demo_db: Database) -> None:
    service = EquipmentService(demo_db)
    ids = service.list_need_ids()
    assert ids
    # The demo has no cost override: give one to a need so that both branches count.
    data = service.get_need(ids[0])
    service.update_need(ids[0], replace(data, cost_override=Decimal("1234.56")))
    rows = service.need_rows(ids)
    expected: dict[tuple[str, NeedStatus], Decimal] = defaultdict(Decimal)
    for row in rows.values():
        assert row.estimated_cost == estimated_cost(row.quantity, row.unit_cost, row.cost_override)
        expected[(row.site_id, row.status)] += row.estimated_cost
    region = service.region_totals()
    computed = {
        (site.site_id, status): amount
        for site in region.sites
        for status, amount in site.totals.by_status.items()
        if amount
    }
    assert computed == {key: value for key, value in expected.items() if value}
    assert region.totals.total == sum(expected.values(), Decimal("0"))
    assert any(row.cost_override is not None for row in rows.values())
    by_cost = service.list_need_ids(sort="cost", descending=True)
    costs = [rows[i].estimated_cost for i in by_cost]
    assert costs == sorted(costs, reverse=True)
    site_id = region.sites[0].site_id
    assert service.site_totals(site_id) == region.sites[0]


def test_demo_type_in_use(demo_db: Database) -> None:
    service = EquipmentService(demo_db)
    rows = service.type_rows(service.list_type_ids())
    used = max(rows.values(), key=lambda r: r.item_quantity)
    with pytest.raises(
        InUseError, match=re.escape(f"« {used.label} » : ") + r"\d+ lignes d'inventaire"
    ):
        service.delete_type(used.id)
    for site_id in {r.site_id for r in service.item_rows(service.list_item_ids()).values()}:
        for suggestion in service.suggest_needs(site_id):
            assert suggestion.quantity == suggestion.required - suggestion.available > 0


def test_planned_needs_take_the_largest_suggestion_less_open_needs() -> None:
    from decimal import Decimal

    from cnam_desktop.domain.equipment import NeedSuggestion, planned_needs

    def suggestion(offering: str, quantity: int) -> NeedSuggestion:
        return NeedSuggestion(
            site_id="s",
            type_id="laptop",
            type_label="Ordinateur portable",
            offering_id=offering,
            quantity=quantity,
            required=quantity + 2,
            available=2,
            reason=f"Formation {offering}",
        )

    planned = planned_needs(
        [suggestion("A", 5), suggestion("B", 3)], {"laptop": 2}, {"laptop": Decimal("850")}
    )
    assert len(planned) == 1
    assert planned[0].to_order == 3  # offerings share the laptops: 5 - 2 already asked
    assert planned[0].estimated_cost == Decimal("2550.00")
    assert planned[0].reasons == ("Formation A", "Formation B")
