"""Rows of the network tables as plain dicts: which columns a synchronisation moves,
compares and shows, their JSON snapshots, and reads by id in batches.

A row is `{column: value}` with SQLAlchemy's Python values (dates, Decimals, enum
members…), read through Core: the same on SQLite and PostgreSQL, so that the two
sides compare directly.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    Numeric,
    Table,
    Time,
    select,
)
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.sync_base import json_value

Row = dict[str, Any]

LOCAL_ONLY = "synced_version"
SERVER_ONLY = "server_txid"
BOOKKEEPING = frozenset(
    {"id", "version", "updated_by", LOCAL_ONLY, SERVER_ONLY, "created_at", "updated_at"}
)
"""Not shown to a person choosing between two versions (`deleted_at` is: « Supprimé le »)."""
NOT_COMPARED = frozenset({"version", "updated_by", LOCAL_ONLY, SERVER_ONLY, "updated_at"})
"""Ignored when deciding whether both sides hold the same record."""
CHUNK = 500
"""Ids per `IN (…)` list (SQLite allows 32,766 parameters; smaller lists plan as well)."""


def tables() -> list[Table]:
    """The synchronised tables, parents before children."""
    return m.network_tables()


def table(name: str) -> Table:
    found = m.Base.metadata.tables.get(name)
    if found is None or LOCAL_ONLY not in found.c:
        raise KeyError(f"not a synchronised table: {name}")
    return found


@cache
def moved_columns(tbl: Table) -> tuple[str, ...]:
    """The columns copied from one side to the other (not the per-side bookkeeping)."""
    return tuple(c.name for c in tbl.c if c.name not in (LOCAL_ONLY, SERVER_ONLY))


@cache
def user_columns(tbl: Table) -> tuple[str, ...]:
    """The columns a person reads and chooses between, in the table's order."""
    return tuple(c.name for c in tbl.c if c.name not in BOOKKEEPING)


@cache
def compared_columns(tbl: Table) -> tuple[str, ...]:
    return tuple(c.name for c in tbl.c if c.name not in NOT_COMPARED and c.name != "id")


def same_record(columns: Iterable[str], left: Mapping[str, Any], right: Mapping[str, Any]) -> bool:
    """Both sides hold the same record: equal values, and both live or both deleted
    (each side stamps its own deletion time)."""
    for name in columns:
        a, b = left.get(name), right.get(name)
        if name == "deleted_at":
            if (a is None) != (b is None):
                return False
        elif a != b:
            return False
    return True


def is_deleted(row: Mapping[str, Any] | None) -> bool:
    return row is not None and row.get("deleted_at") is not None


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def fetch_rows(conn: Connection | Session, statement: Any) -> dict[str, Row]:
    """The statement's rows as dicts, by id (zipped with the keys once: building a
    RowMapping per row cost more than the query for thousands of rows)."""
    result = conn.execute(statement)
    keys = list(result.keys())
    position = keys.index("id")
    return {row[position]: dict(zip(keys, row, strict=True)) for row in result}


def read_by_ids(
    conn: Connection | Session,
    tbl: Table,
    ids: Iterable[str],
    columns: Sequence[str] | None = None,
) -> dict[str, Row]:
    """The rows with these ids (those that exist), by id; `columns` (id first) or all."""
    cols = [tbl.c[name] for name in columns] if columns else list(tbl.c)
    found: dict[str, Row] = {}
    for chunk in chunks(sorted(set(ids))):
        found.update(fetch_rows(conn, select(*cols).where(tbl.c.id.in_(chunk))))
    return found


# -- JSON snapshots ------------------------------------------------------------------------


def snapshot(tbl: Table, row: Mapping[str, Any]) -> str:
    """The row's moved columns as a JSON object (column → value)."""
    values = {name: json_value(row.get(name)) for name in moved_columns(tbl)}
    return json.dumps(values, ensure_ascii=False)


def python_value(column: Column[Any], value: Any) -> Any:
    """The inverse of `json_value` for one column, by its type."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Enum):
        enum_class = kind.enum_class
        return enum_class(value) if enum_class is not None else value
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Time):
        return time.fromisoformat(value)
    if isinstance(kind, Float):
        return float(value)
    if isinstance(kind, Numeric):
        return Decimal(str(value))
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, Integer):
        return int(value)
    return value


def load_snapshot(tbl: Table, text: str | None) -> Row | None:
    """A row back from `snapshot` (None for none); unknown keys are dropped."""
    if not text:
        return None
    values = json.loads(text)
    return {c.name: python_value(c, values[c.name]) for c in tbl.c if c.name in values}
