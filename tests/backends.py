"""Plain SQL in tests, on SQLite and on PostgreSQL alike (see `pytest.mark.backends`).

The tests check the services against queries of their own, run through the driver
alone (no SQLAlchemy types): written with `?` placeholders, values read back as SQLite
stores them (days, times and timestamps as ISO text), whatever the backend.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from typing import Any

from cnam_desktop.db.engine import Database


def _placeholders(db: Database, sql: str) -> str:
    return sql if db.dialect == "sqlite" else sql.replace("?", "%s")


def as_sqlite_stores(value: Any) -> Any:
    """A value as SQLite stores it (SQLAlchemy's text for days, times and timestamps)."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, time):
        return value.strftime("%H:%M:%S.%f")
    return value.isoformat() if isinstance(value, date) else value


def sql(db: Database, query: str, *params: Any) -> list[tuple[Any, ...]]:
    """Run one statement and commit; its rows (none for a write)."""
    return sql_many(db, query, [params])


def sql_many(db: Database, query: str, rows: Iterable[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """Run one statement per parameter row, in one committed transaction; the rows of a
    single one."""
    statement, values = _placeholders(db, query), [tuple(p) for p in rows]
    conn = db.engine.raw_connection()
    try:
        cursor = conn.cursor()
        if db.dialect == "sqlite":  # its connections are in autocommit mode (db/engine.py)
            cursor.execute("BEGIN")
        found: list[tuple[Any, ...]] = []
        if len(values) == 1:
            cursor.execute(statement, values[0])
            found = list(cursor.fetchall()) if cursor.description else []
        else:
            cursor.executemany(statement, values)
        conn.commit()
    finally:
        conn.close()
    return [tuple(as_sqlite_stores(v) for v in row) for row in found]
