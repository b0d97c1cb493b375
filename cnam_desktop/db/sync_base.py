"""Keep, on a laptop, each record as it was last exchanged with the shared base.

When a record that a synchronisation marked as exchanged (`version == synced_version`)
is changed for the first time since, its values as loaded are written to `sync_base`
in the same flush. A conflict then shows a person the « before » of both sides, and
proposes each side's own change where the other did not touch the field. Only rows
changed since the last synchronisation are kept, each once (a later change of the same
record finds its version moved on and keeps the first snapshot). On a shared base
`synced_version` is always NULL: nothing is kept there.

Writes made without the ORM (the synchronisation's own, bulk imports) keep nothing: a
conflict on such a record shows both versions without a « before ».
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, insert, inspect
from sqlalchemy.orm import Session

from cnam_desktop.db.base import Base, Record

SERVER_ONLY = ("synced_version", "server_txid")
"""Per-side bookkeeping: never part of a snapshot."""


def json_value(value: Any) -> Any:
    """A value as JSON holds it: dates, times and timestamps in ISO, Decimals as text,
    enum members by their value."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def encode(values: Mapping[str, Any]) -> str:
    return json.dumps({k: json_value(v) for k, v in values.items()}, ensure_ascii=False)


def _committed(state: Any, key: str) -> Any:
    """The attribute's value as loaded from the base, before this flush's changes."""
    history = state.attrs[key].history
    if history.deleted:
        return history.deleted[0]
    return history.unchanged[0] if history.unchanged else None


def _loaded_values(record: Record) -> dict[str, Any]:
    state = inspect(record)
    values: dict[str, Any] = {}
    for prop in state.mapper.column_attrs:
        name = prop.columns[0].name
        if name not in SERVER_ONLY:
            values[name] = _committed(state, prop.key)
    return values


def keep_bases(session: Session, _context: Any, _instances: Any) -> None:
    """`before_flush`: snapshot the records changed for the first time since exchanged."""
    kept = []
    for record in session.dirty:
        if not isinstance(record, Record) or not session.is_modified(record):
            continue
        state = inspect(record)
        synced = _committed(state, "synced_version")
        version = _committed(state, "version")
        if synced is None or version != synced:
            continue
        values = _loaded_values(record)
        kept.append(
            {
                "table_name": record.__tablename__,
                "record_id": values["id"],
                "version": version,
                "values": encode(values),
            }
        )
    if not kept:
        return
    table = Base.metadata.tables["sync_base"]
    connection = session.connection()
    for row in kept:
        connection.execute(
            delete(table).where(
                table.c.table_name == row["table_name"], table.c.record_id == row["record_id"]
            )
        )
    connection.execute(insert(table), kept)
