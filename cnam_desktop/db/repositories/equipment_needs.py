"""Equipment need queries: ids, rows, cost totals in SQL, and what planning reads."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import fields
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, bindparam, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.models import Money
from cnam_desktop.db.repositories.common import (
    AnySelect,
    Prepared,
    Reader,
    bound,
    dialect_of,
    french_in,
    get_live,
    ids_of,
    like_pattern,
    order,
    pattern_param,
    prepared_ids,
)
from cnam_desktop.domain.enums import NeedStatus, OfferingStatus, Priority
from cnam_desktop.domain.equipment import (
    ACTIVE_OFFERING_STATUSES,
    NEED_SORT_KEYS,
    OPEN_NEED_STATUSES,
    USABLE_CONDITIONS,
    EquipmentNeedData,
    EquipmentNeedFilter,
    EquipmentNeedRow,
    OfferingDemand,
    estimated_cost,
)
from cnam_desktop.domain.formatting import french_sort_key

_NEED_FIELDS = [f.name for f in fields(EquipmentNeedData)]


def need_cost_sql() -> ColumnElement[Decimal]:
    """SQL twin of `domain.equipment.estimated_cost` (needs joined to their type)."""
    return type_coerce(
        func.coalesce(
            m.EquipmentNeed.cost_override,
            m.EquipmentNeed.quantity * m.EquipmentType.unit_cost,
        ),
        Money,
    )


def _needs_query(columns: Sequence[Any]) -> AnySelect:
    return (
        select(*columns)
        .join(m.Site, m.Site.id == m.EquipmentNeed.site_id)
        .join(m.EquipmentType, m.EquipmentType.id == m.EquipmentNeed.type_id)
        .where(m.EquipmentNeed.deleted_at.is_(None), m.Site.deleted_at.is_(None))
    )


@lru_cache(maxsize=256)
def _need_ids(dialect: str, sort: str, descending: bool, shape: frozenset[str]) -> AnySelect:
    """The need id query of one shape (see `common.bound`)."""
    label = french_in(dialect, m.EquipmentType.label)
    column: Any = {
        "type": lambda: label,
        "site": lambda: french_in(dialect, m.Site.name),
        "quantity": lambda: m.EquipmentNeed.quantity,
        "priority": lambda: case(
            {p.value: rank for rank, p in enumerate(Priority)}, value=m.EquipmentNeed.priority
        ),
        "status": lambda: case(
            {s.value: rank for rank, s in enumerate(NeedStatus)}, value=m.EquipmentNeed.status
        ),
        "cost": need_cost_sql,
        "reason": lambda: french_in(dialect, func.coalesce(m.EquipmentNeed.reason, "")),
        "funder": lambda: french_in(
            dialect,
            func.coalesce(
                select(m.Partner.name)
                .where(m.Partner.id == m.EquipmentNeed.funder_id)
                .scalar_subquery(),
                "",
            ),
        ),
    }[sort]()
    query = _needs_query([m.EquipmentNeed.id])
    for key in ("site_id", "type_id", "offering_id", "status", "priority"):
        if key in shape:
            query = query.where(getattr(m.EquipmentNeed, key) == bindparam(key))
    if "pattern" in shape:
        pattern = pattern_param()
        query = query.where(
            or_(
                m.EquipmentType.label.ilike(pattern),
                m.EquipmentNeed.reason.ilike(pattern),
                m.Site.name.ilike(pattern),
            )
        )
    return query.order_by(order(column, descending), label, m.EquipmentNeed.id)


def need_ids_query(
    dialect: str, flt: EquipmentNeedFilter, sort: str = "priority", descending: bool = False
) -> Prepared:
    """The prepared id statement for the filter, sort and order, and its values."""
    return prepared_ids(
        _need_ids,
        NEED_SORT_KEYS,
        dialect,
        sort,
        descending,
        {
            "site_id": flt.site_id,
            "type_id": flt.type_id,
            "offering_id": flt.offering_id,
            "status": flt.status,
            "priority": flt.priority,
            "pattern": like_pattern(flt.text),
        },
    )


def list_need_ids(
    session: Session, flt: EquipmentNeedFilter, sort: str = "priority", descending: bool = False
) -> list[str]:
    return ids_of(session, *need_ids_query(dialect_of(session), flt, sort, descending))


def offering_label(code: str, title: str, period: str) -> str:
    return f"{code} {title} ({period})"


@lru_cache(maxsize=1)
def _need_rows() -> AnySelect:
    return (
        _needs_query(
            [
                m.EquipmentNeed.id,
                m.EquipmentNeed.site_id,
                m.Site.name,
                m.EquipmentNeed.type_id,
                m.EquipmentType.label,
                m.EquipmentNeed.quantity,
                m.EquipmentType.unit_cost,
                m.EquipmentNeed.cost_override,
                m.EquipmentNeed.reason,
                m.EquipmentNeed.offering_id,
                m.Course.cnam_code,
                m.Course.title,
                m.Offering.period_label,
                m.EquipmentNeed.priority,
                m.EquipmentNeed.status,
                m.EquipmentNeed.funder_id,
                m.Partner.name,
            ]
        )
        .outerjoin(m.Offering, m.Offering.id == m.EquipmentNeed.offering_id)
        .outerjoin(m.Course, m.Course.id == m.Offering.course_id)
        .outerjoin(m.Partner, m.Partner.id == m.EquipmentNeed.funder_id)
        .where(m.EquipmentNeed.id.in_(bindparam("ids", expanding=True)))
    )


def need_rows_by_id(session: Reader, ids: Sequence[str]) -> dict[str, EquipmentNeedRow]:
    if not ids:
        return {}
    result: dict[str, EquipmentNeedRow] = {}
    for (
        need_id,
        site_id,
        site_name,
        type_id,
        label,
        quantity,
        unit_cost,
        override,
        reason,
        offering_id,
        code,
        title,
        period,
        priority,
        status,
        funder_id,
        funder,
    ) in session.execute(_need_rows(), {"ids": list(ids)}):
        result[need_id] = EquipmentNeedRow(
            id=need_id,
            site_id=site_id,
            site_name=site_name,
            type_id=type_id,
            type_label=label,
            quantity=quantity,
            unit_cost=unit_cost,
            cost_override=override,
            estimated_cost=estimated_cost(quantity, unit_cost, override),
            reason=reason,
            offering_id=offering_id,
            offering_label=offering_label(code, title, period) if code else None,
            priority=priority,
            status=status,
            funder_id=funder_id,
            funder_name=funder,
        )
    return result


def get_need(session: Session, need_id: str) -> m.EquipmentNeed:
    return get_live(session, m.EquipmentNeed, need_id, "Besoin d'équipement")


def need_to_data(need: m.EquipmentNeed) -> EquipmentNeedData:
    return EquipmentNeedData(**{f: getattr(need, f) for f in _NEED_FIELDS})


def apply_need_data(need: m.EquipmentNeed, data: EquipmentNeedData) -> None:
    for name in _NEED_FIELDS:
        setattr(need, name, getattr(data, name))


@lru_cache(maxsize=2)
def _cost_totals(shape: frozenset[str]) -> AnySelect:
    query = _needs_query(
        [
            m.Site.id,
            m.Site.name,
            m.EquipmentNeed.status,
            type_coerce(func.sum(need_cost_sql()), Money),
        ]
    ).group_by(m.Site.id, m.Site.name, m.EquipmentNeed.status)
    if "site_id" in shape:
        query = query.where(m.Site.id == bindparam("site_id"))
    return query


def cost_totals(
    session: Reader, site_id: str | None = None
) -> dict[tuple[str, str], dict[NeedStatus, Decimal]]:
    """Estimated cost of live needs per (site id, site name) and status, summed in SQL."""
    shape, params = bound({"site_id": site_id})
    result: dict[tuple[str, str], dict[NeedStatus, Decimal]] = defaultdict(dict)
    cent = Decimal("0.01")
    for sid, name, status, total in session.execute(_cost_totals(shape), params):
        result[(sid, name)][status] = Decimal(total or 0).quantize(cent)
    return dict(result)


# What planning reads ----------------------------------------------------------------


def offering_demands(session: Session, site_id: str) -> list[OfferingDemand]:
    """Live offerings of the site still to run, with their courses' equipment needs."""
    offerings = session.execute(
        select(m.Offering, m.Course)
        .join(m.Course, m.Course.id == m.Offering.course_id)
        .where(
            m.Offering.site_id == site_id,
            m.Offering.deleted_at.is_(None),
            m.Offering.status.in_(ACTIVE_OFFERING_STATUSES),
        )
        .order_by(m.Offering.start_date, m.Course.cnam_code, m.Offering.id)
    ).all()
    course_ids = {course.id for _offering, course in offerings}
    requirements: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for req in session.scalars(
        select(m.CourseEquipment)
        .join(m.EquipmentType, m.EquipmentType.id == m.CourseEquipment.type_id)
        .where(
            m.CourseEquipment.course_id.in_(course_ids),
            m.CourseEquipment.deleted_at.is_(None),
            m.EquipmentType.deleted_at.is_(None),
        )
        .order_by(m.CourseEquipment.type_id)
    ):
        requirements[req.course_id].append((req.type_id, req.per_learner, req.per_group))
    return [
        OfferingDemand(
            offering_id=offering.id,
            label=offering_label(course.cnam_code, course.title, offering.period_label),
            enrolled=offering.enrolled_learners,
            planned=offering.planned_learners,
            requirements=tuple(requirements.get(course.id, ())),
        )
        for offering, course in offerings
    ]


