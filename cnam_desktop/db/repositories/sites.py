"""Site queries: filtered and sorted id lists, rows by id, detail, writes."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, case, func, or_, select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.repositories.common import (
    AnySelect,
    Prepared,
    Reader,
    dialect_of,
    french_in,
    get_live,
    ids_of,
    like_pattern,
    live,
    order,
    pattern_param,
    prepared_ids,
)
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


@lru_cache(maxsize=256)
def _site_ids(dialect: str, sort: str, descending: bool, shape: frozenset[str]) -> AnySelect:
    """The site id query of one shape (see `common.bound`)."""
    name = french_in(dialect, m.Site.name)
    column: Any = getattr(m.Site, sort, None)
    if sort in ("name", "town"):
        column = french_in(dialect, column)
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
    query = select(m.Site.id).where(m.Site.deleted_at.is_(None))
    if "pattern" in shape:
        pattern = pattern_param()
        query = query.where(
            or_(
                m.Site.name.ilike(pattern),
                m.Site.town.ilike(pattern),
                m.Site.insee_code.ilike(pattern),
                m.Site.epci.ilike(pattern),
            )
        )
    if "status" in shape:
        query = query.where(m.Site.status == bindparam("status"))
    if "department" in shape:
        query = query.where(m.Site.department == bindparam("department"))
    if "acv" in shape:
        query = query.where(m.Site.acv == bindparam("acv"))
    return query.order_by(order(column, descending), name, m.Site.id)


def ids_query(
    dialect: str, flt: SiteFilter, sort: str = "name", descending: bool = False
) -> Prepared:
    """The prepared id statement for the filter, sort and order, and its values."""
    return prepared_ids(
        _site_ids,
        SITE_SORT_KEYS,
        dialect,
        sort,
        descending,
        {
            "pattern": like_pattern(flt.text),
            "status": flt.status,
            "department": flt.department,
            "acv": flt.acv,
        },
    )


def list_ids(
    session: Session, flt: SiteFilter, sort: str = "name", descending: bool = False
) -> list[str]:
    return ids_of(session, *ids_query(dialect_of(session), flt, sort, descending))


@lru_cache(maxsize=4)
def choices_query(dialect: str) -> AnySelect:
    """(id, name) of every live site, in the order of the sites list (no parameters)."""
    name = french_in(dialect, m.Site.name)
    return (
        select(m.Site.id, m.Site.name).where(m.Site.deleted_at.is_(None)).order_by(name, m.Site.id)
    )


@lru_cache(maxsize=1)
def _rows() -> AnySelect:
    rooms = (
        select(func.count(m.Room.id))
        .join(m.Premises, m.Premises.id == m.Room.premises_id)
        .where(
            m.Premises.site_id == m.Site.id,
            m.Premises.deleted_at.is_(None),
            m.Room.deleted_at.is_(None),
        )
        .scalar_subquery()
    )
    offerings = (
        select(func.count(m.Offering.id))
        .where(m.Offering.site_id == m.Site.id, m.Offering.deleted_at.is_(None))
        .scalar_subquery()
    )
    return select(
        m.Site.id,
        m.Site.name,
        m.Site.town,
        m.Site.department,
        m.Site.status,
        m.Site.acv,
        m.Site.industry_territory,
        m.Site.opening_date,
        rooms,
        offerings,
        m.Site.is_demo,
    ).where(m.Site.id.in_(bindparam("ids", expanding=True)), m.Site.deleted_at.is_(None))


def rows_by_id(session: Reader, ids: Sequence[str]) -> dict[str, SiteRow]:
    if not ids:
        return {}
    return {
        site_id: SiteRow(
            id=site_id,
            name=name,
            town=town,
            department=department,
            status=status,
            acv=acv,
            industry_territory=industry,
            opening_date=opening,
            room_count=int(rooms or 0),
            offering_count=int(offerings or 0),
            is_demo=is_demo,
        )
        for (
            site_id,
            name,
            town,
            department,
            status,
            acv,
            industry,
            opening,
            rooms,
            offerings,
            is_demo,
        ) in session.execute(_rows(), {"ids": list(ids)})
    }


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
