from collections import Counter, defaultdict
from datetime import date, time
from decimal import Decimal

import pytest
from sqlalchemy import event, select

from cnam_desktop.db import models as m
from cnam_desktop.db.base import utcnow
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories.sites import default_centre_id
from cnam_desktop.domain.enums import (
    SITE_PIPELINE,
    CertificationType,
    NeedStatus,
    OfferingStatus,
    SessionStatus,
    SiteStatus,
)
from cnam_desktop.services.dashboard import DashboardService, week_of

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

WEDNESDAY = date(2025, 10, 8)


def test_week_of() -> None:
    assert week_of(WEDNESDAY) == (date(2025, 10, 6), date(2025, 10, 12))
    assert week_of(date(2025, 10, 6)) == (date(2025, 10, 6), date(2025, 10, 12))
    assert week_of(date(2025, 10, 12)) == (date(2025, 10, 6), date(2025, 10, 12))


def test_empty_database_gives_zeros(db: Database) -> None:
    figures = DashboardService(db).figures(WEDNESDAY)
    assert [c.status for c in figures.sites_by_status] == list(SITE_PIPELINE)
    assert figures.total_sites == figures.open_sites == 0
    assert (figures.planned_learners, figures.enrolled_learners) == (0, 0)
    assert figures.sessions_this_week == 0
    assert [(n.label, n.cost) for n in figures.needs_cost_by_status] == [
        ("Identifié", Decimal("0.00")),
        ("Demandé", Decimal("0.00")),
        ("Financé", Decimal("0.00")),
        ("Livré", Decimal("0.00")),
    ]
    assert figures.learners_by_sector == ()
    assert figures.needs_cost_by_site == ()


@pytest.fixture
def small(db: Database) -> dict[str, str]:
    """Two live sites and a deleted one, with offerings, sessions and needs."""
    ids: dict[str, str] = {}
    with db.uow() as s:
        centre = default_centre_id(s)
        sites = {
            "chaumont": m.Site(
                regional_centre_id=centre, name="Chaumont", town="Chaumont", status=SiteStatus.OPEN
            ),
            "epinal": m.Site(
                regional_centre_id=centre, name="Épinal", town="Épinal", status=SiteStatus.PREPARING
            ),
            "gone": m.Site(
                regional_centre_id=centre,
                name="Ancien",
                town="Ancien",
                status=SiteStatus.OPEN,
                deleted_at=utcnow(),
            ),
        }
        num = m.Sector(code="NUM", name="Numérique")
        com = m.Sector(code="COM", name="Commerce")
        laptop = m.EquipmentType(label="Portable", category="Info", unit_cost=Decimal("650.50"))
        s.add_all([*sites.values(), num, com, laptop])
        s.flush()
        course = m.Course(
            sector_id=num.id,
            cnam_code="CPN8900",
            title="Dév",
            certification_type=CertificationType.TITRE_RNCP,
        )
        s.add(course)
        s.flush()

        def offering(site: str, planned: int, enrolled: int, **kw: object) -> m.Offering:
            row = m.Offering(
                course_id=course.id,
                site_id=sites[site].id,
                period_label="p",
                start_date=date(2025, 9, 1),
                planned_learners=planned,
                enrolled_learners=enrolled,
                **kw,
            )
            s.add(row)
            s.flush()
            return row

        live = offering("chaumont", 12, 10, status=OfferingStatus.RUNNING)
        offering("epinal", 8, 5)
        offering("epinal", 20, 20, status=OfferingStatus.CANCELLED)
        offering("epinal", 30, 30, deleted_at=utcnow())
        dead_site = offering("gone", 40, 40)
        for day, status, deleted, of in [
            (date(2025, 10, 6), SessionStatus.DONE, False, live),  # Monday: counted
            (date(2025, 10, 12), SessionStatus.PLANNED, False, live),  # Sunday: counted
            (date(2025, 10, 13), SessionStatus.PLANNED, False, live),  # next week
            (date(2025, 10, 5), SessionStatus.DONE, False, live),  # last week
            (date(2025, 10, 8), SessionStatus.CANCELLED, False, live),
            (date(2025, 10, 8), SessionStatus.PLANNED, True, live),
            (date(2025, 10, 8), SessionStatus.PLANNED, False, dead_site),
        ]:
            s.add(
                m.Session(
                    offering_id=of.id,
                    day=day,
                    start_time=time(9),
                    end_time=time(12),
                    status=status,
                    deleted_at=utcnow() if deleted else None,
                )
            )
        for site, quantity, status, override, deleted in [
            ("chaumont", 3, NeedStatus.IDENTIFIED, None, False),  # 1951.50
            ("chaumont", 2, NeedStatus.FUNDED, Decimal("999.99"), False),  # override
            ("epinal", 1, NeedStatus.IDENTIFIED, None, False),  # 650.50
            ("epinal", 5, NeedStatus.DELIVERED, None, True),  # deleted need
            ("gone", 5, NeedStatus.DELIVERED, None, False),  # deleted site
        ]:
            s.add(
                m.EquipmentNeed(
                    site_id=sites[site].id,
                    type_id=laptop.id,
                    quantity=quantity,
                    status=status,
                    cost_override=override,
                    deleted_at=utcnow() if deleted else None,
                )
            )
        ids.update({k: v.id for k, v in sites.items()}, num=num.id, com=com.id)
    return ids


