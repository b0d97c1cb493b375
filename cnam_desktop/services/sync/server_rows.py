"""Bulk writes on the shared base through psycopg's COPY, for a push of thousands of
rows: a new table's rows copied straight in, and changed rows copied into a temporary
table then written by one `UPDATE … FROM … RETURNING` (9,000 sessions: about 0.4–0.6 s
where one UPDATE per row, pipelined, took 0.7–1.0 s).

Each runs in a SAVEPOINT of the push's transaction and returns None when the base
refuses a row (a unique code, a missing parent) or a temporary table: the caller then
takes the row-by-row path, which names the row refused.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from cnam_desktop.services.sync.rows import Row, moved_columns

BASE = "sync_base_version"
"""The temporary table's extra column: the version each row's update starts from."""


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _plain(value: Any) -> Any:
    """A value as COPY takes it (enum members by their stored value)."""
    return value.value if isinstance(value, enum.Enum) else value


@contextmanager
def _refusable(session: Session) -> Iterator[list[bool]]:
    """A SAVEPOINT rolled back when the server refuses; `ok[0]` tells which happened."""
    import psycopg

    ok = [True]
    savepoint = session.begin_nested()
    try:
        yield ok
    except (psycopg.errors.IntegrityError, psycopg.errors.InsufficientPrivilege):
        savepoint.rollback()
        ok[0] = False
    else:
        savepoint.commit()


def _driver(session: Session) -> Any:
    return session.connection().connection.driver_connection


def copy_insert(session: Session, tbl: Table, rows: Sequence[Row]) -> bool:
    """COPY the new rows into the table; False (nothing written) when one is refused."""
    names = moved_columns(tbl)
    columns = ", ".join(_quoted(n) for n in names)
    statement = f"COPY {_quoted(tbl.name)} ({columns}) FROM STDIN"
    with (
        _refusable(session) as ok,
        _driver(session).cursor() as cursor,
        cursor.copy(statement) as copy,
    ):
        for row in rows:
            copy.write_row([_plain(row[n]) for n in names])
    return ok[0]


def update_from_copy(session: Session, tbl: Table, rows: Sequence[Row]) -> set[str] | None:
    """Write the changed rows where the base still holds their `synced_version`; the
    ids written, or None (nothing written) when one is refused."""
    names = moved_columns(tbl)
    temp = _quoted(f"sync_push_{tbl.name}")
    columns = ", ".join(_quoted(n) for n in names)
    assignments = ", ".join(f"{_quoted(n)} = s.{_quoted(n)}" for n in names if n != "id")
    written: set[str] = set()
    with _refusable(session) as ok, _driver(session).cursor() as cursor:
        cursor.execute(f"CREATE TEMPORARY TABLE {temp} (LIKE {_quoted(tbl.name)}) ON COMMIT DROP")
        cursor.execute(f"ALTER TABLE {temp} ADD COLUMN {BASE} integer")
        with cursor.copy(f"COPY {temp} ({columns}, {BASE}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([*(_plain(row[n]) for n in names), row["synced_version"]])
        cursor.execute(
            f"UPDATE {_quoted(tbl.name)} AS t SET {assignments} FROM {temp} AS s "
            f"WHERE t.id = s.id AND t.version = s.{BASE} RETURNING t.id"
        )
        written.update(record_id for (record_id,) in cursor.fetchall())
        cursor.execute(f"DROP TABLE {temp}")
    return written if ok[0] else None
