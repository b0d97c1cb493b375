"""Catalogue queries: sectors, courses (filtered and sorted ids, rows), course equipment."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Integer, bindparam, cast, func, or_, select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.repositories.common import (
    AnySelect,
    Prepared,
    Reader,
    dialect_of,
    french,
    french_in,
    get_live,
    ids_of,
    like_pattern,
    order,
    pattern_param,
    prepared_ids,
    restore,
    tombstone,
)
from cnam_desktop.domain.catalogue import (
    COURSE_SORT_KEYS,
    MODALITY_WEIGHTS,
    CourseData,
    CourseEquipmentData,
    CourseEquipmentLine,
    CourseFilter,
    CourseRow,
    SectorData,
    SectorRow,
)
from cnam_desktop.domain.enums import Modality

_COURSE_FIELDS = list(CourseData.__dataclass_fields__)
_SECTOR_FIELDS = list(SectorData.__dataclass_fields__)


# -- sectors -----------------------------------------------------------------------------


def get_sector(session: Session, sector_id: str) -> m.Sector:
    return get_live(session, m.Sector, sector_id, "Filière")


def sector_to_data(sector: m.Sector) -> SectorData:
    return SectorData(**{f: getattr(sector, f) for f in _SECTOR_FIELDS})


def apply_sector(sector: m.Sector, data: SectorData) -> None:
    for name in _SECTOR_FIELDS:
        setattr(sector, name, getattr(data, name))


def sector_with_code(session: Session, code: str) -> m.Sector | None:
    """The sector (live or tombstoned: the code stays unique) holding that code."""
    return session.scalars(select(m.Sector).where(m.Sector.code == code)).first()


@lru_cache(maxsize=4)
def _sector_rows(dialect: str) -> AnySelect:
    courses = (
        select(func.count(m.Course.id))
        .where(m.Course.sector_id == m.Sector.id, m.Course.deleted_at.is_(None))
        .scalar_subquery()
    )
    return (
        select(m.Sector.id, m.Sector.code, m.Sector.name, courses)
        .where(m.Sector.deleted_at.is_(None))
        .order_by(french_in(dialect, m.Sector.name), m.Sector.id)
    )


def sector_rows(session: Reader) -> list[SectorRow]:
    return [
        SectorRow(id=sector_id, code=code, name=name, course_count=int(count or 0))
        for sector_id, code, name, count in session.execute(_sector_rows(dialect_of(session)))
    ]


def live_course_count(session: Session, sector_id: str) -> int:
    query = select(func.count(m.Course.id)).where(
        m.Course.sector_id == sector_id, m.Course.deleted_at.is_(None)
    )
    return session.scalar(query) or 0


# -- courses -----------------------------------------------------------------------------


def get_course(session: Session, course_id: str) -> m.Course:
    return get_live(session, m.Course, course_id, "Parcours")


def course_to_data(course: m.Course) -> CourseData:
    return CourseData(**{f: getattr(course, f) for f in _COURSE_FIELDS})


def apply_course(course: m.Course, data: CourseData) -> None:
    for name in _COURSE_FIELDS:
        setattr(course, name, getattr(data, name))


def course_with_code(session: Session, code: str) -> m.Course | None:
    """The course (live or tombstoned: the code stays unique) holding that Cnam code."""
    return session.scalars(select(m.Course).where(m.Course.cnam_code == code)).first()


def live_offering_count(session: Session, course_id: str) -> int:
    query = select(func.count(m.Offering.id)).where(
        m.Offering.course_id == course_id,
        m.Offering.deleted_at.is_(None),
    )
    return session.scalar(query) or 0


@lru_cache(maxsize=256)
def _course_ids(dialect: str, sort: str, descending: bool, shape: frozenset[str]) -> AnySelect:
    """The course id query of one shape (see `common.bound`)."""
    query = select(m.Course.id).where(m.Course.deleted_at.is_(None))
    if "pattern" in shape:
        pattern = pattern_param()
        query = query.where(
            or_(
                m.Course.title.ilike(pattern),
                m.Course.cnam_code.ilike(pattern),
                m.Course.rncp_code.ilike(pattern),
                m.Course.rs_code.ilike(pattern),
            )
        )
    for key in ("sector_id", "certification_type", "cpf_eligible", "vae", "level"):
        if key in shape:
            query = query.where(getattr(m.Course, key) == bindparam(key))
    column: Any
    if sort == "sector":
        query = query.join(m.Sector, m.Sector.id == m.Course.sector_id)
        column = french_in(dialect, m.Sector.name)
    elif sort == "title":
        column = french_in(dialect, m.Course.title)
    elif sort == "register_code":
        column = func.coalesce(m.Course.rncp_code, m.Course.rs_code, "")
    elif sort == "modalities":
        weights = MODALITY_WEIGHTS
        column = (
            cast(m.Course.allows_in_person, Integer) * weights[Modality.IN_PERSON]
            + cast(m.Course.allows_distance, Integer) * weights[Modality.DISTANCE]
            + cast(m.Course.allows_hybrid, Integer) * weights[Modality.HYBRID]
        )
    elif sort == "offering_count":
        column = (
            select(func.count(m.Offering.id))
            .where(m.Offering.course_id == m.Course.id, m.Offering.deleted_at.is_(None))
            .scalar_subquery()
        )
    else:
        column = getattr(m.Course, sort)
    title = french_in(dialect, m.Course.title)
    return query.order_by(order(column, descending), title, m.Course.id)


def course_ids_query(
    dialect: str, flt: CourseFilter, sort: str = "title", descending: bool = False
) -> Prepared:
    """The prepared id statement for the filter, sort and order, and its values."""
    return prepared_ids(
        _course_ids,
        COURSE_SORT_KEYS,
        dialect,
        sort,
        descending,
        {
            "pattern": like_pattern(flt.text),
            "sector_id": flt.sector_id,
            "certification_type": flt.certification_type,
            "cpf_eligible": flt.cpf_eligible,
            "vae": flt.vae,
            "level": flt.level,
        },
    )


def course_ids(
    session: Session, flt: CourseFilter, sort: str = "title", descending: bool = False
) -> list[str]:
    return ids_of(session, *course_ids_query(dialect_of(session), flt, sort, descending))


def course_rows(session: Session, ids: Sequence[str]) -> dict[str, CourseRow]:
    if not ids:
        return {}
    offerings = dict(
        session.execute(
            select(m.Offering.course_id, func.count(m.Offering.id))
            .where(m.Offering.course_id.in_(ids), m.Offering.deleted_at.is_(None))
            .group_by(m.Offering.course_id)
        ).all()
    )
    query = (
        select(m.Course, m.Sector.name)
        .join(m.Sector, m.Sector.id == m.Course.sector_id)
        .where(m.Course.id.in_(ids), m.Course.deleted_at.is_(None))
    )
    result: dict[str, CourseRow] = {}
    for course, sector_name in session.execute(query):
        result[course.id] = CourseRow(
            id=course.id,
            cnam_code=course.cnam_code,
            title=course.title,
            sector_name=sector_name,
            certification_type=course.certification_type,
            rncp_code=course.rncp_code,
            rs_code=course.rs_code,
            level=course.level,
            hours=course.hours,
            ects=course.ects,
            cpf_eligible=course.cpf_eligible,
            vae=course.vae,
            modalities=course_to_data(course).modalities,
            offering_count=offerings.get(course.id, 0),
        )
    return result


# -- course equipment --------------------------------------------------------------------


def equipment_lines(session: Session, course_id: str) -> list[CourseEquipmentLine]:
    query = (
        select(m.CourseEquipment, m.EquipmentType)
        .join(m.EquipmentType, m.EquipmentType.id == m.CourseEquipment.type_id)
        .where(m.CourseEquipment.course_id == course_id, m.CourseEquipment.deleted_at.is_(None))
        .order_by(french(session, m.EquipmentType.label))
    )
    return [
        CourseEquipmentLine(
            type_id=kind.id,
            label=kind.label,
            category=kind.category,
            per_learner=need.per_learner,
            per_group=need.per_group,
        )
        for need, kind in session.execute(query)
    ]


def replace_equipment(
    session: Session, course_id: str, items: Sequence[CourseEquipmentData]
) -> None:
    """Make the course's live equipment lines exactly `items`.

    Removed lines are tombstoned; a type added back revives its tombstoned line (the
    (course, type) pair is unique in the table, tombstones included).
    """
    wanted = {item.type_id: item for item in items}
    existing = session.scalars(
        select(m.CourseEquipment).where(m.CourseEquipment.course_id == course_id)
    )
    for line in existing:
        item = wanted.pop(line.type_id, None)
        if item is None:
            if line.deleted_at is None:
                tombstone(line)
            continue
        if line.deleted_at is not None:
            restore(line)
        line.per_learner = item.per_learner
        line.per_group = item.per_group
    for item in wanted.values():
        get_live(session, m.EquipmentType, item.type_id, "Type d'équipement")
        session.add(
            m.CourseEquipment(
                course_id=course_id,
                type_id=item.type_id,
                per_learner=item.per_learner,
                per_group=item.per_group,
            )
        )