def test_small_network_by_hand(db: Database, small: dict[str, str]) -> None:
    f = DashboardService(db).figures(WEDNESDAY)
    counts = {c.status: c.count for c in f.sites_by_status}
    assert counts[SiteStatus.OPEN] == f.open_sites == 1  # the deleted open site is left out
    assert counts[SiteStatus.PREPARING] == 1
    assert counts[SiteStatus.CLOSED] == 0
    assert f.total_sites == 2
    assert (f.planned_learners, f.enrolled_learners) == (20, 15)
    assert f.sessions_this_week == 2
    assert {n.status: n.cost for n in f.needs_cost_by_status} == {
        NeedStatus.IDENTIFIED: Decimal("2602.00"),
        NeedStatus.REQUESTED: Decimal("0.00"),
        NeedStatus.FUNDED: Decimal("999.99"),
        NeedStatus.DELIVERED: Decimal("0.00"),
    }
    assert f.needs_total_cost == Decimal("3601.99")
    assert [(x.name, x.planned, x.enrolled) for x in f.learners_by_sector] == [
        ("Commerce", 0, 0),
        ("Numérique", 20, 15),
    ]
    assert [(x.name, x.cost) for x in f.needs_cost_by_site] == [
        ("Chaumont", Decimal("2951.49")),
        ("Épinal", Decimal("650.50")),
    ]


@pytest.mark.parametrize("today", [date(2025, 10, 8), date(2026, 3, 18), date(2027, 1, 4)])
def test_demo_figures_match_a_plain_python_reading(demo_db: Database, today: date) -> None:
    f = DashboardService(demo_db).figures(today)
    with demo_db.reader() as s:
        sites = {
            sid: (name, status)
            for sid, name, status in s.execute(
                select(m.Site.id, m.Site.name, m.Site.status).where(m.Site.deleted_at.is_(None))
            )
        }
        offerings = s.execute(
            select(
                m.Offering.id,
                m.Offering.site_id,
                m.Offering.course_id,
                m.Offering.status,
                m.Offering.planned_learners,
                m.Offering.enrolled_learners,
            ).where(m.Offering.deleted_at.is_(None))
        ).all()
        sector_of = dict(s.execute(select(m.Course.id, m.Course.sector_id)).all())
        sector_names = dict(
            s.execute(select(m.Sector.id, m.Sector.name).where(m.Sector.deleted_at.is_(None))).all()
        )
        sessions = s.execute(
            select(m.Session.offering_id, m.Session.day, m.Session.status).where(
                m.Session.deleted_at.is_(None)
            )
        ).all()
        unit_cost = dict(s.execute(select(m.EquipmentType.id, m.EquipmentType.unit_cost)).all())
        needs = s.execute(
            select(
                m.EquipmentNeed.site_id,
                m.EquipmentNeed.type_id,
                m.EquipmentNeed.quantity,
                m.EquipmentNeed.status,
                m.EquipmentNeed.cost_override,
            ).where(m.EquipmentNeed.deleted_at.is_(None))
        ).all()

    by_status = Counter(status for _name, status in sites.values())
    assert [(c.status, c.count) for c in f.sites_by_status] == [
        (status, by_status[status]) for status in SITE_PIPELINE
    ]
    assert f.open_sites == by_status[SiteStatus.OPEN] > 0

    counted = [o for o in offerings if o.status != OfferingStatus.CANCELLED and o.site_id in sites]
    assert f.planned_learners == sum(o.planned_learners for o in counted) > 0
    assert f.enrolled_learners == sum(o.enrolled_learners for o in counted) > 0
    planned: dict[str, int] = defaultdict(int)
    enrolled: dict[str, int] = defaultdict(int)
    for o in counted:
        planned[sector_of[o.course_id]] += o.planned_learners
        enrolled[sector_of[o.course_id]] += o.enrolled_learners
    assert {x.sector_id: (x.name, x.planned, x.enrolled) for x in f.learners_by_sector} == {
        sid: (name, planned[sid], enrolled[sid]) for sid, name in sector_names.items()
    }

    live_offerings = {o.id for o in offerings if o.site_id in sites}
    monday = today.toordinal() - today.weekday()
    week = [
        x
        for x in sessions
        if x.offering_id in live_offerings
        and x.status != SessionStatus.CANCELLED
        and monday <= x.day.toordinal() <= monday + 6
    ]
    assert f.sessions_this_week == len(week)

    cost_by_status: dict[NeedStatus, Decimal] = defaultdict(Decimal)
    cost_by_site: dict[str, Decimal] = defaultdict(Decimal)
    for site_id, type_id, quantity, status, override in needs:
        if site_id not in sites:
            continue
        cost = override if override is not None else quantity * unit_cost[type_id]
        cost_by_status[status] += cost
        cost_by_site[site_id] += cost
    assert {n.status: n.cost for n in f.needs_cost_by_status} == {
        status: cost_by_status[status] for status in NeedStatus
    }
    assert {x.site_id: x.cost for x in f.needs_cost_by_site} == cost_by_site
    costs = [x.cost for x in f.needs_cost_by_site]
    assert costs == sorted(costs, reverse=True)


def test_demo_has_sessions_in_a_teaching_week(demo_db: Database) -> None:
    assert DashboardService(demo_db).figures(date(2025, 10, 8)).sessions_this_week > 0


def test_figures_take_a_fixed_number_of_queries(demo_db: Database, db: Database) -> None:
    """Aggregates run in SQL: as many statements on the demo network as on an empty file."""

    def statements(database: Database) -> int:
        seen: list[str] = []

        def record(*args: object) -> None:
            seen.append(str(args[2]))

        event.listen(database.engine, "before_cursor_execute", record)
        try:
            DashboardService(database).figures(WEDNESDAY)
        finally:
            event.remove(database.engine, "before_cursor_execute", record)
        return sum(1 for sql in seen if sql.lstrip().upper().startswith("SELECT"))

    assert statements(demo_db) == statements(db) == 6
