"""Bulk reads and writes on this laptop's SQLite file through the driver, where
SQLAlchemy's per-row work would dominate a synchronisation of thousands of records.

Values go through the columns' own bind processors (the same conversion SQLAlchemy
applies), so what is written is what a Core statement would write. Updates set only
the columns whose value changes: SQLite rewrites every index of a column named in
SET, changed or not (9,000 sessions: 0.31 s with every column, 0.013 s with the four
that changed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table

from cnam_desktop.services.sync.rows import LOCAL_ONLY, chunks, moved_columns

Processor = Callable[[Any], Any] | None


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class LocalTable:
    """One synchronised table of the laptop's base, for `conn`'s dialect."""

    def __init__(self, conn: Connection, tbl: Table) -> None:
        self.conn = conn
        self.table = tbl
        self.names = [*moved_columns(tbl), LOCAL_ONLY]
        dialect = conn.dialect
        self._processors: list[Processor] = [
            tbl.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in self.names
        ]
        self._mark = "?" if dialect.paramstyle == "qmark" else "%s"
        self._version = self.names.index("version")
        self._synced = self.names.index(LOCAL_ONLY)

    def _in(self, count: int) -> str:
        return ", ".join([self._mark] * count)

    def encode(self, row: Mapping[str, Any], synced_version: int | None) -> list[Any]:
        """A row's values as the driver stores them, in `names` order, with that
        `synced_version`."""
        values = [row[name] for name in self.names[:-1]]
        values.append(synced_version)
        return [
            p(v) if p is not None and v is not None else v
            for p, v in zip(self._processors, values, strict=True)
        ]

    def read(self, ids: Iterable[str]) -> dict[str, tuple[Any, ...]]:
        """The stored values (`names` order) of the rows with these ids."""
        columns = ", ".join(_quoted(n) for n in self.names)
        id_index = self.names.index("id")
        found: dict[str, tuple[Any, ...]] = {}
        for chunk in chunks(sorted(set(ids))):
            statement = (
                f"SELECT {columns} FROM {_quoted(self.table.name)} "
                f"WHERE id IN ({self._in(len(chunk))})"
            )
            for row in self.conn.exec_driver_sql(statement, tuple(chunk)):
                found[row[id_index]] = tuple(row)
        return found

    def versions(self, ids: Iterable[str]) -> dict[str, tuple[int, int | None]]:
        """(version, synced_version) of the rows with these ids."""
        found: dict[str, tuple[int, int | None]] = {}
        for chunk in chunks(sorted(set(ids))):
            statement = (
                f"SELECT id, version, {LOCAL_ONLY} FROM {_quoted(self.table.name)} "
                f"WHERE id IN ({self._in(len(chunk))})"
            )
            for record_id, version, synced in self.conn.exec_driver_sql(statement, tuple(chunk)):
                found[record_id] = (version, synced)
        return found

    def version_of(self, stored: Sequence[Any]) -> int:
        return int(stored[self._version])

    def update_changed(self, rows: Sequence[tuple[list[Any], Sequence[Any]]]) -> None:
        """Write each (new values, stored values) pair, both in `names` order: one
        executemany per set of columns that change."""
        id_index = self.names.index("id")
        groups: dict[tuple[int, ...], list[tuple[Any, ...]]] = {}
        for new, stored in rows:
            changed = tuple(i for i, (a, b) in enumerate(zip(new, stored, strict=True)) if a != b)
            if changed:
                groups.setdefault(changed, []).append((*(new[i] for i in changed), new[id_index]))
        for changed, params in groups.items():
            assignments = ", ".join(f"{_quoted(self.names[i])} = {self._mark}" for i in changed)
            statement = (
                f"UPDATE {_quoted(self.table.name)} SET {assignments} WHERE id = {self._mark}"
            )
            self.conn.exec_driver_sql(statement, params)

    def mark_synced(self, pushed: Mapping[str, int]) -> None:
        """Set `synced_version` of the pushed rows to the version sent (where the row's
        version is still that one, or a later one made from it here meanwhile)."""
        if not pushed:
            return
        statement = (
            f"UPDATE {_quoted(self.table.name)} SET {LOCAL_ONLY} = {self._mark} "
            f"WHERE id = {self._mark} AND version >= {self._mark}"
        )
        params = [(v, rid, v) for rid, v in pushed.items()]
        self.conn.exec_driver_sql(statement, params)
