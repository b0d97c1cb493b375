"""A shared base on a real PostgreSQL server: opening, refusals, workspace, commands.

Skipped without a test server (`CNAM_TEST_POSTGRES_URL`, see tests/postgres.py).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from cnam_desktop import cli, cli_db
from cnam_desktop.db import models as m
from cnam_desktop.db import schema
from cnam_desktop.db.engine import open_database
from cnam_desktop.db.server import safe_url
from cnam_desktop.errors import (
    DatabaseError,
    ForeignFileError,
    NewerSchemaError,
    ServerAuthenticationError,
    ServerConnectionError,
    ServerDatabaseMissingError,
)
from cnam_desktop.paths import app_paths
from cnam_desktop.services.maintenance import check_database
from cnam_desktop.services.personal_data import default_journal
from cnam_desktop.services.workspace import open_workspace
from tests.postgres import TestServer


@pytest.fixture
def url(postgres_server: TestServer) -> Iterator[str]:
    """A new database on the test server, with nothing in it."""
    address = postgres_server.empty_database()
    yield address
    postgres_server.drop(address)


def _run(address: str, *statements: str) -> list[tuple[object, ...]]:
    with psycopg.connect(address, autocommit=True) as conn:
        rows: list[tuple[object, ...]] = []
        for statement in statements:
            cursor = conn.execute(statement)
            rows = cursor.fetchall() if cursor.description else []
        return rows


def _tables(address: str) -> set[object]:
    rows = _run(address, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    return {name for (name,) in rows}


def _without_password(address: str) -> str:
    # (`URL.set(password=None)` keeps the password: None there means « unchanged ».)
    return make_url(address)._replace(password=None).render_as_string(hide_password=False)


@pytest.fixture
def no_libpq_password(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Neither PGPASSWORD nor ~/.pgpass can give the password."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "aucun.pgpass"))


def test_a_new_base_gets_the_schema_and_our_marker(url: str) -> None:
    db = open_database(url)
    try:
        assert db.is_server and db.path is None and db.dialect == "postgresql"
        assert db.location == safe_url(url) and "***" in db.location
        with db.reader() as s:
            assert s.scalar(text("SELECT version_num FROM alembic_version")) == (
                schema.HEAD_REVISION
            )
            assert s.scalar(select(func.count()).select_from(m.Site)) == 0
        report = check_database(db)
        assert report.ok and report.revision == schema.HEAD_REVISION and report.size_bytes > 0
        assert report.path == db.location
    finally:
        db.close()
    marker = _run(url, "SELECT obj_description('alembic_version'::regclass, 'pg_class')")
    assert marker == [(schema.SERVER_MARKER,)]
    assert set(m.Base.metadata.tables) <= _tables(url)
    open_database(url, migrate=False).close()  # at head: nothing left to do


def test_two_clients_creating_the_same_base_wait_for_each_other(url: str) -> None:
    errors: list[BaseException] = []

    def first_open() -> None:
        try:
            open_database(url).close()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=first_open) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert _run(url, "SELECT version_num FROM alembic_version") == [(schema.HEAD_REVISION,)]


def test_a_base_of_another_application_is_refused_untouched(url: str) -> None:
    _run(url, "CREATE TABLE invoice (id integer PRIMARY KEY)")
    with pytest.raises(ForeignFileError, match="pas une base de cette application"):
        open_database(url)
    assert _tables(url) == {"invoice"}


def test_another_alembic_application_is_not_taken_for_a_newer_version(url: str) -> None:
    _run(
        url,
        "CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)",
        "INSERT INTO alembic_version VALUES ('ae1027a6acf')",
    )
    with pytest.raises(ForeignFileError):
        open_database(url)


def test_a_newer_schema_is_refused_and_an_old_one_needs_migrate(url: str) -> None:
    with pytest.raises(NewerSchemaError, match="doit être mise à jour"):
        open_database(url, migrate=False)
    assert _tables(url) == set()  # nothing created
    open_database(url).close()
    _run(url, "UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(NewerSchemaError, match="9999_future"):
        open_database(url)


def test_wrong_password_missing_password_and_missing_base(
    url: str, no_libpq_password: None
) -> None:
    wrong = make_url(url).set(password="pas-le-bon").render_as_string(hide_password=False)
    with pytest.raises(ServerAuthenticationError) as refused:
        open_database(wrong)
    assert not refused.value.password_missing and "pas-le-bon" not in refused.value.message
    with pytest.raises(ServerAuthenticationError) as asked:
        open_database(_without_password(url))
    assert asked.value.password_missing
    password = make_url(url).password
    open_database(_without_password(url), password=password).close()  # given apart: works
    missing = make_url(url).set(database=f"{make_url(url).database}_absente")
    with pytest.raises(ServerDatabaseMissingError, match="_absente"):
        open_database(missing.render_as_string(hide_password=False))


def test_a_lost_connection_is_an_environment_problem_and_the_next_action_works(
    url: str,
) -> None:
    db = open_database(url)
    try:
        with pytest.raises(ServerConnectionError, match="connexion au serveur"), db.uow() as s:
            s.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))
        with db.reader() as s:  # a new connection (pre-ping): as after a server restart
            assert s.scalar(select(func.count()).select_from(m.Site)) == 0
    finally:
        db.close()


def test_workspace_on_a_server_has_no_lock_no_demo_and_no_read_only(
    url: str, data_dir: Path
) -> None:
    workspace = open_workspace(url)
    try:
        assert workspace.is_server and workspace.path is None and workspace.lock is None
        assert not workspace.demo_seeded and workspace.sites.list_ids() == []
        assert workspace.location == safe_url(url)
        assert default_journal(workspace.database) == app_paths().erasure_journal
    finally:
        workspace.close()
    assert list(data_dir.glob("*.lock")) == []
    with pytest.raises(DatabaseError, match="lecture seule"):
        open_workspace(url, read_only=True)


def test_commands_on_a_server(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    password = make_url(url).password or ""
    assert cli.main(["seed-demo", "--db", url]) == 0
    assert cli.main(["check", "--db", url]) == 0
    assert cli.main(["conflicts", "--format", "json", "--db", url]) == 1  # the demo's errors
    out, err = capsys.readouterr()
    assert f"Base : {safe_url(url)}" in out and "Intégrité : ok" in out
    assert f":{password}@" not in out + err
    assert cli.main(["seed-demo", "--db", url]) == 1  # a base with sites is refused
    assert "Erreur" in capsys.readouterr().err


def test_the_password_is_asked_on_a_terminal_only(
    url: str, no_libpq_password: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Terminal:
        def __init__(self, tty: bool) -> None:
            self.tty = tty

        def isatty(self) -> bool:
            return self.tty

    prompts: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return make_url(url).password or ""

    monkeypatch.setattr(cli_db.getpass, "getpass", ask)
    paths = app_paths(db=_without_password(url))
    monkeypatch.setattr(cli_db.sys, "stdin", Terminal(False))
    with pytest.raises(ServerAuthenticationError):
        cli_db.open_db(paths)
    assert prompts == []
    monkeypatch.setattr(cli_db.sys, "stdin", Terminal(True))
    cli_db.open_db(paths).close()
    assert prompts == [f"Mot de passe de la base « {paths.location} » : "]
