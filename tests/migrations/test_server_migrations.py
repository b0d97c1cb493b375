"""Every Alembic revision runs on PostgreSQL: upgraded one at a time from an empty base,
downgraded to nothing and upgraded again (the stored fixtures of test_upgrade_fixtures.py
are SQLite files: they check the upgrade of data; this checks the DDL on a server).

Skipped without a test server (`CNAM_TEST_POSTGRES_URL`, see tests/postgres.py).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, text

from cnam_desktop.db import schema
from cnam_desktop.db.migrate import alembic_config, upgrade_server
from cnam_desktop.db.models import Base
from cnam_desktop.db.server import make_server_engine
from tests.postgres import TestServer

# Tables each revision adds (the first one, all but those of the later ones).
LATER_TABLES = {
    "0002_session_guest": {"session_guest"},
    "0003_erasure_log": {"erasure_log"},
    "0004_versions_and_sync": {"sync_peer", "sync_conflict", "sync_base"},
}


@pytest.fixture
def engine(postgres_server: TestServer) -> Iterator[Engine]:
    url = postgres_server.empty_database()
    engine = make_server_engine(url)
    yield engine
    engine.dispose()
    postgres_server.drop(url)


def _state(engine: Engine) -> tuple[str | None, set[str]]:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        version = (
            conn.scalar(text("SELECT version_num FROM alembic_version"))
            if "alembic_version" in tables
            else None
        )
    return version, tables - {"alembic_version"}


def test_each_revision_in_turn_then_down_and_up_again(engine: Engine) -> None:
    every = set(Base.metadata.tables)
    later = set().union(*LATER_TABLES.values())
    expected = every - later
    for revision in schema.KNOWN_REVISIONS:
        upgrade_server(engine, "base de test", revision=revision)
        expected |= LATER_TABLES.get(revision, set())
        assert _state(engine) == (revision, expected), revision
    assert expected == every

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert _state(engine) == (None, set())

    upgrade_server(engine, "base de test")
    assert _state(engine) == (schema.HEAD_REVISION, every)
    with engine.connect() as conn:
        marker = conn.scalar(text("SELECT obj_description('alembic_version'::regclass)"))
    assert marker == schema.SERVER_MARKER
