"""Site queries: filtered and sorted id lists, rows by id, detail, writes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.repositories.common import french, get_live, live
from cnam_desktop.domain.enums import SITE_PIPELINE
from cnam_desktop.domain.sites import (
    SITE_SORT_KEYS,
    OfferingLine,
    PartnerLine,
    RoomLine,
    SiteData,
    SiteFilter,
    SiteRow,
)

_SITE_FIELDS = [f for f in SiteData.__dataclass_fields__ if f != "is_demo"]


def _filtered(query: Select, flt: SiteFilter) -> Select:
    query = query.where(m.Site.deleted_at.is_(None))
    if flt.text:
        pattern = f"%{flt.text.strip()}%"
        query = query.where(
            or_(
                m.Site.name.ilike(pattern),
                m.Site.town.ilike(pattern),
                m.Site.insee_code.ilike(pattern),
                m.Site.epci.ilike(pattern),
            )
        )
    if flt.status is not None:
        query = query.where(m.Site.status == flt.status)
    if flt.department:
        query = query.where(m.Site.department == flt.department)
    if flt.acv is not None:
        query = query.where(m.Site.acv.is_(flt.acv))
    return query


def list_ids(
    session: Session, flt: SiteFilter, sort: str = "name", descending: bool = False
) -> list[str]:
    if sort not in SITE_SORT_KEYS:
        raise ValueError(sort)
    column: Any = getattr(m.Site, sort, None)
    if sort in ("name", "town"):
        column = french(session, column)
    if sort == "room_count":
        column = (
            select(func.count(m.Room.id))
            .join(m.Premises, m.Premises.id == m.Room.premises_id)
            .where(
                m.Premises.site_id == m.Site.id,
                m.Premises.deleted_at.is_(None),
                m.Room.deleted_at.is_(None),
            )
            .scalar_subquery()
        )
    if sort == "offering_count":
        column = (
            select(func.count(m.Offering.id))
            .where(m.Offering.site_id == m.Site.id, m.Offering.deleted_at.is_(None))
            .scalar_subquery()
        )
    if sort == "status":  # pipeline order, not the alphabetical order of the codes
        column = case(
            {status.value: rank for rank, status in enumerate(SITE_PIPELINE)},
            value=m.Site.status,
        )
    order = [column.desc() if descending else column.asc(), french(session, m.Site.name), m.Site.id]
    return list(session.scalars(_filtered(select(m.Site.id), flt).order_by(*order)))


def _counts(session: Session, query: Select[str, int]) -> dict[str, int]:
    return {site_id: count for site_id, count in session.execute(query)}


def rows_by_id(session: Session, ids: Sequence[str]) -> dict[str, SiteRow]:
    if not ids:
        return {}
    rooms = _counts(
        session,
        select(m.Premises.site_id, func.count(m.Room.id))
        .join(m.Room, m.Room.premises_id == m.Premises.id)
        .where(
            m.Premises.site_id.in_(ids),
            m.Premises.deleted_at.is_(None),
            m.Room.deleted_at.is_(None),
        )
        .group_by(m.Premises.site_id),
    )
    offerings = _counts(
        session,
        select(m.Offering.site_id, func.count(m.Offering.id))
        .where(m.Offering.site_id.in_(ids), m.Offering.deleted_at.is_(None))
        .group_by(m.Offering.site_id),
    )
    result: dict[str, SiteRow] = {}
    for site in session.scalars(live(m.Site).where(m.Site.id.in_(ids))):
        result[site.id] = SiteRow(
            id=site.id,
            name=site.name,
            town=site.town,
            department=site.department,
            status=site.status,
            acv=site.acv,
            industry_territory=site.industry_territory,
            opening_date=site.opening_date,
            room_count=rooms.get(site.id, 0),
            offering_count=offerings.get(site.id, 0),
            is_demo=site.is_demo,
        )
    return result


def departments(session: Session) -> list[str]:
    query = (
        select(m.Site.department)
        .where(m.Site.deleted_at.is_(None), m.Site.department.is_not(None))
        .distinct()
        .order_by(m.Site.department)
    )
    return [d for d in session.scalars(query) if d]


def to_data(site: m.Site) -> SiteData:
    return SiteData(**{f: getattr(site, f) for f in _SITE_FIELDS}, is_demo=site.is_demo)


def apply_data(site: m.Site, data: SiteData) -> None:
    for name in _SITE_FIELDS:
        setattr(site, name, getattr(data, name))


def get(session: Session, site_id: str) -> m.Site:
    return get_live(session, m.Site, site_id, "Site")


def default_centre_id(session: Session) -> str:
    """The regional centre new sites belong to (the first one; created if missing)."""
    centre = session.scalars(live(m.RegionalCentre).order_by(m.RegionalCentre.created_at)).first()
    if centre is None:
        centre = m.RegionalCentre(name="Cnam en région")
        session.add(centre)
        session.flush()
    return centre.id


def partners(session: Session, site_id: str) -> list[PartnerLine]:
    query = (
        select(m.Partner, m.SitePartner.role)
        .join(m.SitePartner, m.SitePartner.partner_id == m.Partner.id)
        .where(
            m.SitePartner.site_id == site_id,
            m.SitePartner.deleted_at.is_(None),
            m.Partner.deleted_at.is_(None),
        )
        .order_by(m.Partner.name, m.SitePartner.role)
    )
    return [
        PartnerLine(
            name=partner.name,
            kind_label=partner.kind.label,
            role_label=role.label,
            contact=", ".join(x for x in (partner.contact_name, partner.contact_email) if x)
            or None,
        )
        for partner, role in session.execute(query)
    ]


def rooms(session: Session, site_id: str) -> list[RoomLine]:
    query = (
        select(m.Premises.name, m.Room)
        .join(m.Room, m.Room.premises_id == m.Premises.id)
        .where(
            m.Premises.site_id == site_id,
            m.Premises.deleted_at.is_(None),
            m.Room.deleted_at.is_(None),
        )
        .order_by(m.Premises.name, m.Room.name)
    )
    return [
        RoomLine(
            premises=premises,
            name=room.name,
            kind_label=room.kind.label,
            capacity=room.capacity,
            accessible=room.accessible,
        )
        for premises, room in session.execute(query)
    ]


def offerings(session: Session, site_id: str) -> list[OfferingLine]:
    query = (
        select(m.Offering, m.Course.cnam_code, m.Course.title)
        .join(m.Course, m.Course.id == m.Offering.course_id)
        .where(m.Offering.site_id == site_id, m.Offering.deleted_at.is_(None))
        .order_by(m.Offering.start_date.desc(), m.Course.title)
    )
    return [
        OfferingLine(
            cnam_code=code,
            title=title,
            period=offering.period_label,
            modality_label=offering.modality.label,
            status_label=offering.status.label,
            enrolled=offering.enrolled_learners,
        )
        for offering, code, title in session.execute(query)
    ]


def live_count(session: Session, model: Any, condition: Any) -> int:
    """How many live rows of `model` meet `condition`."""
    query = select(func.count()).select_from(model).where(condition, model.deleted_at.is_(None))
    return int(session.scalar(query) or 0)
