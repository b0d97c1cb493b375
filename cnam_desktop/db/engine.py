"""Open a database file safely and hand out units of work.

Every connection gets `foreign_keys=ON`, WAL and `synchronous=FULL`; SQLAlchemy
emits `BEGIN` itself so that DDL is transactional (the pysqlite recipe of the
SQLAlchemy documentation). Opening a file first checks it (`db/filecheck.py`), then
creates or migrates its schema if needed.

A file can also be opened read-only (`open_database(read_only=True)`): SQLite then
refuses every write on its connections (`PRAGMA query_only`), and nothing is created
or migrated (nor switched to WAL). SQLite failures caused by the computer (full disk,
read-only file, a lock held by another program, failing storage) come out of `uow()`,
`reader()` and the read methods as `EnvironmentProblem`s with a French message
(`db/environment.py`), after the rollback; other errors (bugs) come out unchanged.

`open_database` also opens a shared base on a PostgreSQL server, named by its URL
(`open_server_database`, `db/server.py`): none of the file's checks, PRAGMAs, lock or
backups there; the same Alembic revisions create and upgrade it, and its failures are
translated the same way (`server.translate`).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import ClauseElement, Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from cnam_desktop.db import schema, server
from cnam_desktop.db.base import Record, utcnow
from cnam_desktop.db.environment import translate
from cnam_desktop.db.filecheck import Inspection, inspect_file
from cnam_desktop.db.sync_base import keep_bases
from cnam_desktop.domain.formatting import french_sort_key
from cnam_desktop.errors import DatabaseError, EditConflict, NewerSchemaError

FRENCH_COLLATION = "fr"
DEFAULT_BUSY_TIMEOUT_MS = 5000
"""How long a write waits for another program's lock before `DatabaseBusyError`."""


def _collate_french(left: str, right: str) -> int:
    a, b = french_sort_key(left), french_sort_key(right)
    return (a > b) - (a < b) or (left > right) - (left < right)


def _connect_listener(
    read_only: bool, busy_timeout_ms: int
) -> Callable[[sqlite3.Connection, Any], None]:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Hand transaction control to SQLAlchemy (see the "begin" listener).
        dbapi_connection.isolation_level = None
        dbapi_connection.create_collation(FRENCH_COLLATION, _collate_french)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if read_only:
            # Every write fails with SQLITE_READONLY; the file keeps its journal mode (a
            # WAL file held by another process is read through its -wal as usual).
            cursor.execute("PRAGMA query_only=ON")
        else:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA secure_delete=ON")  # erased personal data leaves no trace
        cursor.close()

    return on_connect


def _immutable_if_unwritable(path: Path) -> Callable[..., None]:
    """A "do_connect" listener for read-only engines. SQLite reads a WAL-mode file through
    a -shm it creates beside it: in a folder that cannot be written (read-only medium or
    share), with no -wal there (so nobody is writing), it opens the file as immutable
    instead (`mode=ro&immutable=1`: no -shm, no lock, nothing ever written)."""

    def do_connect(_dialect: Any, _record: Any, cargs: list[Any], cparams: dict[str, Any]) -> None:
        if os.access(path.parent, os.W_OK) or path.with_name(path.name + "-wal").exists():
            return
        cargs[:] = [f"{path.resolve().as_uri()}?mode=ro&immutable=1"]
        cparams["uri"] = True

    return do_connect


def this_author() -> str:
    """How a version's author is shown: « marie (PC-12) »."""
    from cnam_desktop.db.lock_file import this_host, this_user

    return f"{this_user()} ({this_host()})"[:120]


def _stamp_author(session: Session, _context: Any, _instances: Any) -> None:
    """Name the author of every record created or changed in this flush."""
    author = session.info.get("author")
    for record in session.new:
        if isinstance(record, Record):
            record.updated_by = author
    for record in session.dirty:
        if isinstance(record, Record) and session.is_modified(record):
            record.updated_by = author


class Expectation:
    """The versions the records being saved must still have (`Database.expecting`).

    `versions` maps a record's id to the version its save started from; once a unit of
    work writes the record and commits, it holds the version written, so that a later
    unit of work of the same save (or an undo) expects that one."""

    def __init__(self, owner: object, versions: Mapping[str, int]) -> None:
        self.owner = owner
        """The `Database` whose units of work it binds (not another opening's)."""
        self.versions = dict(versions)


def _expectation(session: Session) -> Expectation | None:
    """The expectation in force for this session's database, if any."""
    expectation = _expected.get()
    if expectation is None or expectation.owner is not session.info.get("owner"):
        return None
    return expectation


