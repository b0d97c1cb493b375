"""A PostgreSQL server for the tests: one migrated database per run, emptied between tests.

`CNAM_TEST_POSTGRES_URL` names a database the test role can connect to (`.ci/run`
creates `cnam_test`, owned by a role with CREATEDB). A run creates its own database
beside it, migrates it once and keeps a copy of the demo network in a schema of its
own (`demo_src`). Before each test the tables are emptied (DELETE, children first) and,
for the demo, filled again from that copy: about 0.02 s for an empty base and 0.2 s
for the demo, where `CREATE DATABASE … TEMPLATE` costs 0.1 to 0.5 s on this machine,
migrating 0.8 s and seeding the demo 0.5 s more.

Tests that need a database with nothing in it, not even the schema (opening, refusals,
migrations), get one of their own (`empty_database`, then `drop`). Names carry the
process id, so that two runs on one server do not meet; databases left by a run that
was killed are dropped by the next one.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Callable

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from cnam_desktop.db.engine import Database, open_database
from cnam_desktop.db.models import Base

ENV_URL = "CNAM_TEST_POSTGRES_URL"
SKIP_REASON = f"PostgreSQL : {ENV_URL} non défini (serveur de test absent)"
PREFIX = "cnam_t"
_NAME = re.compile(rf"^{PREFIX}(\d+)_")
DEMO_SCHEMA = "demo_src"
TABLES = [t.name for t in Base.metadata.sorted_tables]
"""Every table of the models, parents first."""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _table(schema: str, name: str) -> sql.Composed:
    return sql.SQL("{}.{}").format(sql.Identifier(schema), sql.Identifier(name))


class TestServer:
    """Databases of one test run on the server of `url` (its own database is left alone)."""

    __test__ = False  # not a test class, despite its name

    def __init__(self, url: str) -> None:
        self.url = url
        self.prefix = f"{PREFIX}{os.getpid()}_"
        self._admin = psycopg.connect(self.conninfo(None), autocommit=True)
        self._count = itertools.count(1)
        self._work: psycopg.Connection | None = None
        self._work_url = ""
        self._demo_ready = False
        self._drop_stale()

    def conninfo(self, database: str | None) -> str:
        """A libpq URL of the same server (postgresql://), for `database` or the test's own."""
        url = make_url(self.url).set(drivername="postgresql")
        if database is not None:
            url = url.set(database=database)
        return url.render_as_string(hide_password=False)

    # Databases of their own ------------------------------------------------------------

    def _drop_stale(self) -> None:
        names = [r[0] for r in self._admin.execute("SELECT datname FROM pg_database")]
        for name in names:
            match = _NAME.match(name)
            if match and not _alive(int(match.group(1))):
                self._drop(name)

    def _drop(self, name: str) -> None:
        """Drop a database, ending the connections a test left open (`FORCE`: the role
        needs pg_signal_backend, which .ci/postgres grants); without that right, a plain
        DROP (the server ends an autovacuum worker by itself)."""
        plain = sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name))
        try:
            self._admin.execute(plain + sql.SQL(" WITH (FORCE)"))
        except psycopg.errors.InsufficientPrivilege:
            self._admin.execute(plain)

    def empty_database(self) -> str:
        """A new database with nothing in it (not even our schema): its URL."""
        name = f"{self.prefix}{next(self._count)}"
        self._admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.conninfo(name)

    def drop(self, url: str) -> None:
        """Drop a database made by `empty_database` (its connections are ended)."""
        name = make_url(url).database
        if name and name.startswith(self.prefix) and url != self._work_url:
            self._drop(name)

    # The run's migrated database ---------------------------------------------------------

    def _work_connection(self) -> psycopg.Connection:
        if self._work is None:
            self._work_url = self.empty_database()
            open_database(self._work_url).close()  # the migrations create the schema
            self._work = psycopg.connect(self._work_url)
        return self._work

    def _prepare_demo(self, fill: Callable[[Database], object]) -> None:
        """Fill the base once with `fill`, and keep a copy of every table in DEMO_SCHEMA."""
        conn = self._work_connection()
        self._reset(conn, "empty")
        database = open_database(self._work_url)
        try:
            fill(database)
        finally:
            database.close()
        with conn.transaction():
            conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(DEMO_SCHEMA)))
            for name in TABLES:
                conn.execute(
                    sql.SQL("CREATE TABLE {} AS SELECT * FROM {}").format(
                        _table(DEMO_SCHEMA, name), _table("public", name)
                    )
                )
        self._demo_ready = True

    def fresh(self, kind: str = "empty", fill: Callable[[Database], object] | None = None) -> str:
        """The run's database, emptied, and for `kind` "demo" filled from its copy of
        what `fill` wrote the first time: its URL."""
        conn = self._work_connection()
        if kind == "demo" and not self._demo_ready:
            if fill is None:
                raise ValueError("the demo needs its fill function the first time")
            self._prepare_demo(fill)
        try:
            self._reset(conn, kind)
        except psycopg.errors.LockNotAvailable:  # a connection a test left holding a lock
            self._admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                (make_url(self._work_url).database,),
            )
            self._reset(conn, kind)
        return self._work_url

    def _reset(self, conn: psycopg.Connection, kind: str) -> None:
        with conn.transaction():
            conn.execute("SET LOCAL lock_timeout = '10s'")
            for name in reversed(TABLES):
                conn.execute(sql.SQL("DELETE FROM {}").format(_table("public", name)))
            if kind == "demo":
                for name in TABLES:
                    conn.execute(
                        sql.SQL("INSERT INTO {} SELECT * FROM {}").format(
                            _table("public", name), _table(DEMO_SCHEMA, name)
                        )
                    )

    def close(self) -> None:
        if self._work is not None:
            self._work.close()
            self._drop(make_url(self._work_url).database or "")
        self._admin.close()
