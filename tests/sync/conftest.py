"""Two laptops and one shared base on the PostgreSQL test server, for the sync tests.

The shared base is made once per run (`empty_database`, migrated, the demo network
seeded with `seed_demo`) and each test gets a copy of it (`CREATE DATABASE … TEMPLATE`,
about 0.2 s where migrating and seeding take 1.5 s), dropped after the test. Each
laptop is a new file (a copy of an empty migrated one), opened with `open_database`
and filled by a first synchronisation.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import select
from sqlalchemy.engine import make_url

from cnam_desktop.db.engine import Database, open_database
from cnam_desktop.services.demo import seed_demo
from cnam_desktop.services.sync import SyncReport, synchronise
from cnam_desktop.services.sync.rows import moved_columns, tables
from tests.postgres import TestServer

Contents = dict[tuple[str, str], tuple[Any, ...]]


@dataclass
class Templates:
    server_url: str
    laptop: Path


@pytest.fixture(scope="session")
def sync_templates(
    postgres_server: TestServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Templates]:
    url = postgres_server.empty_database()
    database = open_database(url)
    try:
        seed_demo(database)
    finally:
        database.close()
    laptop = tmp_path_factory.mktemp("sync") / "empty.sqlite3"
    open_database(laptop).close()
    yield Templates(url, laptop)
    postgres_server.drop(url)


def clone_database(server: TestServer, template_url: str) -> str:
    """A copy of the base at `template_url`, named so that `server.drop` drops it."""
    name = f"{server.prefix}sync_{uuid.uuid4().hex[:10]}"
    template = make_url(template_url).database or ""
    with psycopg.connect(server.conninfo(None), autocommit=True) as admin:
        admin.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(template)
            )
        )
    return server.conninfo(name)


@dataclass
class Network:
    """The shared base and two laptops holding the demo network, synchronised."""

    url: str
    server: Database
    a: Database
    b: Database
    folder: Path

    def sync(self, laptop: Database, **kw: Any) -> SyncReport:
        return synchronise(laptop, self.server, **kw)

    def laptop(self, name: str, templates: Templates) -> Database:
        path = self.folder / f"{name}.sqlite3"
        shutil.copyfile(templates.laptop, path)
        return open_database(path)


@pytest.fixture
def network(
    sync_templates: Templates, postgres_server: TestServer, tmp_path: Path
) -> Iterator[Network]:
    url = clone_database(postgres_server, sync_templates.server_url)
    opened: list[Database] = []
    try:
        server = open_database(url)
        opened.append(server)
        net = Network(url, server, server, server, tmp_path)
        net.a = net.laptop("a", sync_templates)
        opened.append(net.a)
        net.b = net.laptop("b", sync_templates)
        opened.append(net.b)
        net.sync(net.a)
        net.sync(net.b)
        yield net
    finally:
        for database in opened:
            database.close()
        postgres_server.drop(url)


def contents(db: Database) -> Contents:
    """Every record of the network, (table, id) → its moved columns' values."""
    found: Contents = {}
    with db.connection() as conn:
        for tbl in tables():
            columns = [tbl.c[name] for name in moved_columns(tbl)]
            for row in conn.execute(select(tbl.c.id, *columns)):
                found[(tbl.name, row[0])] = tuple(row[1:])
    return found


def changed_keys(before: Contents, after: Contents) -> set[tuple[str, str]]:
    keys = set(before) | set(after)
    return {key for key in keys if before.get(key) != after.get(key)}


def unsynced(db: Database) -> list[tuple[str, str]]:
    """Local records whose version is not the one last exchanged."""
    found = []
    with db.connection() as conn:
        for tbl in tables():
            query = select(tbl.c.id).where(
                (tbl.c.synced_version.is_(None)) | (tbl.c.version != tbl.c.synced_version)
            )
            found.extend((tbl.name, rid) for rid in conn.execute(query).scalars())
    return found


def column(db: Database, table: str, record_id: str, name: str) -> Any:
    tbl = next(t for t in tables() if t.name == table)
    with db.connection() as conn:
        return conn.execute(select(tbl.c[name]).where(tbl.c.id == record_id)).scalar_one()