def usable_inventory(session: Session, site_id: str) -> dict[str, int]:
    """Quantity per type of the site's live inventory in usable condition."""
    query = (
        select(m.EquipmentItem.type_id, func.sum(m.EquipmentItem.quantity))
        .where(
            m.EquipmentItem.site_id == site_id,
            m.EquipmentItem.deleted_at.is_(None),
            m.EquipmentItem.condition.in_(USABLE_CONDITIONS),
        )
        .group_by(m.EquipmentItem.type_id)
    )
    return {type_id: int(q or 0) for type_id, q in session.execute(query)}


def required_pairs(session: Session, site_ids: Sequence[str]) -> set[tuple[str, str]]:
    """(type id, offering id) of the sites' offerings, live or not, whose course requires
    or required (tombstoned requirement) that type: the needs the offer explains."""
    query = (
        select(m.CourseEquipment.type_id, m.Offering.id)
        .join(m.CourseEquipment, m.CourseEquipment.course_id == m.Offering.course_id)
        .where(m.Offering.site_id.in_(site_ids))
    )
    return {(type_id, offering_id) for type_id, offering_id in session.execute(query)}


def open_need_quantities(session: Session, site_id: str) -> dict[str, int]:
    """Quantity per type of the site's live needs not yet delivered."""
    query = (
        select(m.EquipmentNeed.type_id, func.sum(m.EquipmentNeed.quantity))
        .where(
            m.EquipmentNeed.site_id == site_id,
            m.EquipmentNeed.deleted_at.is_(None),
            m.EquipmentNeed.status.in_(OPEN_NEED_STATUSES),
        )
        .group_by(m.EquipmentNeed.type_id)
    )
    return {type_id: int(q or 0) for type_id, q in session.execute(query)}


