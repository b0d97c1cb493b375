"""Network-wide figures for the dashboard, each computed by one aggregate SQL query.

Counting rules (shared by every figure):
- sites: live sites;
- learners: live offerings of live sites, cancelled ones left out;
- sessions: live, not cancelled sessions of live offerings of live sites;
- equipment needs: live needs of live sites, costing `cost_override` when set,
  otherwise quantity × the type's unit cost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select, type_coerce
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.domain.enums import (
    SITE_PIPELINE,
    NeedStatus,
    OfferingStatus,
    SessionStatus,
    SiteStatus,
)
from cnam_desktop.domain.formatting import french_sort_key

CENTS = Decimal("0.01")


@dataclass(frozen=True)
class StatusCount:
    status: SiteStatus
    count: int

    @property
    def label(self) -> str:
        return self.status.label


@dataclass(frozen=True)
class NeedCost:
    status: NeedStatus
    cost: Decimal

    @property
    def label(self) -> str:
        return self.status.label


@dataclass(frozen=True)
class SectorLearners:
    sector_id: str
    name: str
    planned: int
    enrolled: int


@dataclass(frozen=True)
class SiteCost:
    site_id: str
    name: str
    cost: Decimal


@dataclass(frozen=True)
class DashboardFigures:
    today: date
    week_start: date  # Monday of the week containing `today`
    week_end: date  # its Sunday
    sites_by_status: tuple[StatusCount, ...]  # every status, pipeline order
    open_sites: int
    planned_learners: int
    enrolled_learners: int
    sessions_this_week: int
    needs_cost_by_status: tuple[NeedCost, ...]  # every status, in workflow order
    learners_by_sector: tuple[SectorLearners, ...]  # every live sector, by name
    needs_cost_by_site: tuple[SiteCost, ...]  # sites with needs, costliest first

    @property
    def total_sites(self) -> int:
        return sum(item.count for item in self.sites_by_status)

    @property
    def needs_total_cost(self) -> Decimal:
        return sum((item.cost for item in self.needs_cost_by_status), Decimal("0"))


def week_of(today: date) -> tuple[date, date]:
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


def _money(value: Any) -> Decimal:
    return Decimal(str(value or 0)).quantize(CENTS)


def _need_cost() -> Any:
    cost = case(
        (m.EquipmentNeed.cost_override.is_not(None), m.EquipmentNeed.cost_override),
        else_=m.EquipmentNeed.quantity * m.EquipmentType.unit_cost,
    )
    return type_coerce(func.sum(cost), m.EquipmentNeed.cost_override.type)


def _live_needs(*columns: Any) -> Any:
    return (
        select(*columns)
        .join(m.EquipmentType, m.EquipmentType.id == m.EquipmentNeed.type_id)
        .join(m.Site, m.Site.id == m.EquipmentNeed.site_id)
        .where(m.EquipmentNeed.deleted_at.is_(None), m.Site.deleted_at.is_(None))
    )


def _live_offerings(*columns: Any) -> Any:
    return (
        select(*columns)
        .select_from(m.Offering)
        .join(m.Site, m.Site.id == m.Offering.site_id)
        .where(
            m.Offering.deleted_at.is_(None),
            m.Offering.status != OfferingStatus.CANCELLED,
            m.Site.deleted_at.is_(None),
        )
    )


def sites_by_status(session: Session) -> tuple[StatusCount, ...]:
    query = (
        select(m.Site.status, func.count(m.Site.id))
        .where(m.Site.deleted_at.is_(None))
        .group_by(m.Site.status)
    )
    counts = {SiteStatus(status): count for status, count in session.execute(query)}
    return tuple(StatusCount(status, counts.get(status, 0)) for status in SITE_PIPELINE)


def learners(session: Session) -> tuple[int, int]:
    query = _live_offerings(
        func.coalesce(func.sum(m.Offering.planned_learners), 0),
        func.coalesce(func.sum(m.Offering.enrolled_learners), 0),
    )
    planned, enrolled = session.execute(query).one()
    return int(planned), int(enrolled)


def sessions_between(session: Session, first: date, last: date) -> int:
    query = (
        select(func.count(m.Session.id))
        .join(m.Offering, m.Offering.id == m.Session.offering_id)
        .join(m.Site, m.Site.id == m.Offering.site_id)
        .where(
            m.Session.day.between(first, last),
            m.Session.deleted_at.is_(None),
            m.Session.status != SessionStatus.CANCELLED,
            m.Offering.deleted_at.is_(None),
            m.Site.deleted_at.is_(None),
        )
    )
    return session.scalar(query) or 0


def needs_cost_by_status(session: Session) -> tuple[NeedCost, ...]:
    query = _live_needs(m.EquipmentNeed.status, _need_cost()).group_by(m.EquipmentNeed.status)
    costs = {NeedStatus(status): _money(cost) for status, cost in session.execute(query)}
    return tuple(NeedCost(status, costs.get(status, _money(0))) for status in NeedStatus)


def needs_cost_by_site(session: Session) -> tuple[SiteCost, ...]:
    query = _live_needs(m.Site.id, m.Site.name, _need_cost()).group_by(m.Site.id, m.Site.name)
    rows = [SiteCost(site_id, name, _money(cost)) for site_id, name, cost in session.execute(query)]
    rows.sort(key=lambda row: (-row.cost, french_sort_key(row.name), row.site_id))
    return tuple(rows)


def learners_by_sector(session: Session) -> tuple[SectorLearners, ...]:
    per_sector = (
        _live_offerings(
            m.Course.sector_id.label("sector_id"),
            func.sum(m.Offering.planned_learners).label("planned"),
            func.sum(m.Offering.enrolled_learners).label("enrolled"),
        )
        .join(m.Course, m.Course.id == m.Offering.course_id)
        .group_by(m.Course.sector_id)
        .subquery()
    )
    query = (
        select(
            m.Sector.id,
            m.Sector.name,
            func.coalesce(per_sector.c.planned, 0),
            func.coalesce(per_sector.c.enrolled, 0),
        )
        .outerjoin(per_sector, per_sector.c.sector_id == m.Sector.id)
        .where(m.Sector.deleted_at.is_(None))
    )
    rows = [
        SectorLearners(sector_id, name, int(planned), int(enrolled))
        for sector_id, name, planned, enrolled in session.execute(query)
    ]
    rows.sort(key=lambda row: (french_sort_key(row.name), row.sector_id))
    return tuple(rows)


class DashboardService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def figures(self, today: date | None = None) -> DashboardFigures:
        today = today or date.today()
        first, last = week_of(today)
        with self._db.reader() as s:
            statuses = sites_by_status(s)
            planned, enrolled = learners(s)
            return DashboardFigures(
                today=today,
                week_start=first,
                week_end=last,
                sites_by_status=statuses,
                open_sites=next(c.count for c in statuses if c.status is SiteStatus.OPEN),
                planned_learners=planned,
                enrolled_learners=enrolled,
                sessions_this_week=sessions_between(s, first, last),
                needs_cost_by_status=needs_cost_by_status(s),
                learners_by_sector=learners_by_sector(s),
                needs_cost_by_site=needs_cost_by_site(s),
            )
