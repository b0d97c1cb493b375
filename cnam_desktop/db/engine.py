"""Open a database file safely and hand out units of work.

Every connection gets `foreign_keys=ON`, WAL and `synchronous=FULL`; SQLAlchemy
emits `BEGIN` itself so that DDL is transactional (the pysqlite recipe of the
SQLAlchemy documentation). Opening a file checks, in this order: that it is a
SQLite file, that it is ours (`application_id`), that `quick_check` passes, and
that its schema is one this version knows — creating or migrating it if needed.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from cnam_desktop.db import schema
from cnam_desktop.errors import (
    CorruptDatabaseError,
    ForeignFileError,
    NewerSchemaError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"


FRENCH_COLLATION = "fr"


def french_sort_key(text: str) -> str:
    """Accents and case ignored, so that « Épinal » sorts among the E."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _collate_french(left: str, right: str) -> int:
    a, b = french_sort_key(left), french_sort_key(right)
    return (a > b) - (a < b) or (left > right) - (left < right)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Hand transaction control to SQLAlchemy (see the "begin" listener).
    dbapi_connection.isolation_level = None
    dbapi_connection.create_collation(FRENCH_COLLATION, _collate_french)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path | str) -> Engine:
    """An engine on a SQLite file (":memory:" is refused: WAL needs a file)."""
    engine = create_engine(f"sqlite:///{Path(path)}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """An opened database: its engine and a factory of units of work."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def uow(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end: it never writes)."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def inspect_file(path: Path) -> str | None:
    """Check a file before use; return its schema revision (None for a new, empty file).

    Raises a `DatabaseError` subclass with a French message when the file cannot be used.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise ForeignFileError(
            f"Le fichier « {path} » n'est pas une base de données de cette application."
        )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise CorruptDatabaseError(f"Impossible d'ouvrir « {path} » : {exc}.") from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id not in (0, schema.APPLICATION_ID) or (tables and "alembic_version" not in tables):
            raise ForeignFileError(
                f"Le fichier « {path} » est une base SQLite, mais pas une base de cette "
                "application : il n'a pas été modifié."
            )
        result = conn.execute("PRAGMA quick_check").fetchall()
        if [tuple(r) for r in result] != [("ok",)]:
            raise CorruptDatabaseError(
                f"La base « {path} » est endommagée (contrôle d'intégrité : "
                f"{result[0][0]}). Elle n'a pas été modifiée ; restaurez une sauvegarde."
            )
        if not tables:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(
            f"La base « {path} » est illisible ({exc}). Elle n'a pas été modifiée ; "
            "restaurez une sauvegarde."
        ) from exc
    finally:
        conn.close()
    revision = row[0] if row else None
    if revision is not None and revision not in schema.KNOWN_REVISIONS:
        raise NewerSchemaError(
            f"La base « {path} » a été créée par une version plus récente de l'application "
            f"(schéma {revision}). Installez la dernière version pour l'ouvrir ; "
            "le fichier n'a pas été modifié."
        )
    return revision


def open_database(path: Path | str, *, migrate: bool = True) -> Database:
    """Open (creating or upgrading if needed) the database file at `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    revision = inspect_file(path)
    engine = make_engine(path)
    if revision != schema.HEAD_REVISION:
        if not migrate:
            engine.dispose()
            raise NewerSchemaError(f"La base « {path} » doit être mise à jour (schéma {revision}).")
        from cnam_desktop.db import migrate as migrations  # alembic only when needed

        migrations.upgrade(engine, path, existing=revision is not None)
    return Database(engine, path)