_expected: ContextVar[Expectation | None] = ContextVar("expected_versions", default=None)
_CHECKED = "cnam_checked_versions"
"""session.info: the expected records already checked in this unit of work, by id."""
_WRITING = "cnam_writing_versions"
"""session.info: id -> (model, version) of the records being updated, for a race."""
SQLITE_BUSY_SNAPSHOT = 517
"""SQLite's extended code when a read snapshot is too old to write: another connection
committed since this transaction read (WAL)."""


def _guard_versions(session: Session, _context: Any, _instances: Any) -> None:
    """Refuse the flush when a record expected at a version (`Database.expecting`) moved
    on or was deleted since; touch an expected record whose only changes are in child
    rows, so that its version moves too. Remember the version each updated record has,
    to name the record if its UPDATE then meets a concurrent change (`_race_conflict`)."""
    expectation = _expectation(session)
    if expectation is not None:
        checked: dict[str, Record] = session.info.setdefault(_CHECKED, {})
        for record in list(session.identity_map.values()):
            if not isinstance(record, Record) or record.id in checked:
                continue
            expected = expectation.versions.get(record.id)
            if expected is None:
                continue
            if record.version != expected or record.deleted_at is not None:
                raise _conflict(record, expected)
            checked[record.id] = record  # held: the session keeps clean rows weakly
            if record not in session.deleted and not session.is_modified(record):
                record.updated_at = utcnow()  # child rows only: the version still moves
    writing: dict[str, tuple[type[Record], int]] = session.info.setdefault(_WRITING, {})
    for record in session.dirty:
        if isinstance(record, Record) and record.version is not None:
            writing[record.id] = (type(record), record.version)


def _remember_written(session: Session) -> None:
    """After a commit: the expected records now stand at the version this save wrote."""
    expectation = _expectation(session)
    checked: dict[str, Record] | None = session.info.get(_CHECKED)
    if expectation is None or not checked:
        return
    for record_id, record in checked.items():
        expectation.versions[record_id] = record.version


