"""Equipment types and inventory queries: filtered and sorted ids, rows by id, usage.

Needs are in `equipment_needs.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session, aliased

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
    order,
    pattern_param,
    prepared_ids,
)
from cnam_desktop.domain.equipment import (
    ITEM_SORT_KEYS,
    TYPE_SORT_KEYS,
    EquipmentItemData,
    EquipmentItemFilter,
    EquipmentItemRow,
    EquipmentTypeData,
    EquipmentTypeFilter,
    EquipmentTypeRow,
)

_TYPE_FIELDS = [f.name for f in fields(EquipmentTypeData)]
_ITEM_FIELDS = [f.name for f in fields(EquipmentItemData)]


def _counts(
    session: Session, query: AnySelect, params: dict[str, Any] | None = None
) -> dict[str, int]:
    return {key: int(count or 0) for key, count in session.execute(query, params)}


# Types ------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _type_ids(dialect: str, sort: str, descending: bool, shape: frozenset[str]) -> AnySelect:
    """The equipment type id query of one shape (see `common.bound`)."""
    label = french_in(dialect, m.EquipmentType.label)
    column: Any = {
        "label": lambda: label,
        "category": lambda: french_in(dialect, m.EquipmentType.category),
        "unit_cost": lambda: m.EquipmentType.unit_cost,
        "item_quantity": lambda: (
            select(func.coalesce(func.sum(m.EquipmentItem.quantity), 0))
            .where(
                m.EquipmentItem.type_id == m.EquipmentType.id, m.EquipmentItem.deleted_at.is_(None)
            )
            .scalar_subquery()
        ),
        "need_count": lambda: (
            select(func.count(m.EquipmentNeed.id))
            .where(
                m.EquipmentNeed.type_id == m.EquipmentType.id, m.EquipmentNeed.deleted_at.is_(None)
            )
            .scalar_subquery()
        ),
    }[sort]()
    query = select(m.EquipmentType.id).where(m.EquipmentType.deleted_at.is_(None))
    if "pattern" in shape:
        pattern = pattern_param()
        query = query.where(
            or_(m.EquipmentType.label.ilike(pattern), m.EquipmentType.category.ilike(pattern))
        )
    if "category" in shape:
        query = query.where(m.EquipmentType.category == bindparam("category"))
    return query.order_by(order(column, descending), label, m.EquipmentType.id)


def type_ids_query(
    dialect: str, flt: EquipmentTypeFilter, sort: str = "label", descending: bool = False
) -> Prepared:
    """The prepared id statement for the filter, sort and order, and its values."""
    return prepared_ids(
        _type_ids,
        TYPE_SORT_KEYS,
        dialect,
        sort,
        descending,
        {"pattern": like_pattern(flt.text), "category": flt.category},
    )


def list_type_ids(
    session: Session, flt: EquipmentTypeFilter, sort: str = "label", descending: bool = False
) -> list[str]:
    return ids_of(session, *type_ids_query(dialect_of(session), flt, sort, descending))


@lru_cache(maxsize=4)
def categories_query(dialect: str) -> AnySelect:
    """The live types' categories, French order (no parameters)."""
    return (  # GROUP BY: PostgreSQL refuses DISTINCT ordered by another (collated) expression
        select(m.EquipmentType.category)
        .where(m.EquipmentType.deleted_at.is_(None))
        .group_by(m.EquipmentType.category)
        .order_by(french_in(dialect, m.EquipmentType.category))
    )


def type_usage(session: Session, type_ids: Sequence[str]) -> dict[str, tuple[int, int, int]]:
    """Per type: live inventory lines, live needs, live course requirements."""

    def count(model: Any) -> dict[str, int]:
        return _counts(
            session,
            select(model.type_id, func.count(model.id))
            .where(model.type_id.in_(type_ids), model.deleted_at.is_(None))
            .group_by(model.type_id),
        )

    items = count(m.EquipmentItem)
    needs = count(m.EquipmentNeed)
    courses = count(m.CourseEquipment)
    return {t: (items.get(t, 0), needs.get(t, 0), courses.get(t, 0)) for t in type_ids}


@lru_cache(maxsize=1)
def _type_rows() -> AnySelect:
    quantity = (
        select(func.sum(m.EquipmentItem.quantity))
        .where(m.EquipmentItem.type_id == m.EquipmentType.id, m.EquipmentItem.deleted_at.is_(None))
        .scalar_subquery()
    )
    needs = (
        select(func.count(m.EquipmentNeed.id))
        .where(m.EquipmentNeed.type_id == m.EquipmentType.id, m.EquipmentNeed.deleted_at.is_(None))
        .scalar_subquery()
    )
    return select(
        m.EquipmentType.id,
        m.EquipmentType.label,
        m.EquipmentType.category,
        m.EquipmentType.unit_cost,
        quantity,
        needs,
    ).where(
        m.EquipmentType.id.in_(bindparam("ids", expanding=True)),
        m.EquipmentType.deleted_at.is_(None),
    )


def type_rows_by_id(session: Reader, ids: Sequence[str]) -> dict[str, EquipmentTypeRow]:
    if not ids:
        return {}
    return {
        type_id: EquipmentTypeRow(
            id=type_id,
            label=label,
            category=category,
            unit_cost=unit_cost,
            item_quantity=int(quantity or 0),
            need_count=int(needs or 0),
        )
        for type_id, label, category, unit_cost, quantity, needs in session.execute(
            _type_rows(), {"ids": list(ids)}
        )
    }


