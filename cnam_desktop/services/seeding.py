"""Machinery shared by the demo and scale seeders: complete rows, bulk insert, refusal.

Rows are plain dicts holding every column of their table, so that SQLAlchemy sends
one `executemany` per table (a missing key would split it into several statements).
Tables are written in foreign-key order (`TABLE_ORDER`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.errors import UserFacingError

Row = dict[str, Any]
Rows = dict[str, list[Row]]

# Parents before children (SQLAlchemy sorts the tables by their foreign keys).
TABLE_ORDER: tuple[str, ...] = tuple(t.name for t in m.network_tables())


def table(name: str) -> Table:
    return m.Base.metadata.tables[name]


def column_names(name: str) -> list[str]:
    return [c.name for c in table(name).columns]


def _template(name: str) -> Row:
    """Every column of a table with its scalar default (None when it has none)."""
    row: Row = {}
    for column in table(name).columns:
        default = column.default
        is_scalar = default is not None and getattr(default, "is_scalar", False)
        row[column.name] = getattr(default, "arg", None) if is_scalar else None
    return row


class RowMaker:
    """Builds complete rows: defaults for omitted columns, id and timestamps stamped."""

    def __init__(self, created_at: datetime, new_id: Callable[[], str]) -> None:
        self.created_at = created_at
        self.new_id = new_id
        self._templates = {name: _template(name) for name in TABLE_ORDER}

    def row(self, name: str, values: Mapping[str, Any], *, id: str | None = None) -> Row:
        template = self._templates[name]
        unknown = set(values) - set(template)
        if unknown:
            raise KeyError(f"{name}: unknown columns {sorted(unknown)}")
        row = dict(template)
        row.update(values)
        row["id"] = id or self.new_id()
        row["created_at"] = self.created_at
        row["updated_at"] = self.created_at
        row["deleted_at"] = None
        return row


def ordered(rows: Mapping[str, list[Row]]) -> Rows:
    """The same rows keyed in foreign-key order, every table present."""
    unknown = set(rows) - set(TABLE_ORDER)
    if unknown:
        raise KeyError(f"unknown tables {sorted(unknown)}")
    return {name: list(rows.get(name, [])) for name in TABLE_ORDER}


def site_count(session: Session) -> int:
    """Every site row, tombstoned ones included."""
    return int(session.scalar(select(func.count()).select_from(m.Site.__table__)) or 0)


def refuse_if_sites(session: Session, what: str) -> None:
    count = site_count(session)
    if count:
        raise UserFacingError(
            f"Impossible de charger {what} : la base contient déjà {count} site"
            f"{'s' if count > 1 else ''} (y compris supprimés). "
            "Utilisez une base vide, par exemple avec l'option --db NOUVEAU_FICHIER."
        )


def write_rows(session: Session, rows: Mapping[str, Sequence[Row]]) -> dict[str, int]:
    """Insert every table's rows with one Core executemany each, in foreign-key order."""
    counts: dict[str, int] = {}
    for name in TABLE_ORDER:
        batch = rows.get(name)
        if not batch:
            continue
        session.execute(insert(table(name)), list(batch))
        counts[name] = len(batch)
    return counts


def insert_rows(db: Database, rows: Mapping[str, Sequence[Row]]) -> dict[str, int]:
    """Insert prepared rows in one transaction; returns the row count per table."""
    with db.uow() as session:
        return write_rows(session, rows)


def seed(db: Database, rows: Mapping[str, Sequence[Row]], what: str) -> dict[str, int]:
    """Refuse a database that holds sites, then insert, all in one transaction."""
    with db.uow() as session:
        refuse_if_sites(session, what)
        return write_rows(session, rows)
