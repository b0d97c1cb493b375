"""Trainer queries: filtered and sorted ids, rows by id, sector links, upcoming sessions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.repositories.common import french, get_live, replace_links
from cnam_desktop.domain.enums import SessionStatus
from cnam_desktop.domain.formatting import french_sort_key
from cnam_desktop.domain.trainers import (
    TRAINER_SORT_KEYS,
    TrainerData,
    TrainerFilter,
    TrainerRow,
)

_FIELDS = [f for f in TrainerData.__dataclass_fields__ if f != "sector_ids"]


def get(session: Session, trainer_id: str) -> m.Trainer:
    return get_live(session, m.Trainer, trainer_id, "Formateur")


def sector_ids(session: Session, trainer_id: str) -> frozenset[str]:
    query = (
        select(m.TrainerSector.sector_id)
        .join(m.Sector, m.Sector.id == m.TrainerSector.sector_id)
        .where(
            m.TrainerSector.trainer_id == trainer_id,
            m.TrainerSector.deleted_at.is_(None),
            m.Sector.deleted_at.is_(None),
        )
    )
    return frozenset(session.scalars(query))


def to_data(session: Session, trainer: m.Trainer) -> TrainerData:
    values = {f: getattr(trainer, f) for f in _FIELDS}
    return TrainerData(**values, sector_ids=sector_ids(session, trainer.id))


def apply_data(trainer: m.Trainer, data: TrainerData) -> None:
    for name in _FIELDS:
        setattr(trainer, name, getattr(data, name))


def replace_sectors(session: Session, trainer_id: str, wanted: frozenset[str]) -> None:
    """Make the trainer's live sector links exactly `wanted` (tombstones revived)."""
    replace_links(
        session,
        m.TrainerSector,
        m.TrainerSector.trainer_id,
        m.TrainerSector.sector_id,
        trainer_id,
        wanted,
        lambda sector_id: get_live(session, m.Sector, sector_id, "Filière"),
    )


def _upcoming(today: date) -> Select[Any]:
    """Live, not cancelled sessions of live offerings from `today` on."""
    return (
        select(m.Session.trainer_id)
        .join(m.Offering, m.Offering.id == m.Session.offering_id)
        .where(
            m.Session.day >= today,
            m.Session.deleted_at.is_(None),
            m.Session.status != SessionStatus.CANCELLED,
            m.Offering.deleted_at.is_(None),
        )
    )


def _first_upcoming_day(today: date) -> Any:
    """Scalar subquery: the day of the trainer's next session (correlated to Trainer).

    ORDER BY day LIMIT 1 walks the (trainer_id, day) index and stops at the first
    session kept; min() over every upcoming session read ~75,000 rows for 100 trainers.
    """
    return (
        _upcoming(today)
        .with_only_columns(m.Session.day)
        .where(m.Session.trainer_id == m.Trainer.id)
        .order_by(m.Session.day)
        .limit(1)
        .scalar_subquery()
    )


def upcoming_sessions(session: Session, trainer_id: str, today: date) -> tuple[int, date | None]:
    """How many sessions the trainer has from `today` on, and the first one's date."""
    query = _upcoming(today).where(m.Session.trainer_id == trainer_id)
    sub = query.add_columns(m.Session.day).subquery()
    count, first = session.execute(select(func.count(), func.min(sub.c.day))).one()
    return count, first


def _filtered(query: Select[Any], flt: TrainerFilter) -> Select[Any]:
    query = query.where(m.Trainer.deleted_at.is_(None))
    if flt.text and flt.text.strip():
        pattern = f"%{flt.text.strip()}%"
        query = query.where(
            or_(
                m.Trainer.first_name.ilike(pattern),
                m.Trainer.last_name.ilike(pattern),
                m.Trainer.email.ilike(pattern),
                m.Trainer.home_centre.ilike(pattern),
            )
        )
    if flt.sector_id is not None:
        linked = select(m.TrainerSector.trainer_id).where(
            m.TrainerSector.sector_id == flt.sector_id, m.TrainerSector.deleted_at.is_(None)
        )
        query = query.where(m.Trainer.id.in_(linked))
    if flt.distance_ok is not None:
        query = query.where(m.Trainer.distance_ok.is_(flt.distance_ok))
    return query


def list_ids(
    session: Session,
    flt: TrainerFilter,
    sort: str = "last_name",
    descending: bool = False,
    today: date | None = None,
) -> list[str]:
    if sort not in TRAINER_SORT_KEYS:
        raise ValueError(sort)
    terms: list[Any]
    if sort == "sectors":
        terms = _by_sectors(session, descending)
    elif sort == "next_session":
        first_day = _first_upcoming_day(today or date.today())
        terms = [first_day.is_(None), first_day.desc() if descending else first_day.asc()]
    else:
        column: Any = getattr(m.Trainer, sort)
        if sort != "distance_ok":
            column = french(session, column)
        terms = [column.desc() if descending else column.asc()]
    order = [
        *terms,
        french(session, m.Trainer.last_name),
        french(session, m.Trainer.first_name),
        m.Trainer.id,
    ]
    return list(session.scalars(_filtered(select(m.Trainer.id), flt).order_by(*order)))


def _by_sectors(session: Session, descending: bool) -> list[Any]:
    """ORDER BY terms: the French rank of the trainer's first sector, then their count."""
    names = session.execute(select(m.Sector.id, m.Sector.name).where(m.Sector.deleted_at.is_(None)))
    ranked = sorted(names, key=lambda row: french_sort_key(row[1]))
    rank_of = case(
        {sector_id: rank for rank, (sector_id, _name) in enumerate(ranked)},
        value=m.TrainerSector.sector_id,
        else_=None,
    )
    links = select(m.TrainerSector.trainer_id).where(
        m.TrainerSector.trainer_id == m.Trainer.id, m.TrainerSector.deleted_at.is_(None)
    )
    first = links.with_only_columns(func.min(rank_of)).scalar_subquery()
    count = links.with_only_columns(func.count(rank_of)).scalar_subquery()
    if descending:
        return [first.is_(None), first.desc(), count.desc()]
    return [first.is_(None), first.asc(), count.asc()]


def rows_by_id(session: Session, ids: Sequence[str], today: date) -> dict[str, TrainerRow]:
    if not ids:
        return {}
    sectors: dict[str, list[str]] = {}
    query = (
        select(m.TrainerSector.trainer_id, m.Sector.name)
        .join(m.Sector, m.Sector.id == m.TrainerSector.sector_id)
        .where(
            m.TrainerSector.trainer_id.in_(ids),
            m.TrainerSector.deleted_at.is_(None),
            m.Sector.deleted_at.is_(None),
        )
        .order_by(french(session, m.Sector.name))
    )
    for trainer_id, name in session.execute(query):
        sectors.setdefault(trainer_id, []).append(name)
    first_day = _first_upcoming_day(today)
    next_days: dict[str, date | None] = dict(
        session.execute(select(m.Trainer.id, first_day).where(m.Trainer.id.in_(ids))).all()
    )
    result: dict[str, TrainerRow] = {}
    for trainer in session.scalars(
        select(m.Trainer).where(m.Trainer.id.in_(ids), m.Trainer.deleted_at.is_(None))
    ):
        result[trainer.id] = TrainerRow(
            id=trainer.id,
            first_name=trainer.first_name,
            last_name=trainer.last_name,
            email=trainer.email,
            phone=trainer.phone,
            home_centre=trainer.home_centre,
            distance_ok=trainer.distance_ok,
            sector_names=tuple(sectors.get(trainer.id, ())),
            next_session=next_days.get(trainer.id),
        )
    return result