def get_type(session: Session, type_id: str) -> m.EquipmentType:
    return get_live(session, m.EquipmentType, type_id, "Type de matériel")


def type_with_label(session: Session, label: str) -> m.EquipmentType | None:
    """The type (live or tombstoned) whose label equals this one, case ignored."""
    wanted = label.casefold()
    for t in session.scalars(select(m.EquipmentType)):
        if t.label.casefold() == wanted:
            return t
    return None


def type_to_data(equipment_type: m.EquipmentType) -> EquipmentTypeData:
    return EquipmentTypeData(**{f: getattr(equipment_type, f) for f in _TYPE_FIELDS})


def apply_type_data(equipment_type: m.EquipmentType, data: EquipmentTypeData) -> None:
    for name in _TYPE_FIELDS:
        setattr(equipment_type, name, getattr(data, name))


# Inventory --------------------------------------------------------------------------

_ItemRoom = aliased(m.Room)


def _items_query(columns: Sequence[Any]) -> AnySelect:
    return (
        select(*columns)
        .join(m.Site, m.Site.id == m.EquipmentItem.site_id)
        .join(m.EquipmentType, m.EquipmentType.id == m.EquipmentItem.type_id)
        .outerjoin(_ItemRoom, _ItemRoom.id == m.EquipmentItem.room_id)
        .where(m.EquipmentItem.deleted_at.is_(None), m.Site.deleted_at.is_(None))
    )


@lru_cache(maxsize=256)
def _item_ids(dialect: str, sort: str, descending: bool, shape: frozenset[str]) -> AnySelect:
    """The inventory id query of one shape (see `common.bound`)."""
    label = french_in(dialect, m.EquipmentType.label)
    column: Any = {
        "type": lambda: label,
        "site": lambda: french_in(dialect, m.Site.name),
        "room": lambda: french_in(dialect, _ItemRoom.name),
        "quantity": lambda: m.EquipmentItem.quantity,
        "condition": lambda: m.EquipmentItem.condition,
        "category": lambda: french_in(dialect, m.EquipmentType.category),
        "value": lambda: m.EquipmentItem.quantity * m.EquipmentType.unit_cost,
    }[sort]()
    query = _items_query([m.EquipmentItem.id])
    for key in ("site_id", "room_id", "type_id", "condition"):
        if key in shape:
            query = query.where(getattr(m.EquipmentItem, key) == bindparam(key))
    if "pattern" in shape:
        pattern = pattern_param()
        query = query.where(
            or_(
                m.EquipmentType.label.ilike(pattern),
                m.EquipmentType.category.ilike(pattern),
                m.Site.name.ilike(pattern),
                _ItemRoom.name.ilike(pattern),
            )
        )
    return query.order_by(order(column, descending), label, m.EquipmentItem.id)


def item_ids_query(
    dialect: str, flt: EquipmentItemFilter, sort: str = "type", descending: bool = False
) -> Prepared:
    """The prepared id statement for the filter, sort and order, and its values."""
    return prepared_ids(
        _item_ids,
        ITEM_SORT_KEYS,
        dialect,
        sort,
        descending,
        {
            "site_id": flt.site_id,
            "room_id": flt.room_id,
            "type_id": flt.type_id,
            "condition": flt.condition,
            "pattern": like_pattern(flt.text),
        },
    )


def list_item_ids(
    session: Session, flt: EquipmentItemFilter, sort: str = "type", descending: bool = False
) -> list[str]:
    return ids_of(session, *item_ids_query(dialect_of(session), flt, sort, descending))


@lru_cache(maxsize=1)
def _item_rows() -> AnySelect:
    return _items_query(
        [
            m.EquipmentItem.id,
            m.EquipmentItem.site_id,
            m.Site.name,
            m.EquipmentItem.room_id,
            _ItemRoom.name,
            m.EquipmentItem.type_id,
            m.EquipmentType.label,
            m.EquipmentType.category,
            m.EquipmentItem.quantity,
            m.EquipmentItem.condition,
            m.EquipmentType.unit_cost,
        ]
    ).where(m.EquipmentItem.id.in_(bindparam("ids", expanding=True)))


def item_rows_by_id(session: Reader, ids: Sequence[str]) -> dict[str, EquipmentItemRow]:
    if not ids:
        return {}
    cent = Decimal("0.01")
    return {
        item_id: EquipmentItemRow(
            id=item_id,
            site_id=site_id,
            site_name=site_name,
            room_id=room_id,
            room_name=room_name,
            type_id=type_id,
            type_label=label,
            category=category,
            quantity=quantity,
            condition=condition,
            value=(quantity * unit_cost).quantize(cent),
        )
        for (
            item_id,
            site_id,
            site_name,
            room_id,
            room_name,
            type_id,
            label,
            category,
            quantity,
            condition,
            unit_cost,
        ) in session.execute(_item_rows(), {"ids": list(ids)})
    }


def get_item(session: Session, item_id: str) -> m.EquipmentItem:
    return get_live(session, m.EquipmentItem, item_id, "Matériel")


def item_to_data(item: m.EquipmentItem) -> EquipmentItemData:
    return EquipmentItemData(**{f: getattr(item, f) for f in _ITEM_FIELDS})


def apply_item_data(item: m.EquipmentItem, data: EquipmentItemData) -> None:
    for name in _ITEM_FIELDS:
        setattr(item, name, getattr(data, name))
