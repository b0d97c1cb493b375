"""Closure queries: filtered lists, the closures that apply to a site, matching for imports."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from sqlalchemy import and_, extract, or_, select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.repositories.common import AnySelect, Reader, get_live
from cnam_desktop.domain.closures import ClosureData, ClosureFilter, ClosureRow
from cnam_desktop.domain.enums import ClosureKind

_FIELDS = list(ClosureData.__dataclass_fields__)


def get(session: Session, closure_id: str) -> m.Closure:
    return get_live(session, m.Closure, closure_id, "Fermeture")


def to_data(closure: m.Closure) -> ClosureData:
    return ClosureData(**{f: getattr(closure, f) for f in _FIELDS})


def apply_data(closure: m.Closure, data: ClosureData) -> None:
    for name in _FIELDS:
        setattr(closure, name, getattr(data, name))


_ROW_COLUMNS = (
    m.Closure.id,
    m.Closure.kind,
    m.Closure.label,
    m.Closure.start_date,
    m.Closure.end_date,
    m.Closure.site_id,
    m.Site.name,
    m.Closure.subdivision,
)


def _rows(session: Reader, query: AnySelect) -> list[ClosureRow]:
    query = query.order_by(m.Closure.start_date, m.Closure.end_date, m.Closure.label, m.Closure.id)
    return [
        ClosureRow(
            id=closure_id,
            kind=kind,
            label=label,
            start_date=start,
            end_date=end,
            site_id=site_id,
            site_name=site_name,
            subdivision=subdivision,
        )
        for closure_id, kind, label, start, end, site_id, site_name, subdivision in session.execute(
            query
        )
    ]


def _base() -> AnySelect:
    """The closures' columns (no ORM objects: the list reads every row at each filter)."""
    return (
        select(*_ROW_COLUMNS)
        .outerjoin(m.Site, m.Site.id == m.Closure.site_id)
        .where(m.Closure.deleted_at.is_(None))
    )


def _overlapping(query: AnySelect, start: date | None, end: date | None) -> AnySelect:
    if start is not None:
        query = query.where(m.Closure.end_date >= start)
    if end is not None:
        query = query.where(m.Closure.start_date <= end)
    return query


def rows(session: Reader, flt: ClosureFilter) -> list[ClosureRow]:
    query = _overlapping(_base(), flt.start, flt.end)
    if flt.kind is not None:
        query = query.where(m.Closure.kind == flt.kind)
    if flt.site_id is not None:
        query = query.where(m.Closure.site_id == flt.site_id)
    if flt.region_wide is True:
        query = query.where(m.Closure.site_id.is_(None))
    elif flt.region_wide is False:
        query = query.where(m.Closure.site_id.is_not(None))
    return _rows(session, query)


def for_site(
    session: Session, site_id: str, department: str | None, start: date, end: date
) -> list[ClosureRow]:
    """Closures overlapping [start, end] that apply to the site (`domain.closures` rule)."""
    region_wide = and_(
        m.Closure.site_id.is_(None),
        or_(m.Closure.subdivision.is_(None), m.Closure.subdivision == department)
        if department
        else m.Closure.subdivision.is_(None),
    )
    query = _overlapping(_base(), start, end).where(or_(m.Closure.site_id == site_id, region_wide))
    return _rows(session, query)


def region_wide_keys(
    session: Session, kind: ClosureKind, start: date, end: date
) -> list[tuple[date, date, str, str | None]]:
    """(start, end, label, subdivision) of the live region-wide closures of a kind."""
    query = select(
        m.Closure.start_date, m.Closure.end_date, m.Closure.label, m.Closure.subdivision
    ).where(
        m.Closure.deleted_at.is_(None),
        m.Closure.site_id.is_(None),
        m.Closure.kind == kind,
        m.Closure.end_date >= start,
        m.Closure.start_date <= end,
    )
    return [(a, b, label, sub) for a, b, label, sub in session.execute(query)]


@lru_cache(maxsize=1)
def years_query() -> AnySelect:
    """The years in which live closures start, latest first (no parameters)."""
    year = extract("year", m.Closure.start_date)
    return select(year).where(m.Closure.deleted_at.is_(None)).distinct().order_by(year.desc())


def live_site_departments(session: Session) -> set[str]:
    query = select(m.Site.department).where(
        m.Site.deleted_at.is_(None), m.Site.department.is_not(None)
    )
    return {d for d in session.scalars(query) if d}
