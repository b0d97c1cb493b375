"""Offering queries: filtered and sorted ids, rows by id, usage counts, form choices.

Also the small helpers the sessions queries share: accent-blind text matching over
small tables, and ORDER BY terms that keep empty values last.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Date, Select, bindparam, case, func, or_, select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.repositories.common import (
    AnySelect,
    Prepared,
    Reader,
    bound,
    dialect_of,
    french,
    french_in,
    get_live,
    like_pattern,
    pattern_param,
    search_text,
    with_matches,
)
from cnam_desktop.domain.enums import Modality, OfferingStatus, SessionStatus
from cnam_desktop.domain.formatting import french_sort_key
from cnam_desktop.domain.offer_rows import (
    OFFERING_SORT_KEYS,
    OfferingFilter,
    OfferingRow,
    course_label,
)
from cnam_desktop.domain.sessions import OfferingData

_FIELDS = [f.name for f in fields(OfferingData)]


# Shared helpers ------------------------------------------------------------------------------


def matching_ids(session: Session, query: Select[*tuple[Any, ...]], text: str) -> list[str]:
    """Ids of a small table whose text columns contain `text`, accents and case ignored.

    `query` selects the id then the columns to search (tens or hundreds of rows:
    sites, courses, rooms, trainers), so that « epinal » finds « Épinal ».
    """
    wanted = french_sort_key(text.strip())
    return [
        row_id
        for row_id, *values in session.execute(query)
        if any(value and wanted in french_sort_key(value) for value in values)
    ]


def order_terms(
    terms: Sequence[Any], descending: bool, *, empty_last: Any | None = None
) -> list[Any]:
    """ORDER BY terms in the asked direction; rows where `empty_last` is NULL come last."""
    leading = [empty_last.is_(None)] if empty_last is not None else []
    return leading + [term.desc() if descending else term.asc() for term in terms]


def rank_of(values: Sequence[str], column: Any) -> ColumnElement[int]:
    """The position of `column` in `values` (an enum's declaration order), for sorting."""
    return case({value: rank for rank, value in enumerate(values)}, value=column)


MODALITY_ORDER = [modality.value for modality in Modality]


# Records -------------------------------------------------------------------------------------


def get(session: Session, offering_id: str) -> m.Offering:
    return get_live(session, m.Offering, offering_id, "Ouverture")


def to_data(offering: m.Offering) -> OfferingData:
    return OfferingData(**{f: getattr(offering, f) for f in _FIELDS})


def apply_data(offering: m.Offering, data: OfferingData) -> None:
    for name in _FIELDS:
        setattr(offering, name, getattr(data, name))


def describe(session: Session, offering: m.Offering) -> str:
    """« NFE114 — Systèmes d'information, Rentrée 2019, Chaumont », for messages."""
    code, title, site = session.execute(
        select(m.Course.cnam_code, m.Course.title, m.Site.name)
        .join(m.Offering, m.Offering.course_id == m.Course.id)
        .join(m.Site, m.Site.id == m.Offering.site_id)
        .where(m.Offering.id == offering.id)
    ).one()
    return f"{course_label(code, title)}, {offering.period_label}, {site}"


def _live_sessions_of(offering_id: Any) -> tuple[ColumnElement[bool], ...]:
    return (m.Session.offering_id == offering_id, m.Session.deleted_at.is_(None))


def usage(session: Session, offering_id: str) -> tuple[int, int, int]:
    """Live sessions of the offering, live equipment needs for it, and live sessions of
    other offerings that invite it."""
    sessions = session.scalar(
        select(func.count(m.Session.id)).where(*_live_sessions_of(offering_id))
    )
    needs = session.scalar(
        select(func.count(m.EquipmentNeed.id)).where(
            m.EquipmentNeed.offering_id == offering_id, m.EquipmentNeed.deleted_at.is_(None)
        )
    )
    invitations = session.scalar(
        select(func.count(m.SessionGuest.id))
        .join(m.Session, m.Session.id == m.SessionGuest.session_id)
        .where(
            m.SessionGuest.offering_id == offering_id,
            m.SessionGuest.deleted_at.is_(None),
            m.Session.deleted_at.is_(None),
        )
    )
    return int(sessions or 0), int(needs or 0), int(invitations or 0)


def sessions_with_rooms(session: Session, offering_id: str) -> int:
    """Live sessions of the offering held in a room (they tie it to its site)."""
    query = select(func.count(m.Session.id)).where(
        *_live_sessions_of(offering_id), m.Session.room_id.is_not(None)
    )
    return int(session.scalar(query) or 0)


# List ----------------------------------------------------------------------------------------


def _query(columns: Sequence[Any]) -> Select[Any]:
    return (
        select(*columns)
        .select_from(m.Offering)
        .join(m.Course, m.Course.id == m.Offering.course_id)
        .join(m.Site, m.Site.id == m.Offering.site_id)
        .join(m.Sector, m.Sector.id == m.Course.sector_id)
        .where(m.Offering.deleted_at.is_(None))
    )


def _next_session(offering_id: Any, today: Any) -> Any:
    """The offering's first live, not cancelled session from `today` (a value or a
    bound parameter) on."""
    return (
        select(func.min(m.Session.day))
        .where(
            *_live_sessions_of(offering_id),
            m.Session.status != SessionStatus.CANCELLED,
            m.Session.day >= today,
        )
        .scalar_subquery()
    )


_EQUAL_FILTERS = {
    "site_id": m.Offering.site_id,
    "course_id": m.Offering.course_id,
    "sector_id": m.Course.sector_id,
    "status": m.Offering.status,
    "modality": m.Offering.modality,
}


@lru_cache(maxsize=256)
def _offering_ids(dialect: str, sort: str, descending: bool, shape: frozenset[str]) -> AnySelect:
    """The offering id query of one shape (see `common.bound`); a text search binds the
    ids of the courses, sectors and sites whose names match (`text_matches`)."""
    title = french_in(dialect, m.Course.title)
    site = french_in(dialect, m.Site.name)
    empty_last: Any = None
    if sort == "next_session":
        empty_last = _next_session(m.Offering.id, bindparam("today"))
    terms: list[Any] = {
        "course": lambda: [title],
        "code": lambda: [m.Course.cnam_code],
        "site": lambda: [site],
        "sector": lambda: [french_in(dialect, m.Sector.name)],
        "period": lambda: [m.Offering.start_date, french_in(dialect, m.Offering.period_label)],
        "modality": lambda: [rank_of(MODALITY_ORDER, m.Offering.modality)],
        "planned": lambda: [m.Offering.planned_learners],
        "enrolled": lambda: [m.Offering.enrolled_learners],
        "status": lambda: [rank_of([s.value for s in OfferingStatus], m.Offering.status)],
        "session_count": lambda: [
            select(func.count(m.Session.id))
            .where(*_live_sessions_of(m.Offering.id))
            .scalar_subquery()
        ],
        "next_session": lambda: [empty_last],
    }[sort]()
    query = _query([m.Offering.id])
    if "text" in shape:
        query = query.where(
            or_(
                m.Offering.course_id.in_(bindparam("course_ids", expanding=True)),
                m.Course.sector_id.in_(bindparam("sector_ids", expanding=True)),
                m.Offering.site_id.in_(bindparam("site_ids", expanding=True)),
                m.Offering.period_label.ilike(pattern_param()),
            )
        )
    query = query.where(
        *(column == bindparam(name) for name, column in _EQUAL_FILTERS.items() if name in shape)
    )
    order = order_terms(terms, descending, empty_last=empty_last)
    return query.order_by(*order, title, site, m.Offering.start_date, m.Offering.id)


def text_matches(session: Session, text: str) -> dict[str, Any]:
    """The values a text search binds: ids of the courses, sectors and sites whose
    names contain `text` (accents and case ignored), and the period's pattern."""
    return {
        "course_ids": matching_ids(
            session, select(m.Course.id, m.Course.cnam_code, m.Course.title), text
        ),
        "sector_ids": matching_ids(
            session, select(m.Sector.id, m.Sector.name, m.Sector.code), text
        ),
        "site_ids": matching_ids(session, select(m.Site.id, m.Site.name, m.Site.town), text),
        "pattern": like_pattern(text),
    }


def offering_ids_query(
    dialect: str,
    flt: OfferingFilter,
    sort: str = "course",
    descending: bool = False,
    today: date | None = None,
    matches: dict[str, Any] | None = None,
    *,
    raw: bool = False,
) -> Prepared:
    """The prepared id statement for the filter, sort and order, and its values.

    `matches` (`text_matches`) is required when the filter has a search text. `raw`:
    the values go to the DB-API as they are (`Database.read_rows`), so the day is
    written as SQLite stores it; otherwise through SQLAlchemy (a Session).
    """
    if sort not in OFFERING_SORT_KEYS:
        raise ValueError(sort)
    values = {name: getattr(flt, name) for name in _EQUAL_FILTERS}
    shape, params = with_matches(bound(values), flt.text, matches)
    if sort == "next_session":
        day = today or date.today()
        params["today"] = day.isoformat() if raw and dialect == "sqlite" else day
    return _offering_ids(dialect, sort, descending, shape), params


def list_ids(
    session: Session,
    flt: OfferingFilter,
    sort: str = "course",
    descending: bool = False,
    today: date | None = None,
) -> list[str]:
    """The list's ids in display order (the service runs the common case without a
    Session: `OfferingService.list_ids`)."""
    text = search_text(flt.text)
    matches = text_matches(session, text) if text else None
    statement, values = offering_ids_query(
        dialect_of(session), flt, sort, descending, today, matches, raw=False
    )
    return list(session.scalars(statement, values))


_ROW_COLUMNS = (
    "id",
    "site_id",
    "course_id",
    "period_label",
    "start_date",
    "end_date",
    "modality",
    "planned_learners",
    "enrolled_learners",
    "funded_cpf",
    "funded_employer",
    "funded_jobseeker",
    "funded_self",
    "status",
)
"""The offering's own columns an `OfferingRow` shows (read as columns, not as ORM
objects: a list's block of rows reads several times faster)."""


@lru_cache(maxsize=1)
def _row_statements() -> tuple[AnySelect, AnySelect, AnySelect]:
    """The three statements of `rows_by_id`, built once (building them cost more than
    running them for a block of rows): session counts, next sessions, the rows."""
    ids: Any = bindparam("ids", expanding=True)
    counts = (
        select(m.Session.offering_id, func.count())
        .where(m.Session.offering_id.in_(ids), m.Session.deleted_at.is_(None))
        .group_by(m.Session.offering_id)
    )
    upcoming = (
        select(m.Session.offering_id, func.min(m.Session.day))
        .where(
            m.Session.offering_id.in_(ids),
            m.Session.deleted_at.is_(None),
            m.Session.status != SessionStatus.CANCELLED,
            m.Session.day >= bindparam("today", type_=Date),
        )
        .group_by(m.Session.offering_id)
    )
    own = [getattr(m.Offering, name) for name in _ROW_COLUMNS]
    rows = _query([*own, m.Course.cnam_code, m.Course.title, m.Site.name, m.Sector.name])
    return counts, upcoming, rows.where(m.Offering.id.in_(ids))


def rows_by_id(reader: Reader, ids: Sequence[str], today: date) -> dict[str, OfferingRow]:
    if not ids:
        return {}
    counts_query, upcoming_query, rows_query = _row_statements()
    values = {"ids": list(ids), "today": today}
    counts: dict[str, int] = {oid: n for oid, n in reader.execute(counts_query, values)}
    upcoming: dict[str, date] = {oid: day for oid, day in reader.execute(upcoming_query, values)}
    result: dict[str, OfferingRow] = {}
    for row in reader.execute(rows_query, values):
        own = dict(zip(_ROW_COLUMNS, row, strict=False))
        code, title, site_name, sector_name = row[len(_ROW_COLUMNS) :]
        offering_id = own["id"]
        result[offering_id] = OfferingRow(
            **own,
            site_name=site_name,
            course_code=code,
            course_title=title,
            sector_name=sector_name,
            session_count=int(counts.get(offering_id, 0)),
            next_session=upcoming.get(offering_id),
        )
    return result


# Choices for forms ---------------------------------------------------------------------------


def course_choices(session: Session) -> list[tuple[str, str]]:
    """(course id, « CODE — Titre ») of live courses, by Cnam code."""
    query = (
        select(m.Course.id, m.Course.cnam_code, m.Course.title)
        .where(m.Course.deleted_at.is_(None))
        .order_by(m.Course.cnam_code)
    )
    return [(cid, course_label(code, title)) for cid, code, title in session.execute(query)]


def site_choices(session: Session) -> list[tuple[str, str]]:
    """(site id, name) of live sites, French order."""
    query = (
        select(m.Site.id, m.Site.name)
        .where(m.Site.deleted_at.is_(None))
        .order_by(french(session, m.Site.name), m.Site.id)
    )
    return [(sid, name) for sid, name in session.execute(query)]


def offering_choices(session: Session, site_id: str | None = None) -> list[tuple[str, str]]:
    """(offering id, label) of live offerings, of one site or all (then naming the site).

    Cancelled ones are left out; by course code, then the latest period first.
    """
    query = _query(
        [m.Offering.id, m.Course.cnam_code, m.Course.title, m.Offering.period_label, m.Site.name]
    ).where(m.Offering.status != OfferingStatus.CANCELLED)
    if site_id:
        query = query.where(m.Offering.site_id == site_id)
    query = query.order_by(
        m.Course.cnam_code, m.Offering.start_date.desc(), french(session, m.Site.name)
    )
    return [
        (oid, f"{course_label(code, title)} ({period})" + ("" if site_id else f" — {site}"))
        for oid, code, title, period, site in session.execute(query)
    ]


def guest_offering_choices(session: Session, offering_id: str) -> list[tuple[str, str]]:
    """(offering id, « Site — période ») of live offerings of the same course at other sites.

    Non-active ones (terminée, annulée) say so, so that a dialog can still show an
    existing invitation; by site name, then period.
    """
    own = get(session, offering_id)
    query = (
        select(m.Offering.id, m.Site.name, m.Offering.period_label, m.Offering.status)
        .join(m.Site, m.Site.id == m.Offering.site_id)
        .where(
            m.Offering.deleted_at.is_(None),
            m.Offering.course_id == own.course_id,
            m.Offering.site_id != own.site_id,
        )
        .order_by(french(session, m.Site.name), m.Offering.start_date, m.Offering.id)
    )
    choices = []
    for oid, site, period, status in session.execute(query):
        label = f"{site} — {period}"
        if status in (OfferingStatus.FINISHED, OfferingStatus.CANCELLED):
            label = f"{label} ({status.label.lower()})"
        choices.append((oid, label))
    return choices