def type_labels(session: Session) -> dict[str, str]:
    query = select(m.EquipmentType.id, m.EquipmentType.label)
    return {type_id: label for type_id, label in session.execute(query)}


def offering_choices(session: Session) -> list[tuple[str, str, str]]:
    """(offering id, site id, label) of live offerings not finished or cancelled."""
    query = (
        select(
            m.Offering.id,
            m.Offering.site_id,
            m.Course.cnam_code,
            m.Course.title,
            m.Offering.period_label,
        )
        .join(m.Course, m.Course.id == m.Offering.course_id)
        .where(
            m.Offering.deleted_at.is_(None),
            m.Offering.status.not_in([OfferingStatus.FINISHED, OfferingStatus.CANCELLED]),
        )
        .order_by(m.Course.cnam_code, m.Offering.start_date)
    )
    return [
        (oid, site_id, offering_label(code, title, period))
        for oid, site_id, code, title, period in session.execute(query)
    ]


def funder_choices(session: Session) -> list[tuple[str, str]]:
    """(partner id, name) of live partners, French order."""
    query = select(m.Partner.id, m.Partner.name).where(m.Partner.deleted_at.is_(None))
    rows = list(session.execute(query))
    return sorted(((pid, name) for pid, name in rows), key=lambda r: french_sort_key(r[1]))
