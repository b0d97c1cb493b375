"""The writes an import decided, and their execution in bulk (SQLAlchemy Core).

Rows to insert are complete (every column, `RowMaker`), so that each table takes one
`executemany`; updates write every importable field of the record (same keys for all
rows of a table), one `executemany` per table too, keyed by id. Inserts come first, in
foreign-key order, so that an update may point to a record created by the same import
(a room moved to a new building).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, update
from sqlalchemy.orm import Session

from cnam_desktop.db.base import new_id, utcnow
from cnam_desktop.services.seeding import TABLE_ORDER, Row, RowMaker, table, write_rows


@dataclass
class Writes:
    now: datetime = field(default_factory=utcnow)
    inserts: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    updates: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))

    def __post_init__(self) -> None:
        self._maker = RowMaker(self.now, new_id)

    def insert(self, table_name: str, record_id: str, values: Mapping[str, Any]) -> None:
        self.inserts[table_name].append(self._maker.row(table_name, values, id=record_id))

    def update(self, table_name: str, record_id: str, values: Mapping[str, Any]) -> None:
        self.updates[table_name].append({**values, "updated_at": self.now, "_id": record_id})

    def counts(self) -> dict[str, tuple[int, int]]:
        """Table → (rows inserted, rows updated)."""
        names = set(self.inserts) | set(self.updates)
        return {
            name: (len(self.inserts.get(name, ())), len(self.updates.get(name, ())))
            for name in names
        }


def execute(session: Session, writes: Writes) -> None:
    """Run the writes in the caller's transaction."""
    write_rows(session, writes.inserts)
    for name in TABLE_ORDER:
        batch = writes.updates.get(name)
        if not batch:
            continue
        by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for params in batch:
            by_keys[tuple(params)].append(params)
        target = table(name)
        statement = update(target).where(target.c.id == bindparam("_id"))
        for rows in by_keys.values():  # SET: the columns named by the parameters
            session.execute(statement, rows)