def _conflict(record: Record, expected: int) -> EditConflict:
    return EditConflict(
        table=record.__tablename__,
        record_id=record.id,
        expected_version=expected,
        current_version=record.version,
        updated_by=record.updated_by,
        updated_at=record.updated_at,
        deleted=record.deleted_at is not None,
    )


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(
    path: Path | str,
    *,
    read_only: bool = False,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
) -> Engine:
    """An engine on a SQLite file (":memory:" is refused: WAL needs a file).

    `read_only`: SQLite refuses every write (`PRAGMA query_only`). The last connection
    to close may still fold the WAL into the file, as any SQLite reader does: the
    content does not change. In a folder that cannot be written, the file is opened
    immutable (see `_immutable_if_unwritable`).
    """
    engine = create_engine(f"sqlite:///{Path(path)}")
    if read_only:
        event.listen(engine, "do_connect", _immutable_if_unwritable(Path(path)))
    event.listen(engine, "connect", _connect_listener(read_only, busy_timeout_ms))
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """An opened database: its engine and a factory of units of work.

    `path` is the SQLite file, None for a base on a server; `location` names the base
    for the user either way (the file's path, or the server's URL without password).
    """

    def __init__(
        self,
        engine: Engine,
        path: Path | None,
        *,
        read_only: bool = False,
        location: str | None = None,
    ) -> None:
        self.engine = engine
        self.path = path
        self.location = location if location is not None else str(path)
        self.read_only = read_only
        """Opened with `read_only=True`: every write raises `ReadOnlyStorageError`."""
        self.author = this_author()
        """Written as `updated_by` on what this opening saves."""
        self._sessions = sessionmaker(
            engine, expire_on_commit=False, info={"author": self.author, "owner": self}
        )
        # The version guard first: a record it touches is then stamped with its author.
        event.listen(self._sessions, "before_flush", _guard_versions)
        event.listen(self._sessions, "before_flush", _stamp_author)
        event.listen(self._sessions, "before_flush", keep_bases)
        event.listen(self._sessions, "after_commit", _remember_written)
        self._compiled: WeakKeyDictionary[ClauseElement, Any] = WeakKeyDictionary()
        """`read_rows`' statements, compiled for this engine's dialect (SQLCompilers)."""
        self._reads: Any = None
        """The pooled DB-API connection `read_rows` keeps (checking one out and back in
        each time cost as much as the query); one thread at a time uses it."""
        self._reads_lock = threading.Lock()

    @property
    def dialect(self) -> str:
        """The dialect's name (sqlite, postgresql): prepared statements are per dialect."""
        return self.engine.dialect.name

    @property
    def is_server(self) -> bool:
        """A shared base on a server (no file: no lock, backup or file check of ours)."""
        return self.path is None

    @contextmanager
    def _environment_errors(self) -> Iterator[None]:
        """Re-raise the environment failures of SQLite or of the server as
        `EnvironmentProblem`s (French); any other error goes through unchanged. Only the
        database's own errors: an `OSError` from a file written during a unit of work
        is not about the base."""
        driver_error = self.engine.dialect.loaded_dbapi.Error
        try:
            yield
        except (DBAPIError, driver_error) as exc:
            if self.path is None:
                problem = server.translate(exc, self.location)
            else:
                problem = translate(exc, self.path, read_only=self.read_only)
            if problem is None:
                raise
            raise problem from exc

    @contextmanager
    def uow(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error.

        A full disk, a read-only file, a lock held too long by another program or a
        failing storage raise an `EnvironmentProblem`, once the transaction is rolled back.
        """
        session = self._sessions()
        with self._environment_errors():
            try:
                yield session
                session.commit()
            except BaseException as exc:
                writing = dict(session.info.get(_WRITING, {}))
                session.rollback()
                conflict = self._race_conflict(exc, writing)
                if conflict is not None:
                    raise conflict from exc
                raise
            finally:
                session.close()

    @contextmanager
    def expecting(self, versions: Mapping[str, int]) -> Iterator[Expectation]:
        """Saves in this block refuse to overwrite a later change: each record named
        (id -> the version the save started from) must still be at that version when a
        unit of work writes it, checked in the same transaction as the write, else
        `EditConflict` (nothing written). An expected record whose only changes are in
        its child rows (a trainer's sectors) gets a new version all the same. The
        yielded `Expectation` holds, once the block's saves are committed, the
        versions they wrote."""
        expectation = Expectation(self, versions)
        token = _expected.set(expectation)
        try:
            yield expectation
        finally:
            _expected.reset(token)

    def _race_conflict(
        self, exc: BaseException, writing: Mapping[str, tuple[type[Record], int]]
    ) -> EditConflict | None:
        """When an UPDATE met a concurrent change after the version check (SQLAlchemy's
        version counter matched no row; or SQLite found its snapshot too old to write),
        the record that moved on, as an `EditConflict`; None for any other failure."""
        stale = isinstance(exc, StaleDataError)
        if not stale and isinstance(exc, DBAPIError):
            code = getattr(exc.orig, "sqlite_errorcode", None)
            stale = code == SQLITE_BUSY_SNAPSHOT
        if not stale or not writing:
            return None
        expectation = _expected.get()
        bound = expectation is not None and expectation.owner is self
        expected = expectation.versions if expectation is not None and bound else {}
        ordered = sorted(writing.items(), key=lambda item: item[0] not in expected)
        with self.reader() as s:
            for record_id, (model, version) in ordered:
                current = s.get(model, record_id)
                if current is None:
                    return EditConflict(
                        table=model.__tablename__,
                        record_id=record_id,
                        expected_version=expected.get(record_id, version),
                        current_version=None,
                        updated_by=None,
                        updated_at=None,
                        deleted=True,
                    )
                if current.version != version or current.deleted_at is not None:
                    return _conflict(current, expected.get(record_id, version))
        return None

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end: it never writes)."""
        session = self._sessions()
        with self._environment_errors():
            try:
                yield session
            finally:
                session.rollback()
                session.close()

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A read-only Core connection (rolled back at the end), for statements of
        columns: no ORM unit of work, so a list's rows read faster than in a Session."""
        with self._environment_errors(), self.engine.connect() as connection:
            yield connection

    def read_rows(self, statement: ClauseElement, values: Mapping[str, Any]) -> list[Any]:
        """A read-only statement's rows as tuples, read through the DB-API.

        For what every filter of a list asks, its ids, and for the short choice lists
        of the filters: the statement is one of the few built per filter shape
        (`repositories.common.bound`) and is compiled here once. A Session's BEGIN and
        rollback and SQLAlchemy's execution path cost ten times such a query, and one
        SELECT needs no explicit transaction (it reads one snapshot). `values` go to
        the driver as they are, and so do the results: text, numbers, booleans only
        (no type processing: no dates, decimals or enums).
        """
        compiled: Any = self._compiled.get(statement)
        if compiled is None:
            compiled = self._compiled[statement] = statement.compile(dialect=self.engine.dialect)
        params = compiled.construct_params(dict(values))
        args: Any = [params[n] for n in compiled.positiontup] if compiled.positional else params
        with self._environment_errors(), self._reads_lock:
            if self._reads is None:
                self._reads = self.engine.raw_connection()
            connection = self._reads
            try:
                cursor = connection.cursor()
                try:
                    cursor.execute(compiled.string, args)
                    return [tuple(row) for row in cursor.fetchall()]
                finally:
                    cursor.close()
                    connection.rollback()  # SQLite: nothing to end; a server: its transaction
            except BaseException:
                self._reads = None
                connection.invalidate()  # a connection that failed is not used again
                raise

    def read_column(self, statement: ClauseElement, values: Mapping[str, Any]) -> list[Any]:
        """The first column of `read_rows`: a list's ids in display order."""
        return [row[0] for row in self.read_rows(statement, values)]

    def close(self) -> None:
        with self._reads_lock:
            if self._reads is not None:
                self._reads.close()  # back to the pool, closed with it
                self._reads = None
        self.engine.dispose()


def open_database(
    path: Path | str,
    *,
    migrate: bool = True,
    inspection: Inspection | None = None,
    backup_dir: Path | None = None,
    read_only: bool = False,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    password: str | None = None,
) -> Database:
    """Open (creating or upgrading if needed) the database file at `path`, or the base
    on a server when `path` is a `postgresql://` URL (`open_server_database`, which
    takes `password`; there the file's options do not apply).

    `inspection`, started earlier with `filecheck.start_inspection`, lets the file
    checks run while the caller was busy (importing SQLAlchemy, at start-up).
    `backup_dir` receives the copy taken before a migration (default: `backups/`
    beside the file; the application passes `AppPaths.backup_dir`).
    `read_only`: consult the file without ever writing it; a file that does not exist
    yet, is empty or needs a migration is refused (`DatabaseError`).
    `busy_timeout_ms`: how long a write waits for another program's lock.
    """
    if server.is_server_url(path):
        if read_only:
            raise DatabaseError("La lecture seule concerne les fichiers, pas les bases partagées.")
        return open_server_database(str(path), migrate=migrate, password=password)
    path = Path(path)
    if read_only:
        revision = inspection.result() if inspection is not None else inspect_file(path)
        _check_readable_as_is(path, revision)
        engine = make_engine(path, read_only=True, busy_timeout_ms=busy_timeout_ms)
        return Database(engine, path, read_only=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    revision = inspection.result() if inspection is not None else inspect_file(path)
    engine = make_engine(path, busy_timeout_ms=busy_timeout_ms)
    if revision != schema.HEAD_REVISION:
        if not migrate:
            engine.dispose()
            raise NewerSchemaError(f"La base « {path} » doit être mise à jour (schéma {revision}).")
        from cnam_desktop.db import migrate as migrations  # alembic only when needed

        migrations.upgrade(engine, path, existing=revision is not None, backup_dir=backup_dir)
    return Database(engine, path)


def _check_readable_as_is(path: Path, revision: str | None) -> None:
    """Refuse, for a read-only opening, a file that would have to be created or migrated."""
    if revision is None:
        raise DatabaseError(
            f"La base « {path} » n'existe pas ou est vide : elle ne peut pas être ouverte "
            "en lecture seule."
        )
    if revision != schema.HEAD_REVISION:
        raise DatabaseError(
            f"La base « {path} » doit être mise à jour (schéma {revision}), ce qui est "
            "impossible en lecture seule : ouvrez-la normalement pour la mettre à jour. "
            "Le fichier n'a pas été modifié."
        )


def open_server_database(
    url: str, *, migrate: bool = True, password: str | None = None
) -> Database:
    """Open the base at `url` on a PostgreSQL server, creating or upgrading its schema.

    The base must exist (created empty by the server's administrator) and be empty or
    ours. `password` (asked, or read from the keyring) is used for this engine only,
    never stored. Raises `DatabaseError` subclasses with a French message: server
    unreachable, authentication failed, no such base, not ours, newer schema.
    """
    from sqlalchemy.exc import OperationalError

    location = server.safe_url(url)
    engine = server.make_server_engine(url, password)
    try:
        try:
            with engine.connect() as connection:
                revision = server.inspect_server(connection, location)
        except OperationalError as exc:
            raise server.connection_error(exc, url, password) from exc
        if revision != schema.HEAD_REVISION:
            if not migrate:
                raise NewerSchemaError(
                    f"La base « {location} » doit être mise à jour (schéma {revision})."
                )
            from cnam_desktop.db import migrate as migrations

            migrations.upgrade_server(engine, location)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, None, location=location)
