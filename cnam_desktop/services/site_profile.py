"""One site's profile: territorial diagnostic against the courses it offers, history, partners.

A diagnostic line is a *gap* when the need of its sector is high and the site offers no
course of that sector (live offering, not cancelled).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories import sites as sites_repo
from cnam_desktop.domain.enums import NeedLevel, OfferingStatus, SiteStatus
from cnam_desktop.domain.formatting import french_sort_key
from cnam_desktop.domain.sites import PartnerLine

_LEVEL_RANK = {NeedLevel.HIGH: 0, NeedLevel.MEDIUM: 1, NeedLevel.LOW: 2}


@dataclass(frozen=True)
class OfferedCourse:
    course_id: str
    cnam_code: str
    title: str


@dataclass(frozen=True)
class DiagnosticLine:
    """A sector's need at the site, and the site's courses in that sector."""

    sector_id: str
    sector_code: str
    sector_name: str
    need_level: NeedLevel
    qualification_gap: str | None
    existing_offer: str | None
    courses: tuple[OfferedCourse, ...]

    @property
    def need_level_label(self) -> str:
        return self.need_level.label

    @property
    def gap(self) -> bool:
        """High need and no course of the sector offered at the site."""
        return self.need_level is NeedLevel.HIGH and not self.courses


@dataclass(frozen=True)
class StatusStep:
    status: SiteStatus
    changed_on: date
    note: str | None

    @property
    def status_label(self) -> str:
        return self.status.label


@dataclass(frozen=True)
class SiteProfile:
    site_id: str
    name: str
    status: SiteStatus
    diagnostic: tuple[DiagnosticLine, ...]
    history: tuple[StatusStep, ...]
    partners: tuple[PartnerLine, ...]

    @property
    def status_label(self) -> str:
        return self.status.label

    @property
    def gaps(self) -> tuple[DiagnosticLine, ...]:
        return tuple(line for line in self.diagnostic if line.gap)


def offered_courses(session: Session, site_id: str) -> dict[str, list[OfferedCourse]]:
    """Courses the site offers (live, not cancelled offerings), by sector id."""
    query = (
        select(m.Course.sector_id, m.Course.id, m.Course.cnam_code, m.Course.title)
        .join(m.Offering, m.Offering.course_id == m.Course.id)
        .where(
            m.Offering.site_id == site_id,
            m.Offering.deleted_at.is_(None),
            m.Offering.status != OfferingStatus.CANCELLED,
            m.Course.deleted_at.is_(None),
        )
        .distinct()
    )
    result: dict[str, list[OfferedCourse]] = {}
    for sector_id, course_id, code, title in session.execute(query):
        result.setdefault(sector_id, []).append(OfferedCourse(course_id, code, title))
    for courses in result.values():
        courses.sort(key=lambda c: (french_sort_key(c.title), c.cnam_code))
    return result


def diagnostic(session: Session, site_id: str) -> list[DiagnosticLine]:
    offered = offered_courses(session, site_id)
    query = (
        select(m.SectorNeed, m.Sector)
        .join(m.Sector, m.Sector.id == m.SectorNeed.sector_id)
        .where(
            m.SectorNeed.site_id == site_id,
            m.SectorNeed.deleted_at.is_(None),
            m.Sector.deleted_at.is_(None),
        )
    )
    lines = [
        DiagnosticLine(
            sector_id=sector.id,
            sector_code=sector.code,
            sector_name=sector.name,
            need_level=need.need_level,
            qualification_gap=need.qualification_gap,
            existing_offer=need.existing_offer,
            courses=tuple(offered.get(sector.id, ())),
        )
        for need, sector in session.execute(query)
    ]
    lines.sort(key=lambda line: (_LEVEL_RANK[line.need_level], french_sort_key(line.sector_name)))
    return lines


def history(session: Session, site_id: str) -> list[StatusStep]:
    query = (
        select(m.SiteStatusChange)
        .where(m.SiteStatusChange.site_id == site_id, m.SiteStatusChange.deleted_at.is_(None))
        .order_by(m.SiteStatusChange.changed_on, m.SiteStatusChange.created_at)
    )
    return [StatusStep(c.status, c.changed_on, c.note) for c in session.scalars(query)]


class SiteProfileService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def profile(self, site_id: str) -> SiteProfile:
        with self._db.reader() as s:
            site = sites_repo.get(s, site_id)
            return SiteProfile(
                site_id=site.id,
                name=site.name,
                status=site.status,
                diagnostic=tuple(diagnostic(s, site_id)),
                history=tuple(history(s, site_id)),
                partners=tuple(sites_repo.partners(s, site_id)),
            )
