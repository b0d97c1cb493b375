"""Equipment types and inventory queries: filtered and sorted ids, rows by id, usage.

Needs are in `equipment_needs.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from cnam_desktop.db import models as m
from cnam_desktop.db.repositories.common import french, get_live
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


def _order(column: Any, descending: bool) -> Any:
    return column.desc() if descending else column.asc()


def _counts(session: Session, query: Select[Any, Any]) -> dict[str, int]:
    return {key: int(count or 0) for key, count in session.execute(query)}


# Types ------------------------------------------------------------------------------


def list_type_ids(
    session: Session, flt: EquipmentTypeFilter, sort: str = "label", descending: bool = False
) -> list[str]:
    if sort not in TYPE_SORT_KEYS:
        raise ValueError(sort)
    label = french(session, m.EquipmentType.label)
    column: Any = {  # built for the key asked only: a filter builds one expression
        "label": lambda: label,
        "category": lambda: french(session, m.EquipmentType.category),
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
    if flt.text and flt.text.strip():
        pattern = f"%{flt.text.strip()}%"
        query = query.where(
            or_(m.EquipmentType.label.ilike(pattern), m.EquipmentType.category.ilike(pattern))
        )
    if flt.category:
        query = query.where(m.EquipmentType.category == flt.category)
    order = [_order(column, descending), label, m.EquipmentType.id]
    return list(session.scalars(query.order_by(*order)))


def categories(session: Session) -> list[str]:
    query = (
        select(m.EquipmentType.category)
        .where(m.EquipmentType.deleted_at.is_(None))
        .distinct()
        .order_by(french(session, m.EquipmentType.category))
    )
    return list(session.scalars(query))


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


def type_rows_by_id(session: Session, ids: Sequence[str]) -> dict[str, EquipmentTypeRow]:
    if not ids:
        return {}
    quantities = _counts(
        session,
        select(m.EquipmentItem.type_id, func.sum(m.EquipmentItem.quantity))
        .where(m.EquipmentItem.type_id.in_(ids), m.EquipmentItem.deleted_at.is_(None))
        .group_by(m.EquipmentItem.type_id),
    )
    usage = type_usage(session, ids)
    query = select(m.EquipmentType).where(
        m.EquipmentType.id.in_(ids), m.EquipmentType.deleted_at.is_(None)
    )
    return {
        t.id: EquipmentTypeRow(
            id=t.id,
            label=t.label,
            category=t.category,
            unit_cost=t.unit_cost,
            item_quantity=quantities.get(t.id, 0),
            need_count=usage[t.id][1],
        )
        for t in session.scalars(query)
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


def _items_query(columns: Sequence[Any]) -> Select[Any]:
    return (
        select(*columns)
        .join(m.Site, m.Site.id == m.EquipmentItem.site_id)
        .join(m.EquipmentType, m.EquipmentType.id == m.EquipmentItem.type_id)
        .outerjoin(_ItemRoom, _ItemRoom.id == m.EquipmentItem.room_id)
        .where(m.EquipmentItem.deleted_at.is_(None), m.Site.deleted_at.is_(None))
    )


def list_item_ids(
    session: Session, flt: EquipmentItemFilter, sort: str = "type", descending: bool = False
) -> list[str]:
    if sort not in ITEM_SORT_KEYS:
        raise ValueError(sort)
    label = french(session, m.EquipmentType.label)
    column: Any = {
        "type": label,
        "site": french(session, m.Site.name),
        "room": french(session, _ItemRoom.name),
        "quantity": m.EquipmentItem.quantity,
        "condition": m.EquipmentItem.condition,
        "category": french(session, m.EquipmentType.category),
        "value": m.EquipmentItem.quantity * m.EquipmentType.unit_cost,
    }[sort]
    query = _items_query([m.EquipmentItem.id])
    if flt.site_id:
        query = query.where(m.EquipmentItem.site_id == flt.site_id)
    if flt.room_id:
        query = query.where(m.EquipmentItem.room_id == flt.room_id)
    if flt.type_id:
        query = query.where(m.EquipmentItem.type_id == flt.type_id)
    if flt.condition is not None:
        query = query.where(m.EquipmentItem.condition == flt.condition)
    if flt.text and flt.text.strip():
        pattern = f"%{flt.text.strip()}%"
        query = query.where(
            or_(
                m.EquipmentType.label.ilike(pattern),
                m.EquipmentType.category.ilike(pattern),
                m.Site.name.ilike(pattern),
                _ItemRoom.name.ilike(pattern),
            )
        )
    order = [_order(column, descending), label, m.EquipmentItem.id]
    return list(session.scalars(query.order_by(*order)))


def item_rows_by_id(session: Session, ids: Sequence[str]) -> dict[str, EquipmentItemRow]:
    if not ids:
        return {}
    query = _items_query([m.EquipmentItem, m.Site.name, _ItemRoom.name, m.EquipmentType]).where(
        m.EquipmentItem.id.in_(ids)
    )
    return {
        item.id: EquipmentItemRow(
            id=item.id,
            site_id=item.site_id,
            site_name=site_name,
            room_id=item.room_id,
            room_name=room_name,
            type_id=item.type_id,
            type_label=equipment_type.label,
            category=equipment_type.category,
            quantity=item.quantity,
            condition=item.condition,
            value=(item.quantity * equipment_type.unit_cost).quantize(Decimal("0.01")),
        )
        for item, site_name, room_name, equipment_type in session.execute(query)
    }


def get_item(session: Session, item_id: str) -> m.EquipmentItem:
    return get_live(session, m.EquipmentItem, item_id, "Matériel")


def item_to_data(item: m.EquipmentItem) -> EquipmentItemData:
    return EquipmentItemData(**{f: getattr(item, f) for f in _ITEM_FIELDS})


def apply_item_data(item: m.EquipmentItem, data: EquipmentItemData) -> None:
    for name in _ITEM_FIELDS:
        setattr(item, name, getattr(data, name))
